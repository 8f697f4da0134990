"""Normalising a found `subsystem` entity to its SPEC §3.1 id (standard library only).

The EntitySynonymMapper replaces only an exact, known spelling; staff wrap the names they use in
more words ("RIS系统", "无线网", "the imaging system", "handhelds", "LIS 接口"). A value that is
not an id is read as a compound: of the known names it contains, the one that ends last is its
head (Chinese and English compounds end in the head: 腕带打印机 is a printer, LIS 接口 an
interface), the longer one on a tie. A value that contains no known name names no subsystem the
desk can route by, and is dropped.
"""

from __future__ import annotations

import re

_LATIN = re.compile(r"[a-z0-9]")


def _latin_word_at(value: str, start: int, end: int) -> bool:
    """A Latin-letter name inside a value only as a whole word ("his" not in "this"); a plural
    "s"/"es" may follow ("handhelds", "PDAs")."""
    if start > 0 and _LATIN.match(value[start - 1]):
        return False
    rest = value[end:]
    for suffix in ("", "s", "es"):
        if rest.startswith(suffix) and not _LATIN.match(rest[len(suffix) : len(suffix) + 1]):
            return True
    return False


def normalise(value: str, names: dict[str, str], ids: frozenset[str]) -> str | None:
    """The subsystem id `value` names, or None. `names` maps lower-case spellings to ids."""
    text = " ".join(str(value).lower().split())
    if text in ids:
        return text
    if text in names:
        return names[text]
    best: tuple[int, int, str] | None = None
    for name, subsystem in names.items():
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not _LATIN.match(name[0]) or _latin_word_at(text, start, end):
                candidate = (end, len(name), subsystem)
                best = candidate if best is None or candidate[:2] > best[:2] else best
            start = text.find(name, start + 1)
    return best[2] if best else None
