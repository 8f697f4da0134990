"""The desk service over HTTP: who may call it, clear errors on bad input, nothing lost or
doubled, HTML shown as text."""

import dataclasses
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from careline.settings import Settings, load_settings
from desk.accounts import revoke_api_token
from desk.contracts import import_configured_data
from desk.db import session_scope
from desk.feedback import record_kb_feedback
from desk.models import Ticket
from desk.tickets import Desk
from desk.web.app import create_app, serving
from tests.conftest import bearer, free_port
from tests.test_console import log_in


@pytest.fixture
def settings(base_settings: Settings, db_url: str) -> Settings:
    return dataclasses.replace(base_settings, database_url=db_url, rasa_port=free_port())


@pytest.fixture
def client(settings: Settings, desk: Desk, db_url: str) -> Iterator[TestClient]:
    """The desk app, called by an integration whose token holds every scope."""
    with TestClient(create_app(settings, desk), headers=bearer(db_url)) as test_client:
        yield test_client


ANONYMOUS = {"Authorization": ""}
CSRF_IN_PAGE = re.compile(r'name="csrf_token" value="([^"]+)"')


def test_open_and_read_a_ticket(client: TestClient) -> None:
    created = client.post(
        "/api/tickets", json={"description": "ICU 监护仪数据全部不上传了", "location": "ICU"}
    )
    assert created.status_code == 201
    body = created.json()
    assert body["subsystem"] == "medical_device" and body["tier"] == "P1"
    assert client.get(f"/api/tickets/{body['number']}").json()["number"] == body["number"]
    assert client.get("/api/tickets/CL-999999").status_code == 404


@pytest.mark.parametrize(
    "payload",
    [{}, {"description": ""}, {"description": "x", "language": "fr"}, {"description": 5}],
)
def test_malformed_requests_are_rejected_with_the_field_named(
    client: TestClient, payload: dict
) -> None:
    response = client.post("/api/tickets", json=payload)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][-1] in {"description", "language"}


@pytest.mark.parametrize(
    "body",
    [
        b'{"description": 5, "language": "\\ud800"}',  # a lone surrogate in a wrong field
        b'{"description": ["' + b"x" * 200_000 + b'"]}',  # a big wrong value
    ],
    ids=["lone surrogate", "big value"],
)
def test_a_rejected_request_is_named_but_never_echoed(client: TestClient, body: bytes) -> None:
    response = client.post(
        "/api/tickets", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert len(response.content) < 2_000
    assert "description" in {error["loc"][-1] for error in response.json()["detail"]}
    assert "input" not in response.text and "xxxx" not in response.text


def test_blank_description_gets_a_specific_error(client: TestClient) -> None:
    response = client.post("/api/tickets", json={"description": "   "})
    assert response.status_code == 400
    assert "description" in response.json()["detail"]


MARKED_WORD = re.compile(r"</?mark[^>]*>")


def test_a_ticket_from_the_api_reaches_the_console_escaped(client: TestClient) -> None:
    created = client.post(
        "/api/tickets", json={"description": "<script>alert(1)</script> 打印机不出纸"}
    ).json()
    assert client.get("/queue", follow_redirects=False).status_code == 303
    log_in(client, "dispatcher", "careline-demo")  # a demo account from config/users.yaml
    for html in (client.get("/queue").text, client.get(f"/tickets/{created['number']}").text):
        assert created["number"] in html
        page = MARKED_WORD.sub("", html)  # the ticket page marks evidence words inside the text
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_chat_relay_gives_the_hotline_when_the_assistant_is_down(
    client: TestClient, desk: Desk
) -> None:
    response = client.post("/api/chat", json={"sender": "page-s1-0001", "message": "你好"})
    assert response.status_code == 200
    [reply] = response.json()
    hotline = desk.roster.duty_manager.hotline
    assert hotline in reply["text"] and reply["custom"] == {
        "unavailable": "assistant",
        "hotline": hotline,
    }


def test_deflection_counts_feedback(client: TestClient, db_url: str) -> None:
    with session_scope(db_url) as session:
        for solved in (True, True, False):
            record_kb_feedback(session, "identity-001", "zh", solved, "s1")
    assert client.get("/api/kb/deflection").json() == {
        "solved": 2,
        "not_solved": 1,
        "rate": round(2 / 3, 4),
    }


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/tickets"),
        ("GET", "/api/tickets/CL-000001"),
        ("POST", "/api/tickets"),
        ("GET", "/api/kb/deflection"),
    ],
)
def test_nobody_reads_or_opens_tickets_without_a_token_or_login(
    client: TestClient, method: str, path: str
) -> None:
    created = client.post("/api/tickets", json={"description": "PACS 调阅很慢"})
    assert created.status_code == 201
    for headers in (ANONYMOUS, {"Authorization": "Bearer clt_forged"}):
        response = client.request(method, path, json={"description": "x"}, headers=headers)
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"] == "Bearer"
        assert "PACS" not in response.text


