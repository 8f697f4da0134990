"""What people do to a ticket after it is opened (SPEC §4): accept, reassign, change its tier,
move its status. Each change is checked, applied to the SLA clocks and written to the audit
trail with who, what before and after, and why.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from careline.errors import InvalidInput
from careline.labels import TIER_IDS
from careline.redaction import redact
from desk import audit
from desk.business_calendar import BusinessCalendar
from desk.models import Status, StatusChange, Ticket, utcnow
from desk.sla import DEADLINE_FIELDS, apply_deadlines, paused_time, pauses_resolution

TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.NEW: frozenset({Status.ROUTED, Status.ACCEPTED}),
    Status.ROUTED: frozenset({Status.ACCEPTED}),
    Status.ACCEPTED: frozenset(
        {Status.IN_PROGRESS, Status.WAITING_ON_HOSPITAL, Status.WAITING_ON_PART, Status.RESOLVED}
    ),
    Status.IN_PROGRESS: frozenset(
        {Status.WAITING_ON_HOSPITAL, Status.WAITING_ON_PART, Status.RESOLVED}
    ),
    Status.WAITING_ON_HOSPITAL: frozenset({Status.IN_PROGRESS, Status.RESOLVED}),
    Status.WAITING_ON_PART: frozenset({Status.IN_PROGRESS, Status.RESOLVED}),
    Status.RESOLVED: frozenset({Status.CLOSED, Status.IN_PROGRESS}),
    Status.CLOSED: frozenset({Status.IN_PROGRESS}),
}
REOPENED_FROM = frozenset({Status.RESOLVED, Status.CLOSED})


def _stamp(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment else None


def _change(
    session: Session, ticket: Ticket, actor: str, field: str, value: object, reason: str
) -> None:
    """Set one column and audit it, only when the value really changes."""
    before = getattr(ticket, field)
    if before == value:
        return
    setattr(ticket, field, value)
    shown = (_stamp(before), _stamp(value)) if isinstance(value or before, datetime) else None
    old, new = shown or (before, value)
    audit.record(session, ticket.id, actor, field, old, new, reason)


def need_reason(reason: str, what: str) -> str:
    if not reason.strip():
        raise InvalidInput(f"{what} needs a reason")
    return reason.strip()


def _parse_status(status: str) -> Status:
    try:
        return Status(status)
    except ValueError:
        choices = ", ".join(s.value for s in Status)
        raise InvalidInput(f"unknown status '{status}'; expected one of {choices}") from None


def _end_pause(
    session: Session, ticket: Ticket, actor: str, reason: str, calendar: BusinessCalendar
) -> None:
    """The resolution deadline moves by the time spent waiting, measured on its own clock."""
    _change(session, ticket, actor, "paused_at", None, reason)
    seconds = int(paused_time(ticket, calendar).total_seconds())
    _change(session, ticket, actor, "paused_seconds", seconds, reason)
    _recompute_deadlines(session, ticket, actor, reason, calendar)


def _recompute_deadlines(
    session: Session, ticket: Ticket, actor: str, reason: str, calendar: BusinessCalendar
) -> None:
    before = [getattr(ticket, field) for field in DEADLINE_FIELDS.values()]
    apply_deadlines(ticket, calendar)
    after = [getattr(ticket, field) for field in DEADLINE_FIELDS.values()]
    for field, old, new in zip(DEADLINE_FIELDS.values(), before, after, strict=True):
        if old != new:
            audit.record(session, ticket.id, actor, field, _stamp(old), _stamp(new), reason)


def set_status(
    session: Session,
    ticket: Ticket,
    status: str,
    actor: str,
    reason: str = "",
    now: datetime | None = None,
    *,
    calendar: BusinessCalendar,
) -> None:
    """Move the ticket along SPEC §4's statuses; a move the workflow forbids raises ValueError."""
    now = (now or utcnow()).astimezone(UTC)
    old, new = _parse_status(ticket.status), _parse_status(status)
    if new not in TRANSITIONS[old]:
        allowed = ", ".join(sorted(TRANSITIONS[old])) or "nothing"
        raise InvalidInput(f"{ticket.number}: cannot go from {old} to {new} (allowed: {allowed})")
    if old in REOPENED_FROM and new not in REOPENED_FROM:
        reason = need_reason(reason, "reopening a ticket")
    ticket.history.append(StatusChange(status=new, actor=actor, at=now))
    _change(session, ticket, actor, "status", new.value, reason)
    if new == Status.ACCEPTED:
        _change(session, ticket, actor, "accepted_at", now, reason)
        if ticket.responded_at is None:
            _change(session, ticket, actor, "responded_at", now, reason)
    if pauses_resolution(ticket, old):
        _end_pause(session, ticket, actor, reason, calendar)
    if pauses_resolution(ticket, new):
        _change(session, ticket, actor, "paused_at", now, reason)
    if new == Status.RESOLVED:
        _change(session, ticket, actor, "resolved_at", now, reason)
    if old in REOPENED_FROM and new not in REOPENED_FROM:
        _change(session, ticket, actor, "resolved_at", None, reason)
    if new in (Status.RESOLVED, Status.CLOSED):
        _close_linked_reports(session, ticket, new, actor, now)
    session.flush()


