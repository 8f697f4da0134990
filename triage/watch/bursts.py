"""Generated log streams with labelled episodes, for measuring the watcher.

A stream is a hospital server's normal traffic (triage/watch/data/background.yaml: request
logs, HL7 acknowledgements, nurse-call heartbeats, and the warnings a healthy site logs all
day) with a daily swing in volume, plus episodes of three kinds:

- fault: a fault family's log excerpt (the same log kinds the triage learns from) repeated
  every few seconds to a minute for minutes: a failing interface logging each message;
- one-off: a single excerpt, a crash that logs once;
- surge: one of the background's own warnings or errors at 15–40 times its rate.

Each episode is labelled from its first injected line to its last. Streams are reproducible
from their seed.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import yaml
from pydantic import BaseModel, TypeAdapter

from triage.dataset import FAMILIES, log_values, render_log, stamps
from triage.family import Family
from triage.templates import is_error

BACKGROUND_FILE = Path(__file__).parent / "data" / "background.yaml"
STREAM_START = datetime(2026, 11, 2, 0, 0)
EPISODE_KINDS = ("fault", "one-off", "surge")


class BackgroundLine(BaseModel):
    line: str
    rate: float  # per minute


@dataclass(frozen=True)
class LabelledStream:
    """Lines as (seconds since the stream began, text) and the labelled episodes."""

    name: str
    lines: list[tuple[float, str]]
    episodes: list[tuple[float, float]]
    kinds: list[str]


def load_background(path: Path = BACKGROUND_FILE) -> list[BackgroundLine]:
    return TypeAdapter(list[BackgroundLine]).validate_python(yaml.safe_load(path.read_text()))


def _poisson(rng: random.Random, mean: float) -> int:
    """Knuth's method: the means here are a few lines a minute."""
    limit, k, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def _render(rng: random.Random, shape: str, family: Family, at: float) -> str:
    moment = STREAM_START + timedelta(seconds=at)
    return shape.format_map(log_values(rng, family) | stamps(moment))


def _background(
    rng: random.Random, shapes: list[BackgroundLine], family: Family, minutes: int
) -> list[tuple[float, str]]:
    lines = []
    for minute in range(minutes):
        swing = 1.0 + 0.6 * math.sin(2 * math.pi * minute / (24 * 60))  # a day's rhythm
        for shape in shapes:
            for _ in range(_poisson(rng, shape.rate * swing)):
                at = 60.0 * minute + 60.0 * rng.random()
                lines.append((at, _render(rng, shape.line, family, at)))
    return lines


def _excerpt(rng: random.Random, family: Family, at: float) -> list[tuple[float, str]]:
    """One rendered fault excerpt, its lines a few milliseconds apart from `at`."""
    return [(at + 0.005 * i, line) for i, line in enumerate(render_log(rng, family).splitlines())]


def _episode(
    rng: random.Random, kind: str, start: float, shapes: list[BackgroundLine], family: Family
) -> list[tuple[float, str]]:
    if kind == "one-off":
        return _excerpt(rng, family, start)
    duration = 60.0 * rng.uniform(3, 20)
    lines: list[tuple[float, str]] = []
    if kind == "fault":
        at = start
        while at < start + duration:
            lines += _excerpt(rng, family, at)
            at += rng.uniform(5, 60)
        return lines
    shape = rng.choice([s for s in shapes if is_error(s.line)])
    per_second = shape.rate * rng.uniform(15, 40) / 60.0
    at = start
    while at < start + duration:
        lines.append((at, _render(rng, shape.line, family, at)))
        at += rng.expovariate(per_second)
    return lines


def generate_streams(count: int = 6, hours: int = 12, seed: int = 20261203) -> list[LabelledStream]:
    """`count` streams of `hours` each, episodes one to two and a half hours apart and none in
    the first hour (the watcher's warm-up is half an hour)."""
    shapes = load_background()
    loggable = [f for f in FAMILIES if f.logs]
    streams = []
    for number in range(count):
        rng = random.Random(seed + number)
        family = rng.choice(loggable)
        lines = _background(rng, shapes, family, hours * 60)
        episodes, kinds = [], []
        at = 3600.0 + rng.uniform(0, 1800)
        while at < hours * 3600 - 3600:
            kind = rng.choice(EPISODE_KINDS)
            injected = _episode(rng, kind, at, shapes, rng.choice(loggable))
            lines += injected
            episodes.append((injected[0][0], injected[-1][0]))
            kinds.append(kind)
            at = injected[-1][0] + rng.uniform(3600, 2.5 * 3600)
        lines.sort(key=lambda item: item[0])
        streams.append(LabelledStream(f"generated-{number + 1}", lines, episodes, kinds))
    return streams
