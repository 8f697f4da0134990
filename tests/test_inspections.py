"""Proactive service (domain §2.5) on SQLite and PostgreSQL: a contract's service plan owes
quarterly inspections that appear in the queue as planned work, an engineer's checklist lands
in the quarterly report, and a public holiday of the business calendar gets a readiness plan
per hospital with a reinforced rota, the checklist and a notice.

Expected values are worked out from the input files and the calendar, never from the code.
"""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from fastapi.testclient import TestClient
from pypdf import PdfReader
from sqlalchemy import select

from careline.errors import InvalidInput
from careline.settings import Settings
from cli.main import main as careline
from desk.business_calendar import BusinessCalendar
from desk.contracts import ContractsError, import_contracts
from desk.db import session_scope
from desk.models import AuditEntry, Inspection, ReadinessPlan, Status, StatusChange, Ticket
from desk.onsite.travel import TravelTable
from desk.outbox import deliver_kept_notices, kept_notice
from desk.reporting.holiday import holiday_report
from desk.reporting.pdf import write_quarterly_pdf
from desk.reporting.quarterly import quarterly_report
from desk.routing.roster import Roster
from desk.service_plan.checklists import ChecklistError, Checklists
from desk.service_plan.inspections import CheckResult, complete_inspection, plan_inspections
from desk.service_plan.readiness import plan_holidays
from desk.tickets import format_number
from tests.console_fixtures import csrf_of, log_in

SHANGHAI = ZoneInfo("Asia/Shanghai")
HOSPITAL_NAME = "测试医院 Test Hospital"
CONTRACTS = """
hospitals:
  - id: ward
    name: 测试医院 Test Hospital
    region: shanghai
    sites:
      - {id: ward-north, name: 北院 North campus, region: shanghai}
      - {id: ward-south, name: 南院 South campus, region: shanghai}
  - id: plain
    name: Plain Hospital
    region: suzhou
contracts:
  - id: ward-plan
    name: Ward with a plan
    hospital: ward
    coverage: 24x7
    valid_from: 2020-01-01
    valid_to: 2099-12-31
    service_plan: {inspection: quarterly, subsystems: [his, database],
                   sites: [ward-north, ward-south]}
  - id: plain-2026
    name: Plain, no plan
    hospital: plain
    coverage: business_hours
    valid_from: 2026-01-01
    valid_to: 2026-12-31
"""


def _quarter(day: date, back: int = 0) -> str:
    index = day.year * 4 + (day.month - 1) // 3 - back
    return f"{index // 4}Q{index % 4 + 1}"


def _import(settings: Settings, tmp_path: Path, text: str = CONTRACTS) -> None:
    path = tmp_path / "contracts.yaml"
    path.write_text(text, encoding="utf-8")
    with session_scope(settings.db_url) as session:
        import_contracts(session, path, TravelTable.load(settings.travel_file))


def _configured_checks(settings: Settings) -> dict:
    """The checklist file read as plain YAML: what an inspection must carry."""
    return yaml.safe_load(settings.inspections_file.read_text(encoding="utf-8"))


def _plan(settings: Settings, quarter: str) -> list[tuple[Inspection, bool]]:
    with session_scope(settings.db_url) as session:
        planned = plan_inspections(
            session,
            Checklists.load(settings.inspections_file),
            Roster.load(settings.roster_file),
            quarter,
        )
        return [
            (i.id, i.site_id, i.due_on, [c["id"] for c in i.checklist], new) for i, new in planned
        ]


