"""A photo or screenshot on the chat page, through the desk: the upload route reads it (and only
it: the limits answer with their own status), the relay marks its text for the assistant, and
the ticket keeps that text, redacted, on SQLite and PostgreSQL, for the engineer's page and the
API. The image itself is stored nowhere."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from careline import ocr
from careline.limits import MAX_IMAGE_BYTES
from careline.settings import Settings
from desk import outbox
from desk.db import session_scope
from desk.tickets import Desk, TicketRequest
from desk.web import api
from desk.web.app import create_app
from tests.conftest import bearer, free_port
from tests.console_fixtures import log_in
from tests.screens import EN_TRUST_FAILED, ZH_RECORD_LOCKED, error_dialog

needs_tesseract = pytest.mark.skipif(
    ocr.tesseract_binary() is None, reason="tesseract is not installed (scripts/setup-system)"
)
SCREEN_TEXT = "该病历正在被其他用户编辑，您只能以只读方式打开。\n请回电 13812345678 联系信息科"


@pytest.fixture
def chat_client(base_settings: Settings, desk: Desk, tmp_path: Path) -> Iterator[TestClient]:
    """The desk app as the chat page calls it (no login), on its own SQLite file; Rasa is not
    running (its port is free)."""
    settings = dataclasses.replace(
        base_settings, database_url=f"sqlite:///{tmp_path / 'desk.db'}", rasa_port=free_port()
    )
    with TestClient(create_app(settings, desk)) as client:
        yield client


def test_the_chat_page_has_a_photo_button_that_takes_only_the_kinds_read(
    chat_client: TestClient,
) -> None:
    page = chat_client.get("/chat").text
    assert 'id="attach"' in page
    assert 'accept="image/png,image/jpeg,image/webp"' in page
    assert f'data-max-bytes="{MAX_IMAGE_BYTES}"' in page


@needs_tesseract
@pytest.mark.parametrize(
    ("dialog", "language", "words"),
    [
        (ZH_RECORD_LOCKED, "zh", "正在被其他用户编辑"),
        (EN_TRUST_FAILED, "en", "primary domain failed"),
    ],
    ids=["zh", "en"],
)
def test_an_uploaded_screenshot_comes_back_as_its_text_and_language(
    chat_client: TestClient, dialog: dict, language: str, words: str
) -> None:
    response = chat_client.post(
        "/api/chat/screenshot",
        content=error_dialog(**dialog),
        headers={"Content-Type": "image/png"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["language"] == language and words in body["text"]
    assert response.headers["cache-control"] == "no-store"


@needs_tesseract
def test_patient_data_in_an_uploaded_screenshot_never_comes_back(chat_client: TestClient) -> None:
    dialog = error_dialog(
        "Registration - Error",
        ["Could not save the record.", "Call back 138-1234-5678"],
        ["OK"],
        "en",
    )
    body = chat_client.post("/api/chat/screenshot", content=dialog).json()
    assert "[PHONE]" in body["text"] and "1234-5678" not in body["text"]


@pytest.mark.parametrize(
    ("content", "status", "detail"),
    [
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", 415, "not a PNG, JPEG or WebP image"),
        (b"\x89PNG\r\n\x1a\n" + b"junk" * 100, 422, "it is damaged"),
        (b"", 422, "the image is empty"),
        (b"\xff\xd8\xff" + b"\x00" * MAX_IMAGE_BYTES, 413, "over the limit"),
    ],
    ids=["svg", "damaged png", "empty", "too large"],
)
def test_what_is_not_a_photo_within_the_limits_is_refused_saying_why(
    chat_client: TestClient, content: bytes, status: int, detail: str
) -> None:
    response = chat_client.post(
        "/api/chat/screenshot", content=content, headers={"Content-Type": "image/png"}
    )
    assert response.status_code == status
    assert detail in response.json()["detail"]
    assert len(response.content) < 500  # the image is never echoed


def test_without_tesseract_the_page_hears_the_reading_is_unavailable(
    chat_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "tesseract_binary", lambda: None)
    response = chat_client.post("/api/chat/screenshot", content=error_dialog(**EN_TRUST_FAILED))
    assert response.status_code == 503
    assert "tesseract program is not installed" in response.json()["detail"]


def test_the_relay_marks_a_screenshot_s_text_for_the_assistant_and_nothing_else(
    chat_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[dict] = []

    def rasa(url: str, json: dict, **_kwargs) -> httpx.Response:
        sent.append(json)
        return httpx.Response(200, json=[{"text": "ok"}], request=httpx.Request("POST", url))

    monkeypatch.setattr(api.httpx, "post", rasa)
    chat_client.post(
        "/api/chat", json={"sender": "page-s1-0001", "message": SCREEN_TEXT, "screenshot": True}
    )
    chat_client.post("/api/chat", json={"sender": "page-s1-0001", "message": "还是不行"})
    assert sent == [
        {"sender": "page-s1-0001", "message": SCREEN_TEXT, "metadata": {"screenshot": True}},
        {"sender": "page-s1-0001", "message": "还是不行"},
    ]


def test_the_ticket_keeps_the_screenshot_text_redacted_for_the_engineer_and_the_api(
    db_url: str, desk: Desk, console: TestClient
) -> None:
    with session_scope(db_url) as session:
        ticket = desk.open_ticket(
            session,
            TicketRequest(
                description="打开病历提示被别人占用，改不了",
                hospital="Demo Hospital",
                reporter="chat:nurse-7",
                screenshot_text=SCREEN_TEXT,
            ),
        )
        number = ticket.number
    with session_scope(db_url) as session:
        stored = desk.find(session, number).screenshot_text
    assert stored.startswith("该病历正在被其他用户编辑")
    assert "[PHONE]" in stored and "13812345678" not in stored

    assert log_in(console, "disp").status_code == 303
    page = console.get(f"/tickets/{number}").text
    assert 'id="screenshot-text"' in page and "该病历正在被其他用户编辑" in page
    assert "13812345678" not in page
    read = console.get(f"/api/tickets/{number}", headers=bearer(db_url)).json()
    assert read["screenshot_text"] == stored


def test_a_ticket_without_a_screenshot_shows_no_screenshot_card(
    db_url: str, desk: Desk, console: TestClient
) -> None:
    with session_scope(db_url) as session:
        number = desk.open_ticket(
            session, TicketRequest(description="腕带打印机不出纸", hospital="Demo Hospital")
        ).number
    log_in(console, "disp")
    assert 'id="screenshot"' not in console.get(f"/tickets/{number}").text


def test_a_report_kept_while_the_database_is_away_keeps_the_screenshot_text_redacted(
    tmp_path: Path,
) -> None:
    request = TicketRequest(
        description="病历打不开", hospital="Demo Hospital", screenshot_text=SCREEN_TEXT
    )
    kept = outbox.keep(tmp_path, request).read_text(encoding="utf-8")
    assert "该病历正在被其他用户编辑" in kept and "13812345678" not in kept
