"""Route a ticket to a skill pool and an engineer, with the reasons for every choice.

The roster (config/roster.yaml, or the desk database after `careline roster import`) says who
serves which subsystems and how well, which certificates they hold and which work needs which
certificate, where they go on site, which languages they speak, when they are on call (in the
rota's own time zone) and how many open tickets they can carry.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime, time
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from careline.labels import SUBSYSTEM_IDS

ROLES = ("secondary", "lead")
MAX_PROFICIENCY = 5
RUNNERS_UP_SHOWN = 3
# The rota's zone when the roster names none: the hospitals' own (config/careline.toml).
DEFAULT_ROTA_TIMEZONE = "Asia/Shanghai"
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EVERY_DAY = "Daily"
_MISSING = object()
_MINUTES_PER_DAY = 24 * 60
_WINDOW = re.compile(r"(\w+(?:-\w+)?) (\d\d:\d\d)-(\d\d:\d\d)")


class RosterError(ValueError):
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


@dataclass(frozen=True)
class Engineer:
    """One person of the roster; the on-call windows are read in the engineer's `timezone`."""

    id: str
    name: str
    pool: str
    skills: Mapping[str, int]
    on_call: tuple[OnCallWindow, ...]
    certifications: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("zh",)
    capacity: int = 8
    roles: tuple[str, ...] = ()
    timezone: str = DEFAULT_ROTA_TIMEZONE

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
        return (site is not None and site in self.sites) or region in self.regions


@dataclass(frozen=True)
class Pool:
    id: str
    name_zh: str
    name_en: str
    subsystems: tuple[str, ...]
    hotline: str


@dataclass(frozen=True)
class Certification:
    """A qualification some work legally or contractually needs (e.g. radiation protection)."""

    id: str
    name_zh: str
    name_en: str
    subsystems: tuple[str, ...]
    onsite_only: bool

    def required_for(self, subsystem: str, onsite: bool) -> bool:
        return subsystem in self.subsystems and (onsite or not self.onsite_only)


@dataclass(frozen=True)
class Region:
    id: str
    name_zh: str
    name_en: str


@dataclass(frozen=True)
class Roster:
    """Read from the roster file or the desk database; validated the same way from both."""

    pools: tuple[Pool, ...]
    engineers: tuple[Engineer, ...]
    duty_manager: Mapping[str, str]
    certifications: tuple[Certification, ...] = ()
    regions: tuple[Region, ...] = ()
    timezone: str = DEFAULT_ROTA_TIMEZONE

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
        return _read_roster(_Fields(raw, source, "roster"))

    def to_dict(self) -> dict:
        """The roster file's shape: what `from_dict` reads back into an equal roster."""
        return {
            "rota_timezone": self.timezone,
            "regions": [_plain(r) for r in self.regions],
            "certifications": [_plain(c) for c in self.certifications],
            "pools": [_plain(p) for p in self.pools],
            "duty_manager": dict(self.duty_manager),
            "engineers": [engineer_dict(e) for e in self.engineers],
        }

    @cached_property
    def _members(self) -> dict[str, tuple[Engineer, ...]]:
        return {p.id: tuple(e for e in self.engineers if e.pool == p.id) for p in self.pools}

    def members(self, pool_id: str) -> tuple[Engineer, ...]:
        return self._members[pool_id]

    def pool_for(self, subsystem: str) -> Pool:
        return next(p for p in self.pools if subsystem in p.subsystems)

    def certifications_for(self, subsystem: str, onsite: bool) -> tuple[Certification, ...]:
        return tuple(c for c in self.certifications if c.required_for(subsystem, onsite))

    def region_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.regions)


def engineer_dict(engineer: Engineer) -> dict:
    """One engineer as the roster file writes it."""
    return {
        "id": engineer.id,
        "name": engineer.name,
        "pool": engineer.pool,
        "skills": dict(engineer.skills),
        "certifications": list(engineer.certifications),
        "regions": list(engineer.regions),
        "sites": list(engineer.sites),
        "languages": list(engineer.languages),
        "on_call": [str(w) for w in engineer.on_call],
        "timezone": engineer.timezone,
        "capacity": engineer.capacity,
        "roles": list(engineer.roles),
    }


def _plain(item: Pool | Certification | Region) -> dict:
    values = ((f.name, getattr(item, f.name)) for f in fields(item))
    return {name: list(v) if isinstance(v, tuple) else v for name, v in values}