def _close_linked_reports(
    session: Session, parent: Ticket, status: Status, actor: str, now: datetime
) -> None:
    """Reports linked to a major incident end with it: one fix answers every reporter."""
    reason = f"with major incident {parent.number}"
    for child in session.scalars(select(Ticket).where(Ticket.parent_id == parent.id)):
        if child.status in (Status.RESOLVED, Status.CLOSED):
            continue
        child.history.append(StatusChange(status=status, actor=actor, at=now))
        _change(session, child, actor, "status", status.value, reason)
        if child.responded_at is None:
            _change(session, child, actor, "responded_at", parent.responded_at or now, reason)
        if child.resolved_at is None:
            _change(session, child, actor, "resolved_at", parent.resolved_at or now, reason)


def accept(
    session: Session,
    ticket: Ticket,
    actor: str,
    now: datetime | None = None,
    *,
    calendar: BusinessCalendar,
) -> None:
    """Someone takes the ticket on: the response clock stops here."""
    set_status(session, ticket, Status.ACCEPTED, actor, now=now, calendar=calendar)


def reassign(
    session: Session,
    ticket: Ticket,
    engineer_id: str,
    reason: str,
    actor: str,
    *,
    pool: str | None = None,
) -> None:
    """Hand the ticket to another engineer (and pool); the reason goes into the audit trail."""
    reason = need_reason(reason, "reassigning a ticket")
    if not engineer_id.strip():
        raise InvalidInput("reassigning a ticket needs the engineer it goes to")
    if engineer_id == ticket.engineer and (pool is None or pool == ticket.pool):
        raise InvalidInput(f"{ticket.number} is already with {engineer_id}")
    if pool is not None:
        _change(session, ticket, actor, "pool", pool, reason)
    _change(session, ticket, actor, "engineer", engineer_id, reason)
    session.flush()


def change_tier(
    session: Session,
    ticket: Ticket,
    tier: str,
    reason: str,
    actor: str,
    calendar: BusinessCalendar,
) -> None:
    """Confirm a different tier: both deadlines are recomputed from the ticket's creation under
    the new tier's targets, with the waiting already done re-measured on the new clock."""
    reason = need_reason(reason, "changing a ticket's tier")
    if tier not in TIER_IDS:
        raise InvalidInput(f"unknown tier '{tier}'; expected one of {', '.join(TIER_IDS)}")
    if tier == ticket.tier:
        raise InvalidInput(f"{ticket.number} is already {tier}")
    before = ticket.tier
    ticket.tier_confirmed = tier
    audit.record(session, ticket.id, actor, "tier", before, tier, reason)
    why = f"tier {before} → {tier}: {reason}"
    seconds = int(paused_time(ticket, calendar).total_seconds())
    _change(session, ticket, actor, "paused_seconds", seconds, why)
    _recompute_deadlines(session, ticket, actor, why, calendar)
    session.flush()


