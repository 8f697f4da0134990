"""Business hours in the hospital's time zone, with China's holidays and make-up days (调休).

Which source decides a date, first match wins:
1. the operator's calendar file `<calendar_dir>/<year>.yaml`, entered from the State Council's
   notice for that year (days off and make-up working days);
2. `chinesecalendar`, which carries the notices up to the last year it was released for;
3. the `holidays` package, which knows the statutory holidays of later years but no 调休;
4. Monday to Friday.
A date never raises: a weaker source is named in the ticket's SLA explanation instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

import chinese_calendar
import holidays
import yaml

from careline.errors import InvalidInput
from careline.settings import Settings
from careline.timetext import local_text


class CalendarError(InvalidInput):
    """An operator calendar file that cannot be read as intended."""


class Source(StrEnum):
    OPERATOR = "operator"
    CHINESECALENDAR = "chinesecalendar"
    HOLIDAYS = "holidays"
    WEEKDAYS = "weekdays"


@dataclass(frozen=True)
class Workday:
    """Whether a date is worked, and which source said so; truthy when it is worked."""

    worked: bool
    source: Source
    year: int

    def __bool__(self) -> bool:
        return self.worked

    @property
    def note(self) -> str:
        """What a deadline over this date must admit; empty for the official calendar."""
        return _NOTES[self.source].format(year=self.year)


_NOTES = {
    Source.OPERATOR: "{year} calendar from the operator's file",
    Source.CHINESECALENDAR: "",
    Source.HOLIDAYS: "{year} calendar from the holidays package: no make-up working days known",
    Source.WEEKDAYS: "no official calendar for {year}: Mon–Fri assumed",
}


@dataclass(frozen=True)
class OperatorYear:
    """One year as the State Council's notice lists it: days off and make-up working days."""

    year: int
    days_off: frozenset[date]
    workdays: frozenset[date]

    def is_workday(self, day: date) -> bool:
        if day in self.workdays:
            return True
        return day.weekday() < 5 and day not in self.days_off


def _dates(entries: Iterable[object], year: int, path: Path) -> frozenset[date]:
    """Dates and "YYYY-MM-DD..YYYY-MM-DD" ranges, each inside the file's year."""
    days: set[date] = set()
    for entry in entries:
        try:
            first, _, last = str(entry).partition("..")
            start = date.fromisoformat(first.strip())
            end = date.fromisoformat(last.strip()) if last else start
        except ValueError as exc:
            raise CalendarError(f"{path}: '{entry}' is not a date or a date range") from exc
        if start > end or start.year != year or end.year != year:
            raise CalendarError(f"{path}: '{entry}' is not a range inside {year}")
        days.update(start + timedelta(days=n) for n in range((end - start).days + 1))
    return frozenset(days)


def load_operator_year(path: Path) -> OperatorYear:
    try:
        year = int(path.stem)
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (ValueError, yaml.YAMLError) as exc:
        raise CalendarError(f"{path}: expected <year>.yaml holding YAML ({exc})") from exc
    if not isinstance(raw, dict) or set(raw) - {"source", "days_off", "workdays"}:
        raise CalendarError(f"{path}: expected the keys source, days_off and workdays")
    days_off = _dates(raw.get("days_off") or [], year, path)
    workdays = _dates(raw.get("workdays") or [], year, path)
    if days_off & workdays:
        raise CalendarError(f"{path}: {min(days_off & workdays)} is both off and worked")
    return OperatorYear(year, days_off, workdays)


def load_operator_calendar(directory: Path) -> dict[int, OperatorYear]:
    """Every `<year>.yaml` in the directory; none (or no directory) is fine."""
    if not directory.is_dir():
        return {}
    files = sorted(p for p in directory.glob("*.yaml") if p.stem.isdigit())
    return {int(p.stem): load_operator_year(p) for p in files}


@lru_cache(maxsize=64)
def _statutory_holidays(year: int) -> frozenset[date] | None:
    """China's statutory holidays of `year` from the holidays package, None outside its range."""
    china = holidays.country_holidays("CN")
    if not china.start_year <= year <= china.end_year:
        return None
    return frozenset(holidays.country_holidays("CN", years=year))


@dataclass(frozen=True)
class Advance:
    """A moment reached on the business clock and what the calendars behind it admit."""

    moment: datetime
    notes: tuple[str, ...]


