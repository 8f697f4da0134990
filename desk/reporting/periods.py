"""Report periods: months and quarters on the hospital's calendar, as SQL conditions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement

from careline.errors import InvalidInput

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


_QUARTER = re.compile(r"^(\d{4})\s*Q([1-4])$", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    """Half-open [start, end) as aware datetimes; None leaves that end open."""

    start: datetime | None = None
    end: datetime | None = None


ALL_TIME = Period()


def parse_month(text: str) -> tuple[int, int]:
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise InvalidInput(f"month '{text}' is not YYYY-MM")
    return int(match.group(1)), int(match.group(2))


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def month_period(first: str | None, last: str | None, tz: ZoneInfo) -> Period:
    """From the start of month `first` to the end of month `last`, in the hospital's zone."""
    start = datetime(*parse_month(first), 1, tzinfo=tz) if first else None
    end = datetime(*_next_month(*parse_month(last)), 1, tzinfo=tz) if last else None
    if start and end and end <= start:
        raise InvalidInput(f"month range {first}..{last} is empty")
    return Period(start, end)


def parse_quarter(text: str) -> tuple[int, int]:
    match = _QUARTER.match(text.strip())
    if not match:
        raise InvalidInput(f"quarter '{text}' is not YYYYQn, e.g. 2026Q4")
    return int(match.group(1)), int(match.group(2))


def quarter_months(quarter: str) -> list[str]:
    year, number = parse_quarter(quarter)
    return [f"{year}-{month:02d}" for month in range(3 * number - 2, 3 * number + 1)]


def quarter_period(quarter: str, tz: ZoneInfo) -> Period:
    months = quarter_months(quarter)
    return month_period(months[0], months[-1], tz)


def quarter_days(quarter: str) -> tuple[date, date]:
    """The first and the last day of a quarter."""
    year, number = parse_quarter(quarter)
    first = date(year, 3 * number - 2, 1)
    after = date(year + 1, 1, 1) if number == 4 else date(year, 3 * number + 1, 1)
    return first, after - timedelta(days=1)


def quarter_of(day: date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def month_of(moment: datetime, tz: ZoneInfo) -> str:
    """A ticket's reporting month is the one on the hospital's wall calendar."""
    return moment.astimezone(tz).strftime("%Y-%m")


def recent_quarters(now: datetime, tz: ZoneInfo, count: int = 4) -> list[str]:
    """This quarter and the ones before it, newest first, on the hospital's calendar."""
    local = now.astimezone(tz)
    index = local.year * 4 + (local.month - 1) // 3
    return [f"{i // 4}Q{i % 4 + 1}" for i in range(index, index - count, -1)]


def within(column: ColumnElement[datetime], period: Period) -> list[ColumnElement[bool]]:
    """SQL conditions keeping `column` inside the period."""
    conditions: list[ColumnElement[bool]] = []
    if period.start:
        conditions.append(column >= period.start)
    if period.end:
        conditions.append(column < period.end)
    return conditions
