"""Route a ticket to a skill pool and an engineer, with the reasons for every choice."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path

import yaml

from careline.labels import SUBSYSTEM_IDS

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_SETS = {"Daily": set(range(7))}


@dataclass(frozen=True)
class OnCallWindow:
    """One weekly window such as "Mon-Fri 09:00-18:00"; 24:00 means the end of the day."""

    days: frozenset[int]
    start: time
    end: time | None

    @classmethod
    def parse(cls, text: str) -> OnCallWindow:
        day_part, hours = text.split()
        if day_part in _DAY_SETS:
            days = _DAY_SETS[day_part]
        else:
            first, _, last = day_part.partition("-")
            lo, hi = _DAYS.index(first), _DAYS.index(last or first)
            days = set(range(lo, hi + 1))
        start, end = hours.split("-")
        return cls(
            frozenset(days),
            time.fromisoformat(start),
            None if end == "24:00" else time.fromisoformat(end),
        )

    def covers(self, moment: datetime) -> bool:
        clock = moment.time()
        return (
            moment.weekday() in self.days
            and self.start <= clock
            and (self.end is None or clock < self.end)
        )


@dataclass(frozen=True)
class Engineer:
    id: str
    name: str
    pool: str
    skills: Mapping[str, int]
    on_call: tuple[OnCallWindow, ...]

    def on_call_at(self, moment: datetime) -> bool:
        return any(window.covers(moment) for window in self.on_call)


@dataclass(frozen=True)
class Pool:
    id: str
    name_zh: str
    name_en: str
    subsystems: tuple[str, ...]
    hotline: str


@dataclass(frozen=True)
class Roster:
    pools: tuple[Pool, ...]
    engineers: tuple[Engineer, ...]
    duty_manager: Mapping[str, str]

    @classmethod
    def load(cls, path: Path) -> Roster:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        pools = tuple(
            Pool(p["id"], p["name_zh"], p["name_en"], tuple(p["subsystems"]), p["hotline"])
            for p in raw["pools"]
        )
        engineers = tuple(
            Engineer(
                e["id"],
                e["name"],
                e["pool"],
                dict(e["skills"]),
                tuple(OnCallWindow.parse(w) for w in e["on_call"]),
            )
            for e in raw["engineers"]
        )
        roster = cls(pools, engineers, raw["duty_manager"])
        roster.check()
        return roster

    def check(self) -> None:
        """A subsystem without a pool would leave a 3 a.m. ticket with nobody: refuse to start."""
        covered = {s for pool in self.pools for s in pool.subsystems}
        missing = sorted(set(SUBSYSTEM_IDS) - covered)
        if missing:
            raise ValueError(f"roster: no pool covers subsystem(s) {', '.join(missing)}")
        pool_ids = {p.id for p in self.pools}
        for engineer in self.engineers:
            if engineer.pool not in pool_ids:
                raise ValueError(
                    f"roster: engineer {engineer.id} is in unknown pool {engineer.pool}"
                )

    def pool_for(self, subsystem: str) -> Pool:
        return next(p for p in self.pools if subsystem in p.subsystems)


@dataclass(frozen=True)
class RouteDecision:
    pool: Pool
    engineer: Engineer | None
    reasons: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "pool": self.pool.id,
            "pool_name_zh": self.pool.name_zh,
            "pool_name_en": self.pool.name_en,
            "hotline": self.pool.hotline,
            "engineer": self.engineer.id if self.engineer else None,
            "engineer_name": self.engineer.name if self.engineer else None,
            "reasons": self.reasons,
        }


def route(
    roster: Roster, subsystem: str, moment: datetime, load: Mapping[str, int] | None = None
) -> RouteDecision:
    """Pool by subsystem; engineer by on call now, then proficiency, then fewest open tickets."""
    load = load or {}
    pool = roster.pool_for(subsystem)
    reasons = [f"pool {pool.id}: covers subsystem {subsystem}"]
    members = [e for e in roster.engineers if e.pool == pool.id]
    on_call = [e for e in members if e.on_call_at(moment)]
    if not on_call:
        reasons.append(
            f"nobody in {pool.id} on call at {moment:%a %H:%M}: duty manager "
            f"{roster.duty_manager['name']} ({roster.duty_manager['hotline']}) dispatches"
        )
        return RouteDecision(pool, None, reasons)
    best = max(on_call, key=lambda e: (e.skills.get(subsystem, 0), -load.get(e.id, 0)))
    reasons.append(f"{best.name} on call at {moment:%a %H:%M}")
    reasons.append(
        f"proficiency {subsystem} {best.skills.get(subsystem, 0)}/5, "
        f"{load.get(best.id, 0)} open ticket(s)"
    )
    if len(on_call) > 1:
        others = ", ".join(e.name for e in on_call if e is not best)
        reasons.append(f"preferred over {others} (lower proficiency or higher load)")
    return RouteDecision(pool, best, reasons)
