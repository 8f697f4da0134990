"""SLA compliance, CSV, the quarterly PDF and their command line, on SQLite and PostgreSQL.

Tickets are written directly with known times; every expected figure is worked out by hand.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desk.db import session_scope
from desk.models import Status
from desk.reporting.charts import compliance_svg
from desk.reporting.compliance import Compliance, sla_report
from desk.reporting.csv_export import breaches_csv, compliance_csv
from desk.reporting.pdf import write_quarterly_pdf
from desk.reporting.periods import month_period, quarter_period
from desk.reporting.quarterly import quarterly_report
from desk.reporting.recurring import recurring_faults
from tests.report_data import (
    HOSPITAL,
    HOUR,
    MIN,
    NOV,
    NOW,
    OTHER,
    SHANGHAI,
    like_report,
    november,
    quarter,
    report_ticket,
    store,
)


def test_compliance_by_hospital_tier_and_month(db_url: str) -> None:
    november(db_url)
    with session_scope(db_url) as session:
        report = sla_report(session, SHANGHAI, now=NOW)
    rows = {(r.hospital, r.month, r.tier): r for r in report.rows()}
    assert set(rows) == {
        (HOSPITAL, "2026-11", "P1"),
        (HOSPITAL, "2026-11", "P2"),
        (OTHER, "2026-11", "P1"),
    }
    p1 = rows[HOSPITAL, "2026-11", "P1"]
    assert p1.tickets == 5
    # CL-1..CL-4 have an outcome on each clock; CL-1 and CL-3 met both
    assert (p1.respond_in_time, p1.respond_measured) == (2, 4)
    assert (p1.resolve_in_time, p1.resolve_measured) == (2, 4)
    assert p1.respond_pct == pytest.approx(50.0) and p1.resolve_pct == pytest.approx(50.0)
    assert p1.mean_acknowledge == (10 + 45 + 20) * MIN / 3
    assert p1.mean_resolve == (3 + 5 + 4) * HOUR / 3  # CL-3's pause left out
    assert p1.breaches == 4
    p2 = rows[HOSPITAL, "2026-11", "P2"]
    assert (p2.respond_pct, p2.resolve_pct, p2.breaches) == (100.0, 100.0, 0)
    other = rows[OTHER, "2026-11", "P1"]
    assert (other.respond_pct, other.resolve_pct) == (0.0, 100.0)
    total = report.total()
    assert (total.tickets, total.respond_in_time, total.respond_measured) == (7, 3, 6)


def test_breaches_are_listed_with_due_actual_and_lateness(db_url: str) -> None:
    november(db_url)
    with session_scope(db_url) as session:
        report = sla_report(session, SHANGHAI, hospital=HOSPITAL, now=NOW)
    breaches = {(b.number, b.clock): b for b in report.breaches()}
    assert set(breaches) == {
        ("CL-2", "respond"),
        ("CL-2", "resolve"),
        ("CL-4", "respond"),
        ("CL-4", "resolve"),
    }
    late_reply = breaches["CL-2", "respond"]
    assert late_reply.due == NOV + 24 * HOUR + 30 * MIN
    assert late_reply.stopped_at == NOV + 24 * HOUR + 45 * MIN
    assert late_reply.late_by == 15 * MIN
    still_open = breaches["CL-4", "resolve"]
    assert still_open.stopped_at is None
    assert still_open.late_by == NOW - (NOV + 72 * HOUR + 4 * HOUR)


def test_filters_hospital_and_tier(db_url: str) -> None:
    november(db_url)
    with session_scope(db_url) as session:
        p2 = sla_report(session, SHANGHAI, hospital=HOSPITAL, tier="P2", now=NOW)
        other = sla_report(session, SHANGHAI, hospital=OTHER, now=NOW)
        with pytest.raises(ValueError, match="tier"):
            sla_report(session, SHANGHAI, tier="P9")
    assert [r.number for r in p2.records] == ["CL-6"]
    assert [r.number for r in other.records] == ["CL-7"]


def test_months_follow_the_hospital_clock(db_url: str) -> None:
    store(
        db_url,
        [
            # 04:00 on 1 November in Shanghai
            report_ticket("CL-N", datetime(2026, 10, 31, 20, 0, tzinfo=UTC), responded=5 * MIN),
            # 23:59 on 31 October in Shanghai
            report_ticket("CL-O", datetime(2026, 10, 31, 15, 59, tzinfo=UTC), responded=5 * MIN),
        ],
    )
    with session_scope(db_url) as session:
        everything = sla_report(session, SHANGHAI, now=NOW)
        november = sla_report(session, SHANGHAI, period=month_period("2026-11", None, SHANGHAI))
        october = sla_report(
            session, SHANGHAI, period=month_period("2026-10", "2026-10", SHANGHAI), now=NOW
        )
    assert {r.number: r.month for r in everything.records} == {
        "CL-N": "2026-11",
        "CL-O": "2026-10",
    }
    assert [r.number for r in november.records] == ["CL-N"]
    assert [r.number for r in october.records] == ["CL-O"]
    assert [r.month for r in everything.monthly()] == ["2026-10", "2026-11"]


def test_open_ticket_past_due_counts_as_breached(db_url: str) -> None:
    created = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    store(db_url, [report_ticket("CL-9", created, responded=5 * MIN)])
    with session_scope(db_url) as session:
        before = sla_report(session, SHANGHAI, now=created + 3 * HOUR).total()
        after = sla_report(session, SHANGHAI, now=created + 5 * HOUR).total()
    assert (before.resolve_measured, before.breaches) == (0, 0)
    assert (after.resolve_measured, after.resolve_in_time, after.breaches) == (1, 0, 1)


def test_a_paused_ticket_is_judged_when_it_paused(db_url: str) -> None:
    created = datetime(2026, 11, 20, 0, 0, tzinfo=UTC)
    waiting = report_ticket("CL-10", created, responded=5 * MIN)
    waiting.status = Status.WAITING_ON_HOSPITAL
    waiting.paused_at = created + 2 * HOUR
    store(db_url, [waiting])
    with session_scope(db_url) as session:
        report = sla_report(session, SHANGHAI, now=created + 9 * HOUR)
    assert report.records[0].resolve.breached is None
    assert report.total().breaches == 0


def test_month_and_quarter_arguments_are_checked() -> None:
    for bad in ("2026-13", "2026/11", "Nov 2026"):
        with pytest.raises(ValueError, match="YYYY-MM"):
            month_period(bad, None, SHANGHAI)
    with pytest.raises(ValueError, match="empty"):
        month_period("2026-11", "2026-10", SHANGHAI)
    with pytest.raises(ValueError, match="YYYYQn"):
        quarter_period("2026Q5", SHANGHAI)
    q4 = quarter_period("2026q4", SHANGHAI)
    assert q4.start == datetime(2026, 9, 30, 16, 0, tzinfo=UTC)
    assert q4.end == datetime(2026, 12, 31, 16, 0, tzinfo=UTC)


def test_csv_has_a_bom_and_parses_back(db_url: str) -> None:
    november(db_url)
    with session_scope(db_url) as session:
        report = sla_report(session, SHANGHAI, now=NOW)
    data = compliance_csv(report)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert len(body) == 3 and all(len(row) == len(header) for row in body)
    p1 = next(row for row in body if row[:3] == [HOSPITAL, "2026-11", "P1"])
    cells = dict(zip(header, p1, strict=True))
    assert cells["按时响应率 responded in time %"] == "50.0"
    assert cells["平均响应分钟 mean minutes to acknowledge"] == "25.0"
    assert cells["平均解决分钟 mean minutes to resolve"] == "240.0"
    assert cells["超时次数 breaches"] == "4"
    late = list(csv.DictReader(io.StringIO(breaches_csv(report).decode("utf-8-sig"))))
    open_breach = next(
        r for r in late if r["工单号 ticket"] == "CL-4" and r["计时 clock"] == "respond"
    )
    # due 01:30 UTC on 5 November is 09:30 in Shanghai; never answered
    assert open_breach["应于 due"] == "2026-11-05 09:30"
    assert open_breach["实际 actual"] == "open"


def test_compliance_chart_labels_about_a_year_of_months_at_most() -> None:
    months = [f"{year}-{month:02d}" for year in (2024, 2025, 2026) for month in range(1, 13)]
    rows = [Compliance(HOSPITAL, m, "P1", 2, 2, 1, 2, 2, None, None, 1) for m in months]
    svg = compliance_svg(rows, months)
    assert svg.startswith("<svg") and 'role="img"' in svg
    labels = re.findall(r">(\d{4}-\d{2})</text>", svg)
    assert labels[0] == "2024-01" and 2 <= len(labels) <= 12 and set(labels) <= set(months)


def test_recurring_faults_group_similar_reports_of_one_subsystem() -> None:
    faults = recurring_faults(
        [
            like_report("CL-1", "门诊3号窗口打印机卡纸"),
            like_report("CL-2", "门诊打印机又卡纸了"),
            like_report("CL-3", "门诊5号窗口的打印机卡纸，打不出单"),
            like_report("CL-4", "检验科条码打印机打印模糊"),
            # same words, other subsystem: not the same fault
            like_report("CL-5", "门诊打印机卡纸", subsystem="his"),
            like_report("CL-6", "wristband printer jams on ward 5"),
            like_report("CL-7", "ward 7 wristband printer jams again"),
        ]
    )
    assert [f.numbers for f in faults] == [("CL-1", "CL-2", "CL-3")]
    assert {"门诊", "打印机", "卡纸"} <= set(faults[0].shared_terms)
    assert "shared words" in faults[0].because()


def test_recurring_faults_group_on_a_shared_log_template() -> None:
    template = "ORA-<*> deadlock detected while waiting for resource"
    evidence = [{"source": "log", "line": 3, "text": "ORA-00060", "template": template}]
    faults = recurring_faults(
        [
            like_report(n, text, subsystem="database", evidence=evidence)
            for n, text in (("CL-1", "收费很慢"), ("CL-2", "医嘱保存失败"), ("CL-3", "报表卡住"))
        ]
    )
    assert len(faults) == 1 and faults[0].template == template
    assert template in faults[0].because()


def test_quarterly_report_figures(db_url: str) -> None:
    quarter(db_url)
    with session_scope(db_url) as session:
        report = quarterly_report(session, HOSPITAL, "2026Q4", SHANGHAI, now=NOW)
        with pytest.raises(ValueError, match="no hospital"):
            quarterly_report(session, "Nowhere", "2026Q4", SHANGHAI, now=NOW)
    counts = report.by_subsystem_tier()
    assert list(counts) == ["peripheral", "his", "pacs"]
    assert counts["peripheral"]["P3"] == 3 and counts["his"]["P1"] == 1
    by_tier = {row.tier: row for row in report.by_tier()}
    # CL-12 answered an hour late and still open long after its 72 h
    assert (by_tier["P3"].respond_in_time, by_tier["P3"].respond_measured) == (3, 4)
    assert by_tier["P3"].breaches == 2
    assert [f.numbers for f in report.recurring] == [("CL-20", "CL-21", "CL-22")]
    assert (report.deflection.solved, report.deflection.not_solved) == (2, 1)
    assert report.top_articles == [("peripheral-001", 2)]


def test_quarterly_pdf_has_the_hospital_name_as_text(db_url: str, tmp_path: Path) -> None:
    quarter(db_url)
    with session_scope(db_url) as session:
        report = quarterly_report(session, HOSPITAL, "2026Q4", SHANGHAI, now=NOW)
    out = tmp_path / "q4.pdf"
    with out.open("wb") as stream:
        write_quarterly_pdf(report, stream)
    assert out.read_bytes().startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert HOSPITAL in text and "2026Q4" in text
    assert "CL-20" in text and "CL-12" in text  # a recurring fault, a breach
    assert b"STSong-Light" in out.read_bytes()