def test_a_token_sees_only_what_its_scopes_and_its_own_tickets_allow(
    client: TestClient, db_url: str
) -> None:
    mine = bearer(db_url, "ward-portal", ("tickets:create", "tickets:read"))
    other = bearer(db_url, "lab-portal", ("tickets:create", "tickets:read"))
    own = client.post("/api/tickets", json={"description": "检验系统打不开"}, headers=mine).json()
    theirs = client.post("/api/tickets", json={"description": "LIS 无法登录"}, headers=other)
    assert client.get(f"/api/tickets/{own['number']}", headers=mine).status_code == 200
    hidden = client.get(f"/api/tickets/{theirs.json()['number']}", headers=mine)
    assert hidden.status_code == 404  # the same answer as a number that does not exist
    assert client.get("/api/tickets", headers=mine).status_code == 403
    assert "queue:read" in client.get("/api/tickets", headers=mine).json()["detail"]
    assert client.get(f"/api/tickets/{theirs.json()['number']}").status_code == 200  # queue:read
    with session_scope(db_url) as session:
        revoke_api_token(session, "ward-portal")
    assert client.get(f"/api/tickets/{own['number']}", headers=mine).status_code == 401


def test_a_console_login_calls_the_api_by_role_and_changes_need_its_csrf_token(
    client: TestClient,
) -> None:
    number = client.post("/api/tickets", json={"description": "HIS 挂号很慢"}).json()["number"]
    client.headers.pop("Authorization")
    log_in(client, "dispatcher", "careline-demo")
    assert client.get(f"/api/tickets/{number}").status_code == 200
    assert client.post("/api/tickets", json={"description": "HIS 很慢"}).status_code == 403
    csrf = CSRF_IN_PAGE.search(client.get("/queue").text).group(1)
    posted = client.post(
        "/api/tickets", json={"description": "HIS 很慢"}, headers={"X-CSRF-Token": csrf}
    )
    assert posted.status_code == 201


def test_a_retried_creation_with_its_idempotency_key_opens_one_ticket(
    client: TestClient, db_url: str
) -> None:
    body = {"description": "护士站呼叫系统全部离线", "location": "5病区"}
    key = {"Idempotency-Key": "nurse-call-retry-0001"}
    first = client.post("/api/tickets", json=body, headers=key)
    again = client.post("/api/tickets", json=body, headers=key)
    other = client.post("/api/tickets", json=body, headers={"Idempotency-Key": "another-key-02"})
    assert first.status_code == again.status_code == other.status_code == 201
    assert first.json()["number"] == again.json()["number"] != other.json()["number"]
    with session_scope(db_url) as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 2
    bad_key = client.post("/api/tickets", json=body, headers={"Idempotency-Key": "x"})
    assert bad_key.status_code == 422


