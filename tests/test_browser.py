"""The console and the chat page in a real browser: headless Debian Chromium driven by
Playwright. The chat tests talk to the real Rasa server, action server and desk (`line`)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright
from sqlalchemy import delete, select

from careline.settings import Settings, load_settings
from careline.timetext import local_text
from desk.business_calendar import BusinessCalendar
from desk.contracts import import_configured_data
from desk.db import session_scope
from desk.incidents import IncidentRules
from desk.models import AuditEntry, KbFeedback, Status, Ticket
from desk.onsite.travel import TravelTable
from desk.parts.store import Part, PartRequest, Stock
from desk.routing.roster import Roster
from desk.tickets import Desk
from desk.web.app import create_app, serving
from tests.conftest import free_port
from tests.console_fixtures import add_ticket
from tests.screens import EN_ARTICLE, EN_TRUST_FAILED, ZH_ARTICLE, ZH_RECORD_LOCKED, error_dialog

CHROMIUM = "/usr/bin/chromium"
DEMO_PASSWORD = "careline-demo"  # the demo accounts of config/users.yaml
PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
TAP_PX = 40  # the smallest button height a finger hits reliably (chat.css makes them 44)
REPLY_MS = 90_000  # a reply from the real assistant (the first one pays for warm caches)
TICKET_NUMBER = re.compile(r"CL-\d{6}")


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
        incident_rules=IncidentRules.from_settings(settings),
        travel=TravelTable.load(settings.travel_file),
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


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    """A phone-sized touch screen, 375 x 740 CSS pixels."""
    context = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, locale="zh-CN", timezone_id="Asia/Shanghai"
    )
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


class ChatPage:
    """The staff chat page of a running desk, used as a person would: type, send, tap."""

    def __init__(self, page: Page, line: Settings) -> None:
        self.page = page
        page.goto(f"{line.url('desk')}/chat")
        self.log = page.locator("#log")
        self.bot = self.log.locator(".msg.bot")
        self.user = self.log.locator(".msg.user")
        expect(self.log).to_have_attribute("aria-busy", "false")

    @property
    def sender(self) -> str:
        return self.page.evaluate("sessionStorage.getItem('careline-sender')")

    def say(self, text: str) -> list[Locator]:
        before = self.bot.count()
        self.page.fill("#text", text)
        self.page.click("#send button[type=submit]")
        expect(self.page.locator("#text")).to_have_value("")
        return self.replies_after(before)

    def tap(self, button: Locator) -> list[Locator]:
        before = self.bot.count()
        button.tap()
        return self.replies_after(before)

    def replies_after(self, before: int) -> list[Locator]:
        """The bot's messages that came after the first `before` ones, once the reply is in."""
        expect(self.log).to_have_attribute("aria-busy", "false", timeout=REPLY_MS)
        expect(self.log.locator(".msg.error")).to_have_count(0)
        count = self.bot.count()
        assert count > before, "the assistant sent no reply"
        return [self.bot.nth(i) for i in range(before, count)]

    def article(self, replies: list[Locator]) -> Locator:
        """The reply that carries an article's steps."""
        articles = [reply for reply in replies if reply.locator(".steps").count()]
        assert len(articles) == 1, [reply.inner_text() for reply in replies]
        return articles[0]


def assert_fits_a_phone(page: Page, message: Locator) -> None:
    """No sideways scrolling at 375 px, and every visible button is big enough to tap."""
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    buttons = [b for b in message.get_by_role("button").all() if b.is_visible()]
    assert buttons
    for button in buttons:
        box = button.bounding_box()
        assert box and box["height"] >= TAP_PX and box["x"] + box["width"] <= PHONE["width"]


