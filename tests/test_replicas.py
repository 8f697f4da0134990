"""Scale-out on the engines a hospital group already runs: two Rasa servers sharing a PostgreSQL
tracker store and a Redis lock store, two desk services on one PostgreSQL database. One
conversation whose turns alternate between the replicas still completes its report and gets
its ticket, and asks about it through the other replica."""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import create_engine, text

from careline.settings import Settings, load_settings
from cli.supervisor import running
from desk.db import session_scope
from desk.models import Ticket
from desk.scratch_schema import throwaway_database, throwaway_schema
from tests.conftest import POSTGRES_URL, build_line, free_port

pytestmark = pytest.mark.e2e
REDIS = "redis://127.0.0.1:6379/3"


@pytest.fixture
def tracker_database() -> Iterator[str]:
    """A database of its own for the shared conversations, as Rasa's store takes it."""
    with throwaway_database(POSTGRES_URL, "careline_tracker") as url:
        yield url


def _replica(base: Settings, **ports: int) -> Settings:
    return dataclasses.replace(base, rasa_port=free_port(), desk_port=free_port(), **ports)


def test_a_conversation_moving_between_replicas_completes_its_ticket(
    tracker_database: str,
) -> None:
    with throwaway_schema(POSTGRES_URL, "replica") as desk_url:
        first = dataclasses.replace(
            _replica(load_settings(), actions_port=free_port()),
            database_url=desk_url,
            tracker_store_url=tracker_database,
            lock_store_url=REDIS,
        )
        second = _replica(first)
        build_line(first)
        with running(first), running(second, names=("desk", "rasa")):
            sender = f"replica-{uuid.uuid4().hex[:10]}"
            desks = [first.url("desk"), second.url("desk")]
            turns = [
                "急诊挂号系统全部登不上了，所有窗口都卡住",
                "急诊科",
                "挂号系统",
                "没有",
            ]
            replies = []
            for n, message in enumerate(turns):
                response = httpx.post(
                    f"{desks[n % 2]}/api/chat",
                    json={"sender": sender, "message": message},
                    timeout=120,
                )
                assert response.status_code == 200
                replies.append(" ".join(r.get("text", "") for r in response.json()))
                if re.search(r"CL-\d{6}", replies[-1]):
                    break
            number = re.search(r"CL-\d{6}", replies[-1]).group(0)
            status = httpx.post(
                f"{desks[len(replies) % 2]}/api/chat",
                json={"sender": sender, "message": f"{number} 处理到哪一步了"},
                timeout=120,
            )
            assert number in " ".join(r.get("text", "") for r in status.json())
        with session_scope(desk_url) as session:
            ticket = session.query(Ticket).filter_by(number=number).one()
            assert ticket.reporter == f"chat:{sender}" and ticket.subsystem == "his"
        tracker = create_engine(tracker_database)
        with tracker.connect() as connection:
            senders = connection.execute(
                text("SELECT count(*) FROM events WHERE sender_id = :s"), {"s": sender}
            ).scalar()
        tracker.dispose()
        assert senders > 10
