"""Starting a ticket's on-site arrival clock (SPEC §4's third clock; desk/sla.py runs it)."""

from __future__ import annotations

from datetime import datetime, timedelta

from desk.onsite.travel import Leg, TravelTable


def zone_of(city: str, travel: TravelTable) -> str:
    """Which of a contract's arrival promises a site gets: "city" where a vendor office is."""
    return "city" if travel.in_city(city) else "province"


def visit_fields(leg: Leg | None, zone: str, now: datetime) -> dict[str, object]:
    """The ticket fields of a visit asked for now, from which desk/sla.py sets the arrival
    deadline; a new visit forgets an earlier one's departure and arrival."""
    return {
        "onsite": True,
        "visit_requested_at": now,
        "arrival_zone": zone,
        "arrival_eta": now + timedelta(minutes=leg.minutes) if leg else None,
        "departed_at": None,
        "arrived_at": None,
    }
