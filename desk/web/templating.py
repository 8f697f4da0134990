"""The one Jinja2 environment of the desk pages: autoescaping on, times in the hospital's zone."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from jinja2.runtime import Context

from careline.labels import SUBSYSTEM_BY_ID, TIER_BY_ID

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


@pass_context
def local_time(context: Context, moment: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """Stored UTC, shown on the hospital's clock (the zone configured for the desk)."""
    if moment is None:
        return ""
    zone = ZoneInfo(context["request"].app.state.settings.timezone)
    return moment.astimezone(zone).strftime(fmt)


def utc_iso(moment: datetime | None) -> str:
    """For the countdown script: an unambiguous instant."""
    return moment.astimezone(UTC).isoformat() if moment else ""


def subsystem_name(subsystem_id: str) -> str:
    subsystem = SUBSYSTEM_BY_ID.get(subsystem_id)
    return f"{subsystem.name_zh} · {subsystem.name_en}" if subsystem else subsystem_id


def tier_name(tier_id: str) -> str:
    tier = TIER_BY_ID.get(tier_id)
    return f"{tier.id} {tier.name_zh}" if tier else tier_id


templates.env.filters.update(
    local=local_time, utc_iso=utc_iso, subsystem=subsystem_name, tier_name=tier_name
)
