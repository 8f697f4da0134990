"""Major incidents: when one outage brings many reports, they join one parent ticket.

A report joins an open ticket from the same hospital and site (or location, when no site is
known) and subsystem, made within the configured window (30 minutes by default) of any report
already in that incident, when the two descriptions look alike. The later reporter is told who
is on it and when it is due instead of getting a ticket of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Index, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from careline.labels import TIER_IDS
from careline.redaction import redact
from careline.settings import Settings
from desk import audit, workflow
from desk.business_calendar import BusinessCalendar
from desk.models import OPEN_STATUSES, Ticket
from desk.similarity import cosine, problem_text, profile

INCIDENT_ACTOR = "careline"
# Reports of the same place and subsystem within the window that a new report is compared with.
MAX_CANDIDATES = 100
# The candidates' query reads this index (migration 0006): equal hospital and subsystem, a range
# of creation times, so its cost follows the reports in the window, not the tickets in the desk.
WINDOW_INDEX = Index(
    "ix_tickets_incident_window", Ticket.hospital, Ticket.subsystem, Ticket.created_at
)


def _same_place(site_or_location: str) -> ColumnElement[bool]:
    """The site when the ticket has one; reports without a site match on the location text."""
    place = site_or_location.strip().lower()
    return or_(
        Ticket.site_id == site_or_location,
        and_(Ticket.site_id.is_(None), func.lower(func.trim(Ticket.location)) == place),
    )


@dataclass(frozen=True)
class Match:
    parent: Ticket
    report: Ticket
    score: float


@dataclass(frozen=True)
class IncidentRules:
    """How close in time and in wording a report must be to join an incident."""

    window: timedelta
    similarity: float

    @classmethod
    def from_settings(cls, settings: Settings) -> IncidentRules:
        return cls(
            timedelta(minutes=settings.incident_window_minutes), settings.incident_similarity
        )


def find_match(
    session: Session,
    hospital: str,
    site_or_location: str,
    subsystem: str,
    description: str,
    now: datetime,
    rules: IncidentRules,
    *,
    exclude: int | None = None,
) -> Match | None:
    """The open incident this report belongs to, with the most alike report in it."""
    since = now - rules.window
    parent = aliased(Ticket)
    still_open = [s.value for s in OPEN_STATUSES]
    query = (
        select(Ticket, parent)
        .outerjoin(parent, Ticket.parent_id == parent.id)
        .where(
            Ticket.hospital == hospital,
            Ticket.subsystem == subsystem,
            Ticket.created_at >= since,
            Ticket.created_at <= now,
            _same_place(site_or_location),
            or_(
                and_(Ticket.parent_id.is_(None), Ticket.status.in_(still_open)),
                parent.status.in_(still_open),
            ),
        )
    )
    if exclude is not None:
        query = query.where(Ticket.id != exclude)
    # The newest reports only: an outage bringing more than this many in one window is one
    # incident already, and the cost of a report stays the same however busy the desk is.
    newest = query.order_by(Ticket.created_at.desc(), Ticket.id.desc()).limit(MAX_CANDIDATES)
    reported = profile(redact(description))
    best: Match | None = None
    for report, its_parent in reversed(session.execute(newest).unique().all()):
        score = cosine(reported, profile(problem_text(report)))
        if score >= rules.similarity and (best is None or score > best.score):
            best = Match(its_parent or report, report, score)
    return best


def link(
    session: Session,
    ticket: Ticket,
    now: datetime,
    calendar: BusinessCalendar,
    rules: IncidentRules,
) -> Ticket | None:
    """Join a just-opened ticket to its major incident, if it has one: it follows the parent's
    engineer, and both tickets' audit trails say why. A report more urgent than its parent
    raises the parent to its tier (audited, deadlines recomputed): joining an incident never
    hides a P1 behind a P2's later clock."""
    place = ticket.site_id or ticket.location
    match = find_match(
        session,
        ticket.hospital,
        place,
        ticket.subsystem,
        problem_text(ticket),
        now,
        rules,
        exclude=ticket.id,
    )
    if match is None:
        return None
    parent = match.parent
    minutes = (now - match.report.created_at).total_seconds() / 60
    reason = (
        f"major incident: same {'site' if ticket.site_id else 'location'} and subsystem "
        f"{ticket.subsystem}, {minutes:.0f} min after {match.report.number}, "
        f"similarity {match.score:.2f}"
    )
    ticket.parent_id = parent.id
    audit.record(session, ticket.id, INCIDENT_ACTOR, "parent", None, parent.number, reason)
    audit.record(session, parent.id, INCIDENT_ACTOR, "linked_report", None, ticket.number, reason)
    for field in ("pool", "engineer"):
        if getattr(ticket, field) != getattr(parent, field):
            before, after = getattr(ticket, field), getattr(parent, field)
            setattr(ticket, field, after)
            audit.record(session, ticket.id, INCIDENT_ACTOR, field, before, after, reason)
    if TIER_IDS.index(ticket.tier) < TIER_IDS.index(parent.tier):
        raised = f"linked report {ticket.number} is {ticket.tier}; {reason}"
        workflow.change_tier(session, parent, ticket.tier, raised, INCIDENT_ACTOR, calendar)
    session.flush()
    return parent


def linked_counts(session: Session, parent_ids: list[int]) -> dict[int, int]:
    """Reports linked to each of these parents, in one query (for the queue)."""
    if not parent_ids:
        return {}
    rows = session.execute(
        select(Ticket.parent_id, func.count())
        .where(Ticket.parent_id.in_(parent_ids))
        .group_by(Ticket.parent_id)
    )
    return {parent_id: count for parent_id, count in rows}


def linked_reports(session: Session, ticket: Ticket) -> int:
    return linked_counts(session, [ticket.id]).get(ticket.id, 0)


def incident_view(session: Session, ticket: Ticket) -> dict:
    """What the API adds to a ticket: the incident it joined, or how many reports joined it."""
    parent = session.get(Ticket, ticket.parent_id) if ticket.parent_id else None
    return {
        "parent_number": parent.number if parent else None,
        "known_incident": parent is not None,
        "linked_reports": linked_reports(session, ticket),
    }
