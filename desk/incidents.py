"""Major incidents: when one outage brings many reports, they join one parent ticket.

A report joins an open ticket from the same hospital and site (or location, when no site is
known) and subsystem, made within the configured window (30 minutes by default) of any report
already in that incident, when the two descriptions look alike. The later reporter is told who
is on it and when it is due instead of getting a ticket of their own.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from sqlalchemy import ColumnElement, Index, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from careline.labels import TIER_IDS
from careline.redaction import redact
from careline.settings import get_settings
from desk import audit, workflow
from desk.business_calendar import BusinessCalendar
from desk.models import OPEN_STATUSES, Ticket

INCIDENT_ACTOR = "careline"
# Reports of the same place and subsystem within the window that a new report is compared with.
MAX_CANDIDATES = 100
# The candidates' query reads this index (migration 0006): equal hospital and subsystem, a range
# of creation times, so its cost follows the reports in the window, not the tickets in the desk.
WINDOW_INDEX = Index(
    "ix_tickets_incident_window", Ticket.hospital, Ticket.subsystem, Ticket.created_at
)
_ENGLISH_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_NOT_TEXT = re.compile(r"[\W_]+")


def _normalise(text: str) -> str:
    """Lower case, no English function words, punctuation as spaces: "the", "on" and "，" say
    nothing about which fault it is, and made unrelated English reports look alike."""
    text = _ENGLISH_WORD.sub(
        lambda m: "" if m.group(0) in ENGLISH_STOP_WORDS else m.group(0), text.lower()
    )
    return _NOT_TEXT.sub(" ", text).strip()


@lru_cache(maxsize=4096)
def _profile(text: str) -> dict[str, float]:
    """Character 2–3-grams inside word boundaries (scikit-learn's "char_wb" analyzer) with
    sublinear counts, scaled to unit length; one per text, remembered for the next report."""
    grams: Counter[str] = Counter()
    for word in _normalise(text).split():
        padded = f" {word} "
        for n in (2, 3):
            grams.update(padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
            if len(padded) <= n:  # a word shorter than the n-gram is counted once only
                break
    weights = {gram: 1.0 + math.log(count) for gram, count in grams.items()}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {gram: w / norm for gram, w in weights.items()} if norm else {}


def _cosine(first: dict[str, float], second: dict[str, float]) -> float:
    if len(second) < len(first):
        first, second = second, first
    return sum(w * second.get(gram, 0.0) for gram, w in first.items())


def similarity(first: str, second: str) -> float:
    """Cosine of character 2–3-gram frequencies: works for Chinese without a word list, for
    English, and for the two mixed; no corpus-wide weights, so it needs no training. The same
    figure as scikit-learn's TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3),
    use_idf=False, sublinear_tf=True) on the pair, without fitting a vectoriser per pair."""
    return _cosine(_profile(first), _profile(second))


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
    profile = _profile(redact(description))
    best: Match | None = None
    for report, its_parent in reversed(session.execute(newest).unique().all()):
        score = _cosine(profile, _profile(problem_text(report)))
        if score >= settings.incident_similarity and (best is None or score > best.score):
            best = Match(its_parent or report, report, score)
    return best


def link(
    session: Session, ticket: Ticket, now: datetime, calendar: BusinessCalendar | None = None
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
