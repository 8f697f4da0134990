"""The one Jinja2 environment of the desk pages: autoescaping on, times in the hospital's zone."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from jinja2.runtime import Context

from careline.labels import SUBSYSTEM_BY_ID, TIER_BY_ID
from careline.timetext import MINUTE_FORMAT, local_text

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


@pass_context
def local_time(context: Context, moment: datetime | None, fmt: str = MINUTE_FORMAT) -> str:
    """On the clock of the zone configured for the desk."""
    return local_text(moment, ZoneInfo(context["request"].app.state.settings.timezone), fmt)


def utc_iso(moment: datetime | None) -> str:
    """For the countdown script: an unambiguous instant."""
    return moment.astimezone(UTC).isoformat() if moment else ""


def subsystem_name(subsystem_id: str) -> str:
    subsystem = SUBSYSTEM_BY_ID.get(subsystem_id)
    return f"{subsystem.name_zh} · {subsystem.name_en}" if subsystem else subsystem_id


CLOCK_LABELS = {
    "respond": "响应 Response",
    "resolve": "解决 Resolution",
    "arrive": "到场 On-site arrival",
}


def clock_name(clock: str) -> str:
    return CLOCK_LABELS.get(clock, clock)


def tier_name(tier_id: str) -> str:
    tier = TIER_BY_ID.get(tier_id)
    return f"{tier.id} {tier.name_zh}" if tier else tier_id


templates.env.filters.update(
    local=local_time,
    utc_iso=utc_iso,
    subsystem=subsystem_name,
    tier_name=tier_name,
    clock_name=clock_name,
)
