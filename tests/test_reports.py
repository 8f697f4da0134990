"""SLA compliance, CSV, the quarterly PDF and their command line, on SQLite and PostgreSQL.

Tickets are written directly with known times; every expected figure is worked out by hand.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pypdf import PdfReader

from careline.settings import Settings, get_settings
from cli.main import main
from desk.accounts import add_user, start_session
from desk.db import session_scope
from desk.models import KbFeedback, Status, StatusChange, Ticket
from desk.reporting.compliance import sla_report
from desk.reporting.csv_export import breaches_csv, compliance_csv
from desk.reporting.pdf import write_quarterly_pdf
from desk.reporting.periods import month_period, quarter_period
from desk.reporting.quarterly import quarterly_report
from desk.reporting.recurring import recurring_faults
from desk.web import auth
from desk.web import reports as web_reports
from desk.web.auth import SESSION_COOKIE

SHANGHAI = ZoneInfo("Asia/Shanghai")
HOSPITAL = "协和医院"
OTHER = "Demo Hospital"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
MIN = timedelta(minutes=1)
HOUR = timedelta(hours=1)


def _ticket(
    number: str,
    created: datetime,
    *,
    tier: str = "P1",
    hospital: str = HOSPITAL,
    subsystem: str = "his",
    respond_in: timedelta = 30 * MIN,
    resolve_in: timedelta = 4 * HOUR,
    responded: timedelta | None = None,
    resolved: timedelta | None = None,
    paused: timedelta = timedelta(0),
    description: str = "挂号系统无法登录",
    evidence: list | None = None,
) -> Ticket:
    """A ticket with its deadlines and (optional) response and resolution after creation;
    a pause is a stretch waiting on the hospital starting an hour in."""
    ticket = Ticket(
        number=number,
        hospital=hospital,
        subsystem=subsystem,
        tier_predicted=tier,
        description=description,
        evidence=evidence or [],
        status=Status.RESOLVED if resolved is not None else Status.ROUTED,
        created_at=created,
        respond_by=created + respond_in,
        resolve_by=created + resolve_in,
        responded_at=created + responded if responded is not None else None,
        resolved_at=created + resolved if resolved is not None else None,
        paused_seconds=int(paused.total_seconds()),
    )
    if paused:
        ticket.history = [
            StatusChange(status=Status.WAITING_ON_HOSPITAL, actor="t", at=created + HOUR),
            StatusChange(status=Status.IN_PROGRESS, actor="t", at=created + HOUR + paused),
        ]
    return ticket


def _store(db_url: str, tickets: list[Ticket]) -> None:
    with session_scope(db_url) as session:
        session.add_all(tickets)


NOV = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)


def _november(db_url: str) -> None:
    """Five P1s and one P2 at the hospital, one P1 elsewhere (all in November, Shanghai)."""
    _store(
        db_url,
        [
            # in time on both clocks
            _ticket("CL-1", NOV, responded=10 * MIN, resolved=3 * HOUR),
            # 15 min late to respond, 1 h late to resolve
            _ticket("CL-2", NOV + 24 * HOUR, responded=45 * MIN, resolved=5 * HOUR),
            # 2 h waiting on the hospital: deadline moved by the pause, 4 h of work counted
            _ticket(
                "CL-3",
                NOV + 48 * HOUR,
                resolve_in=6 * HOUR,
                responded=20 * MIN,
                resolved=6 * HOUR,
                paused=2 * HOUR,
            ),
            # never answered, long past both deadlines: two breaches
            _ticket("CL-4", NOV + 72 * HOUR),
            # opened 10 minutes before "now": both clocks still running, not yet judged
            _ticket("CL-5", NOW - 10 * MIN),
            _ticket(
                "CL-6",
                NOV,
                tier="P2",
                respond_in=HOUR,
                resolve_in=8 * HOUR,
                responded=50 * MIN,
                resolved=7 * HOUR,
            ),
            _ticket("CL-7", NOV, hospital=OTHER, responded=40 * MIN, resolved=HOUR),
        ],
    )


def test_compliance_by_hospital_tier_and_month(db_url: str) -> None:
    _november(db_url)
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
    _november(db_url)
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
    _november(db_url)
    with session_scope(db_url) as session:
        p2 = sla_report(session, SHANGHAI, hospital=HOSPITAL, tier="P2", now=NOW)
        other = sla_report(session, SHANGHAI, hospital=OTHER, now=NOW)
        with pytest.raises(ValueError, match="tier"):
            sla_report(session, SHANGHAI, tier="P9")
    assert [r.number for r in p2.records] == ["CL-6"]
    assert [r.number for r in other.records] == ["CL-7"]


def test_months_follow_the_hospital_clock(db_url: str) -> None:
    _store(
        db_url,
        [
            # 04:00 on 1 November in Shanghai
            _ticket("CL-N", datetime(2026, 10, 31, 20, 0, tzinfo=UTC), responded=5 * MIN),
            # 23:59 on 31 October in Shanghai
            _ticket("CL-O", datetime(2026, 10, 31, 15, 59, tzinfo=UTC), responded=5 * MIN),
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
    _store(db_url, [_ticket("CL-9", created, responded=5 * MIN)])
    with session_scope(db_url) as session:
        before = sla_report(session, SHANGHAI, now=created + 3 * HOUR).total()
        after = sla_report(session, SHANGHAI, now=created + 5 * HOUR).total()
    assert (before.resolve_measured, before.breaches) == (0, 0)
    assert (after.resolve_measured, after.resolve_in_time, after.breaches) == (1, 0, 1)


def test_a_paused_ticket_is_judged_when_it_paused(db_url: str) -> None:
    created = datetime(2026, 11, 20, 0, 0, tzinfo=UTC)
    waiting = _ticket("CL-10", created, responded=5 * MIN)
    waiting.status = Status.WAITING_ON_HOSPITAL
    waiting.paused_at = created + 2 * HOUR
    _store(db_url, [waiting])
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
    _november(db_url)
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


def _like(number: str, description: str, subsystem: str = "peripheral", **extra) -> Ticket:
    return _ticket(number, NOV, subsystem=subsystem, description=description, **extra)


def test_recurring_faults_group_similar_reports_of_one_subsystem() -> None:
    faults = recurring_faults(
        [
            _like("CL-1", "门诊3号窗口打印机卡纸"),
            _like("CL-2", "门诊打印机又卡纸了"),
            _like("CL-3", "门诊5号窗口的打印机卡纸，打不出单"),
            _like("CL-4", "检验科条码打印机打印模糊"),
            # same words, other subsystem: not the same fault
            _like("CL-5", "门诊打印机卡纸", subsystem="his"),
            _like("CL-6", "wristband printer jams on ward 5"),
            _like("CL-7", "ward 7 wristband printer jams again"),
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
            _like(n, text, subsystem="database", evidence=evidence)
            for n, text in (("CL-1", "收费很慢"), ("CL-2", "医嘱保存失败"), ("CL-3", "报表卡住"))
        ]
    )
    assert len(faults) == 1 and faults[0].template == template
    assert template in faults[0].because()


Q4 = datetime(2026, 10, 1, 0, 0, tzinfo=UTC)


def _quarter(db_url: str) -> None:
    _store(
        db_url,
        [
            _ticket("CL-11", Q4, responded=10 * MIN, resolved=HOUR),
            _ticket(
                "CL-12",
                Q4 + 24 * HOUR,
                tier="P3",
                subsystem="pacs",
                respond_in=4 * HOUR,
                resolve_in=72 * HOUR,
                responded=5 * HOUR,
            ),
            *(
                _like(
                    f"CL-2{i}",
                    "门诊打印机卡纸",
                    tier="P3",
                    respond_in=4 * HOUR,
                    resolve_in=72 * HOUR,
                    responded=HOUR,
                    resolved=2 * HOUR,
                )
                for i in range(3)
            ),
            # before the quarter (in Shanghai), another hospital: both left out
            _ticket("CL-30", datetime(2026, 9, 30, 15, 0, tzinfo=UTC), responded=5 * MIN),
            _ticket("CL-31", Q4, hospital=OTHER, responded=5 * MIN),
        ],
    )
    with session_scope(db_url) as session:
        for day, article, solved in (
            (Q4, "peripheral-001", True),
            (Q4 + 24 * HOUR, "peripheral-001", True),
            (Q4 + 48 * HOUR, "his-002", False),
            (datetime(2026, 9, 1, tzinfo=UTC), "his-002", True),
        ):
            session.add(KbFeedback(at=day, article_id=article, language="zh", solved=solved))


def test_quarterly_report_figures(db_url: str) -> None:
    _quarter(db_url)
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
    _quarter(db_url)
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


@pytest.fixture
def console(base_settings: Settings, db_url: str) -> Iterator[TestClient]:
    """The report router behind the console's real login, without the triage model."""
    app = FastAPI()
    app.state.settings = dataclasses.replace(base_settings, database_url=db_url)
    auth.install(app)
    app.include_router(web_reports.router)
    with TestClient(app, follow_redirects=False) as client:
        yield client


