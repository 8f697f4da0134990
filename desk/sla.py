"""Response and resolution deadlines of a ticket from its tier (SPEC §3.2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from careline.labels import TIER_BY_ID
from desk.business_calendar import BusinessCalendar


@dataclass(frozen=True)
class Deadlines:
    respond_by: datetime
    resolve_by: datetime
    explanation: str


def _business_span(calendar: BusinessCalendar, span: timedelta) -> timedelta:
    """On a business clock a 'day' of the contract is one working day, not 24 hours."""
    return span.days * calendar.workday_length + timedelta(seconds=span.seconds)


def compute_deadlines(tier_id: str, created: datetime, calendar: BusinessCalendar) -> Deadlines:
    tier = TIER_BY_ID[tier_id]
    if tier.business_hours_only:
        respond_by = calendar.add(created, _business_span(calendar, tier.respond_within))
        resolve_by = calendar.add(created, _business_span(calendar, tier.resolve_within))
        clock = "business hours"
    else:
        respond_by = created + tier.respond_within
        resolve_by = created + tier.resolve_within
        clock = "24x7"
    explanation = (
        f"{tier.id}, {clock}: respond within {_human(tier.respond_within)}, "
        f"resolve within {_human(tier.resolve_within, tier.business_hours_only)}"
    )
    return Deadlines(respond_by, resolve_by, explanation)


def _human(span: timedelta, business: bool = False) -> str:
    if span.days:
        return f"{span.days} {'business ' if business else ''}days"
    minutes = int(span.total_seconds() // 60)
    return f"{minutes // 60} h" if minutes % 60 == 0 else f"{minutes} min"
