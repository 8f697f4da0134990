"""The desk service over HTTP: clear errors on bad input, HTML shown as text."""

import dataclasses
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from careline.settings import Settings
from desk.db import session_scope
from desk.feedback import record_kb_feedback
from desk.tickets import Desk
from desk.web.app import create_app
from tests.conftest import free_port
from tests.test_console import log_in


@pytest.fixture
def client(base_settings: Settings, desk: Desk, db_url: str) -> Iterator[TestClient]:
    settings = dataclasses.replace(base_settings, database_url=db_url, rasa_port=free_port())
    with TestClient(create_app(settings, desk)) as test_client:
        yield test_client


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


def test_chat_relay_reports_an_unreachable_assistant(client: TestClient) -> None:
    response = client.post("/api/chat", json={"sender": "s1", "message": "你好"})
    assert response.status_code == 502
    assert "assistant unavailable" in response.json()["detail"]


def test_deflection_counts_feedback(client: TestClient, db_url: str) -> None:
    with session_scope(db_url) as session:
        for solved in (True, True, False):
            record_kb_feedback(session, "identity-001", "zh", solved, "s1")
    assert client.get("/api/kb/deflection").json() == {
        "solved": 2,
        "not_solved": 1,
        "rate": round(2 / 3, 4),
    }
