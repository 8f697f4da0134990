"""Deadlines per SPEC §3.2; expected moments worked out by hand on the 2026 calendar."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from careline.settings import get_settings
from desk.business_calendar import BusinessCalendar
from desk.sla import compute_deadlines

SH = ZoneInfo("Asia/Shanghai")
CALENDAR = BusinessCalendar.from_settings(get_settings())


@pytest.mark.parametrize(
    ("tier", "respond", "resolve"),
    [
        ("P1", datetime(2026, 11, 21, 3, 30, tzinfo=SH), datetime(2026, 11, 21, 7, 0, tzinfo=SH)),
        ("P2", datetime(2026, 11, 21, 4, 0, tzinfo=SH), datetime(2026, 11, 21, 11, 0, tzinfo=SH)),
    ],
)
def test_urgent_tiers_run_round_the_clock(tier: str, respond: datetime, resolve: datetime) -> None:
    created = datetime(2026, 11, 21, 3, 0, tzinfo=SH)  # a Saturday, 3 a.m.
    deadlines = compute_deadlines(tier, created, CALENDAR)
    assert deadlines.respond_by == respond
    assert deadlines.resolve_by == resolve
    assert "24x7" in deadlines.explanation


def test_p3_counts_business_hours_across_a_weekend() -> None:
    created = datetime(2026, 11, 20, 16, 0, tzinfo=SH)  # Friday 16:00, 1.5 h before closing
    deadlines = compute_deadlines("P3", created, CALENDAR)
    # 4 business hours: 1.5 h on Friday, 2.5 h on Monday from 09:00.
    assert deadlines.respond_by == datetime(2026, 11, 23, 11, 30, tzinfo=SH)
    # 3 business days = 25.5 h: 1.5 Fri + 8.5 Mon + 8.5 Tue + 7 Wed -> Wed 16:00.
    assert deadlines.resolve_by == datetime(2026, 11, 25, 16, 0, tzinfo=SH)
    assert "business hours" in deadlines.explanation


def test_p3_skips_the_national_day_holiday() -> None:
    created = datetime(2026, 9, 30, 17, 0, tzinfo=SH)  # eve of 国庆; 1–7 Oct are holidays
    deadlines = compute_deadlines("P3", created, CALENDAR)
    # 0.5 h on 30 Sep; 2026-10-08 is the next working day.
    assert deadlines.respond_by == datetime(2026, 10, 8, 12, 30, tzinfo=SH)


def test_p3_counts_a_make_up_working_saturday() -> None:
    created = datetime(2026, 10, 9, 17, 0, tzinfo=SH)  # Friday; Sat 10 Oct is a 调休 workday
    deadlines = compute_deadlines("P3", created, CALENDAR)
    assert deadlines.respond_by == datetime(2026, 10, 10, 12, 30, tzinfo=SH)
