"""Escalation: each warning share and breach is POSTed once to the webhook, failed deliveries
are retried, paused and stopped clocks stay quiet."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select

from careline.settings import load_settings
from desk.db import session_scope
from desk.escalation import Notify, WebhookNotifier, check_clocks, escalation_loop
from desk.models import Ticket
from tests.clocks import CALENDAR, FRACTIONS, accept_then_wait, at, audited, make_ticket
from tests.conftest import free_port


class Receiver:
    """A real HTTP server on loopback that keeps what it is sent (or refuses it)."""

    def __init__(self) -> None:
        self.events: list[dict] = []
        self.status = 200
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if receiver.status == 200:
                    receiver.events.append(json.loads(body))
                self.send_response(receiver.status)
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/escalations"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.close()


def escalate(session, moment: datetime, notify: Notify) -> list[dict]:
    """One escalation pass on the test calendar and warning shares."""
    return check_clocks(session, moment, notify, calendar=CALENDAR, fractions=FRACTIONS)


def test_each_warning_is_sent_once_to_the_webhook(db_url: str, receiver: Receiver) -> None:
    created = at(2026, 11, 26, 3, 0)  # P1: response 30 min
    notify = WebhookNotifier(receiver.url)
    with session_scope(db_url) as session:
        ticket = make_ticket(session, "P1", created)
        number = ticket.number

    def check(minutes: int) -> list[dict]:
        with session_scope(db_url) as session:
            return escalate(session, created + timedelta(minutes=minutes), notify)

    assert check(10) == []
    assert [e["key"] for e in check(16)] == ["P1:respond:warning:0.5"]  # 16 of 30 min
    assert check(17) == []
    assert [e["key"] for e in check(25)] == ["P1:respond:critical:0.8"]
    assert [e["key"] for e in check(31)] == ["P1:respond:breached:1"]
    assert check(32) == []
    assert [(e["ticket"], e["clock"], e["level"]) for e in receiver.events] == [
        (number, "respond", "warning"),
        (number, "respond", "critical"),
        (number, "respond", "breached"),
    ]
    assert receiver.events[-1]["event"] == "sla_breach"
    assert receiver.events[0]["due_local"] == "2026-11-26 03:30"
    with session_scope(db_url) as session:
        ticket = session.scalars(select(Ticket).where(Ticket.number == number)).one()
        assert [w["delivered"] for w in ticket.warnings_sent] == [True, True, True]
        assert len(audited(session, ticket, "sla_escalation")) == 3


def test_failed_delivery_is_retried_and_recorded_once(db_url: str, receiver: Receiver) -> None:
    created = at(2026, 11, 26, 3, 0)
    notify = WebhookNotifier(receiver.url)
    with session_scope(db_url) as session:
        number = make_ticket(session, "P1", created).number
    receiver.status = 503
    with session_scope(db_url) as session:
        assert escalate(session, created + timedelta(minutes=16), notify) == []
    nobody = WebhookNotifier(f"http://127.0.0.1:{free_port()}/escalations", timeout=1)
    with session_scope(db_url) as session:
        assert escalate(session, created + timedelta(minutes=17), nobody) == []
    receiver.status = 200
    with session_scope(db_url) as session:
        sent = escalate(session, created + timedelta(minutes=18), notify)
        assert [e["key"] for e in sent] == ["P1:respond:warning:0.5"]
        ticket = session.scalars(select(Ticket).where(Ticket.number == number)).one()
        entries = audited(session, ticket, "sla_escalation")
        assert [e.after for e in entries] == ["P1:respond:warning:0.5"]
        assert (
            ticket.warnings_sent[0]["at"]
            == (created + timedelta(minutes=16)).astimezone(UTC).isoformat()
        )
    assert len(receiver.events) == 1


def test_paused_and_stopped_clocks_do_not_escalate(db_url: str) -> None:
    created = at(2026, 11, 26, 3, 0)
    sent: list[dict] = []
    with session_scope(db_url) as session:
        ticket = make_ticket(session, "P1", created)
        accept_then_wait(
            session, ticket, created + timedelta(minutes=5), created + timedelta(minutes=20)
        )
    with session_scope(db_url) as session:
        # Two days later the response was long met and the resolution clock is frozen at 20/240.
        later = created + timedelta(days=2)
        assert escalate(session, later, lambda e: sent.append(e) or True) == []
    assert sent == []


def test_escalation_loop_keeps_going_after_a_failed_check(db_url: str, receiver: Receiver) -> None:
    with session_scope(db_url) as session:
        number = make_ticket(session, "P1", datetime.now(UTC) - timedelta(minutes=20)).number
    settings = dataclasses.replace(load_settings(), database_url=db_url, escalation_check_seconds=1)
    webhook = WebhookNotifier(receiver.url)
    calls: list[str] = []

    def flaky(event: dict) -> bool:
        calls.append(event["key"])
        if len(calls) == 1:
            raise RuntimeError("receiver library blew up")
        return webhook(event)

    async def run_until_delivered() -> None:
        task = asyncio.create_task(escalation_loop(settings, CALENDAR, flaky))
        try:
            for _ in range(100):
                if receiver.events:
                    return
                await asyncio.sleep(0.1)
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    asyncio.run(run_until_delivered())
    # 20 of 30 min: the warning share, tried twice because the first check died.
    assert calls == ["P1:respond:warning:0.5"] * 2
    assert [(e["ticket"], e["level"]) for e in receiver.events] == [(number, "warning")]
