"""Major incidents: alike reports from one place and subsystem join one parent ticket."""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from bot.actions import report, runtime
from careline.settings import Settings, load_settings
from desk import audit, incidents, similarity, workflow
from desk.business_calendar import BusinessCalendar
from desk.db import get_engine, migrate, session_scope
from desk.models import AuditEntry, Hospital, Site, Status, Ticket
from desk.routing.roster import Roster
from desk.sla import apply_deadlines
from desk.tickets import Desk
from desk.web.app import create_app
from tests.conftest import bearer, free_port
from triage.dataset import generate_cases
from triage.training import fit_on_cases

SETTINGS = load_settings()
CALENDAR = BusinessCalendar.from_settings(SETTINGS)
RULES = incidents.IncidentRules.from_settings(SETTINGS)

T0 = datetime(2026, 5, 6, 2, 0, tzinfo=UTC)
ER = "急诊科"
REGISTRATION_DOWN = "挂号系统打不开，一直转圈"
REGISTRATION_DOWN_AGAIN = "挂号界面卡死，系统打不开，病人在排长队"
BILLING_WRONG = "医保结算金额算错了"

# The examples the threshold (config/careline.toml incident_similarity) was chosen on: the same
# outage in two reporters' words, and two different faults of one subsystem at one site.
SAME_FAULT = [
    (REGISTRATION_DOWN, REGISTRATION_DOWN_AGAIN),
    ("HIS 收费系统登录后报错 ORA-12541 无监听程序", "收费处电脑都报 ORA-12541，无法收费"),
    ("PACS 看不了片子，影像调阅一直加载", "影像调不出来，PACS 加载不出图像"),
    (
        "Nurse call system down on ward 5, no alarms reaching the station",
        "nurse call not working, call bells don't ring at the nurse station",
    ),
    (
        "Registration system is down, cannot register patients",
        "can't register any patient, the registration screen is frozen",
    ),
    ("腕带打印机打不出腕带", "腕带打印不出来，打印机没反应"),
    ("LIS 收不到检验结果，仪器数据不上传", "检验结果传不到 LIS，仪器的数据没上来"),
    ("EMR 保存病历时报错 timeout", "电子病历保存不了，提示 timeout"),
    (
        "Wi-Fi keeps dropping on the ward, PDAs disconnect",
        "PDA cannot connect to wifi, keeps disconnecting",
    ),
    ("医生工作站开不了医嘱，点提交没反应", "医嘱提交不了，点了没反应"),
]
DIFFERENT_FAULTS = [
    (REGISTRATION_DOWN, BILLING_WRONG),
    ("PACS 看不了片子，影像调阅一直加载", "影像报告打印出来格式不对"),
    (
        "Nurse call system down on ward 5, no alarms reaching the station",
        "bedside terminal screen is cracked at bed 12",
    ),
    (
        "Registration system is down, cannot register patients",
        "pharmacy stock report shows wrong totals",
    ),
    ("腕带打印机打不出腕带", "自助机读不了医保卡"),
    ("EMR 保存病历时报错 timeout", "电子病历模板里少了过敏史字段"),
    ("LIS 收不到检验结果，仪器数据不上传", "标本条码扫不出来"),
    ("Wi-Fi keeps dropping on the ward, PDAs disconnect", "VPN to the branch campus is down"),
    ("医生工作站开不了医嘱，点提交没反应", "药房发药单打印重复"),
    ("HIS 收费系统登录后报错 ORA-12541 无监听程序", "门诊发票抬头打错了"),
]


