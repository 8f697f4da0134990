"""Questions the knowledge base could not answer, kept (redacted) for the article authors."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from careline.redaction import redact
from knowledge_base.text import normalize

GAPS_FILE = "gaps.jsonl"


@dataclass(frozen=True)
class Gap:
    question: str
    count: int
    languages: tuple[str, ...]
    last_seen: str


def record_gap(directory: Path, query: str, lang: str, best: str | None, confidence: float) -> None:
    """One line per unanswered question; appends are atomic enough for a few processes."""
    directory.mkdir(parents=True, exist_ok=True)
    entry = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "question": redact(query.strip())[:500],
        "lang": lang,
        "best": best,
        "confidence": round(confidence, 4),
    }
    with (directory / GAPS_FILE).open("a", encoding="utf-8") as out:
        out.write(json.dumps(entry, ensure_ascii=False) + "\n")


def top_gaps(directory: Path, limit: int = 20) -> list[Gap]:
    """Most frequent unanswered questions, spelling variants (case, width, 繁/简) merged."""
    path = directory / GAPS_FILE
    if not path.exists():
        return []
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    langs: dict[str, set[str]] = {}
    last: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        key = " ".join(normalize(entry["question"]).split()).rstrip("?？。.!！")
        counts[key] += 1
        shown.setdefault(key, entry["question"])
        langs.setdefault(key, set()).add(entry["lang"])
        last[key] = max(last.get(key, ""), entry["at"])
    return [
        Gap(shown[key], count, tuple(sorted(langs[key])), last[key])
        for key, count in counts.most_common(limit)
    ]
