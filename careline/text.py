"""Text as people meant it: what cannot be seen or printed is taken out before it is stored.

NUL bytes break PostgreSQL text columns and C readers of the database, ANSI escapes repaint a
terminal that shows the log, and zero-width characters make a description that looks empty to
a person look like text to a program.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_ANSI_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]")
# C0 and C1 controls except tab, line feed and carriage return; zero-width and BOM characters.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2060\ufeff]")


def printable(text: str) -> str:
    """The text without terminal escapes, control characters (bar tab and line breaks) and
    zero-width characters."""
    return _INVISIBLE.sub("", _ANSI_ESCAPE.sub("", text))


def any_of(patterns: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """One pattern matching any of `patterns` (each kept whole by its own group)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)
