"""After a public holiday: the hospital's tickets opened during it, per tier, with the SLA met,
beside the readiness plan the desk made for it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from careline.errors import InvalidInput
from desk.business_calendar import BusinessCalendar, Holiday, holidays_starting
from desk.contracts import find_hospital
from desk.models import ReadinessPlan, utcnow
from desk.reporting.compliance import Compliance, SlaReport, period_tickets, summarize, ticket_sla
from desk.reporting.periods import Period

# The longest run of days off China has (the Spring Festival with its weekends) is well inside.
_LONGEST_HOLIDAY = timedelta(days=20)


@dataclass(frozen=True)
class HolidayReport:
    hospital: str
    holiday: Holiday
    plan: ReadinessPlan | None
    sla: SlaReport

    def by_tier(self) -> list[Compliance]:
        return summarize(self.sla.records, ("tier",))

    def total(self) -> Compliance:
        return self.sla.total()


def holiday_covering(calendar: BusinessCalendar, day: date) -> Holiday:
    """The public holiday `day` falls in; a working day or a plain weekend is an error."""
    for holiday in holidays_starting(calendar, day - _LONGEST_HOLIDAY, day):
        if holiday.covers(day):
            return holiday
    raise InvalidInput(f"{day.isoformat()} is not in a public holiday of the business calendar")


def holiday_report(
    session: Session,
    hospital: str,
    day: date,
    calendar: BusinessCalendar,
    now: datetime | None = None,
) -> HolidayReport:
    """Tickets the hospital opened from the holiday's first midnight to the midnight after its
    last day (the hospital's clock), judged as the SLA report judges them."""
    known = find_hospital(session, hospital)
    if known is None:
        raise InvalidInput(f"no hospital '{hospital}' in the desk database")
    holiday = holiday_covering(calendar, day)
    tz: ZoneInfo = calendar.tz
    period = Period(
        datetime.combine(holiday.first, time(0), tz),
        datetime.combine(holiday.last + timedelta(days=1), time(0), tz),
    )
    now = now or utcnow()
    tickets = period_tickets(session, period, known.id, None)
    plan = session.scalars(
        select(ReadinessPlan).where(
            ReadinessPlan.hospital_id == known.id, ReadinessPlan.first_day == holiday.first
        )
    ).first()
    return HolidayReport(
        known.name,
        holiday,
        plan,
        SlaReport(str(tz), now, [ticket_sla(t, tz, now) for t in tickets]),
    )
