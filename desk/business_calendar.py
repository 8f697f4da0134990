"""Business hours in the hospital's time zone, with China's holidays and make-up days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import chinese_calendar

from careline.settings import Settings


@dataclass(frozen=True)
class BusinessCalendar:
    tz: ZoneInfo
    day_start: time
    day_end: time

    @classmethod
    def from_settings(cls, settings: Settings) -> BusinessCalendar:
        return cls(
            ZoneInfo(settings.timezone),
            time.fromisoformat(settings.business_day_start),
            time.fromisoformat(settings.business_day_end),
        )

    @property
    def workday_length(self) -> timedelta:
        return datetime.combine(date.min, self.day_end) - datetime.combine(date.min, self.day_start)

    @staticmethod
    def is_workday(day: date) -> bool:
        """Official calendar where it is known (调休 included); plain Mon–Fri beyond it."""
        try:
            return chinese_calendar.is_workday(day)
        except NotImplementedError:
            return day.weekday() < 5

    def add(self, start: datetime, business_time: timedelta) -> datetime:
        """The moment `business_time` of working hours after `start` have elapsed."""
        current = start.astimezone(self.tz)
        remaining = business_time
        while True:
            day = current.date()
            opens = datetime.combine(day, self.day_start, self.tz)
            closes = datetime.combine(day, self.day_end, self.tz)
            if self.is_workday(day) and current < closes:
                current = max(current, opens)
                available = closes - current
                if remaining <= available:
                    return current + remaining
                remaining -= available
            current = datetime.combine(day + timedelta(days=1), self.day_start, self.tz)
