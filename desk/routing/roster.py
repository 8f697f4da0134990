"""The roster: pools, engineers, certificates and regions, validated once from any source.

The roster file (config/roster.yaml, its fields documented there) and the desk database
(`careline roster import`) are both read through `Roster.from_dict`; every error names the
source and the field, e.g. "config/roster.yaml: engineers[3] (wang-lei).capacity: …".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, time
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationError,
    model_validator,
)
from pydantic.dataclasses import dataclass as pydantic_dataclass

from careline.errors import InvalidInput
from careline.labels import SUBSYSTEM_IDS

ROLES = ("secondary", "lead")
MAX_PROFICIENCY = 5
# The rota's zone when the roster names none: the hospitals' own (config/careline.toml).
DEFAULT_ROTA_TIMEZONE = "Asia/Shanghai"
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EVERY_DAY = "Daily"
_MINUTES_PER_DAY = 24 * 60
_WINDOW = re.compile(r"(\w+(?:-\w+)?) (\d\d:\d\d)-(\d\d:\d\d)")


class RosterError(InvalidInput):
    """A roster that cannot be used; the message names the source and the bad field."""


@dataclass(frozen=True)
class OnCallWindow:
    """One weekly window such as "Mon-Fri 09:00-18:00"; 24:00 means the end of the day."""

    days: frozenset[int]
    start: time
    end: time | None

    @classmethod
    def parse(cls, text: str) -> OnCallWindow:
        match = _WINDOW.fullmatch(text)
        if match is None:
            raise ValueError(f"{text!r} is not a window like 'Mon-Fri 09:00-18:00'")
        day_part, start, end = match.groups()
        try:
            window = cls(
                cls._parse_days(day_part),
                time.fromisoformat(start),
                None if end == "24:00" else time.fromisoformat(end),
            )
        except ValueError as exc:
            raise ValueError(
                f"{text!r} is not a window like 'Mon-Fri 09:00-18:00' ({exc})"
            ) from exc
        if window.end is not None and window.end <= window.start:
            raise ValueError(f"{text!r} ends before it starts; split it at midnight")
        return window

    @staticmethod
    def _parse_days(text: str) -> frozenset[int]:
        if text == _EVERY_DAY:
            return frozenset(range(7))
        first, _, last = text.partition("-")
        lo, hi = _DAYS.index(first), _DAYS.index(last or first)
        if hi < lo:
            raise ValueError(f"day range {text} runs backwards")
        return frozenset(range(lo, hi + 1))

    def __str__(self) -> str:
        lo, hi = min(self.days), max(self.days)
        days = "-".join(dict.fromkeys((_DAYS[lo], _DAYS[hi])))
        if len(self.days) == 7:
            days = _EVERY_DAY
        end = "24:00" if self.end is None else f"{self.end:%H:%M}"
        return f"{days} {self.start:%H:%M}-{end}"

    def spans(self) -> Iterator[tuple[int, int]]:
        """Minutes of the week covered, as [first, last) spans, one per day."""
        start = self.start.hour * 60 + self.start.minute
        end = _MINUTES_PER_DAY if self.end is None else self.end.hour * 60 + self.end.minute
        for day in sorted(self.days):
            yield day * _MINUTES_PER_DAY + start, day * _MINUTES_PER_DAY + end


# --- field types: each check says what it expected, in the roster file's words --------------


def _text(value: object) -> str:
    if not isinstance(value, str | int) or isinstance(value, bool) or not str(value).strip():
        raise ValueError(f"expected a non-empty text, got {value!r}")
    return str(value)


def _texts(value: object) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"expected a list of texts, got {value!r}")
    return tuple(value)


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {value!r}")
    return value


def _whole_number(lo: int, hi: int) -> Any:
    def check(value: object) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
            raise ValueError(f"expected a whole number {lo}-{hi}, got {value!r}")
        return value

    return Annotated[int, BeforeValidator(check)]


def _zone(value: object) -> str:
    name = _text(value)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc
    return name


def _one_of(known: tuple[str, ...], what: str) -> Any:
    def check(value: object) -> tuple[str, ...]:
        values = _texts(value)
        for item in values:
            if item not in known:
                raise ValueError(f"unknown {what} {item!r} (known: {', '.join(sorted(known))})")
        return values

    return Annotated[tuple[str, ...], BeforeValidator(check)]


def _subsystem(value: object) -> str:
    if value not in SUBSYSTEM_IDS:
        raise ValueError("not a subsystem id")
    return str(value)


def _windows(value: object) -> tuple[OnCallWindow, ...]:
    return tuple(OnCallWindow.parse(text) for text in _texts(value))


def _languages(value: object) -> tuple[str, ...]:
    languages = _texts(value)
    if not languages:
        raise ValueError("an engineer speaks at least one language")
    return languages


Text = Annotated[str, BeforeValidator(_text)]
Texts = Annotated[tuple[str, ...], BeforeValidator(_texts)]
Zone = Annotated[str, BeforeValidator(_zone)]
Subsystems = _one_of(SUBSYSTEM_IDS, "subsystem")
Proficiency = _whole_number(0, MAX_PROFICIENCY)
Windows = Annotated[
    tuple[OnCallWindow, ...],
    BeforeValidator(_windows),
    PlainSerializer(lambda windows: [str(w) for w in windows]),
]


# Rows are validating dataclasses rather than models: routing reads their attributes millions of
# times, and a plain attribute is several times quicker to read than a model field.
_row = pydantic_dataclass(frozen=True, kw_only=True, config=ConfigDict(extra="ignore"))


@_row
class Pool:
    id: Text
    name_zh: Text
    name_en: Text
    subsystems: Subsystems
    hotline: Text


@_row
class Certification:
    """A qualification some work legally or contractually needs (e.g. radiation protection)."""

    id: Text
    name_zh: Text
    name_en: Text
    subsystems: Subsystems
    onsite_only: Annotated[bool, BeforeValidator(_flag)] = False

    def required_for(self, subsystem: str, onsite: bool) -> bool:
        return subsystem in self.subsystems and (onsite or not self.onsite_only)


@_row
class Region:
    id: Text
    name_zh: Text
    name_en: Text


@_row
class Engineer:
    """One person of the roster; the on-call windows are read in the engineer's `timezone`."""

    id: Text
    name: Text
    pool: Text
    skills: dict[Annotated[str, BeforeValidator(_subsystem)], Proficiency]
    certifications: Texts = ()
    regions: Texts = ()
    sites: Texts = ()
    languages: Annotated[tuple[str, ...], BeforeValidator(_languages)]
    on_call: Windows
    timezone: Zone
    capacity: _whole_number(1, 1000)
    roles: _one_of(ROLES, "role") = ()
    base: Text | None = None
    travel: Text = "car"
    resident_at: Texts = ()

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @cached_property
    def _week(self) -> bytes:
        """One flag per minute of the week: a lookup instead of testing every window."""
        week = bytearray(7 * _MINUTES_PER_DAY)
        for window in self.on_call:
            for first, last in window.spans():
                week[first:last] = b"\x01" * (last - first)
        return bytes(week)

    def on_call_at(self, moment: datetime) -> bool:
        local = moment.astimezone(self.zone)
        return bool(self._week[local.weekday() * _MINUTES_PER_DAY + local.hour * 60 + local.minute])

    def proficiency(self, subsystem: str) -> int:
        return self.skills.get(subsystem, 0)

    def serves_on_site(self, region: str | None, site: str | None) -> bool:
        stationed = site is not None and (site in self.sites or site in self.resident_at)
        return stationed or region in self.regions