class _Fields:
    """Typed reads from one mapping of a roster; every error names the source and the field."""

    def __init__(self, raw: object, source: str, where: str) -> None:
        self.source, self.where = source, where
        if not isinstance(raw, Mapping):
            raise self.error(None, f"expected a mapping, got {type(raw).__name__}")
        self.raw = raw

    def error(self, key: str | None, message: str) -> RosterError:
        place = f"{self.where}.{key}" if key else self.where
        return RosterError(f"{self.source}: {place}: {message}")

    def _get(self, key: str, default: object) -> object:
        value = self.raw.get(key, default)
        if value is _MISSING:
            raise self.error(key, "missing")
        return value

    def text(self, key: str, default: object = _MISSING) -> str:
        value = self._get(key, default)
        if not isinstance(value, str | int) or isinstance(value, bool) or not str(value).strip():
            raise self.error(key, f"expected a non-empty text, got {value!r}")
        return str(value)

    def texts(self, key: str, default: object = _MISSING) -> tuple[str, ...]:
        value = self._get(key, default)
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise self.error(key, f"expected a list of texts, got {value!r}")
        return tuple(value)

    def integer(self, key: str, lo: int, hi: int, default: object = _MISSING) -> int:
        value = self._get(key, default)
        if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
            raise self.error(key, f"expected a whole number {lo}-{hi}, got {value!r}")
        return value

    def flag(self, key: str, default: object = _MISSING) -> bool:
        value = self._get(key, default)
        if not isinstance(value, bool):
            raise self.error(key, f"expected true or false, got {value!r}")
        return value

    def mapping(self, key: str) -> _Fields:
        return _Fields(self._get(key, _MISSING), self.source, f"{self.where}.{key}")

    def rows(self, key: str, default: object = _MISSING) -> list[_Fields]:
        """The list under `key`, each entry named by its position and id in errors."""
        value = self._get(key, default)
        if not isinstance(value, list):
            raise self.error(key, f"expected a list, got {type(value).__name__}")
        rows = []
        for index, item in enumerate(value):
            row = _Fields(item, self.source, f"{key}[{index}]")
            row.where = f"{key}[{index}] ({row.text('id')})"
            rows.append(row)
        return rows

    def subset(self, key: str, known: Iterable[str], what: str, default: object = ()) -> tuple:
        """A list of ids, each of which must be one of `known`."""
        values = self.texts(key, default)
        allowed = set(known)
        for value in values:
            if value not in allowed:
                known_ids = ", ".join(sorted(allowed))
                raise self.error(key, f"unknown {what} {value!r} (known: {known_ids})")
        return values


def _unique(rows: list, source: str, what: str) -> None:
    seen: set[str] = set()
    for row in rows:
        if row.id in seen:
            raise RosterError(f"{source}: {what}: id {row.id!r} appears twice")
        seen.add(row.id)


def _zone(raw: _Fields, key: str, default: object = _MISSING) -> str:
    name = raw.text(key, default)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise raw.error(key, f"unknown time zone {name!r}") from exc
    return name


def _read_roster(raw: _Fields) -> Roster:
    source = raw.source
    timezone = _zone(raw, "rota_timezone", DEFAULT_ROTA_TIMEZONE)
    regions = tuple(
        Region(r.text("id"), r.text("name_zh"), r.text("name_en")) for r in raw.rows("regions", [])
    )
    certifications = tuple(_read_certification(c) for c in raw.rows("certifications", []))
    pools = tuple(_read_pool(p) for p in raw.rows("pools"))
    manager = raw.mapping("duty_manager")
    duty_manager = {key: manager.text(key) for key in ("id", "name", "hotline")}
    known = (
        {p.id for p in pools},
        {c.id for c in certifications},
        {r.id for r in regions},
    )
    engineers = tuple(_read_engineer(e, timezone, *known) for e in raw.rows("engineers"))
    for rows, what in (
        (regions, "regions"),
        (certifications, "certifications"),
        (pools, "pools"),
        (engineers, "engineers"),
    ):
        _unique(list(rows), source, what)
    _check_coverage(pools, source)
    return Roster(pools, engineers, duty_manager, certifications, regions, timezone)


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


def _read_certification(raw: _Fields) -> Certification:
    return Certification(
        raw.text("id"),
        raw.text("name_zh"),
        raw.text("name_en"),
        raw.subset("subsystems", SUBSYSTEM_IDS, "subsystem", _MISSING),
        raw.flag("onsite_only", False),
    )


