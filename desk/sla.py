"""Response and resolution clocks (SPEC §3.2): targets from the ticket's contract, deadlines on
the contract's clock, pauses while waiting on the hospital, and how far each clock has run.

The two clocks are kept apart everywhere: response stops when the ticket is accepted,
resolution when it is resolved, and only resolution pauses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from careline.errors import InvalidInput
from careline.labels import TIER_BY_ID, TIER_IDS
from careline.settings import Settings
from careline.timetext import duration_text
from desk.business_calendar import Advance, BusinessCalendar
from desk.models import Contract, Coverage, Status, Ticket

CLOCK_NOUNS = {"respond": "response", "resolve": "resolution", "arrive": "on-site arrival"}
DEADLINE_FIELDS = {"respond": "respond_by", "resolve": "resolve_by", "arrive": "arrive_by"}
# A contract's on-site arrival promise per tier and zone: a site in a city with a vendor office
# ("city", config/travel.yaml) or anywhere else ("province"). A city site of a contract that
# states only the province promise is owed that one.
ARRIVAL_KEYS = {"city": "arrive_city_minutes", "province": "arrive_province_minutes"}
ZONE_WORDS = {"city": "in the city", "province": "in the province"}


@dataclass(frozen=True)
class Target:
    """A clock's allowance: whole days plus a time; on business hours a day is a working day."""

    days: int
    time: timedelta
    business: bool
    from_contract: bool

    def span(self, calendar: BusinessCalendar) -> timedelta:
        day = calendar.workday_length if self.business else timedelta(days=1)
        return self.days * day + self.time

    @property
    def hours(self) -> str:
        return "business hours" if self.business else "24x7"

    def describe(self) -> str:
        parts = []
        if self.days:
            kind = "working day" if self.business else "day"
            parts.append(f"{self.days} {kind}{'s' if self.days != 1 else ''}")
        if self.time or not self.days:
            parts.append(duration_text(self.time))
        return " ".join(parts)


@dataclass(frozen=True)
class Terms:
    """What a ticket of one tier is owed under one contract (or under SPEC §3.2 without one)."""

    tier: str
    contract: str | None
    respond: Target
    resolve: Target

    def target(self, clock: str) -> Target:
        return self.respond if clock == "respond" else self.resolve


def _target(override: dict, clock: str, default: timedelta, business: bool) -> Target:
    if f"{clock}_minutes" in override:
        return Target(0, timedelta(minutes=override[f"{clock}_minutes"]), business, True)
    if f"{clock}_days" in override:
        return Target(override[f"{clock}_days"], timedelta(0), business, True)
    return Target(default.days, default - timedelta(days=default.days), business, False)


def terms_for(tier_id: str, contract: Contract | None) -> Terms:
    """A 5×8 contract puts every clock on business hours; otherwise the tier's SPEC clock."""
    if tier_id not in TIER_BY_ID:
        raise InvalidInput(f"unknown tier '{tier_id}'; expected one of {', '.join(TIER_IDS)}")
    tier = TIER_BY_ID[tier_id]
    override = (contract.targets or {}).get(tier_id, {}) if contract else {}
    business = tier.business_hours_only or (
        contract is not None and contract.coverage == Coverage.BUSINESS_HOURS
    )
    return Terms(
        tier_id,
        contract.name if contract else None,
        _target(override, "respond", tier.respond_within, business),
        _target(override, "resolve", tier.resolve_within, business),
    )


def deadline(ticket: Ticket, clock: str) -> datetime | None:
    return getattr(ticket, DEADLINE_FIELDS[clock])


def arrival_target(tier_id: str, contract: Contract | None, zone: str) -> Target | None:
    """The contract's promise for a visit to a site in `zone`, on the resolution clock's hours."""
    if contract is None or zone not in ARRIVAL_KEYS:
        return None
    override = (contract.targets or {}).get(tier_id, {})
    zones = ("city", "province") if zone == "city" else ("province",)
    minutes = next((override[ARRIVAL_KEYS[z]] for z in zones if ARRIVAL_KEYS[z] in override), None)
    if minutes is None:
        return None
    return Target(
        0, timedelta(minutes=minutes), terms_for(tier_id, contract).resolve.business, True
    )


