"""Screenshots of the dispatcher console for the README: docs/queue.png and docs/ticket.png.

Opens a few realistic tickets in a throw-away demo database through the desk itself (triage,
routing, contract SLAs, audit), serves the console on a free loopback port and photographs it
as the demo dispatcher with Playwright and Debian's Chromium. Needs the triage model
(`careline build`, or `careline triage train`) and a CJK font for the Chinese text (Debian:
fonts-noto-cjk).

    .venv/bin/python docs/screenshots.py [--out docs]
"""

from __future__ import annotations

import argparse
import dataclasses
import socket
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from careline.settings import Settings, load_settings
from desk import workflow
from desk.db import session_scope
from desk.models import utcnow
from desk.tickets import Desk, TicketRequest
from desk.web.app import create_app, serving

CHROMIUM = "/usr/bin/chromium"
DEMO_LOGIN = ("dispatcher", "careline-demo")  # config/users.yaml
HIS_LOG = """\
2026-11-26 07:58:02 INFO  [reg-gateway] window 3 registration request accepted
2026-11-26 07:58:03 INFO  [reg-gateway] calling his-core /api/register
2026-11-26 07:58:33 ERROR [his-core] java.sql.SQLRecoverableException: IO Error: \
The Network Adapter could not establish the connection (ORA-12541 TNS:no listener)
2026-11-26 07:58:33 WARN  [his-core] connection pool his-db01 exhausted, 0/50 available
2026-11-26 07:58:34 ERROR [reg-gateway] registration failed for window 3: upstream timeout
2026-11-26 07:59:10 ERROR [his-core] java.sql.SQLRecoverableException: IO Error: \
The Network Adapter could not establish the connection (ORA-12541 TNS:no listener)
2026-11-26 07:59:11 ERROR [reg-gateway] registration failed for window 5: upstream timeout
2026-11-26 07:59:40 INFO  [reg-gateway] health check his-core: DOWN
"""


@dataclasses.dataclass(frozen=True)
class DemoTicket:
    minutes_ago: int
    description: str
    site_id: str
    location: str = ""
    log: str = ""
    then: tuple[str, ...] = ()  # workflow steps taken since: "accept", "wait"


DEMO_TICKETS = (
    DemoTicket(
        14,
        "急诊挂号系统全部无法挂号，所有窗口报错，病人在排队。联系人 张护士 13812345678",
        "demo-main",
        "急诊 ER",
        HIS_LOG,
    ),
    DemoTicket(26, "电子病历编辑器打开病程记录经常卡死，要等一两分钟，可以先手写", "demo-main"),
    DemoTicket(3, "ICU 监护仪数据全部不上传到中央站了", "jiangnan-main", "ICU"),
    DemoTicket(70, "病区护士站呼叫系统有两个床位按铃没有声音", "jiangnan-main", "5 病区"),
    DemoTicket(95, "PACS 调阅 CT 影像很慢，一个序列要几分钟", "demo-east", then=("accept",)),
    DemoTicket(
        180, "检验科条码打印机打印模糊，已换色带", "demo-main", "检验科", then=("accept", "wait")
    ),
    DemoTicket(40, "科室月报统计数字和实际对不上", "demo-east"),
)


def open_demo_tickets(settings: Settings, desk: Desk) -> str:
    """Open the demo tickets back in time; return the number of the one with a pasted log."""
    now = utcnow()
    with session_scope(settings.db_url) as session:
        numbers = []
        for demo in DEMO_TICKETS:
            opened = now - timedelta(minutes=demo.minutes_ago)
            request = TicketRequest(
                description=demo.description,
                hospital=settings.hospital,
                site_id=demo.site_id,
                location=demo.location,
                log=demo.log,
                reporter="ward staff",
            )
            ticket = desk.open_ticket(session, request, now=opened)
            if "accept" in demo.then:
                workflow.accept(
                    session,
                    ticket,
                    "engineer",
                    now=opened + timedelta(minutes=12),
                    calendar=desk.calendar,
                )
            if "wait" in demo.then:
                workflow.set_status(
                    session,
                    ticket,
                    "waiting_on_hospital",
                    "engineer",
                    "waiting for the ward to test a new ribbon",
                    now=opened + timedelta(minutes=60),
                    calendar=desk.calendar,
                )
            numbers.append(ticket.number)
        return numbers[0]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _log_in(page: Page, url: str) -> None:
    page.goto(f"{url}/login")
    page.fill("#username", DEMO_LOGIN[0])
    page.fill("#password", DEMO_LOGIN[1])
    page.click("button[type=submit]")
    page.wait_for_url(f"{url}/queue")


def take_screenshots(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = dataclasses.replace(load_settings(), database_url=f"sqlite:///{tmp}/demo.db")
        desk = Desk.from_settings(settings)
        number = open_demo_tickets(settings, desk)
        with (
            serving(create_app(settings, desk), "127.0.0.1", _free_port()) as url,
            sync_playwright() as playwright,
        ):
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=["--no-sandbox"]
            )
            page = browser.new_page(
                viewport={"width": 1440, "height": 860},
                locale="zh-CN",
                timezone_id=settings.timezone,
            )
            _log_in(page, url)
            time.sleep(1.2)  # let the countdowns tick once
            page.screenshot(path=out / "queue.png", full_page=True)
            page.goto(f"{url}/tickets/{number}")
            time.sleep(1.2)
            page.screenshot(path=out / "ticket.png", full_page=True)
            browser.close()
    print(f"wrote {out / 'queue.png'} and {out / 'ticket.png'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    take_screenshots(parser.parse_args().out)


if __name__ == "__main__":
    main()
