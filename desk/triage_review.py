"""Tickets whose triage a dispatcher checked, as labelled cases for `careline triage retrain`."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from careline.redaction import redact
from desk.models import Ticket


def reviewed_cases(session: Session) -> list[dict]:
    """Each confirmed or corrected ticket with the subsystem and tier it has now, oldest first.
    The desk stores text redacted; it is redacted again here because this leaves the database
    for a model file."""
    tickets = session.scalars(
        select(Ticket).where(Ticket.triage_reviewed_at.is_not(None)).order_by(Ticket.id)
    )
    return [
        {
            "ticket": t.number,
            "text": redact(t.description),
            "log": redact(t.log_excerpt),
            "subsystem": t.subsystem,
            "tier": t.tier,
        }
        for t in tickets
    ]