@_row
class DutyManager:
    id: Text
    name: Text
    hotline: Text


class Roster(BaseModel):
    """Read from the roster file or the desk database; validated the same way from both."""

    model_config = ConfigDict(frozen=True, extra="ignore", populate_by_name=True)

    timezone: Zone = Field(DEFAULT_ROTA_TIMEZONE, alias="rota_timezone")
    regions: tuple[Region, ...] = ()
    certifications: tuple[Certification, ...] = ()
    pools: tuple[Pool, ...]
    duty_manager: DutyManager
    engineers: tuple[Engineer, ...]

    @model_validator(mode="before")
    @classmethod
    def _engineers_default_to_the_rota_zone(cls, raw: object) -> object:
        if not isinstance(raw, Mapping) or not isinstance(raw.get("engineers"), list):
            return raw
        zone = raw.get("rota_timezone", DEFAULT_ROTA_TIMEZONE)
        engineers = [
            {"timezone": zone, **e} if isinstance(e, Mapping) else e for e in raw["engineers"]
        ]
        return {**raw, "engineers": engineers}

    @classmethod
    def load(cls, path: Path) -> Roster:
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise RosterError(f"{path}: not valid YAML ({exc})") from exc
        return cls.from_dict(raw, str(path))

    @classmethod
    def from_dict(cls, raw: object, source: str) -> Roster:
        """Validate and build; `source` (a file name, "database") prefixes every error."""
        if not isinstance(raw, Mapping):
            raise RosterError(f"{source}: roster: expected a mapping, got {type(raw).__name__}")
        try:
            roster = cls.model_validate(raw)
        except ValidationError as error:
            raise RosterError(f"{source}: {_describe(error, raw)}") from error
        _check_references(roster, source)
        return roster

    def to_dict(self) -> dict:
        """The roster file's shape: what `from_dict` reads back into an equal roster."""
        return self.model_dump(mode="json", by_alias=True)

    @cached_property
    def _members(self) -> dict[str, tuple[Engineer, ...]]:
        return {p.id: tuple(e for e in self.engineers if e.pool == p.id) for p in self.pools}

    @cached_property
    def _by_id(self) -> dict[str, Engineer]:
        return {e.id: e for e in self.engineers}

    def engineer(self, engineer_id: str) -> Engineer | None:
        return self._by_id.get(engineer_id)

    def members(self, pool_id: str) -> tuple[Engineer, ...]:
        return self._members[pool_id]

    def pool_for(self, subsystem: str) -> Pool:
        return next(p for p in self.pools if subsystem in p.subsystems)

    def certifications_for(self, subsystem: str, onsite: bool) -> tuple[Certification, ...]:
        return tuple(c for c in self.certifications if c.required_for(subsystem, onsite))

    def region_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.regions)