def _read_pool(raw: _Fields) -> Pool:
    return Pool(
        raw.text("id"),
        raw.text("name_zh"),
        raw.text("name_en"),
        raw.subset("subsystems", SUBSYSTEM_IDS, "subsystem", _MISSING),
        raw.text("hotline"),
    )


def _read_skills(raw: _Fields) -> dict[str, int]:
    skills = raw.mapping("skills")
    for subsystem in skills.raw:
        if subsystem not in SUBSYSTEM_IDS:
            raise skills.error(str(subsystem), "not a subsystem id")
    return {s: skills.integer(s, 0, MAX_PROFICIENCY) for s in skills.raw}


def _read_windows(raw: _Fields) -> tuple[OnCallWindow, ...]:
    texts = raw.texts("on_call")
    try:
        return tuple(OnCallWindow.parse(w) for w in texts)
    except ValueError as exc:
        raise raw.error("on_call", str(exc)) from exc


def _read_engineer(
    raw: _Fields, timezone: str, pools: set[str], certs: set[str], regions: set[str]
) -> Engineer:
    pool = raw.text("pool")
    if pool not in pools:
        raise raw.error("pool", f"unknown pool {pool!r}")
    languages = raw.texts("languages")
    if not languages:
        raise raw.error("languages", "an engineer speaks at least one language")
    return Engineer(
        id=raw.text("id"),
        name=raw.text("name"),
        pool=pool,
        skills=_read_skills(raw),
        on_call=_read_windows(raw),
        certifications=raw.subset("certifications", certs, "certification"),
        regions=raw.subset("regions", regions, "region"),
        sites=raw.texts("sites", ()),
        languages=languages,
        capacity=raw.integer("capacity", 1, 1000),
        roles=raw.subset("roles", ROLES, "role"),
        timezone=_zone(raw, "timezone", timezone),
    )


@dataclass(frozen=True)
class RouteDecision:
    """`fallback` is None for a regular pick, else "secondary", "lead" or "duty_manager"."""

    pool: Pool
    engineer: Engineer | None
    reasons: list[str] = field(default_factory=list)
    fallback: str | None = None

    def as_dict(self) -> dict:
        return {
            "pool": self.pool.id,
            "pool_name_zh": self.pool.name_zh,
            "pool_name_en": self.pool.name_en,
            "hotline": self.pool.hotline,
            "engineer": self.engineer.id if self.engineer else None,
            "engineer_name": self.engineer.name if self.engineer else None,
            "fallback": self.fallback,
            "reasons": self.reasons,
        }


@dataclass(frozen=True)
class _Work:
    """What the ticket needs from an engineer, and how to say why someone does not fit."""

    subsystem: str
    moment: datetime
    load: Mapping[str, int]
    certifications: tuple[Certification, ...]
    onsite: bool
    region: str | None
    site: str | None
    language: str | None

    def unmet(self, engineer: Engineer) -> list[str]:
        """Every rule the engineer fails for this work besides being on call, in rule order."""
        missing = [
            f"no {c.id} certificate"
            for c in self.certifications
            if c.id not in engineer.certifications
        ]
        on_site_somewhere = self.onsite and (self.region or self.site)
        if on_site_somewhere and not engineer.serves_on_site(self.region, self.site):
            missing.append(f"does not serve {self.place} on site")
        if self.language and self.language not in engineer.languages:
            missing.append(f"does not speak {self.language}")
        if self.load.get(engineer.id, 0) >= engineer.capacity:
            missing.append(f"at capacity ({self.describe_load(engineer)})")
        return missing

    @property
    def place(self) -> str:
        named = [f"site {self.site}"] * bool(self.site) + [f"region {self.region}"] * bool(
            self.region
        )
        return " or ".join(named)

    def describe_load(self, engineer: Engineer) -> str:
        return f"{self.load.get(engineer.id, 0)}/{engineer.capacity} open tickets"

    def rank(self, engineer: Engineer) -> tuple:
        """Highest proficiency first, then the lightest load for the engineer's capacity."""
        open_tickets = self.load.get(engineer.id, 0)
        return (
            -engineer.proficiency(self.subsystem),
            open_tickets / engineer.capacity,
            open_tickets,
            engineer.id,
        )

    def profile(self, engineer: Engineer) -> str:
        return (
            f"proficiency {self.subsystem} {engineer.proficiency(self.subsystem)}/"
            f"{MAX_PROFICIENCY}, {self.describe_load(engineer)}"
        )

    def on_call_note(self, engineer: Engineer) -> str:
        local = self.moment.astimezone(engineer.zone)
        return f"{engineer.name} on call at {local:%a %H:%M} ({engineer.timezone} rota)"