@dataclass(frozen=True)
class BusinessCalendar:
    tz: ZoneInfo
    day_start: time
    day_end: time
    operator: Mapping[int, OperatorYear] = field(default_factory=dict, hash=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> BusinessCalendar:
        return cls(
            ZoneInfo(settings.timezone),
            time.fromisoformat(settings.business_day_start),
            time.fromisoformat(settings.business_day_end),
            load_operator_calendar(settings.calendar_dir),
        )

    @property
    def workday_length(self) -> timedelta:
        return datetime.combine(date.min, self.day_end) - datetime.combine(date.min, self.day_start)

    def is_workday(self, day: date) -> Workday:
        """Whether `day` is worked, from the strongest source that knows its year."""
        if day.year in self.operator:
            return Workday(self.operator[day.year].is_workday(day), Source.OPERATOR, day.year)
        try:
            return Workday(chinese_calendar.is_workday(day), Source.CHINESECALENDAR, day.year)
        except NotImplementedError:
            pass
        statutory = _statutory_holidays(day.year)
        if statutory is not None:
            return Workday(day.weekday() < 5 and day not in statutory, Source.HOLIDAYS, day.year)
        return Workday(day.weekday() < 5, Source.WEEKDAYS, day.year)

    def local_text(self, moment: datetime) -> str:
        """A moment as people at the hospital read it."""
        return local_text(moment, self.tz)

    def _hours(self, day: date) -> tuple[datetime, datetime]:
        return datetime.combine(day, self.day_start, self.tz), datetime.combine(
            day, self.day_end, self.tz
        )

    def advance(self, start: datetime, business_time: timedelta) -> Advance:
        """The moment `business_time` of working hours after `start` have elapsed."""
        current = start.astimezone(self.tz)
        remaining = business_time
        notes: dict[str, None] = {}
        while True:
            day = current.date()
            workday = self.is_workday(day)
            if workday.note:
                notes[workday.note] = None
            opens, closes = self._hours(day)
            if workday and current < closes:
                current = max(current, opens)
                available = closes - current
                if remaining <= available:
                    return Advance(current + remaining, tuple(notes))
                remaining -= available
            current = datetime.combine(day + timedelta(days=1), self.day_start, self.tz)

    def add(self, start: datetime, business_time: timedelta) -> datetime:
        return self.advance(start, business_time).moment

    def between(self, start: datetime, end: datetime) -> timedelta:
        """Working time from `start` to `end` (zero when `end` is not later)."""
        total = timedelta(0)
        day = start.astimezone(self.tz).date()
        last = end.astimezone(self.tz).date()
        while day <= last:
            if self.is_workday(day):
                opens, closes = self._hours(day)
                overlap = min(closes, end) - max(opens, start)
                total += max(overlap, timedelta(0))
            day += timedelta(days=1)
        return total


@dataclass(frozen=True)
class Holiday:
    """A run of consecutive days off that holds a public holiday (weekends folded in)."""

    name_zh: str
    name_en: str
    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last

    @property
    def name(self) -> str:
        return f"{self.name_zh} {self.name_en}"


@lru_cache(maxsize=64)
def _holiday_names(year: int, language: str) -> Mapping[date, str]:
    """The holidays package's names of `year`'s days off (empty outside its range)."""
    if _statutory_holidays(year) is None:
        return {}
    return dict(holidays.country_holidays("CN", years=year, language=language))


def _run_name(days: list[date]) -> tuple[str, str]:
    """The festival a run of days off is for: the name most of its named days carry (a
    substituted day off, 休息日, names no festival)."""
    zh_names = {d: _holiday_names(d.year, "zh_CN").get(d, "") for d in days}
    named = [d for d in days if zh_names[d] and not zh_names[d].startswith("休息日")]
    if not named:
        return "公众假期", "Public holiday"
    festival = Counter(zh_names[d].split("（")[0] for d in named).most_common(1)[0][0]
    first = next(d for d in named if zh_names[d].startswith(festival))
    return festival, _holiday_names(first.year, "en_US").get(first, "Public holiday")


def holidays_starting(calendar: BusinessCalendar, first: date, last: date) -> list[Holiday]:
    """The public holidays that begin between `first` and `last` (both included): what the
    desk prepares hospitals for. A weekend alone is no holiday; a run of days off is one when
    a weekday in it is off or a statutory holiday falls in it."""
    found: list[Holiday] = []
    day = first
    while day <= last:
        if calendar.is_workday(day) or not calendar.is_workday(day - timedelta(days=1)):
            day += timedelta(days=1)
            continue
        run = [day]
        while not calendar.is_workday(run[-1] + timedelta(days=1)):
            run.append(run[-1] + timedelta(days=1))
        statutory = _statutory_holidays(day.year) or frozenset()
        if any(d.weekday() < 5 or d in statutory for d in run):
            found.append(Holiday(*_run_name(run), run[0], run[-1]))
        day = run[-1] + timedelta(days=1)
    return found
