"""Streaming log-template mining (Drain3): any paste size, bounded memory, ranked events.

A paste is read line by line. Multi-line entries (Java/.NET stack traces, "Caused by", indented
continuations) are folded into the event that opened them; each event's first line is masked
(timestamps, IPs, ids, paths, numbers) and clustered by Drain3. Only per-template aggregates
are kept — count, first and last line, level, error codes, one redacted sample — so a
100,000-line paste costs the same memory as a 100-line one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from drain3 import TemplateMiner
from drain3.masking import MaskingInstruction
from drain3.template_miner_config import TemplateMinerConfig

from careline.redaction import redact

_CONTINUATION = re.compile(
    r"^\s+at\s|^\s*\.\.\.\s*\d+\s+more|^\s*Caused by[:\s]|^\s*---\s*End of|^\s{2,}\S|^\t"
    r"|^[\w.$]+(?:Exception|Error|Throwable)\b"
)
_LEVEL = re.compile(r"\b(FATAL|CRITICAL|ERROR|ERR|SEVERE|WARN(?:ING)?|INFO|DEBUG|TRACE)\b")
_ERROR_CODE = re.compile(
    r"\bORA-\d{5}\b|\bMsg \d{3,5}\b|\bMSA\|A[ER]\b|\b0x[0-9A-Fa-f]{4}\b|\bHTTP/\d\.\d\" [45]\d\d\b"
    r"|\b(?:status|code)[=: ]+[45]\d\d\b|\b[A-Z][A-Za-z]+(?:Exception|Error)\b"
)
_MASKS = (
    (r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?", "TS"),
    (r"\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b", "IP"),
    (r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b", "UUID"),
    (r"(?:[A-Za-z]:)?(?:[\\/][\w.$-]+){2,}", "PATH"),
    (r"\b[A-Za-z]{2,}\d{3,}\b", "ID"),  # message and order ids; ORA-01653 keeps its code
    (r"(?<![\w.-])\d+(?:\.\d+)?(?![\w])", "NUM"),
)
# Lines equal up to their digits are one template: the cache key that lets a repeated line skip
# redaction and the Drain tree (most of a long paste is the same few lines with new numbers).
_DIGITS = re.compile(r"\d+")
_CACHE_LIMIT = 50_000
_SEVERITY = {"FATAL": 4, "CRITICAL": 4, "SEVERE": 3, "ERROR": 3, "ERR": 3, "WARN": 2, "WARNING": 2}
# Words that mark trouble in lines that carry no level (device gateways, Chinese messages).
_TROUBLE = re.compile(
    r"(?i)\b(fail(ed|ure)?|exception|timeout|timed out|refused|denied|down|alarm|offline|"
    r"unreachable|rejected|abort(ed)?)\b|错误|失败|超时|异常|报警|中断|离线|拒绝"
)


@dataclass
class TemplateStats:
    template: str
    count: int = 0
    first_line: int = 0
    last_line: int = 0
    level: str = ""
    codes: set[str] = field(default_factory=set)
    trouble: bool = False
    sample: str = ""

    @property
    def severity(self) -> int:
        return _SEVERITY.get(self.level, 0) + bool(self.codes) + self.trouble


@dataclass
class LogSummary:
    lines: int
    events: int
    templates: list[TemplateStats]

    def ranked(self) -> list[TemplateStats]:
        """Most severe first, then rarer (a one-off error beats a thousand heartbeats)."""
        return sorted(self.templates, key=lambda t: (-t.severity, t.count, t.first_line))

    def signals(self) -> list[TemplateStats]:
        """The ranked templates that carry any sign of trouble."""
        return [t for t in self.ranked() if t.severity > 0]


def _new_miner() -> TemplateMiner:
    config = TemplateMinerConfig()
    config.profiling_enabled = False
    config.drain_sim_th = 0.5
    config.masking_instructions = [MaskingInstruction(p, name) for p, name in _MASKS]
    return TemplateMiner(config=config)


def is_continuation(line: str) -> bool:
    """A stack-trace frame or indented follow-up: part of the entry above, not an entry."""
    return bool(_CONTINUATION.match(line))


def level_of(text: str) -> str:
    """The log level a line names ("" when it names none)."""
    level = _LEVEL.search(text)
    return level.group(1) if level else ""


def error_codes(text: str) -> set[str]:
    return {m.group(0) for m in _ERROR_CODE.finditer(text)}


def shows_trouble(text: str) -> bool:
    """Failure words in a line that may carry no level (device gateways, Chinese messages)."""
    return bool(_TROUBLE.search(text))


def is_error(text: str) -> bool:
    """A line that reports trouble: an error level, an error code or a failure word."""
    return _SEVERITY.get(level_of(text), 0) >= _SEVERITY["ERROR"] or bool(
        error_codes(text) or shows_trouble(text)
    )


class TemplateClassifier:
    """One Drain3 tree behind a cache keyed by the line without its digits: a line in, its
    template's id out. Only a line the cache has not seen is redacted and mined."""

    def __init__(self) -> None:
        self._miner = _new_miner()
        self._seen: dict[str, int] = {}

    def cluster_of(self, line: str) -> int:
        """The template id of `line`."""
        key = _DIGITS.sub("0", line)
        cluster_id = self._seen.get(key)
        if cluster_id is not None:
            return cluster_id
        cluster_id = self._miner.add_log_message(redact(line))["cluster_id"]
        if len(self._seen) >= _CACHE_LIMIT:
            self._seen.clear()
        self._seen[key] = cluster_id
        return cluster_id

    def template(self, cluster_id: int) -> str:
        return self._miner.drain.id_to_cluster[cluster_id].get_template()


def events(lines: Iterable[str]) -> Iterator[tuple[int, str, list[str]]]:
    """(first line number, first line, continuation lines) per entry; blank lines dropped."""
    start, head, tail = 0, "", []
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        if head and is_continuation(line):
            tail.append(line)
            continue
        if head:
            yield start, head, tail
        start, head, tail = number, line, []
    if head:
        yield start, head, tail


def _tally(lines: Iterable[str], read: list[int]) -> Iterator[str]:
    for read[0], line in enumerate(lines, 1):
        yield line


def mine(lines: Iterable[str]) -> LogSummary:
    """One pass over the paste; per-template aggregates only."""
    templates = TemplateClassifier()
    stats: dict[int, TemplateStats] = {}
    count = 0
    read = [0]
    for start, head, tail in events(_tally(lines, read)):
        count += 1
        cluster_id = templates.cluster_of(head)
        entry = stats.get(cluster_id)
        if entry is None:
            sample = redact("\n".join([head, *tail[:3]]))[:500]
            entry = stats[cluster_id] = TemplateStats("", first_line=start, sample=sample)
        entry.count += 1
        entry.last_line = start
        level = level_of(head)
        if level and _SEVERITY.get(level, 0) >= _SEVERITY.get(entry.level, 0):
            entry.level = level
        event_text = "\n".join([head, *tail])
        entry.codes.update(error_codes(event_text))
        entry.trouble = entry.trouble or shows_trouble(event_text)
    for cluster_id, entry in stats.items():
        entry.template = templates.template(cluster_id)
    return LogSummary(lines=read[0], events=count, templates=list(stats.values()))
