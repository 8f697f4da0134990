"""SLA clocks. Every expected moment is worked out by hand in the comments, from the calendar
facts each test first checks in the package that states them (business day 09:00–17:30,
8.5 h, SPEC §3.2)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import chinese_calendar
import holidays
import pytest
from sqlalchemy import select

from careline.settings import load_settings
from desk.business_calendar import CalendarError, Source, load_operator_calendar
from desk.db import session_scope
from desk.models import Status, Ticket
from desk.sla import compute_deadlines, sla_state, warning_fractions
from desk.workflow import accept, change_tier, reassign, set_status
from tests.clocks import (
    CALENDAR,
    FRACTIONS,
    SH,
    accept_then_wait,
    at,
    audited,
    contract,
    make_ticket,
    resume,
)

# --- deadlines without a contract: SPEC §3.2 --------------------------------------------------


@pytest.mark.parametrize(
    ("tier", "respond", "resolve"),
    [
        ("P1", at(2026, 11, 21, 3, 30), at(2026, 11, 21, 7, 0)),
        ("P2", at(2026, 11, 21, 4, 0), at(2026, 11, 21, 11, 0)),
    ],
)
def test_urgent_tiers_run_round_the_clock(tier: str, respond: datetime, resolve: datetime) -> None:
    deadlines = compute_deadlines(tier, at(2026, 11, 21, 3, 0), CALENDAR)  # a Saturday, 3 a.m.
    assert (deadlines.respond_by, deadlines.resolve_by) == (respond, resolve)
    assert "24x7" in deadlines.explanation and "no contract" in deadlines.explanation


def test_p3_counts_business_hours_across_a_weekend() -> None:
    deadlines = compute_deadlines("P3", at(2026, 11, 20, 16, 0), CALENDAR)  # Friday 16:00
    # 4 h: 1.5 h on Friday, 2.5 h on Monday from 09:00.
    assert deadlines.respond_by == at(2026, 11, 23, 11, 30)
    # 3 working days = 25.5 h: 1.5 Fri + 8.5 Mon + 8.5 Tue + 7 Wed -> Wed 16:00.
    assert deadlines.resolve_by == at(2026, 11, 25, 16, 0)
    assert "business hours" in deadlines.explanation
    assert "3 working days" in deadlines.explanation


def test_p3_skips_the_national_day_holiday() -> None:
    assert not any(chinese_calendar.is_workday(date(2026, 10, d)) for d in range(1, 8))
    assert chinese_calendar.is_workday(date(2026, 10, 8))
    deadlines = compute_deadlines("P3", at(2026, 9, 30, 17, 0), CALENDAR)
    # 0.5 h on 30 Sep, nothing 1–7 Oct, 3.5 h on Thursday 8 Oct.
    assert deadlines.respond_by == at(2026, 10, 8, 12, 30)
    assert "calendar" not in deadlines.explanation  # the official one needs no remark


@pytest.mark.parametrize(
    ("created", "make_up_day"),
    [(at(2026, 10, 9, 17, 0), date(2026, 10, 10)), (at(2026, 9, 18, 17, 0), date(2026, 9, 20))],
)
def test_p3_counts_a_make_up_working_day(created: datetime, make_up_day: date) -> None:
    assert make_up_day.weekday() >= 5 and chinese_calendar.is_workday(make_up_day)  # 调休
    deadlines = compute_deadlines("P3", created, CALENDAR)
    # 0.5 h on the Friday, then 3.5 h on the make-up weekend day from 09:00.
    assert deadlines.respond_by == datetime.combine(make_up_day, time(12, 30), SH)


def test_2027_comes_from_the_holidays_package_and_says_so() -> None:
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(date(2027, 6, 9))
    assert date(2027, 6, 9) in holidays.country_holidays("CN", years=2027)  # 端午, a Wednesday
    workday = CALENDAR.is_workday(date(2027, 6, 9))
    assert not workday and workday.source == Source.HOLIDAYS
    deadlines = compute_deadlines("P3", at(2027, 6, 8, 17, 0), CALENDAR)
    # 0.5 h on Tuesday 8 Jun, the Wednesday off, 3.5 h on Thursday 10 Jun.
    assert deadlines.respond_by == at(2027, 6, 10, 12, 30)
    assert "2027 calendar from the holidays package: no make-up working days known" in (
        deadlines.explanation
    )


def test_operator_file_overrides_both_packages(tmp_path: Path) -> None:
    (tmp_path / "2027.yaml").write_text(
        "source: test notice\ndays_off: [2027-06-09..2027-06-11]\nworkdays: [2027-06-12]\n"
    )
    (tmp_path / "2026.yaml").write_text("days_off: []\nworkdays: []\n")
    calendar = dataclasses.replace(CALENDAR, operator=load_operator_calendar(tmp_path))
    # 2026: the file lists no make-up days, so the Saturday chinesecalendar works is off.
    assert chinese_calendar.is_workday(date(2026, 10, 10))
    saturday = calendar.is_workday(date(2026, 10, 10))
    assert not saturday and saturday.source == Source.OPERATOR
    deadlines = compute_deadlines("P3", at(2027, 6, 8, 17, 0), calendar)
    # 0.5 h Tuesday, Wednesday to Friday off by the file, 3.5 h on the make-up Saturday.
    assert deadlines.respond_by == at(2027, 6, 12, 12, 30)
    assert "operator's file" in deadlines.explanation
    assert "holidays package" not in deadlines.explanation


def test_bad_operator_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "2027.yaml").write_text("days_off: [2026-12-31]\n")
    with pytest.raises(CalendarError, match="inside 2027"):
        load_operator_calendar(tmp_path)


def test_year_no_source_knows_falls_back_to_weekdays() -> None:
    year = holidays.country_holidays("CN").end_year + 1  # beyond every package
    friday = next(date(year, 10, d) for d in range(1, 8) if date(year, 10, d).weekday() == 4)
    workday = CALENDAR.is_workday(friday)
    assert workday and workday.source == Source.WEEKDAYS
    deadlines = compute_deadlines("P3", datetime.combine(friday, time(17, 0), SH), CALENDAR)
    # No National Day is known: 0.5 h Friday, the weekend off, 3.5 h on Monday.
    monday = friday + timedelta(days=3)
    assert deadlines.respond_by == datetime.combine(monday, time(12, 30), SH)
    assert f"no official calendar for {year}: Mon–Fri assumed" in deadlines.explanation


# --- contracts -------------------------------------------------------------------------------


def test_24x7_contract_tightens_p1_and_is_explained() -> None:
    terms = contract("24x7", {"P1": {"respond_minutes": 20, "resolve_minutes": 120}})
    deadlines = compute_deadlines("P1", at(2026, 11, 27, 3, 25), CALENDAR, terms)
    assert deadlines.respond_by == at(2026, 11, 27, 3, 45)
    assert deadlines.resolve_by == at(2026, 11, 27, 5, 25)
    assert (
        "response due 2026-11-27 03:45 because P1, contract 'Hospital A 2026', 24x7, "
        "response 20 min" in deadlines.explanation
    )


def test_contract_leaves_other_tiers_at_spec_defaults() -> None:
    terms = contract("24x7", {"P1": {"respond_minutes": 20}})
    deadlines = compute_deadlines("P2", at(2026, 11, 21, 3, 0), CALENDAR, terms)
    assert deadlines.respond_by == at(2026, 11, 21, 4, 0)  # SPEC: 1 h, round the clock
    assert "SPEC §3.2 default for P2" in deadlines.explanation


def test_business_hours_contract_puts_p1_on_business_hours() -> None:
    terms = contract("business_hours", {"P3": {"resolve_days": 2}})
    saturday_night = at(2026, 11, 21, 3, 0)
    deadlines = compute_deadlines("P1", saturday_night, CALENDAR, terms)
    # The clock starts Monday 09:00: response 30 min, resolution 4 h.
    assert (deadlines.respond_by, deadlines.resolve_by) == (
        at(2026, 11, 23, 9, 30),
        at(2026, 11, 23, 13, 0),
    )
    p3 = compute_deadlines("P3", at(2026, 11, 23, 10, 0), CALENDAR, terms)
    # 2 working days = 17 h: 7.5 h Monday from 10:00, 8.5 h Tuesday, 1 h Wednesday.
    assert p3.resolve_by == at(2026, 11, 25, 10, 0)


# --- clocks on stored tickets ----------------------------------------------------------------


def test_pause_moves_the_24x7_resolution_deadline(db_url: str) -> None:
    created = at(2026, 11, 26, 3, 0)
    with session_scope(db_url) as session:
        ticket = make_ticket(session, "P1", created)
        accept_then_wait(
            session, ticket, created + timedelta(minutes=10), created + timedelta(minutes=30)
        )
        waiting = sla_state(
            ticket, created + timedelta(hours=9), calendar=CALENDAR, fractions=FRACTIONS
        )
        # Frozen at 30 of 240 min however long the hospital takes.
        assert waiting.resolve.paused and waiting.resolve.fraction == pytest.approx(30 / 240)
        resume(session, ticket, created + timedelta(minutes=90))
        number = ticket.number
    with session_scope(db_url) as session:
        ticket = session.scalars(select(Ticket).where(Ticket.number == number)).one()
        assert ticket.paused_seconds == 3600 and ticket.paused_at is None
        # 4 h plus the hour spent waiting.
        assert ticket.resolve_by == created + timedelta(hours=5)
        assert ticket.respond_by == created + timedelta(minutes=30)
        assert "+ 1 h paused" in ticket.sla_explanation
        assert (
            audited(session, ticket, "resolve_by")[-1].after
            == (created + timedelta(hours=5)).astimezone(UTC).isoformat()
        )


def test_pause_on_business_hours_counts_only_working_time(db_url: str) -> None:
    created = at(2026, 11, 20, 16, 0)  # Friday; P3 resolution due Wed 25 Nov 16:00
    with session_scope(db_url) as session:
        ticket = make_ticket(session, "P3", created)
        accept_then_wait(session, ticket, at(2026, 11, 20, 16, 10), at(2026, 11, 20, 17, 0))
        resume(session, ticket, at(2026, 11, 23, 10, 0))
        # Waiting: Fri 17:00–17:30 and Mon 09:00–10:00 = 1.5 working hours.
        assert ticket.paused_seconds == 5400
        assert ticket.resolve_by == at(2026, 11, 25, 17, 30)


def test_tier_change_recomputes_from_creation_and_keeps_pauses(db_url: str) -> None:
    created = at(2026, 11, 20, 16, 0)
    with session_scope(db_url) as session:
        ticket = make_ticket(session, "P3", created)
        accept_then_wait(session, ticket, at(2026, 11, 20, 16, 10), at(2026, 11, 20, 17, 0))
        resume(session, ticket, at(2026, 11, 20, 19, 0))
        assert ticket.paused_seconds == 1800  # business clock: only 17:00–17:30 counted
        change_tier(session, ticket, "P1", "ICU monitors affected", "manager", CALENDAR)
        # Round the clock now: the same wait is 2 h; P1 is 30 min / 4 h from creation.
        assert ticket.tier == "P1" and ticket.paused_seconds == 7200
        assert ticket.respond_by == at(2026, 11, 20, 16, 30)
        assert ticket.resolve_by == at(2026, 11, 20, 22, 0)
        tier_entry = audited(session, ticket, "tier")[-1]
        assert (tier_entry.before, tier_entry.after, tier_entry.actor) == ("P3", "P1", "manager")
        assert tier_entry.reason == "ICU monitors affected"
        assert "tier P3 → P1" in audited(session, ticket, "resolve_by")[-1].reason
        with pytest.raises(ValueError, match="needs a reason"):
            change_tier(session, ticket, "P2", " ", "manager", CALENDAR)
        with pytest.raises(ValueError, match="unknown tier"):
            change_tier(session, ticket, "P9", "typo", "manager", CALENDAR)


def test_workflow_transitions_are_checked_and_audited(db_url: str) -> None:
    created = at(2026, 11, 26, 3, 0)
    with session_scope(db_url) as session:
        ticket = make_ticket(session, "P2", created)
        with pytest.raises(ValueError, match="cannot go from routed to resolved"):
            set_status(session, ticket, "resolved", "eng", now=created, calendar=CALENDAR)
        with pytest.raises(ValueError, match="unknown status"):
            set_status(session, ticket, "done", "eng", now=created, calendar=CALENDAR)
        accept(session, ticket, "dispatcher", now=created + timedelta(minutes=5), calendar=CALENDAR)
        assert ticket.responded_at == ticket.accepted_at == created + timedelta(minutes=5)
        with pytest.raises(ValueError, match="cannot go from accepted to accepted"):
            accept(session, ticket, "dispatcher", calendar=CALENDAR)
        reassign(session, ticket, "e-li", "night shift takes it", "dispatcher")
        set_status(
            session, ticket, "resolved", "e-li", now=created + timedelta(hours=2), calendar=CALENDAR
        )
        assert ticket.resolved_at == created + timedelta(hours=2)
        with pytest.raises(ValueError, match="reopening a ticket needs a reason"):
            set_status(session, ticket, "in_progress", "nurse", calendar=CALENDAR)
        set_status(
            session,
            ticket,
            "in_progress",
            "nurse",
            "still failing",
            created + timedelta(hours=3),
            calendar=CALENDAR,
        )
        assert ticket.resolved_at is None and ticket.status == Status.IN_PROGRESS
        assert [h.status for h in ticket.history] == [
            "new",
            "routed",
            "accepted",
            "resolved",
            "in_progress",
        ]
        statuses = [(e.before, e.after, e.actor) for e in audited(session, ticket, "status")]
        assert statuses == [
            ("routed", "accepted", "dispatcher"),
            ("accepted", "resolved", "e-li"),
            ("resolved", "in_progress", "nurse"),
        ]
        engineer = audited(session, ticket, "engineer")[0]
        assert (engineer.before, engineer.after, engineer.reason) == (
            "e-wang",
            "e-li",
            "night shift takes it",
        )
        assert [e.after for e in audited(session, ticket, "responded_at")] == [
            (created + timedelta(minutes=5)).astimezone(UTC).isoformat()
        ]
        with pytest.raises(ValueError, match="needs a reason"):
            reassign(session, ticket, "e-wang", "", "dispatcher")


def test_sla_state_levels_follow_the_warning_fractions(db_url: str) -> None:
    created = at(2026, 11, 26, 3, 0)  # P1: response 30 min, resolution 4 h
    with session_scope(db_url) as session:
        ticket = make_ticket(session, "P1", created)

        def level(minutes: int) -> str:
            return sla_state(
                ticket, created + timedelta(minutes=minutes), calendar=CALENDAR, fractions=FRACTIONS
            ).respond.level

        assert [level(m) for m in (14, 15, 23, 24, 30, 31)] == [
            "ok",
            "warning",
            "warning",
            "critical",
            "critical",
            "breached",
        ]
        state = sla_state(
            ticket, created + timedelta(minutes=31), calendar=CALENDAR, fractions=FRACTIONS
        )
        assert state.resolve.level == "ok" and state.resolve.fraction == pytest.approx(31 / 240)
        assert state.next_due == created + timedelta(minutes=30)
        accept(
            session, ticket, "dispatcher", now=created + timedelta(minutes=27), calendar=CALENDAR
        )
        stopped = sla_state(
            ticket, created + timedelta(hours=1), calendar=CALENDAR, fractions=FRACTIONS
        )
        assert stopped.respond.level == "ok" and stopped.respond.stopped_at == created + timedelta(
            minutes=27
        )
        assert stopped.next_due == created + timedelta(hours=4)


def test_warning_fractions_come_from_settings() -> None:
    assert warning_fractions(load_settings()) == (0.5, 0.8)
    custom = dataclasses.replace(load_settings(), sla_warning_fractions="0.9, 0.25")
    assert warning_fractions(custom) == (0.25, 0.9)
    with pytest.raises(ValueError, match="between 0 and 1"):
        warning_fractions(dataclasses.replace(load_settings(), sla_warning_fractions="0.5,1.5"))