@pytest.fixture(autouse=True)
def key_file(tmp_path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CARELINE_AUDIT_KEY_FILE", str(tmp_path / "audit.key"))
    yield


_numbers = itertools.count(1)


def _report(
    session: Session,
    description: str,
    at: datetime,
    *,
    location: str = ER,
    subsystem: str = "his",
    site_id: str | None = None,
    engineer: str = "",
    tier: str = "P1",
) -> Ticket:
    """A ticket as the desk stores it (location line first), opened at `at`."""
    ticket = Ticket(
        hospital="Demo Hospital",
        site_id=site_id,
        location=location,
        subsystem=subsystem,
        tier_predicted=tier,
        description=f"{location}\n{description}",
        status=Status.ROUTED,
        created_at=at,
        respond_by=at + timedelta(minutes=30),
        resolve_by=at + timedelta(hours=4),
        pool=f"{subsystem}-pool",
        engineer=engineer,
    )
    session.add(ticket)
    session.flush()
    ticket.number = f"CL-{next(_numbers):06d}"
    return ticket


def _link_second(db_url: str, first: dict, second: dict, minutes: float) -> Ticket | None:
    with session_scope(db_url) as session:
        parent = _report(session, at=T0, **first)
        child = _report(session, at=T0 + timedelta(minutes=minutes), **second)
        linked = incidents.link(session, child, child.created_at, CALENDAR, RULES)
        assert linked is None or linked.id == parent.id
        return linked


@pytest.mark.parametrize(("first", "second"), SAME_FAULT)
def test_same_fault_in_other_words_is_alike(first: str, second: str) -> None:
    assert similarity.similarity(first, second) >= RULES.similarity


@pytest.mark.parametrize(("first", "second"), DIFFERENT_FAULTS)
def test_different_faults_of_one_subsystem_are_not_alike(first: str, second: str) -> None:
    assert similarity.similarity(first, second) < RULES.similarity


def _vectoriser_similarity(first: str, second: str) -> float:
    """The figure the threshold was chosen on: a TF-IDF vectoriser fitted to the pair."""
    vectorizer = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 3),
        use_idf=False,
        sublinear_tf=True,
        preprocessor=similarity.normalise,
    )
    try:
        vectors = vectorizer.fit_transform([first, second])
    except ValueError:
        return 0.0
    return float(cosine_similarity(vectors[0], vectors[1])[0, 0])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        *SAME_FAULT,
        *DIFFERENT_FAULTS,
        ("the on of", "，。！"),
        ("I", "a"),
        ("", ""),
        ("PACS  down", "pacs down"),
    ],
)
def test_similarity_is_the_vectoriser_figure_without_the_vectoriser(
    first: str, second: str
) -> None:
    assert similarity.similarity(first, second) == pytest.approx(
        _vectoriser_similarity(first, second), abs=1e-9
    )


def test_only_the_newest_reports_in_the_window_are_compared(db_url: str) -> None:
    """However many reports an outage brings, a new one is compared with a bounded number."""
    with session_scope(db_url) as session:
        _report(session, REGISTRATION_DOWN, T0)  # alike, but past the cap
        for n in range(incidents.MAX_CANDIDATES):
            _report(session, f"{BILLING_WRONG} {n}", T0 + timedelta(seconds=n + 1))
        later = T0 + timedelta(minutes=10)
        args = ("Demo Hospital", ER, "his", REGISTRATION_DOWN_AGAIN, later)
        assert incidents.find_match(session, *args, RULES) is None  # the oldest is past the cap
        newest = _report(session, REGISTRATION_DOWN, later - timedelta(seconds=1))
        match = incidents.find_match(session, *args, RULES)
        assert match is not None and match.report is newest is match.parent


def test_candidates_come_from_the_window_index(tmp_path) -> None:
    """The query reads only the reports in the window: the desk's other tickets cost nothing."""
    url = f"sqlite:///{tmp_path / 'plan.db'}"
    migrate(url)
    statements: list[tuple[str, tuple]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many) -> None:
        statements.append((statement, parameters))

    with session_scope(url) as session:
        event.listen(get_engine(url), "before_cursor_execute", capture)
        try:
            incidents.find_match(session, "Demo Hospital", ER, "his", REGISTRATION_DOWN, T0, RULES)
        finally:
            event.remove(get_engine(url), "before_cursor_execute", capture)
        statement, parameters = next(s for s in statements if "FROM tickets" in s[0])
        plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        assert "ix_tickets_incident_window" in " ".join(row[-1] for row in plan)


def test_alike_report_within_the_window_joins_the_parent(db_url: str) -> None:
    with session_scope(db_url) as session:
        parent = _report(session, REGISTRATION_DOWN, T0, engineer="zhang.wei")
        child = _report(
            session, REGISTRATION_DOWN_AGAIN, T0 + timedelta(minutes=12), engineer="li.na"
        )
        assert incidents.link(session, child, child.created_at, CALENDAR, RULES) is parent
        assert child.parent_id == parent.id and child.engineer == "zhang.wei"
        assert incidents.linked_reports(session, parent) == 1
        view = incidents.incident_view(session, child)
        assert view == {"parent_number": parent.number, "known_incident": True, "linked_reports": 0}
        trail = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert [(e.ticket_id, e.field, e.after) for e in trail] == [
            (child.id, "parent", parent.number),
            (parent.id, "linked_report", child.number),
            (child.id, "engineer", "zhang.wei"),
        ]
        assert "12 min after" in trail[0].reason and "similarity" in trail[0].reason
        assert audit.verify(session).ok


