"""Tickets whose triage a dispatcher checked, as labelled cases for `careline triage retrain`."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import Ticket


def reviewed_cases(session: Session) -> list[dict]:
    """Each confirmed or corrected ticket with the subsystem and tier it has now, oldest first
    (its description and log are stored redacted)."""
    tickets = session.scalars(
        select(Ticket).where(Ticket.triage_reviewed_at.is_not(None)).order_by(Ticket.id)
    )
    return [
        {
            "ticket": t.number,
            "text": t.description,
            "log": t.log_excerpt,
            "subsystem": t.subsystem,
            "tier": t.tier,
        }
        for t in tickets
    ]
