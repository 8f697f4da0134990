"""Faults that always need a part (config/parts/always_needed.yaml): found in a report's words,
the part chosen by the device model the report names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.imports import ImportRefused
from desk.parts.store import Part

ALWAYS_NEEDED_FILE = "always_needed.yaml"
_NOT_A_LETTER = re.compile(r"[\W_]+")


def _compact(text: str) -> str:
    """Model numbers as people write them: "PDA-330", "pda 330" and "PDA330" are one."""
    return _NOT_A_LETTER.sub("", text.lower())


@dataclass(frozen=True)
class PartRule:
    id: str
    device: tuple[str, ...]
    fault: tuple[str, ...]
    part: tuple[str, ...]

    def matches(self, text: str) -> bool:
        lowered = text.lower()
        return any(w.lower() in lowered for w in self.device) and any(
            w.lower() in lowered for w in self.fault
        )


@dataclass(frozen=True)
class NeededPart:
    rule: PartRule
    part: Part | None
    reason: str


def load_rules(path: Path) -> tuple[PartRule, ...]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ImportRefused(f"{path}: cannot read ({exc})") from exc
    rules = []
    for index, entry in enumerate(raw.get("rules") or [], start=1):
        words = {
            key: entry.get(key) if isinstance(entry, dict) else None
            for key in ("device", "fault", "part")
        }
        empty = [key for key, value in words.items() if not isinstance(value, list) or not value]
        if not isinstance(entry, dict) or not entry.get("id") or empty:
            raise ImportRefused(
                f"{path}: rules[{index}]: needs an id and words for {', '.join(empty) or 'id'}"
            )
        rules.append(
            PartRule(
                str(entry["id"]), *(tuple(map(str, words[k])) for k in ("device", "fault", "part"))
            )
        )
    return tuple(rules)


def needed_part(
    session: Session, description: str, rules: tuple[PartRule, ...]
) -> NeededPart | None:
    """The part a report's fault always needs, or None; the part itself only when the report
    names a model it fits (the longest named model wins: "PDA-480S" over "PDA-480")."""
    rule = next((r for r in rules if r.matches(description)), None)
    if rule is None:
        return None
    candidates = session.scalars(
        select(Part).where(or_(*(Part.name.ilike(f"%{word}%") for word in rule.part)))
    ).all()
    text = _compact(description)
    named = [
        (len(compact), part.number, part, model)
        for part in candidates
        for model in part.fits
        if (compact := _compact(model)) and compact in text
    ]
    if not named:
        return NeededPart(
            rule,
            None,
            f"{rule.id}: this fault always needs a part; the report names no device model it fits",
        )
    *_, part, model = max(named, key=lambda n: (n[0], n[1]))
    return NeededPart(
        rule, part, f"{rule.id}: this fault always needs {part.number} (model {model} named)"
    )
