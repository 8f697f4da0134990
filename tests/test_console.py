"""The dispatcher console over HTTP: login, roles, CSRF, escaping and the ticket actions."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from careline.settings import Settings
from cli.main import main
from desk.accounts import (
    LoginSession,
    find_session,
    find_user,
    start_session,
)
from desk.db import session_scope
from desk.models import AuditEntry, Status, utcnow
from desk.tickets import Desk
from desk.web.auth import SESSION_COOKIE, require_roles, safe_next
from desk.web.throttle import ADDRESS_FACTOR, LoginThrottle
from tests.console_fixtures import PASSWORD, ROLES, add_ticket, csrf_of, log_in


def test_anonymous_browser_is_sent_to_the_login_page(console: TestClient) -> None:
    for path in ("/queue", "/tickets/CL-000001", "/queue/rows"):
        response = console.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?next=")
    htmx = console.get("/queue/rows", headers={"HX-Request": "true"}, follow_redirects=False)
    assert htmx.headers["HX-Redirect"].startswith("/login")


def test_login_sets_a_strict_cookie_and_opens_the_queue(console: TestClient) -> None:
    response = log_in(console, "disp")
    assert response.status_code == 303 and response.headers["location"] == "/queue"
    cookie = response.headers["set-cookie"].lower()
    assert f"{SESSION_COOKIE}=" in cookie
    assert "httponly" in cookie and "samesite=lax" in cookie
    page = console.get("/queue")
    assert page.status_code == 200 and "dispatcher disp" in page.text
    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "frame-ancestors 'none'" in policy


def test_wrong_password_and_unknown_user_are_refused_alike(console: TestClient) -> None:
    for username, password in (("disp", "wrong password!"), ("nobody", PASSWORD)):
        response = log_in(console, username, password)
        assert response.status_code == 401
        assert "Wrong username or password" in response.text
        assert SESSION_COOKIE not in console.cookies
    assert console.get("/queue", follow_redirects=False).status_code == 303


def test_a_guesser_is_locked_out_where_they_stand_never_the_real_user(
    console: TestClient, settings: Settings
) -> None:
    for _ in range(settings.login_max_failures):
        assert log_in(console, "disp", "wrong password!").status_code == 401
    locked = log_in(console, "disp", PASSWORD)
    assert locked.status_code == 429 and "Too many failed logins" in locked.text
    assert SESSION_COOKIE not in console.cookies
    other = next(name for name, role in ROLES.items() if name != "disp" and role != "staff")
    assert log_in(console, other).status_code == 303
    with TestClient(console.app, client=("10.20.30.40", 50000)) as real_dispatcher:
        assert log_in(real_dispatcher, "disp").status_code == 303


def test_an_address_guessing_many_usernames_is_locked_out_of_all() -> None:
    throttle = LoginThrottle(max_failures=2, window=timedelta(minutes=15))
    now = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
    for n in range(2 * ADDRESS_FACTOR):
        assert throttle.blocked_until("10.0.0.9", f"user{n}", now) is None
        throttle.failed("10.0.0.9", f"user{n}", now)
    assert throttle.blocked_until("10.0.0.9", "someone-else", now) is not None
    assert throttle.blocked_until("10.0.0.8", "someone-else", now) is None


def test_failures_older_than_the_window_are_forgotten() -> None:
    throttle = LoginThrottle(max_failures=2, window=timedelta(minutes=15))
    start = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
    here = "10.0.0.9"
    throttle.failed(here, "Disp", start)
    throttle.failed(here, "disp ", start + timedelta(minutes=1))
    assert throttle.blocked_until(here, "disp", start + timedelta(minutes=2)) == start + timedelta(
        minutes=15
    )
    assert throttle.blocked_until(here, "disp", start + timedelta(minutes=15)) is None
    throttle.failed(here, "disp", start + timedelta(minutes=20))
    throttle.succeeded(here, "disp")
    assert throttle.blocked_until(here, "disp", start + timedelta(minutes=21)) is None


def test_login_returns_to_the_page_asked_for_but_never_off_site(console: TestClient) -> None:
    token = csrf_of(console.get("/login?next=/tickets/CL-000042"))
    response = console.post(
        "/login",
        data={"username": "eng", "password": PASSWORD, "csrf_token": token, "next": "//evil.test"},
        follow_redirects=False,
    )
    assert response.headers["location"] == "/queue"
    assert safe_next("/tickets/CL-000042") == "/tickets/CL-000042"
    assert safe_next("https://evil.test/") == "/queue"


def test_staff_cannot_open_the_console(console: TestClient, db_url: str) -> None:
    number = add_ticket(db_url, "挂号系统打不开")
    response = log_in(console, "nurse")
    assert response.headers["location"] == "/chat"
    for path in ("/queue", f"/tickets/{number}"):
        page = console.get(path)
        assert page.status_code == 403 and "Not allowed" in page.text
        assert "挂号系统打不开" not in page.text


def test_every_console_role_can_read_the_queue(console: TestClient) -> None:
    for username, role in ROLES.items():
        console.cookies.clear()
        log_in(console, username)
        page = console.get("/queue")
        assert page.status_code == (403 if role == "staff" else 200)
        assert ("/reports/sla" in page.text) == (role in {"dispatcher", "manager", "admin"})


def test_posts_without_the_right_csrf_token_are_rejected(console: TestClient, db_url: str) -> None:
    login_form = {"username": "disp", "password": PASSWORD}
    assert console.post("/login", data=login_form).status_code == 403
    console.get("/login")
    assert console.post("/login", data={**login_form, "csrf_token": "forged"}).status_code == 403
    log_in(console, "disp")
    number = add_ticket(db_url, "急诊挂号全部失败")
    page = console.get(f"/tickets/{number}")
    for token in ("", "forged", console.cookies.get("careline_login_csrf") or "x"):
        response = console.post(f"/tickets/{number}/accept", data={"csrf_token": token})
        assert response.status_code == 403
    with session_scope(db_url) as session:
        ticket = Desk.find(session, number)
        assert ticket.responded_at is None and ticket.status == Status.ROUTED
    accepted = console.post(f"/tickets/{number}/accept", data={"csrf_token": csrf_of(page)})
    assert accepted.status_code == 200 and "response clock has stopped" in accepted.text


def test_logout_ends_the_session_on_the_server(console: TestClient) -> None:
    log_in(console, "disp")
    token = console.cookies[SESSION_COOKIE]
    console.post("/logout", data={"csrf_token": csrf_of(console.get("/queue"))})
    assert console.get("/queue", follow_redirects=False).status_code == 303
    console.cookies.set(SESSION_COOKIE, token)  # a copied cookie no longer opens anything
    assert console.get("/queue", follow_redirects=False).status_code == 303


def test_script_in_a_description_is_shown_as_text(console: TestClient, db_url: str) -> None:
    number = add_ticket(
        db_url,
        "<script>alert(1)</script> 打印机不出纸",
        log_excerpt="ok\n<img src=x onerror=alert(2)>\n",
        evidence=[{"line": 2, "text": "<img src=x onerror=alert(2)>"}],
    )
    log_in(console, "disp")
    for page in (console.get("/queue").text, console.get(f"/tickets/{number}").text):
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in console.get(f"/tickets/{number}").text


def test_queue_puts_the_nearest_breach_first(console: TestClient, db_url: str) -> None:
    fresh_p1 = add_ticket(db_url, "ICU 监护仪数据不上传", "P1")
    old_p2 = add_ticket(db_url, "药房查询很慢", "P2", age_minutes=55)  # due in 5 minutes
    p3 = add_ticket(db_url, "报表统计不对", "P3")
    log_in(console, "disp")
    order = re.findall(r'data-ticket="(CL-\d+)"', console.get("/queue").text)
    assert order == [old_p2, fresh_p1, p3]
    rows = console.get("/queue/rows").text
    assert re.search(rf'data-level="critical" data-ticket="{old_p2}"', rows)
    assert re.search(rf'data-level="ok" data-ticket="{fresh_p1}"', rows)


def test_ticket_page_highlights_the_evidence_lines(console: TestClient, db_url: str) -> None:
    number = add_ticket(
        db_url,
        "数据库连接池耗尽",
        log_excerpt="INFO start\nERROR ORA-12519 no appropriate service handler\nINFO retry",
        evidence=[{"source": "log", "line": 2, "text": "ERROR ORA-12519"}],
        kb_offered=["database-003"],
    )
    log_in(console, "eng")
    page = console.get(f"/tickets/{number}").text
    highlighted = re.findall(r'<li value="(\d+)" class="evidence">', page)
    assert highlighted == ["2"]
    assert "database-003" in page and "his → clinical-apps" in page


def test_ticket_page_shows_the_chat_transcript_and_call_back(
    console: TestClient, db_url: str
) -> None:
    transcript = [
        {"who": "user", "text": "监护仪 <b>全部</b> 没数据"},
        {"who": "bot", "text": "请问您在哪个院区、科室或病区？"},
        {"who": "user", "text": "转人工"},
    ]
    number = add_ticket(
        db_url, "监护仪没数据", transcript=transcript, callback="8023", callback_requested=True
    )
    log_in(console, "disp")
    page = console.get(f"/tickets/{number}").text
    shown = re.findall(r'<li class="(user|bot)">.*?<span class="said">(.*?)</span>', page)
    assert [who for who, _ in shown] == ["user", "bot", "user"]
    assert shown[0][1] == "监护仪 &lt;b&gt;全部&lt;/b&gt; 没数据"
    assert "8023" in page and "callback requested" in page


def test_accepting_stops_the_response_clock_and_is_audited(
    console: TestClient, db_url: str
) -> None:
    number = add_ticket(db_url, "急诊挂号系统瘫痪")
    log_in(console, "disp")
    page = console.get(f"/tickets/{number}")
    response = console.post(
        f"/tickets/{number}/accept", data={"csrf_token": csrf_of(page)}, follow_redirects=False
    )
    assert response.status_code == 303
    with session_scope(db_url) as session:
        ticket = Desk.find(session, number)
        assert ticket.responded_at is not None and ticket.status == Status.ACCEPTED
        actors = session.scalars(
            select(AuditEntry.actor).where(AuditEntry.ticket_id == ticket.id)
        ).all()
    assert "disp" in actors
    assert "Accept</button>" not in console.get(f"/tickets/{number}").text


def test_reassign_and_tier_change_need_a_reason_and_are_audited(
    console: TestClient, db_url: str
) -> None:
    number = add_ticket(db_url, "病历编辑器卡顿", "P2")
    log_in(console, "disp")
    token = csrf_of(console.get(f"/tickets/{number}"))
    missing = console.post(
        f"/tickets/{number}/reassign", data={"csrf_token": token, "engineer_id": "e-li"}
    )
    assert missing.status_code == 422
    console.post(
        f"/tickets/{number}/reassign",
        data={"csrf_token": token, "engineer_id": "e-li", "reason": "Wang Lei is on leave"},
    )
    console.post(
        f"/tickets/{number}/tier",
        data={"csrf_token": token, "tier": "P1", "reason": "whole ward affected"},
    )
    with session_scope(db_url) as session:
        ticket = Desk.find(session, number)
        assert ticket.engineer == "e-li" and ticket.tier == "P1"
        reasons = session.scalars(
            select(AuditEntry.reason).where(AuditEntry.ticket_id == ticket.id)
        ).all()
    assert "Wang Lei is on leave" in reasons and "whole ward affected" in reasons


def test_roles_limit_the_actions(console: TestClient, db_url: str) -> None:
    number = add_ticket(db_url, "PACS 无法调阅影像", "P2")
    log_in(console, "boss")
    token = csrf_of(console.get(f"/tickets/{number}"))
    assert console.post(f"/tickets/{number}/accept", data={"csrf_token": token}).status_code == 403
    console.cookies.clear()
    log_in(console, "eng")
    token = csrf_of(console.get(f"/tickets/{number}"))
    reassign = {"csrf_token": token, "engineer_id": "e-li", "reason": "mine now"}
    assert console.post(f"/tickets/{number}/reassign", data=reassign).status_code == 403


def test_a_refused_status_change_names_the_reason(console: TestClient, db_url: str) -> None:
    number = add_ticket(db_url, "护士站呼叫系统无声")
    log_in(console, "disp")
    token = csrf_of(console.get(f"/tickets/{number}"))
    response = console.post(
        f"/tickets/{number}/status", data={"csrf_token": token, "status": "no-such-status"}
    )
    assert response.status_code == 409 and 'role="alert"' in response.text


def test_require_roles_refuses_staff_and_unknown_roles() -> None:
    for roles in (("staff",), ("dispatcher", "boss")):
        with pytest.raises(ValueError, match="not console roles"):
            require_roles(*roles)


def test_engineers_act_only_on_their_own_tickets(console: TestClient, db_url: str) -> None:
    number = add_ticket(db_url, "PACS 无法调阅影像", "P2")  # assigned to e-wang
    with session_scope(db_url) as session:
        find_user(session, "eng").engineer_id = "e-li"
    log_in(console, "eng")
    token = csrf_of(console.get(f"/tickets/{number}"))
    refused = console.post(f"/tickets/{number}/accept", data={"csrf_token": token})
    assert refused.status_code == 403 and "another engineer" in refused.text
    with session_scope(db_url) as session:
        assert Desk.find(session, number).status == Status.ROUTED
        find_user(session, "eng").engineer_id = "e-wang"
    accepted = console.post(f"/tickets/{number}/accept", data={"csrf_token": token})
    assert accepted.status_code == 200 and "response clock has stopped" in accepted.text


def test_a_disabled_user_is_signed_out_everywhere_and_sessions_are_purged(
    console: TestClient, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert log_in(console, "disp").status_code == 303
    with session_scope(db_url) as session:
        old = start_session(session, find_user(session, "root"), timedelta(hours=1))
        session.execute(update(LoginSession).values(expires_at=utcnow() - timedelta(minutes=1)))
    assert log_in(console, "disp").status_code == 303  # a login purges what expired
    with session_scope(db_url) as session:
        assert find_session(session, old, utcnow() - timedelta(hours=1)) is None
    monkeypatch.setenv("CARELINE_DATABASE_URL", db_url)
    assert main(["user", "disable", "disp"]) == 0
    assert main(["user", "disable", "nobody"]) == 2
    assert console.get("/queue", follow_redirects=False).status_code == 303
    assert log_in(console, "disp").status_code == 401
    with session_scope(db_url) as session:
        user_id = find_user(session, "disp").id
        assert not session.scalars(
            select(LoginSession).where(LoginSession.user_id == user_id)
        ).all()


def test_the_ticket_shows_its_tier_factors_and_a_confirmed_triage_leaves_review(
    console: TestClient, db_url: str
) -> None:
    factor = {"source": "factor", "factor": "scope", "value": "hospital", "text": "全院"}
    number = add_ticket(db_url, "全院挂号都登不上", needs_review=True, evidence=[factor])
    log_in(console, "disp")
    page = console.get(f"/tickets/{number}")
    assert re.search(r'id="factors">.*scope: hospital <q>全院</q>', page.text)
    confirmed = console.post(
        f"/tickets/{number}/triage", data={"csrf_token": csrf_of(page)}, follow_redirects=False
    )
    assert confirmed.status_code == 303
    with session_scope(db_url) as session:
        ticket = Desk.find(session, number)
        assert not ticket.needs_review and ticket.triage_reviewed_at is not None
        fields = session.scalars(
            select(AuditEntry.field).where(AuditEntry.ticket_id == ticket.id)
        ).all()
    assert {"needs_review", "triage_reviewed_at"} <= set(fields)
    assert 'id="confirm-triage"' not in console.get(f"/tickets/{number}").text