@pytest.mark.parametrize(
    ("second", "minutes"),
    [
        ({"description": REGISTRATION_DOWN_AGAIN, "location": "门诊大厅"}, 5),
        ({"description": REGISTRATION_DOWN_AGAIN, "subsystem": "network"}, 5),
        ({"description": REGISTRATION_DOWN_AGAIN}, 31),
        ({"description": BILLING_WRONG}, 5),
    ],
    ids=["other location", "other subsystem", "31 minutes later", "other fault"],
)
def test_reports_that_differ_are_not_linked(db_url: str, second: dict, minutes: int) -> None:
    assert _link_second(db_url, {"description": REGISTRATION_DOWN}, second, minutes) is None


def test_same_place_and_fault_at_the_edge_of_the_window_is_linked(db_url: str) -> None:
    linked = _link_second(
        db_url, {"description": REGISTRATION_DOWN}, {"description": REGISTRATION_DOWN_AGAIN}, 29
    )
    assert linked is not None


def test_a_more_urgent_report_raises_its_parent_audited_with_new_deadlines(db_url: str) -> None:
    with session_scope(db_url) as session:
        parent = _report(session, REGISTRATION_DOWN, T0, tier="P2")
        apply_deadlines(parent, CALENDAR)
        p2_respond_by = parent.respond_by
        child = _report(session, REGISTRATION_DOWN_AGAIN, T0 + timedelta(minutes=12), tier="P1")
        assert incidents.link(session, child, child.created_at, CALENDAR, RULES) is parent
        assert parent.tier == "P1" and parent.respond_by < p2_respond_by
        raised = session.scalars(
            select(AuditEntry).where(AuditEntry.ticket_id == parent.id, AuditEntry.field == "tier")
        ).one()
        assert (raised.before, raised.after) == ("P2", "P1") and child.number in raised.reason
        assert audit.verify(session).ok


def test_a_less_urgent_report_never_lowers_its_parent(db_url: str) -> None:
    with session_scope(db_url) as session:
        parent = _report(session, REGISTRATION_DOWN, T0, tier="P1")
        respond_by = parent.respond_by
        child = _report(session, REGISTRATION_DOWN_AGAIN, T0 + timedelta(minutes=12), tier="P2")
        assert incidents.link(session, child, child.created_at, CALENDAR, RULES) is parent
        assert parent.tier == "P1" and parent.respond_by == respond_by


def test_resolved_parent_takes_no_new_reports(db_url: str) -> None:
    with session_scope(db_url) as session:
        parent = _report(session, REGISTRATION_DOWN, T0)
        parent.status = Status.RESOLVED
        child = _report(session, REGISTRATION_DOWN_AGAIN, T0 + timedelta(minutes=5))
        assert incidents.link(session, child, child.created_at, CALENDAR, RULES) is None


def test_long_outage_keeps_one_parent_while_reports_keep_coming(db_url: str) -> None:
    """Each report is within 30 minutes of the one before, so all join the first ticket."""
    with session_scope(db_url) as session:
        parent = _report(session, REGISTRATION_DOWN, T0)
        for minutes, text in ((20, REGISTRATION_DOWN_AGAIN), (45, "挂号系统还是打不开")):
            report = _report(session, text, T0 + timedelta(minutes=minutes))
            assert incidents.link(session, report, report.created_at, CALENDAR, RULES) is parent
        assert incidents.linked_counts(session, [parent.id]) == {parent.id: 2}


def test_site_id_decides_the_place_when_known(db_url: str) -> None:
    with session_scope(db_url) as session:
        session.add(Hospital(id="demo", name="Demo Hospital"))
        session.add_all([Site(id=s, hospital_id="demo", name=s) for s in ("east", "west")])
        session.flush()
        parent = _report(session, REGISTRATION_DOWN, T0, site_id="east", location="急诊")
        other_site = _report(session, REGISTRATION_DOWN_AGAIN, T0, site_id="west", location="急诊")
        child = _report(session, REGISTRATION_DOWN_AGAIN, T0 + timedelta(minutes=3), site_id="east")
        assert incidents.link(session, other_site, other_site.created_at, CALENDAR, RULES) is None
        assert incidents.link(session, child, child.created_at, CALENDAR, RULES) is parent


def test_find_match_takes_the_window_from_settings(db_url: str) -> None:
    with session_scope(db_url) as session:
        parent = _report(session, REGISTRATION_DOWN, T0)
        later = T0 + timedelta(minutes=45)
        args = ("Demo Hospital", ER, "his", REGISTRATION_DOWN_AGAIN, later)
        assert incidents.find_match(session, *args, RULES) is None
        hour = incidents.IncidentRules.from_settings(
            dataclasses.replace(SETTINGS, incident_window_minutes=60)
        )
        match = incidents.find_match(session, *args, hour)
        assert match is not None and match.parent is parent


