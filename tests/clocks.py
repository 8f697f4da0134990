"""What the SLA and escalation tests share: the business calendar they count on, and tickets
whose clocks they move."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import select

from desk.business_calendar import BusinessCalendar
from desk.models import AuditEntry, Contract, Status, StatusChange, Ticket
from desk.sla import apply_deadlines
from desk.workflow import accept, set_status

SH = ZoneInfo("Asia/Shanghai")
CALENDAR = BusinessCalendar(SH, time(9, 0), time(17, 30))
FRACTIONS = (0.5, 0.8)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=SH)


def contract(coverage: str, targets: dict, name: str = "Hospital A 2026") -> Contract:
    return Contract(
        id="a-2026",
        name=name,
        hospital_id="a",
        coverage=coverage,
        targets=targets,
        valid_from=date(2026, 1, 1),
        valid_to=date(2026, 12, 31),
    )


def make_ticket(session, tier: str, created: datetime, terms: Contract | None = None) -> Ticket:
    ticket = Ticket(
        hospital="H",
        subsystem="his",
        tier_predicted=tier,
        description="test",
        created_at=created,
        contract=terms,
        status=Status.ROUTED,
        engineer="e-wang",
        pool="clinical-apps",
    )
    ticket.history = [
        StatusChange(status=Status.NEW, actor="test", at=created),
        StatusChange(status=Status.ROUTED, actor="test", at=created),
    ]
    apply_deadlines(ticket, CALENDAR)
    session.add(ticket)
    session.flush()
    ticket.number = f"CL-{ticket.id:06d}"
    return ticket


def audited(session, ticket: Ticket, field: str) -> list[AuditEntry]:
    query = select(AuditEntry).where(AuditEntry.ticket_id == ticket.id, AuditEntry.field == field)
    return list(session.scalars(query.order_by(AuditEntry.id)))


def accept_then_wait(session, ticket: Ticket, accepted: datetime, waiting: datetime) -> None:
    """Accepted, then waiting on the hospital: the resolution clock pauses from `waiting`."""
    accept(session, ticket, "dispatcher", now=accepted, calendar=CALENDAR)
    set_status(session, ticket, "waiting_on_hospital", "eng", now=waiting, calendar=CALENDAR)


def resume(session, ticket: Ticket, moment: datetime) -> None:
    set_status(session, ticket, "in_progress", "eng", now=moment, calendar=CALENDAR)