def test_a_due_inspection_is_planned_work_and_its_checklist_lands_in_the_quarterly_report(
    settings: Settings, console: TestClient, tmp_path: Path
) -> None:
    _import(settings, tmp_path)
    today = datetime.now(SHANGHAI).date()
    overdue_quarter, far_quarter = _quarter(today, back=1), _quarter(today, back=-2)
    planned = _plan(settings, overdue_quarter)
    raw = _configured_checks(settings)
    expected_checks = [c["id"] for c in raw["checks"]["his"] + raw["checks"]["database"]]
    # one per site of the plan, none for the hospital without one
    assert sorted(site for _, site, _, _, _ in planned) == ["ward-north", "ward-south"]
    assert all(checks == expected_checks and new for _, _, _, checks, new in planned)
    year, number = int(overdue_quarter[:4]), int(overdue_quarter[-1])
    quarter_end = date(year + number // 4, number % 4 * 3 + 1, 1) - timedelta(days=1)
    days_before = raw["inspection"]["due_days_before_quarter_end"]
    assert {due for _, _, due, _, _ in planned} == {quarter_end - timedelta(days=days_before)}
    assert [new for *_, new in _plan(settings, overdue_quarter)] == [False, False]  # idempotent
    far = _plan(settings, far_quarter)
    north = next(i for i, site, *_ in planned if site == "ward-north")

    log_in(console, "disp")
    queue = console.get("/queue").text
    for inspection_id, *_ in planned:
        assert f'href="/inspections/{inspection_id}"' in queue
    assert "逾期 overdue" in queue
    assert f'data-inspection="{far[0][0]}"' not in queue  # due months ahead: not yet

    page = console.get(f"/inspections/{north}")
    form = {"csrf_token": csrf_of(page), "engineer": "e-wang"}
    form |= {f"result-{check}": "pass" for check in expected_checks}
    failing = expected_checks[-1]
    form[f"result-{failing}"] = "fail"
    incomplete = {k: v for k, v in form.items() if k != f"result-{expected_checks[0]}"}
    assert console.post(f"/inspections/{north}", data=incomplete).status_code == 409
    refused = console.post(f"/inspections/{north}", data=form)  # a failed check needs a note
    assert refused.status_code == 409 and failing in refused.text

    for other in ("boss", "eng"):  # a manager; an engineer account linked to no engineer
        log_in(console, other)
        form["csrf_token"] = csrf_of(console.get(f"/inspections/{north}"))
        assert console.post(f"/inspections/{north}", data=form).status_code == 403

    log_in(console, "disp")
    form["csrf_token"] = csrf_of(console.get(f"/inspections/{north}"))
    form[f"note-{failing}"] = "表空间 92%，联系人电话 13812345678"
    done = console.post(f"/inspections/{north}", data=form, follow_redirects=False)
    assert done.status_code == 303
    assert "已完成 done" in console.get(f"/inspections/{north}").text
    assert f'href="/inspections/{north}"' not in console.get("/queue").text
    assert console.post(f"/inspections/{north}", data=form).status_code in (403, 409)

    with session_scope(settings.db_url) as session:
        stored = session.get(Inspection, north)
        assert (stored.status, stored.engineer) == ("done", "e-wang")
        note = next(r["note"] for r in stored.results if r["id"] == failing)
        assert "13812345678" not in note and "92%" in note
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.field == f"inspection:{stored.key}")
        ).one()
        assert (entry.actor, entry.before, entry.after) == ("disp", "planned", "done")
        assert failing in entry.reason
        report = quarterly_report(session, "ward", overdue_quarter, SHANGHAI)
    by_place = {item.where: item for item in report.inspections}
    assert set(by_place) == {"北院 North campus", "南院 South campus"}
    north_result = by_place["北院 North campus"]
    assert north_result.done and north_result.passed == len(expected_checks) - 1
    assert [c.id for c in north_result.failed] == [failing]
    assert not by_place["南院 South campus"].done

    out = tmp_path / "quarterly.pdf"
    with out.open("wb") as stream:
        write_quarterly_pdf(report, stream)
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(out).pages))
    assert "系统巡检" in text and "92%" in text and "13812345678" not in text
    assert "未通过FAIL" in text and "e-wang" in text


