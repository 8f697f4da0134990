"""How well the watcher finds episodes: precision and recall of episodes, detection delay and
lines per second, on generated streams and on public labelled logs.

The public sets are loghub's (github.com/logpai/loghub; free for research and academic work,
cite Zhu et al., "Loghub", ISSRE 2023): BGL_2k, whose first column labels each line as an alert
(a category) or not ("-"), and Thunderbird_2k, whose sample holds no alert (every episode found
there is a false one). They are read from a loghub checkout the operator names, never shipped
or trained on, and the watcher's rules are the same defaults on every set.

Matching: a found episode is true when its span overlaps a labelled one; a labelled episode is
found when a found one overlaps it, its delay the time from its first line to the found
episode's start (zero when an episode already open covers it).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from triage.watch.bursts import LabelledStream, generate_streams
from triage.watch.detector import Detector, WatchRules

# Labelled alert lines closer than this in the log's own time are one episode (BGL's alerts of
# one failure arrive over minutes to hours).
ALERT_EPISODE_GAP_SECONDS = 3600.0
LOGHUB_SETS = {"BGL": "BGL/BGL_2k.log", "Thunderbird": "Thunderbird/Thunderbird_2k.log"}


@dataclass(frozen=True)
class SetResult:
    name: str
    lines: int
    labelled: int
    found: int
    true_found: int
    recalled: int
    delays: list[float]
    seconds: float

    @property
    def precision(self) -> float | None:
        return self.true_found / self.found if self.found else None

    @property
    def recall(self) -> float | None:
        return self.recalled / self.labelled if self.labelled else None

    def as_dict(self) -> dict:
        return {
            "set": self.name,
            "lines": self.lines,
            "labelled_episodes": self.labelled,
            "found_episodes": self.found,
            "true_found": self.true_found,
            "recalled": self.recalled,
            "precision": self.precision,
            "recall": self.recall,
            "median_delay_seconds": statistics.median(self.delays) if self.delays else None,
            "lines_per_second": self.lines / self.seconds if self.seconds else None,
        }


def replay(
    lines: Iterable[tuple[float, str]], rules: WatchRules
) -> tuple[list[tuple[float, float]], int, float]:
    """Feed every line at its own time; the found episodes' spans, lines fed, seconds taken."""
    detector = Detector(rules)
    found: list[tuple[float, float]] = []
    last = 0.0
    count = 0
    began = time.perf_counter()
    for at, line in lines:
        count += 1
        last = at
        for change in detector.feed(line, at):
            if not change.opened:
                found.append((change.episode.started, change.episode.last_anomaly))
    for change in detector.tick(last + rules.quiet_seconds):
        found.append((change.episode.started, change.episode.last_anomaly))
    return found, count, time.perf_counter() - began


def _overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def score(
    name: str,
    labelled: list[tuple[float, float]],
    found: list[tuple[float, float]],
    lines: int,
    seconds: float,
) -> SetResult:
    true_found = sum(any(_overlaps(f, label) for label in labelled) for f in found)
    delays = []
    for label in labelled:
        starts = [f[0] for f in found if _overlaps(f, label)]
        if starts:
            delays.append(max(0.0, min(starts) - label[0]))
    return SetResult(
        name, lines, len(labelled), len(found), true_found, len(delays), delays, seconds
    )


def alert_episodes(stamps: list[float], alerts: list[bool]) -> list[tuple[float, float]]:
    """Alert lines grouped into episodes by ALERT_EPISODE_GAP_SECONDS."""
    episodes: list[list[float]] = []
    for at, alert in zip(stamps, alerts, strict=True):
        if not alert:
            continue
        if episodes and at - episodes[-1][1] <= ALERT_EPISODE_GAP_SECONDS:
            episodes[-1][1] = at
        else:
            episodes.append([at, at])
    return [(start, end) for start, end in episodes]


def read_labelled_log(path: Path) -> tuple[list[tuple[float, str]], list[bool]]:
    """A loghub alert log: label, epoch seconds, then the line; the label is not fed on."""
    lines, alerts = [], []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        label, _, rest = raw.partition(" ")
        epoch = rest.split(" ", 1)[0]
        if not epoch.isdigit():
            continue
        lines.append((float(epoch), rest))
        alerts.append(label != "-")
    return lines, alerts


def evaluate_stream(stream: LabelledStream, rules: WatchRules) -> SetResult:
    found, count, seconds = replay(stream.lines, rules)
    return score(stream.name, stream.episodes, found, count, seconds)


def evaluate_loghub(directory: Path, rules: WatchRules) -> list[SetResult]:
    results = []
    for name, relative in LOGHUB_SETS.items():
        path = directory / relative
        if not path.is_file():
            raise FileNotFoundError(f"{path}: not in the loghub checkout given")
        lines, alerts = read_labelled_log(path)
        found, count, seconds = replay(lines, rules)
        labelled = alert_episodes([at for at, _ in lines], alerts)
        results.append(score(f"loghub {name}_2k", labelled, found, count, seconds))
    return results


def pooled(name: str, results: list[SetResult]) -> SetResult:
    """Every set's episodes counted together."""
    return SetResult(
        name,
        sum(r.lines for r in results),
        sum(r.labelled for r in results),
        sum(r.found for r in results),
        sum(r.true_found for r in results),
        sum(r.recalled for r in results),
        [d for r in results for d in r.delays],
        sum(r.seconds for r in results),
    )


def evaluate(
    rules: WatchRules,
    loghub: Path | None,
    streams: int = 6,
    progress: Callable[[str], None] = lambda _: None,
) -> list[SetResult]:
    """Generated streams (each and pooled), then the loghub sets when a checkout is named;
    `progress` hears of each set done."""
    generated = []
    for stream in generate_streams(streams):
        generated.append(evaluate_stream(stream, rules))
        progress(stream.name)
    results = [*generated, pooled("generated, all", generated)]
    if loghub is not None:
        results += evaluate_loghub(loghub, rules)
        progress("loghub")
    return results