def change_subsystem(
    session: Session,
    ticket: Ticket,
    subsystem: str,
    reason: str,
    actor: str,
    *,
    pool: str | None = None,
    engineer: str | None = None,
    reasons: list[str] = (),
) -> None:
    """Another system than first thought; with a new pool and engineer when it was re-routed,
    whose routing reasons join the ticket's."""
    reason = need_reason(reason, "changing a ticket's subsystem")
    _change(session, ticket, actor, "subsystem", subsystem, reason)
    if pool is not None:
        _change(session, ticket, actor, "pool", pool, reason)
    if engineer is not None:
        _change(session, ticket, actor, "engineer", engineer, reason)
    if reasons:
        ticket.routing_reasons = [*ticket.routing_reasons, f"re-routed: {reason}", *reasons]
    session.flush()


def mark_triage_reviewed(session: Session, ticket: Ticket, actor: str, reason: str) -> None:
    """A dispatcher checked the subsystem and tier (confirmed or corrected): the ticket leaves
    review and becomes a labelled case for retraining (desk/triage_review.py)."""
    _change(session, ticket, actor, "needs_review", False, reason)
    _change(session, ticket, actor, "triage_reviewed_at", utcnow(), reason)
    session.flush()


def change_location(
    session: Session, ticket: Ticket, location: str, reason: str, actor: str
) -> None:
    """Where the fault is, as the reporter corrected it (redacted like every text)."""
    reason = need_reason(reason, "changing a ticket's location")
    _change(session, ticket, actor, "location", redact(location), reason)
    session.flush()


def request_visit(
    session: Session,
    ticket: Ticket,
    reason: str,
    actor: str,
    visit: dict[str, object],
    *,
    calendar: BusinessCalendar,
    engineer: str | None = None,
    reasons: list[str] = (),
) -> None:
    """An engineer must go on site: the visit's fields (desk/onsite/arrival.py) start the
    arrival clock, audited, with the engineer routing chose when it was re-routed for it."""
    reason = need_reason(reason, "sending an engineer on site")
    if ticket.onsite and ticket.arrived_at is None:
        raise InvalidInput(f"{ticket.number}: a visit is already on its way")
    for field, value in visit.items():
        _change(session, ticket, actor, field, value, reason)
    if engineer is not None:
        _change(session, ticket, actor, "engineer", engineer, reason)
    if reasons:
        ticket.routing_reasons = [*ticket.routing_reasons, f"on site: {reason}", *reasons]
    _recompute_deadlines(session, ticket, actor, reason, calendar)
    session.flush()


VISIT_STEPS = ("departed", "arrived")


def record_visit_step(
    session: Session, ticket: Ticket, step: str, actor: str, now: datetime | None = None
) -> None:
    """The engineer set out, or reached the site (which stops the arrival clock)."""
    if step not in VISIT_STEPS:
        raise InvalidInput(f"unknown visit step '{step}'; expected {' or '.join(VISIT_STEPS)}")
    if not ticket.onsite or ticket.visit_requested_at is None:
        raise InvalidInput(f"{ticket.number}: no on-site visit was asked for")
    if ticket.arrived_at is not None:
        raise InvalidInput(f"{ticket.number}: the engineer already arrived")
    now = (now or utcnow()).astimezone(UTC)
    if step == "departed":
        if ticket.departed_at is not None:
            raise InvalidInput(f"{ticket.number}: the engineer already set out")
        _change(session, ticket, actor, "departed_at", now, "engineer set out for the site")
    else:
        _change(session, ticket, actor, "arrived_at", now, "engineer arrived on site")
    session.flush()
