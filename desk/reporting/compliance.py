"""SLA compliance per hospital, tier and month: response and resolution measured separately,
every breach named (SPEC §1, §3.2)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, defer, selectinload

from careline.errors import InvalidInput
from careline.labels import TIER_IDS
from desk.contracts import find_hospital
from desk.models import Hospital, Ticket, utcnow
from desk.reporting.periods import ALL_TIME, Period, month_of, within
from desk.sla import pause_intervals

ALL = "all"


GROUPS = ("hospital", "month", "tier")


@dataclass(frozen=True)
class ClockResult:
    """One SLA clock of one ticket: met, breached, or still running (breached is None)."""

    clock: str
    due: datetime
    stopped_at: datetime | None
    breached: bool | None
    late_by: timedelta


def judge_clock(clock: str, due: datetime, stopped: datetime | None, now: datetime) -> ClockResult:
    """A clock that is still running counts as breached once it is past due."""
    if stopped is not None:
        return ClockResult(clock, due, stopped, stopped > due, max(stopped - due, timedelta(0)))
    if now > due:
        return ClockResult(clock, due, None, True, now - due)
    return ClockResult(clock, due, None, None, timedelta(0))


@dataclass(frozen=True)
class TicketSla:
    number: str
    hospital: str
    subsystem: str
    tier: str
    month: str
    created_at: datetime
    respond: ClockResult
    resolve: ClockResult
    time_to_acknowledge: timedelta | None
    time_to_resolve: timedelta | None
    # The on-site arrival clock, on tickets whose contract promised an arrival.
    arrive: ClockResult | None = None

    @property
    def clocks(self) -> tuple[ClockResult, ...]:
        return tuple(c for c in (self.respond, self.resolve, self.arrive) if c is not None)


def waiting_time(ticket: Ticket) -> timedelta:
    """Wall-clock time spent waiting on the hospital (paused_seconds is on the resolution
    clock, business hours for P3, so it cannot be taken from a wall-clock span)."""
    return sum((end - start for start, end in pause_intervals(ticket) if end), timedelta(0))


def ticket_sla(ticket: Ticket, tz: ZoneInfo, now: datetime) -> TicketSla:
    """Both clocks of a ticket, judged as the SLA engine does: a resolution deadline already
    moved by past pauses, and a paused ticket judged at the moment it paused. Time to resolve
    leaves out the time spent waiting on the hospital."""
    resolve_now = ticket.paused_at or now
    return TicketSla(
        number=ticket.number or f"#{ticket.id}",
        hospital=ticket.hospital,
        subsystem=ticket.subsystem,
        tier=ticket.tier,
        month=month_of(ticket.created_at, tz),
        created_at=ticket.created_at,
        respond=judge_clock("respond", ticket.respond_by, ticket.responded_at, now),
        resolve=judge_clock("resolve", ticket.resolve_by, ticket.resolved_at, resolve_now),
        time_to_acknowledge=(
            ticket.responded_at - ticket.created_at if ticket.responded_at else None
        ),
        time_to_resolve=(
            ticket.resolved_at - ticket.created_at - waiting_time(ticket)
            if ticket.resolved_at
            else None
        ),
        arrive=(
            judge_clock("arrive", ticket.arrive_by, ticket.arrived_at, now)
            if ticket.arrive_by
            else None
        ),
    )


@dataclass(frozen=True)
class Compliance:
    """Counts behind the percentages, so that rows can be checked and added up."""

    hospital: str
    month: str
    tier: str
    tickets: int
    respond_measured: int
    respond_in_time: int
    resolve_measured: int
    resolve_in_time: int
    mean_acknowledge: timedelta | None
    mean_resolve: timedelta | None
    breaches: int
    arrive_measured: int = 0
    arrive_in_time: int = 0

    @property
    def respond_pct(self) -> float | None:
        return _pct(self.respond_in_time, self.respond_measured)

    @property
    def resolve_pct(self) -> float | None:
        return _pct(self.resolve_in_time, self.resolve_measured)

    @property
    def arrive_pct(self) -> float | None:
        return _pct(self.arrive_in_time, self.arrive_measured)


def _pct(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


def _mean(spans: Iterable[timedelta | None]) -> timedelta | None:
    known = [span for span in spans if span is not None]
    return sum(known, timedelta(0)) / len(known) if known else None


def _compliance(key: tuple[str, str, str], rows: list[TicketSla]) -> Compliance:
    responds = [r.respond for r in rows if r.respond.breached is not None]
    resolves = [r.resolve for r in rows if r.resolve.breached is not None]
    arrivals = [r.arrive for r in rows if r.arrive is not None and r.arrive.breached is not None]
    return Compliance(
        *key,
        tickets=len(rows),
        respond_measured=len(responds),
        respond_in_time=sum(not c.breached for c in responds),
        resolve_measured=len(resolves),
        resolve_in_time=sum(not c.breached for c in resolves),
        mean_acknowledge=_mean(r.time_to_acknowledge for r in rows),
        mean_resolve=_mean(r.time_to_resolve for r in rows),
        breaches=sum(bool(c.breached) for c in responds + resolves + arrivals),
        arrive_measured=len(arrivals),
        arrive_in_time=sum(not c.breached for c in arrivals),
    )


def summarize(records: Iterable[TicketSla], by: Sequence[str] = GROUPS) -> list[Compliance]:
    """One row per value of the `by` fields; the other fields read "all"."""
    groups: dict[tuple[str, str, str], list[TicketSla]] = defaultdict(list)
    for record in records:
        key = tuple(getattr(record, g) if g in by else ALL for g in GROUPS)
        groups[key].append(record)  # type: ignore[index]
    return [_compliance(key, rows) for key, rows in sorted(groups.items())]


@dataclass(frozen=True)
class Breach:
    number: str
    hospital: str
    tier: str
    month: str
    clock: str
    due: datetime
    stopped_at: datetime | None
    late_by: timedelta


@dataclass(frozen=True)
class SlaReport:
    timezone: str
    generated_at: datetime
    records: list[TicketSla]

    def rows(self) -> list[Compliance]:
        return summarize(self.records)

    def monthly(self) -> list[Compliance]:
        return summarize(self.records, ("month",))

    def total(self) -> Compliance:
        return _compliance((ALL, ALL, ALL), self.records)

    def breaches(self) -> list[Breach]:
        return [
            Breach(r.number, r.hospital, r.tier, r.month, c.clock, c.due, c.stopped_at, c.late_by)
            for r in self.records
            for c in r.clocks
            if c.breached
        ]


def _hospital_condition(session: Session, key: str) -> ColumnElement[bool]:
    """A hospital given by id or by name: tickets carry its name, newer ones its id too."""
    known = find_hospital(session, key)
    names = {key, known.name} if known else {key}
    ids = {key, known.id} if known else {key}
    return or_(Ticket.hospital.in_(names), Ticket.hospital_id.in_(ids))


def period_tickets(
    session: Session, period: Period, hospital: str | None, tier: str | None
) -> list[Ticket]:
    """Tickets opened in the period; linked reports of a major incident are measured once,
    on their parent."""
    query = select(Ticket).where(Ticket.parent_id.is_(None), *within(Ticket.created_at, period))
    if hospital:
        query = query.where(_hospital_condition(session, hospital))
    if tier:
        query = query.where(func.coalesce(Ticket.tier_confirmed, Ticket.tier_predicted) == tier)
    query = query.options(selectinload(Ticket.history), defer(Ticket.log_excerpt))
    query = query.order_by(Ticket.created_at, Ticket.id)
    return list(session.scalars(query))


def sla_report(
    session: Session,
    tz: ZoneInfo,
    *,
    hospital: str | None = None,
    tier: str | None = None,
    period: Period = ALL_TIME,
    now: datetime | None = None,
) -> SlaReport:
    if tier and tier not in TIER_IDS:
        raise InvalidInput(f"tier '{tier}' is not one of {', '.join(TIER_IDS)}")
    now = now or utcnow()
    records = [ticket_sla(t, tz, now) for t in period_tickets(session, period, hospital, tier)]
    return SlaReport(str(tz), now, records)


def hospitals(session: Session) -> list[str]:
    """Every hospital under contract or with tickets, for the report filters."""
    named = session.scalars(select(Hospital.name)).all()
    return sorted({*named, *session.scalars(select(Ticket.hospital).distinct())})


def resolve_hospital(session: Session, key: str) -> str:
    """The hospital's display name from its id or name; unknown hospitals are an error."""
    known = find_hospital(session, key)
    if known:
        return known.name
    if session.scalars(select(Ticket.id).where(Ticket.hospital == key).limit(1)).first():
        return key
    raise InvalidInput(f"no hospital '{key}' in the desk database")


def pct_text(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}%"
