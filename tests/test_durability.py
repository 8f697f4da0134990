"""Nothing acknowledged is lost and nothing is doubled: a desk or an action server killed with
SIGKILL in the middle of a burst, then restarted, holds every ticket it acknowledged, once; a
backup taken while tickets arrive restores to a desk whose audit chain verifies."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from careline.service_auth import SERVICE_TOKEN_HEADER
from careline.settings import REPO_ROOT, Settings, load_settings
from cli.main import main
from cli.supervisor import service_environment, services
from desk import audit
from desk.db import get_engine, migrate, session_scope
from desk.models import Ticket
from desk.tickets import Desk, TicketRequest
from tests.conftest import bearer, free_port

BURST = 500
KILL_AFTER = 150  # acknowledged creations before the SIGKILL


def _start(name: str, settings: Settings) -> subprocess.Popen:
    """One service in a process group of its own, so a SIGKILL takes its workers too."""
    service = next(s for s in services(settings) if s.name == name)
    process = subprocess.Popen(
        service.command,
        cwd=REPO_ROOT,
        env=service_environment(settings),
        start_new_session=True,
    )
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx.get(service.health_url, timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.3)
    _kill(process)
    raise TimeoutError(f"{name} did not start")


def _kill(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def _burst_with_a_kill(
    service: str, settings: Settings, send: Callable[[int], tuple[str, str | None]]
) -> dict[str, str]:
    """BURST sends, the service killed with SIGKILL once KILL_AFTER were acknowledged, then
    restarted and every send retried as its caller would. `send(n)` gives its idempotency key
    and the ticket number acknowledged (None when the call failed). Returns what the first
    round acknowledged, by key."""
    acknowledged: dict[str, str] = {}
    lock = threading.Lock()
    killed = threading.Event()

    def send_and_count(n: int) -> None:
        key, number = send(n)
        if number is None:
            return
        with lock:
            acknowledged[key] = number
            if len(acknowledged) >= KILL_AFTER and not killed.is_set():
                killed.set()
                _kill(process)

    process = _start(service, settings)
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(send_and_count, range(BURST)))
        assert killed.is_set()
        first_round = dict(acknowledged)
        process = _start(service, settings)
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(send_and_count, range(BURST)))
    finally:
        _kill(process)
    return first_round


def test_sigkill_mid_burst_loses_no_acknowledged_ticket_and_doubles_none(
    base_settings: Settings, triage_model: object, db_url: str
) -> None:
    settings = dataclasses.replace(base_settings, database_url=db_url, desk_port=free_port())
    headers = bearer(db_url)
    url = f"{settings.url('desk')}/api/tickets"

    def create(n: int) -> tuple[str, str | None]:
        key = f"burst-{n:04d}-key"
        body = {"description": f"第 {n} 台 PDA 扫码枪无法连接", "location": f"{n % 20} 病区"}
        try:
            response = httpx.post(
                url, json=body, headers=headers | {"Idempotency-Key": key}, timeout=60
            )
        except httpx.HTTPError:
            return key, None
        return key, response.json()["number"] if response.status_code == 201 else None

    first_round = _burst_with_a_kill("desk", settings, create)
    with session_scope(db_url) as session:
        stored = dict(session.execute(select(Ticket.idempotency_key, Ticket.number)).all())
        total = session.scalar(select(func.count()).select_from(Ticket))
    lost = {k: n for k, n in first_round.items() if stored.get(f"api:his-gateway:{k}") != n}
    print(f"kill -9 after {len(first_round)} acknowledged: {len(lost)} lost, {total} stored")
    assert lost == {}
    assert total == len(stored) == BURST  # every key once, no duplicate


def _form_done_call(n: int) -> dict:
    """The call Rasa makes when a report's last question is answered: the action server gets the
    whole conversation and files it."""
    sender = f"burst-{n:04d}"
    answer = {
        "text": "没有",
        "intent": {"name": "deny", "confidence": 0.99},
        "entities": [],
        "message_id": f"{sender}-last",
    }
    return {
        "next_action": "action_create_ticket",
        "sender_id": sender,
        "tracker": {
            "sender_id": sender,
            "slots": {
                "language": "zh",
                "problem_description": f"第 {n} 号护士站呼叫器没有声音",
                "location": f"{n % 20} 病区",
                "problem_log": "none",  # the reporter said there is no log
                "system_name": None,
                "subsystem": None,
                "callback_phone": None,
                "kb_offered": [],
            },
            "latest_message": answer,
            "events": [{"event": "user", "text": answer["text"], "parse_data": answer}],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        },
        "domain": {},
        "version": "3.6.0",
    }


def _report_key(call: dict) -> str:
    """The idempotency key the action gives this report: its reporter and the answer's id."""
    return f"chat:{call['sender_id']}:{call['tracker']['latest_message']['message_id']}"