def _sign_in(client: TestClient, db_url: str, role: str) -> None:
    with session_scope(db_url) as session:
        user = add_user(session, f"{role}-1", "a long enough password", role)
        token = start_session(session, user, timedelta(hours=1))
    client.cookies.set(SESSION_COOKIE, token)


def test_report_pages_need_a_reporting_role(console: TestClient, db_url: str) -> None:
    anonymous = console.get("/reports/sla")
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login")
    assert console.get("/reports/sla.csv").status_code == 303
    _sign_in(console, db_url, "engineer")
    assert console.get("/reports/sla").status_code == 403
    assert console.get("/reports/quarterly.pdf?hospital=x&quarter=2026Q4").status_code == 403


def test_compliance_page_chart_csv_and_pdf(console: TestClient, db_url: str) -> None:
    _november(db_url)
    _sign_in(console, db_url, "manager")
    page = console.get("/reports/sla", params={"hospital": HOSPITAL, "from": "2026-11"})
    assert page.status_code == 200
    assert "<polyline" in page.text and "2026-11" in page.text and "CL-4" in page.text
    assert "CL-7" not in page.text  # the other hospital is filtered out
    assert "50.0%" in page.text  # P1 responded in time, worked out above
    bad = console.get("/reports/sla", params={"from": "2026-13"})
    assert bad.status_code == 400 and "YYYY-MM" in bad.text
    data = console.get("/reports/sla.csv", params={"tier": "P2"}).content
    assert data.startswith(b"\xef\xbb\xbf")
    assert [r["工单数 tickets"] for r in csv.DictReader(io.StringIO(data.decode("utf-8-sig")))] == [
        "1"
    ]
    pdf = console.get("/reports/quarterly.pdf", params={"hospital": HOSPITAL, "quarter": "2026Q4"})
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert HOSPITAL in PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    wrong = console.get("/reports/quarterly.pdf", params={"hospital": HOSPITAL, "quarter": "Q4"})
    assert wrong.status_code == 422
    unknown = console.get("/reports/quarterly.pdf", params={"hospital": "X", "quarter": "2026Q4"})
    assert unknown.status_code == 400


