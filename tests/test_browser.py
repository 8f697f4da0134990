"""The console in a real browser: headless Debian Chromium driven by Playwright."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from sqlalchemy import select

from careline.settings import Settings
from desk.business_calendar import BusinessCalendar
from desk.db import session_scope
from desk.models import AuditEntry, Status
from desk.tickets import Desk
from desk.web.app import create_app, serving
from tests.conftest import free_port
from tests.test_console import add_ticket
from triage.routing import Roster

CHROMIUM = "/usr/bin/chromium"
DEMO_PASSWORD = "careline-demo"  # the demo accounts of config/users.yaml


@dataclass(frozen=True)
class LiveDesk:
    url: str
    db_url: str


@pytest.fixture
def live_desk(base_settings: Settings, tmp_path: Path) -> Iterator[LiveDesk]:
    """The desk app served by uvicorn on a free port, on a fresh SQLite file, demo accounts."""
    settings = dataclasses.replace(
        base_settings, database_url=f"sqlite:///{tmp_path / 'desk.db'}", rasa_port=free_port()
    )
    small_desk = Desk(
        triage=None,
        roster=Roster.load(settings.roster_file),
        calendar=BusinessCalendar.from_settings(settings),
    )
    with serving(create_app(settings, small_desk), "127.0.0.1", free_port()) as url:
        yield LiveDesk(url, settings.db_url)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        # --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox"]
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(locale="zh-CN", timezone_id="Asia/Shanghai")
    yield context.new_page()
    context.close()


def log_in(page: Page, desk: LiveDesk, username: str) -> None:
    page.goto(f"{desk.url}/queue")
    expect(page).to_have_url(f"{desk.url}/login?next=%2Fqueue")
    page.fill("#username", username)
    page.fill("#password", DEMO_PASSWORD)
    page.click("button[type=submit]")


def test_dispatcher_accepts_a_new_p1_from_the_top_of_the_queue(
    page: Page, live_desk: LiveDesk
) -> None:
    older_p2 = add_ticket(live_desk.db_url, "电子病历编辑器经常卡顿", "P2", age_minutes=10)
    add_ticket(live_desk.db_url, "科室报表统计数字不对", "P3", age_minutes=30)
    log_in(page, live_desk, "dispatcher")
    expect(page).to_have_url(f"{live_desk.url}/queue")
    rows = page.locator("#queue-rows tr")
    expect(rows.first).to_have_attribute("data-ticket", older_p2)

    new_p1 = add_ticket(live_desk.db_url, "急诊挂号系统全部瘫痪，无法挂号", "P1")
    page.evaluate("htmx.ajax('GET', '/queue/rows', {target: '#queue-rows', swap: 'outerHTML'})")
    top = rows.first
    expect(top).to_have_attribute("data-ticket", new_p1)
    expect(top.locator("td.tier")).to_have_text("P1")
    countdown = top.locator(".countdown")
    first_reading = countdown.inner_text()
    expect(countdown).not_to_have_text(first_reading, timeout=3000)  # it ticks live

    top.locator(f"a[href='/tickets/{new_p1}']").click()
    page.click("#accept")
    expect(page.get_by_role("status")).to_contain_text("response clock has stopped")
    expect(page.locator("#audit")).to_contain_text("responded_at")

    with session_scope(live_desk.db_url) as session:
        ticket = Desk.find(session, new_p1)
        assert ticket.status == Status.ACCEPTED and ticket.responded_at is not None
        assert ticket.responded_at <= ticket.respond_by
        fields = session.scalars(
            select(AuditEntry.field).where(
                AuditEntry.ticket_id == ticket.id, AuditEntry.actor == "dispatcher"
            )
        ).all()
    assert {"status", "responded_at"} <= set(fields)


def test_staff_cannot_open_the_console(page: Page, live_desk: LiveDesk) -> None:
    number = add_ticket(live_desk.db_url, "输液泵网关离线", "P1")
    log_in(page, live_desk, "nurse")
    expect(page).to_have_url(f"{live_desk.url}/chat")
    for path in ("/queue", f"/tickets/{number}"):
        response = page.goto(f"{live_desk.url}{path}")
        assert response.status == 403
        expect(page.locator("h1")).to_contain_text("403")
        expect(page.locator("body")).not_to_contain_text("输液泵网关离线")


def test_a_script_in_a_description_is_shown_as_text_and_never_runs(
    page: Page, live_desk: LiveDesk
) -> None:
    payload = "<script>window.__xss=1; alert('xss')</script><img src=x onerror=\"window.__xss=2\">"
    number = add_ticket(live_desk.db_url, f"{payload} 打印机不出纸", "P2")
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    log_in(page, live_desk, "dispatcher")
    expect(page.locator(f"tr[data-ticket='{number}'] td.desc")).to_contain_text("<script>")
    page.goto(f"{live_desk.url}/tickets/{number}")
    expect(page.locator("#description")).to_contain_text(payload)
    assert page.evaluate("typeof htmx") == "object"  # the page's own scripts did run
    assert page.evaluate("window.__xss") is None
    assert dialogs == []