def _holiday_settings(settings: Settings, tmp_path: Path) -> Settings:
    return dataclasses.replace(settings, var_dir=tmp_path / "var")


def test_a_holiday_of_the_calendar_gets_a_readiness_plan_per_hospital_once(
    settings: Settings, tmp_path: Path
) -> None:
    _import(settings, tmp_path)
    settings = _holiday_settings(settings, tmp_path)
    calendar = BusinessCalendar.from_settings(settings)
    roster = Roster.load(settings.roster_file)
    checklists = Checklists.load(settings.inspections_file)
    # National Day 2026 as the State Council set it: 1-7 October off, 30 September worked
    first, last = date(2026, 10, 1), date(2026, 10, 7)
    assert calendar.is_workday(first - timedelta(days=1)) and calendar.is_workday(
        last + timedelta(days=1)
    )
    assert not any(calendar.is_workday(first + timedelta(days=n)) for n in range(7))

    def plan(today: date, days: int) -> list[dict]:
        with session_scope(settings.db_url) as session:
            made = plan_holidays(
                session, calendar, roster, checklists, settings.notices_dir, today, days
            )
            return [
                {
                    "hospital": p.hospital_id,
                    "span": (p.first_day, p.last_day),
                    "name": p.holiday_zh,
                    "rota": p.rota,
                    "checklist": [c["id"] for c in p.checklist],
                    "notice": p.notice_id,
                    "new": new,
                }
                for p, new in made
            ]

    assert plan(date(2026, 9, 28), 1) == []  # nothing starts in the next day
    plans = plan(date(2026, 9, 28), 5)
    # both hospitals hold a contract on 1 October, each gets one plan
    assert sorted(p["hospital"] for p in plans) == ["plain", "ward"]
    ward = next(p for p in plans if p["hospital"] == "ward")
    assert ward["span"] == (first, last) and ward["name"] == "国庆节" and ward["new"]
    holiday_checks = [c["id"] for c in _configured_checks(settings)["holiday"]["checks"]]
    assert ward["checklist"] == holiday_checks
    # the rota: for every pool covering the plan's subsystems a primary and a backup (two
    # distinct people of that pool), its lead, and the duty manager
    pools = {p.id: p for p in roster.pools if {"his", "database"} & set(p.subsystems)}
    for pool_id in pools:
        entries = [e for e in ward["rota"] if e["pool"] == pool_id]
        roles = {e["role"]: e["engineer"] for e in entries}
        assert {"primary", "backup", "lead"} <= set(roles), pool_id
        assert roles["primary"] != roles["backup"]
        assert all(roster.engineer(e["engineer"]).pool == pool_id for e in entries)
    assert {e["pool"] for e in ward["rota"]} == {*pools, ""}
    assert ward["rota"][-1]["engineer"] == roster.duty_manager.id
    # the hospital without a service plan is covered for every pool
    plain = next(p for p in plans if p["hospital"] == "plain")
    assert {e["pool"] for e in plain["rota"]} == {*(p.id for p in roster.pools), ""}

    notice = json.loads((settings.notices_dir / f"{ward['notice']}.json").read_text("utf-8"))
    assert notice["hospital_id"] == "ward" and "国庆节" in notice["subject"]
    for entry in ward["rota"]:
        assert entry["name"] in notice["body"] and entry["hotline"] in notice["body"]
    assert "2026-10-01" in notice["body"] and "2026-10-07" in notice["body"]

    again = plan(date(2026, 9, 29), 5)  # a second run the next day
    assert [p["new"] for p in again] == [False, False]
    assert {p["notice"] for p in again} == {p["notice"] for p in plans}
    assert len(list(settings.notices_dir.glob("*.json"))) == 2
    with session_scope(settings.db_url) as session:
        assert len(session.scalars(select(ReadinessPlan)).all()) == 2

    # the notices go to the hospitals' receiver: kept while it is down, each sent once it is up
    assert deliver_kept_notices(settings.notices_dir, lambda event: False) == []
    assert kept_notice(settings.notices_dir, ward["notice"]) is not None
    received: list[dict] = []
    delivered = deliver_kept_notices(settings.notices_dir, lambda e: received.append(e) or True)
    assert delivered == received
    assert sorted(e["hospital_id"] for e in received) == ["plain", "ward"]
    assert {e["key"] for e in received} == {p["notice"] for p in plans}
    assert kept_notice(settings.notices_dir, ward["notice"]) is None
    assert plan(date(2026, 9, 30), 5)[0]["new"] is False
    assert deliver_kept_notices(settings.notices_dir, lambda e: received.append(e) or True) == []