_LISTS = ("regions", "certifications", "pools", "engineers")


def _describe(error: ValidationError, raw: Mapping) -> str:
    """The first problem as "engineers[0] (wang-lei).capacity: expected …"."""
    first = error.errors()[0]
    loc = [str(part) for part in first["loc"]]
    loc = [part for part in loc if part != "[key]"]  # a bad mapping key is named as its field
    if len(loc) >= 2 and loc[0] in _LISTS and loc[1].isdigit():
        row = raw[loc[0]][int(loc[1])]
        row_id = row.get("id") if isinstance(row, Mapping) else None
        place = ".".join([f"{loc[0]}[{loc[1]}]" + (f" ({row_id})" if row_id else ""), *loc[2:]])
    else:
        place = ".".join(["roster", *loc])
    if first["type"] == "missing":
        return f"{place}: missing"
    cause = first.get("ctx", {}).get("error")
    return f"{place}: {cause if cause is not None else first['msg']}"


def _check_references(roster: Roster, source: str) -> None:
    """Ids that must be unique, engineers' pools, certificates and regions that must exist,
    and every subsystem in exactly one pool."""
    for what in _LISTS:
        seen: set[str] = set()
        for row in getattr(roster, what):
            if row.id in seen:
                raise RosterError(f"{source}: {what}: id {row.id!r} appears twice")
            seen.add(row.id)
    known = {
        "pool": {p.id for p in roster.pools},
        "certification": {c.id for c in roster.certifications},
        "region": {r.id for r in roster.regions},
    }
    for index, engineer in enumerate(roster.engineers):
        place = f"{source}: engineers[{index}] ({engineer.id})"
        if engineer.pool not in known["pool"]:
            raise RosterError(f"{place}.pool: unknown pool {engineer.pool!r}")
        for field, what in (("certifications", "certification"), ("regions", "region")):
            for value in getattr(engineer, field):
                if value not in known[what]:
                    listed = ", ".join(sorted(known[what]))
                    raise RosterError(
                        f"{place}.{field}: unknown {what} {value!r} (known: {listed})"
                    )
    _check_coverage(roster.pools, source)


def _check_coverage(pools: tuple[Pool, ...], source: str) -> None:
    """A subsystem without a pool would leave a 3 a.m. ticket with nobody: refuse to start."""
    owners: dict[str, str] = {}
    for pool in pools:
        for subsystem in pool.subsystems:
            if subsystem in owners:
                raise RosterError(
                    f"{source}: subsystem {subsystem} is in pools {owners[subsystem]} "
                    f"and {pool.id}; each subsystem needs exactly one pool"
                )
            owners[subsystem] = pool.id
    missing = [s for s in SUBSYSTEM_IDS if s not in owners]
    if missing:
        raise RosterError(f"{source}: no pool covers subsystem(s) {', '.join(missing)}")
