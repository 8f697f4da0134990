"""Is this text a pasted log? Decided by its shape, so a paste is recognised wherever it lands."""

from __future__ import annotations

import re

_TIMESTAMP = re.compile(
    r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d{2}|\b\d{1,2}:\d{2}:\d{2}[.,]\d{1,6}\b"
    r"|\b\d{1,2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}"
)
_LEVEL = re.compile(r"\b(ERROR|ERR|WARN|WARNING|FATAL|SEVERE|CRITICAL|DEBUG|INFO|TRACE|NOTICE)\b")
_STRUCTURE = re.compile(
    r"^\s*at [\w.$<>]+\(|Traceback \(most recent call last\)|\bCaused by: |"
    r"\b[A-Z][A-Za-z]+(Exception|Error): |\b(MSH|MSA|ERR|PID|OBR|OBX)\|[^|\n]*\||"
    r"\bORA-\d{5}\b.*\bORA-\d{5}\b|\"(GET|POST|PUT|DELETE) /\S* HTTP/\d"
)


def _is_log_line(line: str) -> bool:
    stamped = bool(_TIMESTAMP.search(line))
    return bool(_STRUCTURE.search(line)) or (stamped and bool(_LEVEL.search(line)))


def looks_like_log(text: str) -> bool:
    """True for log records, stack traces and HL7 segments; false for people's sentences, even
    ones that quote an error code ("报错 ORA-01653 怎么办")."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return False
    log_lines = sum(1 for line in lines if _is_log_line(line))
    if len(lines) == 1:
        return log_lines == 1 or len(_TIMESTAMP.findall(text)) >= 2
    return log_lines * 2 >= len(lines) or log_lines >= 3


def log_spans(text: str) -> list[tuple[int, int]]:
    """Where pasted log text lies in a message, as (start, end) offsets: each log line from its
    first timestamp or log structure on. What comes before it on the line ("LIS接口日志：") is
    the person's own words."""
    spans = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if _is_log_line(line):
            starts = [m.start() for m in (_TIMESTAMP.search(line), _STRUCTURE.search(line)) if m]
            spans.append((offset + min(starts), offset + len(line)))
        offset += len(line)
    return spans