@pytest.mark.e2e
def test_a_howto_answer_is_walked_through_one_step_at_a_time_on_a_phone(
    phone: Page, line: Settings
) -> None:
    chat = ChatPage(phone, line)
    article = chat.article(chat.say("腕带打印机不出纸，要怎么处理？"))
    expect(article).to_have_attribute("lang", "zh-CN")
    expect(article).not_to_contain_text("**")  # the Markdown is rendered, not shown
    steps = article.locator(".steps")
    total = int(steps.get_attribute("data-total"))
    assert total >= 2
    counter = steps.locator(".step-count")
    next_step = steps.get_by_role("button", name="下一步", exact=True)
    expect(counter).to_have_text(f"第 1 步，共 {total} 步")
    expect(steps.locator("li:visible")).to_have_count(1)
    expect(steps.locator("li:visible")).to_have_attribute("value", "1")
    expect(next_step).to_be_visible()
    assert_fits_a_phone(phone, article)

    for n in range(2, total + 1):
        next_step.tap()
        expect(counter).to_have_text(f"第 {n} 步，共 {total} 步")
        expect(steps.locator("li:visible")).to_have_count(1)
        expect(steps.locator("li:visible")).to_have_attribute("value", str(n))
    expect(next_step).to_be_hidden()  # the last step
    steps.get_by_role("button", name="查看全部步骤", exact=True).tap()
    expect(steps.locator("li:visible")).to_have_count(total)
    # The message's own answers still follow the steps.
    choices = article.locator(".choices")
    expect(choices.get_by_role("button", name="没有解决", exact=True)).to_be_visible()
    assert_fits_a_phone(phone, article)

    thanks = chat.tap(steps.get_by_role("button", name="解决了", exact=True))
    expect(chat.user.last).to_have_text("解决了")
    assert len(thanks) == 1 and thanks[0].locator(".steps").count() == 0
    expect(thanks[0]).not_to_be_empty()
    with session_scope(line.db_url) as session:
        feedback = session.query(KbFeedback).filter_by(conversation=chat.sender).one()
        assert feedback.solved and feedback.language == "zh"


@pytest.mark.e2e
def test_an_english_fault_report_gets_a_ticket_number_on_a_phone(
    phone: Page, line: Settings
) -> None:
    chat = ChatPage(phone, line)
    # A fault no end-to-end test reports: the stack is shared, and an alike report from the
    # same site would join this one as a major incident.
    chat.say("The LIS gets no results from the chemistry analyser, the worklist stays empty")
    # The bot asks what it still needs (where, which system, a log); answer until it is filed.
    for answer in ("Central laboratory, east campus", "the LIS", "no", "no", "no"):
        if filed(chat, line):
            break
        chat.say(answer)
    numbers = filed(chat, line)  # a help text may show an example number: only real ones count
    assert len(numbers) == 1, chat.log.inner_text()
    expect(chat.bot.filter(has_text=numbers[0])).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    with session_scope(line.db_url) as session:
        ticket = session.query(Ticket).filter_by(number=numbers[0]).one()
        assert "chemistry analyser" in ticket.description


def filed(chat: ChatPage, line: Settings) -> list[str]:
    """The ticket numbers the page shows that name a ticket in the desk's database."""
    shown = set(TICKET_NUMBER.findall(chat.log.inner_text()))
    with session_scope(line.db_url) as session:
        return sorted(session.scalars(select(Ticket.number).where(Ticket.number.in_(shown))).all())


@pytest.mark.e2e
def test_an_english_article_is_labelled_in_english_and_shows_every_step_on_a_wide_screen(
    browser: Browser, line: Settings
) -> None:
    context = browser.new_context(viewport=DESKTOP, locale="en-GB")
    try:
        chat = ChatPage(context.new_page(), line)
        article = chat.article(chat.say("How do I unlock my account? I forgot the password"))
        expect(article).to_have_attribute("lang", "en")
        steps = article.locator(".steps")
        total = int(steps.get_attribute("data-total"))
        assert total >= 2, "an article of one step is not walked through"
        expect(steps.locator(".step-count")).to_have_text(f"Step 1 of {total}")
        expect(steps.locator("li:visible")).to_have_count(total)  # wide: all at once
        expect(steps.locator("li.current")).to_have_attribute("value", "1")
        steps.get_by_role("button", name="Next step", exact=True).click()
        expect(steps.locator(".step-count")).to_have_text(f"Step 2 of {total}")
        expect(steps.locator("li.current")).to_have_attribute("value", "2")
        expect(steps.get_by_role("button", name="That fixed it", exact=True)).to_be_visible()
        expect(article.locator(".choices").get_by_role("button")).not_to_have_count(0)
    finally:
        context.close()


@pytest.mark.e2e
def test_markup_typed_into_the_chat_is_shown_as_text(phone: Page, line: Settings) -> None:
    dialogs: list[str] = []
    phone.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    chat = ChatPage(phone, line)
    typed = (
        '<b>x</b><script>window.__xss=1; alert("xss")</script><img src=x onerror="window.__xss=2">'
    )
    chat.say(typed)
    mine = chat.user.last
    expect(mine).to_have_text(typed)
    expect(mine.locator("b, script, img")).to_have_count(0)
    expect(chat.log.locator("b, script, img")).to_have_count(0)
    assert phone.evaluate("window.__xss") is None
    assert dialogs == []