def run_until(
    calendar: BusinessCalendar, business: bool, start: datetime, span: timedelta
) -> Advance:
    """Where a clock that starts at `start` has run for `span`."""
    return calendar.advance(start, span) if business else Advance(start + span, ())


def run_between(
    calendar: BusinessCalendar, business: bool, start: datetime, end: datetime
) -> timedelta:
    """How long a clock runs from `start` to `end`."""
    return calendar.between(start, end) if business else max(end - start, timedelta(0))


@dataclass(frozen=True)
class Deadlines:
    respond_by: datetime
    resolve_by: datetime
    explanation: str


def _because(terms: Terms, clock: str) -> str:
    target = terms.target(clock)
    if terms.contract is None:
        source = "no contract (SPEC §3.2 default)"
    elif target.from_contract:
        source = f"contract '{terms.contract}'"
    else:
        source = f"contract '{terms.contract}' (SPEC §3.2 default for {terms.tier})"
    return f"{terms.tier}, {source}, {target.hours}, {CLOCK_NOUNS[clock]} {target.describe()}"


def compute_deadlines(
    tier_id: str,
    created: datetime,
    calendar: BusinessCalendar,
    contract: Contract | None = None,
    paused: timedelta = timedelta(0),
) -> Deadlines:
    """Both deadlines from the ticket's creation; `paused` is resolution time spent waiting."""
    terms = terms_for(tier_id, contract)
    respond = run_until(calendar, terms.respond.business, created, terms.respond.span(calendar))
    resolve = run_until(
        calendar, terms.resolve.business, created, terms.resolve.span(calendar) + paused
    )
    local = calendar.local_text
    paused_note = f" + {duration_text(paused)} paused" if paused else ""
    parts = [
        f"response due {local(respond.moment)} because {_because(terms, 'respond')}",
        f"resolution due {local(resolve.moment)} because {_because(terms, 'resolve')}"
        + paused_note,
    ]
    notes = list(dict.fromkeys(respond.notes + resolve.notes))
    explanation = "; ".join(parts) + (f" ({'; '.join(notes)})" if notes else "")
    return Deadlines(respond.moment, resolve.moment, explanation)


def pauses_resolution(ticket: Ticket, status: str) -> bool:
    """Waiting on the hospital always pauses; waiting on a part when the contract says so."""
    if status == Status.WAITING_ON_HOSPITAL:
        return True
    contract = ticket.contract
    return status == Status.WAITING_ON_PART and bool(contract and contract.parts_pause_resolution)


def pause_intervals(ticket: Ticket) -> list[tuple[datetime, datetime | None]]:
    """Each stretch the ticket's resolution clock stood still, from its status history."""
    intervals: list[tuple[datetime, datetime | None]] = []
    start: datetime | None = None
    for change in ticket.history:
        waiting = pauses_resolution(ticket, change.status)
        if waiting and start is None:
            start = change.at
        elif not waiting and start is not None:
            intervals.append((start, change.at))
            start = None
    if start is not None:
        intervals.append((start, None))
    return intervals


def paused_time(ticket: Ticket, calendar: BusinessCalendar) -> timedelta:
    """Finished pauses measured on the ticket's resolution clock (an open pause counts later)."""
    business = terms_for(ticket.tier, ticket.contract).resolve.business
    return sum(
        (
            run_between(calendar, business, start, end)
            for start, end in pause_intervals(ticket)
            if end
        ),
        timedelta(0),
    )


def apply_deadlines(ticket: Ticket, calendar: BusinessCalendar) -> None:
    """Recompute both deadlines from the ticket's creation, its tier, contract and pauses."""
    deadlines = compute_deadlines(
        ticket.tier,
        ticket.created_at,
        calendar,
        ticket.contract,
        timedelta(seconds=ticket.paused_seconds or 0),
    )
    ticket.respond_by = deadlines.respond_by
    ticket.resolve_by = deadlines.resolve_by
    ticket.sla_explanation = deadlines.explanation
    if ticket.visit_requested_at is not None:
        _apply_arrival_deadline(ticket, calendar)