@pytest.fixture(scope="module")
def small_desk() -> Desk:
    """A real desk on a triage model fitted to every 40th case: quick, and plenty for two
    near-identical reports to land in the same subsystem."""
    settings = SETTINGS
    return Desk(
        triage=fit_on_cases(generate_cases()[::40]),
        roster=Roster.load(settings.roster_file),
        calendar=BusinessCalendar.from_settings(settings),
        incident_rules=RULES,
    )


def _report_tracker(sender: str, language: str, problem: str, location: str) -> Tracker:
    """The tracker at the end of the report form, as Rasa hands it to the action."""
    slots = {
        "language": language,
        "problem_description": problem,
        "location": location,
        "system_name": "挂号系统" if language == "zh" else "registration",
        "problem_log": report.NO_LOG,
        "kb_offered": [],
    }
    return Tracker(sender, slots, {"text": problem}, [], False, None, {}, "report_form")


def _create(tracker: Tracker) -> tuple[list[dict], list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(report.ActionCreateTicket().run(dispatcher, tracker, {}))
    return dispatcher.messages, events


def test_later_reporter_is_told_the_problem_is_known(
    db_url: str, small_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = dataclasses.replace(SETTINGS, database_url=db_url)
    monkeypatch.setattr(runtime, "_current", [runtime.Runtime(settings, None, small_desk)])
    first, first_events = _create(_report_tracker("nurse-a", "zh", "挂号系统打不开，一直转圈", ER))
    assert [m["response"] for m in first][:1] == ["utter_ticket_created"]
    number = next(e["value"] for e in first_events if e.get("name") == "ticket_number")

    later = _report_tracker("nurse-b", "zh", "挂号系统打不开了，一直在转圈", ER)
    messages, events = _create(later)
    assert [m["response"] for m in messages] == ["utter_known_incident"]
    known = messages[0]
    assert known["number"] == number and known["reports"] == "2"
    assert known["engineer"] and known["resolve_by"] and known["report_number"] != number
    assert {"name": "ticket_number", "value": number} in [
        {"name": e.get("name"), "value": e.get("value")} for e in events
    ]
    with session_scope(db_url) as session:
        parent = small_desk.find(session, number)
        assert incidents.linked_reports(session, parent) == 1
        assert known["resolve_by"] == small_desk.local_time(parent.resolve_by)
        assert audit.verify(session).ok

    elsewhere, _ = _create(_report_tracker("nurse-c", "zh", "挂号系统打不开，一直转圈", "门诊大厅"))
    assert [m["response"] for m in elsewhere][:1] == ["utter_ticket_created"]


def test_api_answers_a_later_report_with_the_known_incident(
    base_settings: Settings, small_desk: Desk, db_url: str
) -> None:
    settings = dataclasses.replace(base_settings, database_url=db_url, rasa_port=free_port())
    report_of = {"location": "急诊科", "language": "zh"}
    with TestClient(create_app(settings, small_desk), headers=bearer(db_url)) as client:
        first = client.post("/api/tickets", json={"description": "挂号系统打不开", **report_of})
        later = client.post("/api/tickets", json={"description": "挂号系统打不开了", **report_of})
        parent = client.get(f"/api/tickets/{first.json()['number']}").json()
    assert first.status_code == later.status_code == 201
    assert first.json()["known_incident"] is False and first.json()["parent_number"] is None
    assert later.json()["known_incident"] is True
    assert later.json()["parent_number"] == first.json()["number"]
    assert parent["linked_reports"] == 1


def test_resolving_the_parent_resolves_its_linked_reports(db_url: str) -> None:
    with session_scope(db_url) as session:
        parent = _report(session, REGISTRATION_DOWN, T0)
        child = _report(session, REGISTRATION_DOWN_AGAIN, T0 + timedelta(minutes=5))
        assert incidents.link(session, child, child.created_at, CALENDAR, RULES) is parent
        fixed = T0 + timedelta(hours=1)
        workflow.accept(
            session, parent, "dispatcher", now=T0 + timedelta(minutes=10), calendar=CALENDAR
        )
        workflow.set_status(
            session, parent, Status.IN_PROGRESS, "dispatcher", now=fixed, calendar=CALENDAR
        )
        workflow.set_status(
            session, parent, Status.RESOLVED, "dispatcher", now=fixed, calendar=CALENDAR
        )
        assert child.status == Status.RESOLVED
        assert (child.responded_at, child.resolved_at) == (parent.responded_at, fixed)
        reasons = session.scalars(
            select(AuditEntry.reason).where(
                AuditEntry.ticket_id == child.id, AuditEntry.field == "status"
            )
        ).all()
        assert reasons == [f"with major incident {parent.number}"]
        assert audit.verify(session).ok
