"""What the `careline` commands read from the command line and from files, and the two errors
they answer in one line with exit code 2: a usage mistake, and a check that failed."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from careline.errors import InvalidInput

MAX_LOG_BYTES = 10 * 1024 * 1024


class UsageError(InvalidInput):
    """Bad input from the command line: reported in one line, exit code 2."""


class CheckFailed(Exception):
    """A check the command was asked to make failed (the audit trail's, say): reported in one
    line with the reason, exit code 2."""


def read_text_file(path: Path, max_bytes: int = MAX_LOG_BYTES) -> str:
    """UTF-8 or GB18030 text (Chinese Windows logs); binary files are refused by name."""
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    data = path.read_bytes()[:max_bytes]
    if b"\x00" in data:
        raise UsageError(f"{path}: binary data, not a text log")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UsageError(f"{path}: neither UTF-8 nor GB18030 text")


def read_jsonl(path: Path, required: tuple[str, ...]) -> Iterator[dict]:
    text = read_text_file(path, max_bytes=sys.maxsize)
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        missing = [key for key in required if key not in row]
        if missing:
            raise UsageError(f"{path}:{number}: missing key(s) {', '.join(missing)}")
        yield row