def _ticket(db_url: str, tier: str, created: datetime, responded_after: timedelta) -> None:
    with session_scope(db_url) as session:
        ticket = Ticket(
            hospital=HOSPITAL_NAME,
            hospital_id="ward",
            subsystem="his",
            tier_predicted=tier,
            description="挂号系统无法登录",
            status=Status.RESOLVED,
            created_at=created,
            respond_by=created + timedelta(minutes=30),
            resolve_by=created + timedelta(hours=4),
            responded_at=created + responded_after,
            resolved_at=created + timedelta(hours=1),
        )
        session.add(ticket)
        session.flush()
        ticket.number = format_number(ticket.id)
        ticket.history.append(StatusChange(status=Status.RESOLVED, actor="careline", at=created))


def test_the_holiday_report_counts_the_holidays_tickets_per_tier(
    settings: Settings, console: TestClient, tmp_path: Path
) -> None:
    _import(settings, tmp_path)
    at = lambda day, hour: datetime(2026, 10, day, hour, tzinfo=SHANGHAI)  # noqa: E731
    _ticket(settings.db_url, "P1", at(1, 0), timedelta(minutes=10))  # first minute: in
    _ticket(settings.db_url, "P1", at(3, 14), timedelta(minutes=45))  # responded late
    _ticket(settings.db_url, "P2", at(7, 23), timedelta(minutes=5))
    _ticket(settings.db_url, "P2", at(8, 0), timedelta(minutes=5))  # back at work: out
    _ticket(settings.db_url, "P1", datetime(2026, 9, 30, 15, 59, tzinfo=UTC), timedelta(0))
    calendar = BusinessCalendar.from_settings(settings)
    with session_scope(settings.db_url) as session:
        report = holiday_report(session, "ward", date(2026, 10, 4), calendar)
        with pytest.raises(InvalidInput, match="not in a public holiday"):
            holiday_report(session, "ward", date(2026, 10, 9), calendar)
    rows = {row.tier: row for row in report.by_tier()}
    assert (report.holiday.first, report.holiday.last) == (date(2026, 10, 1), date(2026, 10, 7))
    assert (rows["P1"].tickets, rows["P1"].respond_in_time, rows["P1"].respond_measured) == (
        2,
        1,
        2,
    )
    assert (rows["P2"].tickets, rows["P2"].respond_in_time) == (1, 1)
    assert report.total().breaches == 1 and report.plan is None

    with session_scope(settings.db_url) as session:
        plan_holidays(
            session,
            calendar,
            Roster.load(settings.roster_file),
            Checklists.load(settings.inspections_file),
            tmp_path / "notices",
            date(2026, 9, 30),
            3,
        )
        plan_id = session.scalars(
            select(ReadinessPlan.id).where(ReadinessPlan.hospital_id == "ward")
        ).one()
    log_in(console, "boss")
    assert "国庆节" in console.get("/readiness").text
    page = console.get(f"/readiness/{plan_id}/report")
    assert page.status_code == 200 and 'data-tier="P1"' in page.text
    log_in(console, "eng")
    assert console.get(f"/readiness/{plan_id}/report").status_code == 403


