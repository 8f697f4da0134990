"""Text features shared by training and prediction: one function, so they never drift apart."""

from __future__ import annotations

import re

import jieba

from careline.redaction import redact

jieba.setLogLevel(60)

MAX_LOG_LINES = 40
_ERROR_LINE = re.compile(
    r"(?i)\b(error|fatal|fail(ed|ure)?|exception|timeout|timed out|refused|denied|down|alarm|"
    r"ORA-\d+|Msg \d+|MSA\|A[ER]|0x[AC][0-9A-F]{3}|5\d\d)\b|错误|失败|超时|异常|报警"
)


def tokenize_words(text: str) -> list[str]:
    """Jieba words for Chinese; whitespace-free tokens for English and log codes."""
    return [w.lower() for w in jieba.lcut(text) if w.strip()]


def error_lines(log: str) -> list[tuple[int, str]]:
    """Numbered log lines that carry an error signal, in their original order."""
    return [
        (n, line.strip()) for n, line in enumerate(log.splitlines(), 1) if _ERROR_LINE.search(line)
    ]


def case_text(description: str, log: str = "") -> str:
    """The model's input: redacted description plus the log's error lines (bounded)."""
    lines = [text for _, text in error_lines(redact(log))[:MAX_LOG_LINES]]
    return "\n".join([redact(description), *lines])