def test_a_part_requested_on_a_ticket_shows_its_eta_and_the_parts_page_its_shortage(
    page: Page, live_desk: LiveDesk
) -> None:
    with session_scope(live_desk.db_url) as session:
        import_configured_data(session, load_settings())
        part = session.scalars(
            select(Part).where(Part.end_of_life.is_(None)).order_by(Part.number)
        ).first()
        session.execute(delete(Stock).where(Stock.part_number == part.number))
        session.add(
            Stock(depot_id="sz", part_number=part.number, quantity=2, reserved=0, reorder_point=2)
        )
        part_number = part.number
    number = add_ticket(
        live_desk.db_url,
        "PDA 电池鼓包，无法开机",
        "P3",
        subsystem="nursing",
        site_id="demo-east",
        status=Status.ACCEPTED,
    )
    log_in(page, live_desk, "dispatcher")
    page.goto(f"{live_desk.url}/tickets/{number}")
    page.fill("#part-number", part_number)
    page.click("#request-part")
    expect(page.locator(".notice.done")).to_contain_text("Part reserved")
    parts = page.locator("#parts")
    expect(parts).to_contain_text("苏州备件库")
    expect(page.locator(".sub")).to_contain_text("等待备件")
    shown_eta = parts.locator(".part-eta").first.inner_text()
    with session_scope(live_desk.db_url) as session:
        ticket = session.scalars(select(Ticket).where(Ticket.number == number)).one()
        request = session.scalars(
            select(PartRequest).where(PartRequest.ticket_id == ticket.id)
        ).one()
        stock = session.scalars(select(Stock).where(Stock.part_number == part_number)).one()
        expected_eta = local_text(request.eta, ZoneInfo(load_settings().timezone))
        assert (request.part_number, request.depot_id, ticket.status) == (
            part_number,
            "sz",
            Status.WAITING_ON_PART,
        )
        assert (stock.available, stock.reorder_point) == (1, 2)
    assert shown_eta == expected_eta
    page.click("header a[href='/parts']")
    shortage = page.locator("#shortages .shortage").filter(has_text=part_number)
    expect(shortage).to_be_visible()
    assert shortage.locator("td.num").first.inner_text() == "1"


# --- a photo or screenshot of an error on the chat page --------------------------------------


def _article_title(article_id: str, language: str) -> str:
    subsystem = article_id.rsplit("-", 1)[0]
    path = Path("knowledge_base/articles") / subsystem / f"{article_id}.{language}.md"
    front_matter = path.read_text(encoding="utf-8").split("---")[1]
    return yaml.safe_load(front_matter)["title"]


def send_screenshot(chat: ChatPage, image: bytes, read_label: str) -> tuple[Locator, list[Locator]]:
    """Chooses the image with the page's photo button; the "I read: …" message it shows and
    the assistant's replies to that text."""
    before = chat.bot.count()
    chat.page.set_input_files(
        "#photo", files=[{"name": "screen.png", "mimeType": "image/png", "buffer": image}]
    )
    read = chat.user.filter(has_text=read_label)
    expect(read).to_have_count(1, timeout=REPLY_MS)
    return read, chat.replies_after(before)


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("dialog", "article_id", "read_label", "words", "locale"),
    [
        (ZH_RECORD_LOCKED, ZH_ARTICLE, "我读到：", "正在被其他用户编辑", "zh-CN"),
        (
            EN_TRUST_FAILED,
            EN_ARTICLE,
            "I read: ",
            "trust relationship between this workstation",
            "en-GB",
        ),
    ],
    ids=["zh", "en"],
)
def test_a_screenshot_of_an_error_dialog_is_read_back_and_answered_with_its_article(
    browser: Browser,
    line: Settings,
    dialog: dict,
    article_id: str,
    read_label: str,
    words: str,
    locale: str,
) -> None:
    context = browser.new_context(viewport=DESKTOP, locale=locale)
    try:
        chat = ChatPage(context.new_page(), line)
        read, replies = send_screenshot(chat, error_dialog(**dialog), read_label)
        expect(chat.user.filter(has_text="📷")).to_have_count(1)
        expect(read).to_contain_text(words)
        title = _article_title(article_id, dialog["language"])
        assert any(title in reply.inner_text() for reply in replies), [
            reply.inner_text() for reply in replies
        ]
    finally:
        context.close()
