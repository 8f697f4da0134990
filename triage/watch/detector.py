"""A log stream's episodes of trouble, found as the lines arrive.

Each line goes through the same redaction and Drain3 template mining as a pasted log
(`triage.templates`). Every template keeps its normal rate: an exponentially weighted count per
window, learnt over a warm-up and afterwards from every window that was not anomalous, so a
failure never becomes the normal it is measured against. A line is anomalous when

- its template is new after the warm-up and reports trouble (an error level, code or word),
- its template reports trouble and this window's count is improbable under the normal rate
  (Poisson tail below `surprise`: an error after a long silence, or many more than usual), or
- any template's count in the window is `jump_factor` times its normal rate and at least
  `jump_min_count` (a burst of warnings or retries that carry no error word).

The first anomalous line opens an episode; later ones extend it; it closes once no line has
been anomalous for `quiet_seconds` (checked on every line and on `tick`, so a source that falls
silent still recovers). Time is the caller's: arrival time when watching, the log's own
timestamps when replaying a labelled set.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from statistics import NormalDist

from pydantic import BaseModel, ConfigDict, Field, field_validator

from careline.redaction import redact
from triage.templates import TemplateClassifier, is_continuation, is_error

MAX_SAMPLES = 5
LARGE_MEAN = 200.0
MAX_SAMPLE_CHARS = 300


def checked_pattern(value: str) -> str:
    """A configured regular expression, refused with its error when it does not compile."""
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"{value!r} is not a regular expression: {exc}") from None
    return value


class WatchRules(BaseModel):
    """How quiet is normal and how loud is an episode (config/watch.yaml sets each)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    window_seconds: float = Field(60.0, gt=0)
    warmup_seconds: float = Field(1800.0, ge=0)
    half_life_seconds: float = Field(3600.0, gt=0)
    surprise: float = Field(1e-6, gt=0, lt=1)
    jump_factor: float = Field(5.0, gt=1)
    jump_min_count: int = Field(20, ge=1)
    quiet_seconds: float = Field(600.0, gt=0)
    # Failure words of the watched systems beyond the triage's own (is_error), as regexes.
    error_words: tuple[str, ...] = ()

    @field_validator("error_words")
    @classmethod
    def _patterns(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(map(checked_pattern, values))

    @property
    def keep(self) -> float:
        """The weight a window's old rate keeps when one more window is folded in."""
        return 0.5 ** (self.window_seconds / self.half_life_seconds)

    def reports_trouble(self) -> Callable[[str], bool]:
        """is_error, widened by this site's own failure words."""
        if not self.error_words:
            return is_error
        extra = re.compile("|".join(f"(?:{w})" for w in self.error_words), re.IGNORECASE)
        return lambda line: is_error(line) or bool(extra.search(line))


@dataclass
class _Template:
    error: bool
    rate: float = 0.0  # weighted count per window, from zero at the stream's start
    normal: float = 0.0  # the rate corrected for that start: the count a window should hold
    window: int = -1
    count: int = 0
    anomalous: bool = False
    limit: int = 1  # the count this window no normal window reaches (Poisson tail < surprise)

    def advance(self, window: int, first_window: int, rules: WatchRules) -> None:
        """Fold the finished window into the normal rate (unless it was an anomaly), then let
        the windows without a line decay it. The rate's start from zero is corrected for while
        the stream is young (as an average of the windows seen so far)."""
        if window == self.window:
            return
        if self.window >= 0:
            if not self.anomalous:
                self.rate = rules.keep * self.rate + (1 - rules.keep) * self.count
            self.rate *= rules.keep ** (window - self.window - 1)
        self.window, self.count, self.anomalous = window, 0, False
        weight = 1.0 - rules.keep ** (window - first_window)
        self.normal = self.rate / weight if weight > 0 else 0.0
        if self.error:  # only an error template is held to the Poisson limit
            self.limit = improbable_count(self.normal, rules.surprise)


@dataclass
class Episode:
    """One stretch of trouble on one source: what opened it, what it held; once closed, its
    last anomalous line is its end."""

    started: float
    reason: str
    last_anomaly: float
    lines: int = 0
    counts: dict[int, int] = field(default_factory=dict)
    samples: list[str] = field(default_factory=list)

    def note(self, cluster_id: int, line: str, at: float) -> None:
        self.last_anomaly = at
        self.lines += 1
        self.counts[cluster_id] = self.counts.get(cluster_id, 0) + 1
        if len(self.samples) < MAX_SAMPLES:
            self.samples.append(redact(line)[:MAX_SAMPLE_CHARS])


@dataclass(frozen=True)
class Change:
    """An episode opened, or closed."""

    episode: Episode
    opened: bool


def improbable_count(mean: float, surprise: float) -> int:
    """The least k with P(X >= k) < surprise for X ~ Poisson(mean): computed once per window,
    so each line costs one comparison."""
    if mean <= 0:
        return 1
    if mean > LARGE_MEAN:  # exp(-mean) underflows; the normal approximation is close here
        z = NormalDist().inv_cdf(1.0 - surprise)
        return math.ceil(mean + z * math.sqrt(mean) + 0.5)
    term = below = math.exp(-mean)  # P(X = 0), then P(X < k) as k grows
    k = 1
    while 1.0 - below >= surprise and term > 0:
        term *= mean / k
        below += term
        k += 1
    return k


class Detector:
    """One source's templates, normal rates and current episode."""

    def __init__(self, rules: WatchRules | None = None) -> None:
        self.rules = rules or WatchRules()
        self.templates = TemplateClassifier()
        self._trouble = self.rules.reports_trouble()
        self._state: dict[int, _Template] = {}
        self._started: float | None = None
        self._first_window = 0
        self.episode: Episode | None = None
        self.lines = 0

    def feed(self, line: str, at: float) -> Iterator[Change]:
        """Take one line received at `at` (seconds); yield the episode it opens or closes."""
        line = line.rstrip("\r\n")
        if not line.strip() or (self.lines and is_continuation(line)):
            return
        self.lines += 1
        if self._started is None:
            self._started = at
            self._first_window = int(at // self.rules.window_seconds)
        yield from self.tick(at)
        cluster_id = self.templates.cluster_of(line)
        state = self._state.get(cluster_id)
        new = state is None
        if state is None:
            state = self._state[cluster_id] = _Template(error=self._trouble(line))
        state.advance(int(at // self.rules.window_seconds), self._first_window, self.rules)
        state.count += 1
        reason = self._anomaly(state, new, at - self._started < self.rules.warmup_seconds)
        if reason is None:
            return
        state.anomalous = True
        opened = self.episode is None
        if self.episode is None:
            self.episode = Episode(started=at, reason=reason, last_anomaly=at)
        self.episode.note(cluster_id, line, at)
        if opened:
            yield Change(self.episode, opened=True)

    def tick(self, now: float) -> Iterator[Change]:
        """Close the episode once nothing anomalous came for `quiet_seconds`."""
        episode = self.episode
        if episode is not None and now - episode.last_anomaly >= self.rules.quiet_seconds:
            self.episode = None
            yield Change(episode, opened=False)

    def _anomaly(self, state: _Template, new: bool, learning: bool) -> str | None:
        """Why this line is anomalous, or None while learning or when it is normal."""
        if learning:
            # Learning; but trouble during an episode taken up from before a restart goes on.
            return "continues" if self.episode is not None and state.error else None
        if state.anomalous:
            return "continues"
        if state.error and new:
            return "new error template"
        if state.error and state.count >= state.limit:
            return f"error rate {state.count} in a window, normal {state.normal:.2f}"
        rules = self.rules
        if state.count >= rules.jump_min_count and state.count > rules.jump_factor * state.normal:
            return f"rate jump {state.count} in a window, normal {state.normal:.2f}"
        return None

    def describe(self, episode: Episode, top: int = 5) -> list[tuple[str, int]]:
        """The episode's templates, most frequent first."""
        ranked = sorted(episode.counts.items(), key=lambda item: -item[1])[:top]
        return [(self.templates.template(cluster_id), count) for cluster_id, count in ranked]
