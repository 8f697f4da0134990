"""Start the Rasa server, the action server and the desk service; stop them together."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import httpx
from loguru import logger

from bot.rasa_model import RASA_MODEL
from careline.errors import InvalidInput
from careline.service_auth import SERVICE_TOKEN_ENV, SERVICE_TOKEN_HEADER
from careline.settings import REPO_ROOT, Settings

STARTUP_TIMEOUT_S = 240.0


@dataclass(frozen=True)
class Service:
    name: str
    command: list[str]
    health_url: str


def services(settings: Settings) -> list[Service]:
    python = sys.executable
    return [
        Service(
            "actions",
            [python, "-m", "bot.action_server", "--port", str(settings.actions_port)],
            f"{settings.url('actions')}/health",
        ),
        Service(
            "desk",
            [
                python,
                "-m",
                "uvicorn",
                "desk.web.app:create_app",
                "--factory",
                "--host",
                settings.host,
                "--port",
                str(settings.desk_port),
                "--log-level",
                "warning",
            ],
            f"{settings.url('desk')}/healthz",
        ),
        Service(
            "rasa",
            [
                str(settings.rasa_venv / "bin" / "rasa"),
                "run",
                "--model",
                str(RASA_MODEL.path(settings)),
                "--endpoints",
                rasa_endpoints(settings),
                "--credentials",
                "bot/credentials.yml",
                "--interface",
                settings.host,
                "--port",
                str(settings.rasa_port),
                "--cors",
                settings.desk_origin or settings.url("desk"),
                "--log-file",
                str(settings.log_dir / "rasa.log"),
            ],
            f"{settings.url('rasa')}/",
        ),
    ]


def rasa_endpoints(settings: Settings) -> str:
    """The embedded endpoints (SQLite tracker, in-process locks) or the replicated ones."""
    if bool(settings.tracker_store_url) != bool(settings.lock_store_url):
        raise InvalidInput("Rasa replicas need both tracker_store_url and lock_store_url")
    return "bot/endpoints-replicated.yml" if settings.tracker_store_url else "bot/endpoints.yml"


def conversation_store_environment(settings: Settings) -> dict[str, str]:
    """The variables the chosen endpoints file reads."""
    if not settings.tracker_store_url:
        return {"CARELINE_TRACKER_DB": str(settings.tracker_db_path)}
    tracker, lock = urlsplit(settings.tracker_store_url), urlsplit(settings.lock_store_url)
    if not tracker.scheme.startswith("postgresql") or lock.scheme != "redis":
        raise InvalidInput("tracker_store_url must be postgresql://…, lock_store_url redis://…")
    return {
        "CARELINE_TRACKER_HOST": tracker.hostname or "127.0.0.1",
        "CARELINE_TRACKER_PORT": str(tracker.port or 5432),
        "CARELINE_TRACKER_DB": tracker.path.lstrip("/"),
        "CARELINE_TRACKER_USER": unquote(tracker.username or ""),
        "CARELINE_TRACKER_PASSWORD": unquote(tracker.password or ""),
        "CARELINE_LOCK_HOST": lock.hostname or "127.0.0.1",
        "CARELINE_LOCK_PORT": str(lock.port or 6379),
        "CARELINE_LOCK_DB": lock.path.lstrip("/") or "0",
    }


def service_environment(settings: Settings) -> dict[str, str]:
    """What every child needs: the action URL and tracker store for Rasa, our settings for all."""
    env = dict(os.environ)
    env["CARELINE_ACTIONS_URL"] = settings.url("actions")
    env.update(conversation_store_environment(settings))
    env["CARELINE_VAR_DIR"] = str(settings.var_dir)
    env["CARELINE_DATABASE_URL"] = settings.db_url
    env[SERVICE_TOKEN_ENV] = settings.shared_token
    for name in ("rasa_port", "actions_port", "desk_port"):
        env[f"CARELINE_{name.upper()}"] = str(getattr(settings, name))
    # The Rasa server imports its tracker store from bot/ and the redaction from careline/.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env["SANIC_HOST"] = settings.host  # the action server listens on loopback only
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    return env


def _wait_healthy(service: Service, process: subprocess.Popen, deadline: float) -> None:
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{service.name} exited with code {process.returncode} during start")
        try:
            if httpx.get(service.health_url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(
        f"{service.name} not healthy at {service.health_url} after {STARTUP_TIMEOUT_S}s"
    )


def _warm_up_rasa(settings: Settings) -> None:
    """Rasa loads jieba's dictionary on its first message: pay that now, not at 3 a.m."""
    httpx.post(
        f"{settings.url('rasa')}/webhooks/rest/webhook",
        json={"sender": "careline-warm-up", "message": "你好 hello"},
        headers={SERVICE_TOKEN_HEADER: settings.shared_token},
        timeout=60,
    ).raise_for_status()


def _stop(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


@contextmanager
def running(
    settings: Settings, names: tuple[str, ...] = ("actions", "desk", "rasa")
) -> Iterator[dict[str, int]]:
    """The named services (all three by default) up and healthy inside the block (their pids);
    all stopped after. A second Rasa server and desk of a replicated line start without an
    action server of their own."""
    settings.log_dir.mkdir(parents=True, exist_ok=True)
    env = service_environment(settings)
    pids: dict[str, int] = {}
    processes: list[subprocess.Popen] = []
    try:
        for service in (s for s in services(settings) if s.name in names):
            started = time.monotonic()
            process = subprocess.Popen(service.command, cwd=REPO_ROOT, env=env)
            processes.append(process)
            _wait_healthy(service, process, started + STARTUP_TIMEOUT_S)
            pids[service.name] = process.pid
            logger.info("{} up in {:.1f}s", service.name, time.monotonic() - started)
        if "rasa" in names:
            _warm_up_rasa(settings)
        yield pids
    finally:
        _stop(processes)


def _interrupt(signum: int, _frame: object) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


def serve_forever(settings: Settings) -> None:
    """Run until Ctrl-C or SIGTERM (also in the background, where SIGINT starts ignored)."""
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    with running(settings):
        print(f"Chat page:          {settings.url('desk')}/chat")
        print(f"Ticket queue:       {settings.url('desk')}/queue")
        print(f"Desk REST API:      {settings.url('desk')}/docs")
        print(f"Rasa REST channel:  {settings.url('rasa')}/webhooks/rest/webhook")
        print(f"Action server:      {settings.url('actions')}/health")
        print("Press Ctrl-C to stop.", flush=True)
        try:
            while True:
                time.sleep(1)
        except KeyboardInterrupt:
            print("Stopping…", flush=True)