def _choose(
    candidates: Iterable[Engineer], work: _Work, label: str
) -> tuple[Engineer | None, list[str]]:
    """The best fitting on-call candidate, and a reason for everyone who was left out."""
    fits: list[Engineer] = []
    off_call: list[str] = []
    reasons: list[str] = []
    for engineer in candidates:
        if not engineer.on_call_at(work.moment):
            off_call.append(engineer.name)
        elif unmet := work.unmet(engineer):
            reasons.append(f"{label}{engineer.name} skipped: {'; '.join(unmet)}")
        else:
            fits.append(engineer)
    if off_call:
        reasons.insert(0, f"{label}not on call at {work.moment:%a %H:%M}: {', '.join(off_call)}")
    if not fits:
        return None, reasons
    best, *others = heapq.nsmallest(RUNNERS_UP_SHOWN + 1, fits, key=work.rank)
    reasons += [work.on_call_note(best), f"{best.name}: {work.profile(best)}"]
    if others:
        shown = ", ".join(f"{e.name} ({work.profile(e)})" for e in others)
        more = len(fits) - 1 - len(others)
        reasons.append(f"preferred over {shown}" + (f" and {more} more" if more else ""))
    return best, reasons


def _lead(leads: list[Engineer], work: _Work) -> tuple[Engineer | None, list[str]]:
    """A reachable pool lead takes the ticket to arrange the work, even if they lack a rule."""
    reachable = [e for e in leads if e.on_call_at(work.moment)]
    if not reachable:
        names = ", ".join(e.name for e in leads) or "none named"
        return None, [f"pool lead not reachable at {work.moment:%a %H:%M} ({names})"]
    lead = min(reachable, key=lambda e: (len(work.unmet(e)), work.rank(e)))
    reasons = [f"fallback pool lead: {work.on_call_note(lead)}, takes the ticket"]
    if unmet := work.unmet(lead):
        reasons.append(f"{lead.name} arranges the work: {'; '.join(unmet)}")
    return lead, reasons


def route(
    roster: Roster,
    subsystem: str,
    moment: datetime,
    load: Mapping[str, int] | None = None,
    *,
    site_region: str | None = None,
    onsite: bool = False,
    language: str | None = None,
    site: str | None = None,
) -> RouteDecision:
    """Pool by subsystem; engineer by on call, certificate, region on site, language,
    proficiency and load; when nobody fits: secondary on-call, pool lead, duty manager."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(roster.timezone))
    pool = roster.pool_for(subsystem)
    certifications = roster.certifications_for(subsystem, onsite)
    work = _Work(subsystem, moment, load or {}, certifications, onsite, site_region, site, language)
    reasons = [f"pool {pool.id}: covers subsystem {subsystem}", *_requirements(work)]
    members = roster.members(pool.id)

    engineer, said = _choose((e for e in members if "secondary" not in e.roles), work, "")
    reasons += said
    if engineer is not None:
        return RouteDecision(pool, engineer, reasons)

    reasons.append(f"nobody on the {pool.id} rota fits: fallback to the secondary on-call")
    secondaries = [e for e in members if "secondary" in e.roles]
    engineer, said = _choose(secondaries, work, "secondary on-call ")
    reasons += said if secondaries else [f"no secondary on-call in {pool.id}"]
    if engineer is not None:
        return RouteDecision(pool, engineer, reasons, "secondary")

    reasons.append("no secondary on-call fits: fallback to the pool lead")
    engineer, said = _lead([e for e in members if "lead" in e.roles], work)
    reasons += said
    if engineer is not None:
        return RouteDecision(pool, engineer, reasons, "lead")

    manager = roster.duty_manager
    reasons.append(f"fallback duty manager: {manager['name']} ({manager['hotline']}) dispatches")
    return RouteDecision(pool, None, reasons, "duty_manager")


def _requirements(work: _Work) -> list[str]:
    """The rules this ticket adds beyond on call, proficiency and load, stated up front."""
    said = []
    if work.certifications:
        where = "on-site " if work.onsite else ""
        names = ", ".join(f"{c.id} ({c.name_zh})" for c in work.certifications)
        said.append(f"{where}{work.subsystem} work needs certificate {names}")
    if work.onsite:
        said.append(
            f"on-site work in {work.place}"
            if work.region or work.site
            else "on-site work but the site's region is unknown: region not checked"
        )
    if work.language:
        said.append(f"reporter's language {work.language}")
    return said