def _apply_arrival_deadline(ticket: Ticket, calendar: BusinessCalendar) -> None:
    """The third clock, from the moment a visit was asked for (SPEC §4)."""
    target = arrival_target(ticket.tier, ticket.contract, ticket.arrival_zone)
    if target is None:
        ticket.arrive_by = None
        ticket.arrival_explanation = "no on-site arrival promised by the contract"
        return
    start = ticket.visit_requested_at
    ticket.arrive_by = run_until(calendar, target.business, start, target.span(calendar)).moment
    ticket.arrival_explanation = (
        f"on-site arrival due {calendar.local_text(ticket.arrive_by)} because {ticket.tier}, "
        f"contract '{ticket.contract.name}', site {ZONE_WORDS[ticket.arrival_zone]}, "
        f"on site within {target.describe()} ({target.hours})"
    )


def warning_fractions(settings: Settings) -> tuple[float, ...]:
    """The configured warning shares, ascending, each strictly between 0 and 1."""
    raw = settings.sla_warning_fractions
    try:
        fractions = tuple(sorted(float(part) for part in raw.split(",") if part.strip()))
    except ValueError as exc:
        raise InvalidInput(f"sla_warning_fractions: '{raw}' is not a list of numbers") from exc
    if not fractions or not all(0 < f < 1 for f in fractions):
        raise InvalidInput(f"sla_warning_fractions: '{raw}' needs shares between 0 and 1")
    return fractions


def level_for(fraction: float, overdue: bool, fractions: tuple[float, ...]) -> str:
    """ok below the first share, warning from it, critical from the last (when several)."""
    if overdue:
        return "breached"
    if len(fractions) > 1 and fraction >= fractions[-1]:
        return "critical"
    return "warning" if fraction >= fractions[0] else "ok"


@dataclass(frozen=True)
class ClockState:
    clock: str
    due: datetime
    fraction: float
    level: str
    stopped_at: datetime | None
    paused: bool

    @property
    def running(self) -> bool:
        return self.stopped_at is None and not self.paused


@dataclass(frozen=True)
class SlaState:
    respond: ClockState
    resolve: ClockState
    arrive: ClockState | None = None

    @property
    def clocks(self) -> tuple[ClockState, ...]:
        return tuple(c for c in (self.respond, self.resolve, self.arrive) if c is not None)

    @property
    def next_due(self) -> datetime | None:
        """The earliest deadline still running: what the queue sorts by."""
        return min((c.due for c in self.clocks if c.running), default=None)


def _clock_state(
    clock: str,
    target: Target,
    start: datetime,
    due: datetime,
    stopped_at: datetime | None,
    paused_at: datetime | None,
    paused: timedelta,
    now: datetime,
    *,
    calendar: BusinessCalendar,
    fractions: tuple[float, ...],
) -> ClockState:
    end = stopped_at or paused_at or now
    used = run_between(calendar, target.business, start, end) - paused
    fraction = used / target.span(calendar)
    met = stopped_at is not None and stopped_at <= due
    level = "ok" if met else level_for(fraction, end > due, fractions)
    return ClockState(
        clock, due, fraction, level, stopped_at, paused_at is not None and not stopped_at
    )


def sla_state(
    ticket: Ticket,
    now: datetime,
    *,
    calendar: BusinessCalendar,
    fractions: tuple[float, ...],
) -> SlaState:
    """Per clock: its deadline, the share of its target used (pauses excluded) and its level.
    Only resolution pauses; the arrival clock runs from the visit request to the arrival."""
    terms = terms_for(ticket.tier, ticket.contract)
    judged = {"calendar": calendar, "fractions": fractions}
    respond = _clock_state(
        "respond",
        terms.respond,
        ticket.created_at,
        ticket.respond_by,
        ticket.responded_at,
        None,
        timedelta(0),
        now,
        **judged,
    )
    resolve = _clock_state(
        "resolve",
        terms.resolve,
        ticket.created_at,
        ticket.resolve_by,
        ticket.resolved_at,
        ticket.paused_at,
        timedelta(seconds=ticket.paused_seconds or 0),
        now,
        **judged,
    )
    arrival = arrival_target(ticket.tier, ticket.contract, ticket.arrival_zone)
    arrive = None
    if ticket.arrive_by is not None and arrival is not None:
        arrive = _clock_state(
            "arrive",
            arrival,
            ticket.visit_requested_at,
            ticket.arrive_by,
            ticket.arrived_at,
            None,
            timedelta(0),
            now,
            **judged,
        )
    return SlaState(respond, resolve, arrive)