@pytest.fixture
def cli_db(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The command line pointed at the test database through the environment."""
    monkeypatch.setenv("CARELINE_DATABASE_URL", db_url)
    monkeypatch.setenv("CARELINE_VAR_DIR", str(tmp_path / "var"))
    get_settings.cache_clear()
    yield db_url
    get_settings.cache_clear()


def test_report_commands_write_csv_and_pdf(
    cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _quarter(cli_db)
    out = tmp_path / "sla.csv"
    assert (
        main(["report", "sla", "--hospital", HOSPITAL, "--from", "2026-10", "--csv", str(out)]) == 0
    )
    printed = capsys.readouterr().out
    assert "breach CL-12 P3 respond" in printed and "CL-31" not in printed
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert {(r["月份 month"], r["级别 tier"]) for r in rows} == {
        ("2026-10", "P1"),
        ("2026-10", "P3"),
        ("2026-11", "P3"),
    }
    pdf = tmp_path / "q4.pdf"
    args = ["report", "quarterly", "--hospital", HOSPITAL, "--quarter", "2026Q4", "--pdf", str(pdf)]
    assert main(args) == 0
    assert "1 recurring faults" in capsys.readouterr().out
    assert pdf.read_bytes().startswith(b"%PDF")


def test_report_commands_reject_bad_input(
    cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "sla", "--from", "2026-13"]) == 2
    assert "YYYY-MM" in capsys.readouterr().err
    pdf = str(tmp_path / "x.pdf")
    assert (
        main(["report", "quarterly", "--hospital", "X", "--quarter", "2026Q4", "--pdf", pdf]) == 2
    )
    assert "no hospital" in capsys.readouterr().err
