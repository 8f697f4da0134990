"""Nothing acknowledged is lost and nothing is doubled: a desk killed with SIGKILL in the middle
of a burst, then restarted, holds every ticket it answered 201 for, once; a backup taken while
tickets arrive restores to a desk whose audit chain verifies."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from careline.settings import REPO_ROOT, Settings, get_settings
from cli.main import main
from cli.supervisor import service_environment, services
from desk import audit
from desk.db import get_engine, session_scope
from desk.models import Ticket
from desk.tickets import Desk, TicketRequest
from tests.conftest import bearer, free_port

BURST = 500
KILL_AFTER = 150  # acknowledged creations before the SIGKILL


def _start_desk(settings: Settings) -> subprocess.Popen:
    desk = next(s for s in services(settings) if s.name == "desk")
    process = subprocess.Popen(desk.command, cwd=REPO_ROOT, env=service_environment(settings))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(desk.health_url, timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.3)
    process.kill()
    raise TimeoutError("the desk did not start")


def test_sigkill_mid_burst_loses_no_acknowledged_ticket_and_doubles_none(
    base_settings: Settings, triage_model: object, db_url: str
) -> None:
    settings = dataclasses.replace(base_settings, database_url=db_url, desk_port=free_port())
    headers = bearer(db_url)
    url = settings.url("desk")
    acknowledged: dict[str, str] = {}
    lock = threading.Lock()
    killed = threading.Event()

    def create(n: int) -> None:
        key = f"burst-{n:04d}-key"
        body = {"description": f"第 {n} 台 PDA 扫码枪无法连接", "location": f"{n % 20} 病区"}
        try:
            response = httpx.post(
                f"{url}/api/tickets",
                json=body,
                headers=headers | {"Idempotency-Key": key},
                timeout=60,
            )
        except httpx.HTTPError:
            return
        if response.status_code == 201:
            with lock:
                acknowledged[key] = response.json()["number"]
                if len(acknowledged) >= KILL_AFTER and not killed.is_set():
                    killed.set()
                    os.kill(desk.pid, signal.SIGKILL)

    desk = _start_desk(settings)
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(create, range(BURST)))
        assert killed.is_set()
        desk.wait(timeout=30)
        first_round = dict(acknowledged)
        desk = _start_desk(settings)
        with ThreadPoolExecutor(max_workers=8) as pool:  # the callers retry, same keys
            list(pool.map(create, range(BURST)))
    finally:
        desk.kill()
        desk.wait(timeout=30)
    with session_scope(db_url) as session:
        stored = dict(session.execute(select(Ticket.idempotency_key, Ticket.number)).all())
        total = session.scalar(select(func.count()).select_from(Ticket))
    lost = {k: n for k, n in first_round.items() if stored.get(f"api:his-gateway:{k}") != n}
    print(f"kill -9 after {len(first_round)} acknowledged: {len(lost)} lost, {total} stored")
    assert lost == {}
    assert total == len(stored) == BURST  # every key once, no duplicate


def test_a_backup_taken_during_work_restores_a_verifiable_desk(
    base_settings: Settings, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    var = tmp_path / "var"
    monkeypatch.setenv("CARELINE_VAR_DIR", str(var))
    monkeypatch.setenv("CARELINE_DATABASE_URL", "")
    get_settings.cache_clear()
    try:
        settings = get_settings()
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
    finally:
        get_settings.cache_clear()
