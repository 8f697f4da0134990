"""The real evaluation set: fault reports from public trackers and forums, in their writers'
words, labelled by SPEC §3 (datasheet: triage/eval/README.md).

Evaluation only: nothing here may be trained or tuned on (their licences are unclear, and they
must stay a fair test of faults no generator wrote).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from careline.errors import InvalidInput
from careline.labels import SUBSYSTEM_IDS, TIER_IDS

REAL_SET_FILE = Path(__file__).resolve().parent / "eval" / "real.jsonl"
LANGUAGES = ("zh", "en")
FACTOR_LABELS: dict[str, tuple[object, ...]] = {
    "scope": ("single", "department", "hospital", "unknown"),
    "function": ("down", "degraded", "minor", "request"),
    "workaround": ("yes", "no", "unknown"),
    "critical_area": (True, False),
    "patient_safety": (True, False),
    "time_pressure": (True, False),
}
REQUIRED = (
    "id",
    "lang",
    "text",
    "subsystem",
    "tier",
    "subsystem_reason",
    "tier_reason",
    "source",
    "licence",
)


@dataclass(frozen=True)
class RealItem:
    id: str
    lang: str
    text: str
    log: str
    subsystem: str
    tier: str
    factors: dict[str, object]
    source: str
    licence: str

    def as_case(self) -> dict:
        """The shape the evaluation scores (the generated cases' keys)."""
        return {
            "id": self.id,
            "lang": self.lang,
            "text": self.text,
            "log": self.log,
            "subsystem": self.subsystem,
            "tier": self.tier,
            "factors": self.factors,
        }


def _checked(row: dict, where: str) -> RealItem:
    for key in REQUIRED:
        if not isinstance(row.get(key), str) or not row[key].strip():
            raise InvalidInput(f"{where}: `{key}` must be a non-empty string")
    choices = {"lang": LANGUAGES, "subsystem": SUBSYSTEM_IDS, "tier": TIER_IDS}
    for key, allowed in choices.items():
        if row[key] not in allowed:
            raise InvalidInput(f"{where}: `{key}` is {row[key]!r}, not one of {list(allowed)}")
    factors = row.get("factors") or {}
    for name, allowed in FACTOR_LABELS.items():
        if factors.get(name) not in allowed:
            raise InvalidInput(f"{where}: `factors.{name}` must be one of {list(allowed)}")
    return RealItem(
        id=row["id"],
        lang=row["lang"],
        text=row["text"],
        log=row.get("log") or "",
        subsystem=row["subsystem"],
        tier=row["tier"],
        factors=dict(factors),
        source=row["source"],
        licence=row["licence"],
    )


def load_real_set(path: Path = REAL_SET_FILE) -> list[RealItem]:
    """Every item, validated; a bad line stops with its line number and field."""
    items: list[RealItem] = []
    seen: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise InvalidInput(f"{where}: not JSON ({error.msg})") from error
        item = _checked(row, where)
        if item.id in seen:
            raise InvalidInput(f"{where}: id {item.id!r} appears twice")
        seen.add(item.id)
        items.append(item)
    return items
