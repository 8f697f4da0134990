"""Moments and durations as people at the hospital read them: one format for each, everywhere
(chat replies, console, reports, PDFs, the command line)."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

MINUTE_FORMAT = "%Y-%m-%d %H:%M"


def local_text(moment: datetime | None, zone: tzinfo, fmt: str = MINUTE_FORMAT) -> str:
    """Stored UTC, shown on the hospital's clock; "" for a moment that has not come."""
    return "" if moment is None else moment.astimezone(zone).strftime(fmt)


def duration_text(span: timedelta | None) -> str:
    """ "45 min", "4 h", "1 h 5 min", "72 h": hours, as contracts state their targets; "-" for
    a duration not known."""
    if span is None:
        return "-"
    minutes = round(span.total_seconds() / 60)
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h" if not rest else f"{hours} h {rest} min"
