"""Major incidents: when one outage brings many reports, they join one parent ticket.

A report joins an open ticket from the same hospital and site (or location, when no site is
known) and subsystem, made within the configured window (30 minutes by default) of any report
already in that incident, when the two descriptions look alike. The later reporter is told who
is on it and when it is due instead of getting a ticket of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity
from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from careline.redaction import redact
from careline.settings import get_settings
from desk import audit
from desk.models import OPEN_STATUSES, Ticket

INCIDENT_ACTOR = "careline"
_ENGLISH_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_NOT_TEXT = re.compile(r"[\W_]+")


def _normalise(text: str) -> str:
    """Lower case, no English function words, punctuation as spaces: "the", "on" and "，" say
    nothing about which fault it is, and made unrelated English reports look alike."""
    text = _ENGLISH_WORD.sub(
        lambda m: "" if m.group(0) in ENGLISH_STOP_WORDS else m.group(0), text.lower()
    )
    return _NOT_TEXT.sub(" ", text).strip()


def similarity(first: str, second: str) -> float:
    """Cosine of character 2–3-gram frequencies: works for Chinese without a word list, for
    English, and for the two mixed; no corpus-wide weights, so it needs no training."""
    vectorizer = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 3),
        use_idf=False,
        sublinear_tf=True,
        preprocessor=_normalise,
    )
    try:
        vectors = vectorizer.fit_transform([first, second])
    except ValueError:  # nothing left after normalising, e.g. only punctuation
        return 0.0
    return float(cosine_similarity(vectors[0], vectors[1])[0, 0])


def problem_text(ticket: Ticket) -> str:
    """The reporter's words without the location line the desk puts in front of them."""
    return ticket.description.removeprefix(ticket.location).lstrip("\n")


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


def find_match(
    session: Session,
    hospital: str,
    site_or_location: str,
    subsystem: str,
    description: str,
    now: datetime,
    *,
    exclude: int | None = None,
) -> Match | None:
    """The open incident this report belongs to, with the most alike report in it."""
    settings = get_settings()
    since = now - timedelta(minutes=settings.incident_window_minutes)
    query = select(Ticket).where(
        Ticket.hospital == hospital,
        Ticket.subsystem == subsystem,
        Ticket.created_at >= since,
        Ticket.created_at <= now,
        _same_place(site_or_location),
    )
    if exclude is not None:
        query = query.where(Ticket.id != exclude)
    text = redact(description)
    best: Match | None = None
    for report in session.scalars(query.order_by(Ticket.created_at)):
        parent = session.get(Ticket, report.parent_id) if report.parent_id else report
        if parent is None or parent.status not in OPEN_STATUSES:
            continue
        score = similarity(text, problem_text(report))
        if score >= settings.incident_similarity and (best is None or score > best.score):
            best = Match(parent, report, score)
    return best


def link(session: Session, ticket: Ticket, now: datetime) -> Ticket | None:
    """Join a just-opened ticket to its major incident, if it has one: it follows the parent's
    engineer, and both tickets' audit trails say why."""
    place = ticket.site_id or ticket.location
    match = find_match(
        session,
        ticket.hospital,
        place,
        ticket.subsystem,
        problem_text(ticket),
        now,
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