def test_every_acknowledged_ticket_is_readable_at_once(
    settings: Settings, desk: Desk, db_url: str
) -> None:
    """201 comes after the commit: concurrent create-then-read pairs never get a 404."""
    headers = bearer(db_url)
    app = create_app(settings, desk)

    def create_then_read(n: int) -> tuple[int, int]:
        with httpx.Client(base_url=url, headers=headers, timeout=60) as http:
            created = http.post("/api/tickets", json={"description": f"PDA {n} 号无法扫码"})
            return created.status_code, http.get(
                f"/api/tickets/{created.json()['number']}"
            ).status_code

    with serving(app, "127.0.0.1", free_port()) as url:
        sequential = [create_then_read(n) for n in range(10)]
        with ThreadPoolExecutor(max_workers=10) as pool:
            concurrent = list(pool.map(create_then_read, range(10, 30)))
    assert sequential + concurrent == [(201, 200)] * 30


def test_bodies_over_the_limit_are_refused_before_parsing(
    settings: Settings, desk: Desk, db_url: str
) -> None:
    small = dataclasses.replace(settings, max_body_bytes=50_000)
    with TestClient(create_app(small, desk), headers=bearer(db_url)) as client:
        big = {"description": "日志", "log": "x" * 60_000}
        response = client.post("/api/tickets", json=big)
        assert response.status_code == 413 and "50000 bytes" in response.json()["detail"]

        def chunks() -> Iterator[bytes]:
            yield b'{"description": "log", "log": "'
            for _ in range(10):
                yield b"y" * 10_000
            yield b'"}'

        streamed = client.post(
            "/api/tickets", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert streamed.status_code == 413
    with session_scope(db_url) as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 0


def test_a_long_log_is_read_whole_and_the_caller_told_what_was_kept(client: TestClient) -> None:
    routine = "2026-11-26 03:00:{:02d} INFO lis.sync heartbeat ok\n"
    failure = "2026-11-26 03:59:59 ERROR lis.hl7 MSA|AE|MSG9 connection refused by LIS\n"
    log = "".join(routine.format(n % 60) for n in range(40_000)) + failure
    response = client.post("/api/tickets", json={"description": "检验结果不回传", "log": log})
    assert response.status_code == 201
    kept = response.json()["log"]
    assert kept["received_chars"] == len(log) > kept["stored_chars"] > 0
    assert kept["evidence_lines"] >= 1
    assert any(
        "connection refused" in e["text"]
        for e in response.json()["evidence"]
        if e["source"] == "log"
    )


def test_pages_and_answers_are_not_cached_and_the_docs_need_no_cdn(client: TestClient) -> None:
    for path in ("/api/tickets", "/chat", "/login", "/docs"):
        assert client.get(path).headers["Cache-Control"] == "no-store"
    docs = client.get("/docs").text
    sources = re.findall(r'(?:src|href)="([^"]+)"', docs)
    assert sources and all(source.startswith("/static/") for source in sources)
    for source in sources:
        assert client.get(source).status_code == 200


def test_a_chat_message_needs_a_real_conversation_id(client: TestClient) -> None:
    for sender in ("", "default", "a b c d e f g h", "x" * 65):
        response = client.post("/api/chat", json={"sender": sender, "message": "你好"})
        assert response.status_code == 422


def test_an_integration_asks_for_a_visit_and_reads_the_arrival(
    client: TestClient, db_url: str
) -> None:
    with session_scope(db_url) as session:
        import_configured_data(session, load_settings())
    created = client.post(
        "/api/tickets",
        json={
            "description": "ICU 全部监护仪黑屏，无法监测病人",
            "site_id": "demo-main",
            "onsite": True,
        },
    )
    body = created.json()
    assert created.status_code == 201 and body["onsite"] and body["site_id"] == "demo-main"
    assert body["arrival_eta"] and body["arrival_explanation"]
    read = client.get(f"/api/tickets/{body['number']}").json()
    assert read["arrival_eta"] == body["arrival_eta"] and read["arrive_by"] == body["arrive_by"]
    unknown = client.post(
        "/api/tickets", json={"description": "打印机坏了", "site_id": "nowhere", "onsite": True}
    )
    assert unknown.status_code == 400 and "unknown site" in unknown.json()["detail"]
