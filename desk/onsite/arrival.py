"""Starting a ticket's on-site arrival clock (SPEC §4's third clock; desk/sla.py runs it)."""

from __future__ import annotations

from datetime import datetime, timedelta

from desk.models import Ticket
from desk.onsite.travel import Leg, TravelTable


def zone_of(city: str, travel: TravelTable) -> str:
    """Which of a contract's arrival promises a site gets: "city" where a vendor office is."""
    return "city" if travel.in_city(city) else "province"


def expected_arrival(leg: Leg | None, now: datetime) -> datetime | None:
    return now + timedelta(minutes=leg.minutes) if leg else None


def schedule_visit(ticket: Ticket, leg: Leg | None, zone: str, now: datetime) -> None:
    """A new ticket's visit, asked for as it opens: its deadlines (desk/sla.py) are set when
    it is filed."""
    ticket.onsite = True
    ticket.visit_requested_at = now
    ticket.arrival_zone = zone
    ticket.arrival_eta = expected_arrival(leg, now)
