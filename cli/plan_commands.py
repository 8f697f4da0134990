"""`careline plan inspections|holidays` and `careline report holiday`: the proactive service
(domain §2.5), planned from the contracts, the checklists and the business calendar."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from careline.settings import Settings
from cli.database import desk_session
from cli.inputs import UsageError
from desk.business_calendar import BusinessCalendar
from desk.contracts import prepare_database
from desk.db import session_scope
from desk.reporting.compliance import pct_text
from desk.reporting.holiday import holiday_report
from desk.reporting.periods import parse_quarter, quarter_of
from desk.routing.store import configured_roster
from desk.service_plan.checklists import Checklists
from desk.service_plan.inspections import plan_inspections
from desk.service_plan.readiness import ROTA_ROLES, plan_holidays


def _today(settings: Settings) -> date:
    """The day it is at the hospitals: quarters and holidays are on their calendar."""
    return datetime.now(ZoneInfo(settings.timezone)).date()


def _day(text: str | None, what: str, settings: Settings) -> date:
    """A date given on the command line, or today at the hospitals."""
    if not text:
        return _today(settings)
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"{what} '{text}' is not a date (YYYY-MM-DD)") from exc


def cmd_plan_inspections(settings: Settings, quarter: str | None) -> None:
    """Plan the quarter's inspections (this quarter by default); planned ones are kept."""
    if quarter:
        year, number = parse_quarter(quarter)
        quarter = f"{year}Q{number}"
    else:
        quarter = quarter_of(_today(settings))
    checklists = Checklists.load(settings.inspections_file)
    prepare_database(settings)
    roster = configured_roster(settings)
    with session_scope(settings.db_url) as session:
        planned = plan_inspections(session, checklists, roster, quarter)
        for inspection, added in planned:
            where = inspection.site_id or f"{inspection.hospital_id} (whole hospital)"
            state = "planned" if added else "already planned"
            print(
                f"{inspection.key}: {where}, due {inspection.due_on.isoformat()}, "
                f"{len(inspection.checklist)} checks, engineer {inspection.engineer or '-'} "
                f"[{state}, {inspection.status}]"
            )
        added = sum(new for _, new in planned)
    print(f"{quarter}: {added} inspection(s) added, {len(planned) - added} already planned")


def cmd_plan_holidays(settings: Settings, days: int | None, first: str | None) -> None:
    """A readiness plan per hospital for each holiday starting within `days` days."""
    checklists = Checklists.load(settings.inspections_file)
    horizon = checklists.plan_days_ahead if days is None else days
    if not 0 <= horizon <= 366:
        raise UsageError(f"--days {horizon}: give 0 to 366 days")
    start = _day(first, "--from", settings)
    prepare_database(settings)
    roster = configured_roster(settings)
    calendar = BusinessCalendar.from_settings(settings)
    with session_scope(settings.db_url) as session:
        planned = plan_holidays(
            session, calendar, roster, checklists, settings.notices_dir, start, horizon
        )
        for plan, added in planned:
            on_call = ", ".join(
                f"{e['engineer']} ({ROTA_ROLES[e['role']][1]})"
                for e in plan.rota
                if e["role"] in ("primary", "backup")
            )
            state = "planned" if added else "already planned"
            print(
                f"{plan.key}: {plan.holiday_zh} {plan.holiday_en} {plan.first_day.isoformat()}"
                f"..{plan.last_day.isoformat()}, on call {on_call}; {len(plan.checklist)} "
                f"checks; notice {plan.notice_id} [{state}]"
            )
        added = sum(new for _, new in planned)
    if not planned:
        print(f"no public holiday starts between {start.isoformat()} and {horizon} days later")
    else:
        print(f"{added} readiness plan(s) added, {len(planned) - added} already planned")


def cmd_report_holiday(settings: Settings, hospital: str, day: str) -> None:
    """The holiday's tickets for one hospital per tier, with the SLA met."""
    when = _day(day, "--holiday", settings)
    calendar = BusinessCalendar.from_settings(settings)
    with desk_session(settings) as session:
        report = holiday_report(session, hospital, when, calendar)
        holiday = report.holiday
        print(
            f"{report.hospital}: {holiday.name_zh} {holiday.name_en} "
            f"{holiday.first.isoformat()}..{holiday.last.isoformat()}"
        )
        if report.plan is None:
            print("no readiness plan was made for this holiday")
        else:
            print(f"readiness plan {report.plan.key}, notice {report.plan.notice_id}")
        print(f"{'tier':<6}{'tickets':>8}{'responded':>11}{'resolved':>10}{'breaches':>10}")
        rows = [*report.by_tier(), report.total()] if report.sla.records else []
        for row in rows:
            print(
                f"{row.tier:<6}{row.tickets:>8}{pct_text(row.respond_pct):>11}"
                f"{pct_text(row.resolve_pct):>10}{row.breaches:>10}"
            )
        if not rows:
            print("no tickets during the holiday")