@pytest.mark.parametrize(
    ("plan", "message"),
    [
        ("{inspection: monthly, subsystems: [his]}", "inspection must be quarterly"),
        ("{inspection: quarterly, subsystems: [hiss]}", "unknown subsystems hiss"),
        ("{inspection: quarterly, subsystems: []}", "at least one subsystem"),
        ("{inspection: quarterly, subsystems: [his, his]}", "twice"),
        ("{inspection: quarterly, subsystems: [his], sites: [demo-main]}", "unknown sites"),
        ("{inspection: quarterly, subsystems: [his], every: week}", "unknown keys"),
        ("quarterly", "expected a mapping"),
    ],
)
def test_a_bad_service_plan_is_refused_naming_the_contract(
    db_url: str, base_settings: Settings, tmp_path: Path, plan: str, message: str
) -> None:
    text = CONTRACTS.replace(
        "service_plan: {inspection: quarterly, subsystems: [his, database],\n"
        "                   sites: [ward-north, ward-south]}",
        f"service_plan: {plan}",
    )
    assert text != CONTRACTS
    settings = dataclasses.replace(base_settings, database_url=db_url)
    with pytest.raises(ContractsError, match=re.escape(message)) as error:
        _import(settings, tmp_path, text)
    assert "contracts[0]: service_plan" in str(error.value)


def test_bad_checklists_and_bad_results_are_refused(settings: Settings, tmp_path: Path) -> None:
    raw = _configured_checks(settings)
    for change, message in [
        (lambda r: r["checks"].update(hiss=r["checks"]["his"]), "'hiss' is not a subsystem id"),
        (lambda r: r["checks"]["emr"].append(dict(r["checks"]["his"][0])), "used twice"),
        (lambda r: r["holiday"]["checks"][0].pop("en"), "missing en"),
        (lambda r: r["inspection"].update(queue_days_ahead=-1), "queue_days_ahead"),
    ]:
        broken = json.loads(json.dumps(raw))
        change(broken)
        with pytest.raises(ChecklistError, match=re.escape(message)):
            Checklists.from_dict(broken, "inspections.yaml")
    broken = json.loads(json.dumps(raw))
    broken["checks"]["his"][0]["two"] = None  # what `en: one, two` in a flow mapping reads as
    with pytest.raises(ChecklistError, match="unknown keys"):
        Checklists.from_dict(broken, "inspections.yaml")

    _import(settings, tmp_path)
    inspection_id = _plan(settings, "2026Q3")[0][0]
    with session_scope(settings.db_url) as session:
        inspection = session.get(Inspection, inspection_id)
        ids = [c["id"] for c in inspection.checklist]
        with pytest.raises(InvalidInput, match="no result for"):
            complete_inspection(session, inspection, [CheckResult(ids[0], True)], "e-wang", "t")
        with pytest.raises(InvalidInput, match="not checks of this inspection: other"):
            results = [CheckResult(i, True) for i in ids] + [CheckResult("other", True)]
            complete_inspection(session, inspection, results, "e-wang", "t")
        with pytest.raises(InvalidInput, match="name the one"):
            complete_inspection(session, inspection, [CheckResult(i, True) for i in ids], "", "t")
        complete_inspection(session, inspection, [CheckResult(i, True) for i in ids], "e-wang", "t")
        with pytest.raises(InvalidInput, match="already completed"):
            complete_inspection(
                session, inspection, [CheckResult(i, True) for i in ids], "e-li", "t"
            )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["plan", "inspections", "--quarter", "2026Q5"], "not YYYYQn"),
        (["plan", "holidays", "--from", "2026-13-01"], "--from '2026-13-01' is not a date"),
        (["plan", "holidays", "--days", "-3"], "--days -3"),
    ],
)
def test_the_plan_commands_refuse_bad_input_in_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert careline(argv) == 2
    error = capsys.readouterr().err.strip()
    assert message in error and "\n" not in error
