"""Text features shared by training and prediction: one function, so they never drift apart."""

from __future__ import annotations

import jieba

from triage.names import with_names
from triage.templates import LogSummary, mine

jieba.setLogLevel(60)

MAX_TEMPLATES = 20


def tokenize_words(text: str) -> list[str]:
    """Jieba words for Chinese; whitespace-free tokens for English and log codes."""
    return [w.lower() for w in jieba.lcut(text) if w.strip()]


def summarize_log(log: str) -> LogSummary:
    """Streaming template summary of a paste of any size (redacted inside)."""
    return mine(log.splitlines())


def case_text(redacted_description: str, summary: LogSummary) -> str:
    """The subsystem model's input: the description (already redacted, with
    careline.redaction.redact) plus each troubled log template once, most severe
    first, with its error codes (bounded, whatever the paste's size), and the tokens of the
    systems they name (triage/names.py)."""
    templates = [
        f"{t.template} {' '.join(sorted(t.codes))}" for t in summary.signals()[:MAX_TEMPLATES]
    ]
    return with_names("\n".join([redacted_description, *templates]))
