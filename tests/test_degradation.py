"""The line when a part of it is down or restarts: the chat page still answers (with the hotline
when it cannot help), and a report half-way through its questions carries on after a restart."""

from __future__ import annotations

import re
import uuid

import httpx
import pytest
from sqlalchemy import select

from cli.supervisor import running
from desk.db import session_scope
from desk.models import Ticket
from desk.routing.store import configured_roster
from tests.conftest import stack_settings

pytestmark = pytest.mark.e2e


def test_with_the_action_server_down_a_report_gets_the_hotline(tmp_path_factory) -> None:
    settings = stack_settings(tmp_path_factory.mktemp("down") / "careline.db")
    # Only Rasa and the desk start: nothing listens on the action server's port.
    hotline = configured_roster(settings).duty_manager.hotline
    with running(settings, names=("desk", "rasa")):
        response = httpx.post(
            f"{settings.url('desk')}/api/chat",
            json={
                "sender": "down-test-0001",
                "message": "急诊挂号系统全部登不上了，所有窗口都卡住",
            },
            timeout=120,
        )
    assert response.status_code == 200
    [reply] = response.json()
    assert hotline in reply["text"] and reply["custom"]["unavailable"] == "actions"


def test_a_report_half_way_through_its_form_survives_a_restart(tmp_path_factory) -> None:
    settings = stack_settings(tmp_path_factory.mktemp("restart") / "careline.db")
    chat = f"{settings.url('desk')}/api/chat"
    sender = f"restart-{uuid.uuid4().hex[:10]}"

    def say(message: str) -> str:
        reply = httpx.post(chat, json={"sender": sender, "message": message}, timeout=120)
        return " ".join(r.get("text", "") for r in reply.json())

    with running(settings):
        asked = say("急诊挂号系统全部登不上了，所有窗口都卡住")
    assert not re.search(r"CL-\d{6}", asked)
    with running(settings):
        answers = iter(["急诊科", "挂号系统", "没有", "没有"])
        reply = say(next(answers))
        while not re.search(r"CL-\d{6}", reply):
            reply = say(next(answers))
    number = re.search(r"CL-\d{6}", reply).group(0)
    with session_scope(settings.db_url) as session:
        ticket = session.scalars(select(Ticket).where(Ticket.number == number)).one()
        # What was said before the restart is in the ticket: the form carried on, not restarted.
        assert "全部登不上" in ticket.description and ticket.location == "急诊科"
        assert ticket.reporter == f"chat:{sender}"