def _acknowledged_number(reply: dict) -> str | None:
    """The ticket number the bot is about to tell the reporter, if it got one."""
    for event in reply.get("events", []):
        if event.get("event") == "slot" and event.get("name") == "ticket_number":
            return event["value"]
    return None


def test_sigkill_of_the_action_server_mid_burst_loses_no_acknowledged_report(
    base_settings: Settings, triage_model: object, knowledge_base: object, db_url: str
) -> None:
    settings = dataclasses.replace(base_settings, database_url=db_url, actions_port=free_port())
    url = f"{settings.url('actions')}/webhook"
    headers = {SERVICE_TOKEN_HEADER: settings.shared_token}

    def file_report(n: int) -> tuple[str, str | None]:
        call = _form_done_call(n)
        try:
            response = httpx.post(url, json=call, headers=headers, timeout=60)
        except httpx.HTTPError:  # Rasa answers with the hotline; the nurse or Rasa tries again
            return _report_key(call), None
        ok = response.status_code == 200
        return _report_key(call), _acknowledged_number(response.json()) if ok else None

    first_round = _burst_with_a_kill("actions", settings, file_report)
    parents = aliased(Ticket)
    with session_scope(db_url) as session:
        rows = session.execute(
            select(Ticket.idempotency_key, Ticket.number, parents.number).outerjoin(
                parents, Ticket.parent_id == parents.id
            )
        ).all()
    # A report that joined a known incident was told the incident's number.
    told = {key: {number, parent} for key, number, parent in rows}
    lost = {k: n for k, n in first_round.items() if n not in told.get(k, set())}
    print(
        f"action server kill -9 after {len(first_round)} acknowledged:"
        f" {len(lost)} lost, {len(rows)} stored"
    )
    assert lost == {}
    assert len(rows) == len(told) == BURST


def test_a_backup_taken_during_work_restores_a_verifiable_desk(
    base_settings: Settings, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    var = tmp_path / "var"
    monkeypatch.setenv("CARELINE_VAR_DIR", str(var))
    monkeypatch.setenv("CARELINE_DATABASE_URL", "")
    settings = load_settings()
    migrate(settings.db_url)
    for n in range(5):
        with session_scope(settings.db_url) as session:
            desk.open_ticket(
                session, TicketRequest(description=f"HIS 挂号第 {n} 窗口卡住", hospital="H")
            )
    assert main(["backup", str(tmp_path / "copy")]) == 0
    assert main(["backup", str(tmp_path / "copy")]) == 2  # never over an existing backup
    with session_scope(settings.db_url) as session:
        desk.open_ticket(session, TicketRequest(description="after the backup", hospital="H"))
    get_engine(settings.db_url).dispose()  # restoring is done with the desk stopped
    assert main(["restore", str(tmp_path / "copy")]) == 0
    with session_scope(settings.db_url) as session:
        numbers = session.scalars(select(Ticket.number)).all()
        assert len(numbers) == 5
        assert audit.verify(session).ok
    damaged = tmp_path / "copy" / "careline.db"
    damaged.write_bytes(damaged.read_bytes()[:-10])
    assert main(["restore", str(tmp_path / "copy")]) == 2
