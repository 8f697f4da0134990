"""The two bots of the chat benchmark as running processes: a bare `rasa init` bot trained and
served here, and Careline's three services on a throw-away var folder seeded with open tickets
(used by bench/chat_bench.py and bench/load.py)."""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from tqdm import tqdm

from careline.settings import Settings, load_settings

HOST = "127.0.0.1"
SEED = 7
TIMEOUT_S = 120.0
STARTUP_TIMEOUT_S = 300.0


# ---------------------------------------------------------------------------- processes


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        kids.extend(int(c) for c in (task / "children").read_text().split())
    return kids


def rss_mb(pid: int) -> float:
    """VmRSS of a process and all its descendants (Sanic and uvicorn may fork workers)."""
    total_kb, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            stack.extend(_children(current))
        except (FileNotFoundError, ProcessLookupError):
            continue
        total_kb += next(
            (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS")), 0
        )
    return round(total_kb / 1024, 1)


def _rasa_env() -> dict[str, str]:
    env = dict(os.environ)
    env["RASA_TELEMETRY_ENABLED"] = "false"  # nothing leaves the machine
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    return env


def _wait_up(url: str, process: subprocess.Popen, what: str) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with code {process.returncode} during start")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{what} not up at {url} after {STARTUP_TIMEOUT_S:.0f}s")


def train_bare_bot(rasa: Path, folder: Path) -> None:
    """`rasa init --no-prompt` makes the starter project and trains it (its own output shows)."""
    if any((folder / "models").glob("*.tar.gz")):
        print(f"bare bot: reusing the model trained in {folder}", flush=True)
        return
    folder.mkdir(parents=True, exist_ok=True)
    print(f"bare bot: rasa init --no-prompt in {folder} (trains it; a few minutes)", flush=True)
    started = time.monotonic()
    subprocess.run(
        [str(rasa), "init", "--no-prompt", "--init-dir", str(folder)],
        cwd=folder,
        env=_rasa_env(),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"bare bot trained in {time.monotonic() - started:.0f}s", flush=True)


@contextmanager
def bare_bot(rasa: Path, folder: Path) -> Iterator[tuple[str, dict[str, int]]]:
    """The starter bot served by `rasa run` with its REST channel on a free loopback port."""
    port = free_port()
    command = [
        str(rasa),
        "run",
        "--model",
        "models",
        "--credentials",
        "credentials.yml",
        "--endpoints",
        "endpoints.yml",
        "--interface",
        HOST,
        "--port",
        str(port),
    ]
    log = (folder / "rasa-run.log").open("w")
    process = subprocess.Popen(command, cwd=folder, env=_rasa_env(), stdout=log, stderr=log)
    try:
        _wait_up(f"http://{HOST}:{port}/", process, "bare rasa run")
        yield f"http://{HOST}:{port}/webhooks/rest/webhook", {"rasa": process.pid}
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def careline_settings(var_dir: Path, artifacts: Settings) -> Settings:
    """A throw-away var folder: fresh databases and logs, the built models from `artifacts`.

    The knowledge-base folder is copied (the bot appends unanswered questions to it); the
    triage model and the Rasa model are linked, read only.
    """
    from bot.rasa_model import RASA_MODEL

    missing = [
        path
        for path in (artifacts.kb_dir, artifacts.triage_dir, RASA_MODEL.path(artifacts))
        if not path.exists()
    ]
    if missing:
        raise SystemExit(
            "missing artifacts: " + ", ".join(map(str, missing)) + " (run `careline build`)"
        )
    ports = {"rasa_port": free_port(), "actions_port": free_port(), "desk_port": free_port()}
    os.environ["CARELINE_VAR_DIR"] = str(var_dir)
    os.environ["CARELINE_DATABASE_URL"] = f"sqlite:///{var_dir / 'careline.db'}"
    os.environ["CARELINE_AUDIT_KEY_FILE"] = str(var_dir / "audit.key")
    os.environ["CARELINE_RASA_VENV"] = str(artifacts.rasa_venv)
    os.environ["RASA_TELEMETRY_ENABLED"] = "false"
    # The action server's worker loads the models before it reports ready; on a busy machine
    # that can take longer than Sanic's default 30 s.
    os.environ.setdefault("SANIC_WORKER_ACK_TIMEOUT", "300")
    for name, port in ports.items():
        os.environ[f"CARELINE_{name.upper()}"] = str(port)
    settings = load_settings()
    assert settings.var_dir == var_dir and settings.host == HOST
    shutil.copytree(artifacts.kb_dir, settings.kb_dir)
    settings.triage_dir.symlink_to(artifacts.triage_dir, target_is_directory=True)
    model = RASA_MODEL.path(settings)
    model.parent.mkdir(parents=True)
    model.symlink_to(RASA_MODEL.path(artifacts).resolve())
    return settings


# ---------------------------------------------------------------------------- seeding

OPEN_MIX = (("routed", 0.5), ("accepted", 0.25), ("in_progress", 0.15), ("waiting", 0.1))
SEED_SPREAD = timedelta(days=7)


def seed_open_tickets(settings: Settings, count: int, places: list[str]) -> dict:
    """`count` open tickets as the desk files them, created over the past week.

    Descriptions and their subsystems and tiers come from the triage cases; half are at one of
    the hospitals' sites, half at a chat location the probe also reports from (so they are
    incident candidates). Each gets its contract's SLA deadlines, the routing's pool and
    engineer, its status history and audit entries (accepts and pauses through the desk's
    workflow), and the SLA warnings already due are recorded as sent, as a desk running all
    week would have: the desk's first clock check then finds nothing new to write.
    """
    from desk import audit, workflow
    from desk.business_calendar import BusinessCalendar
    from desk.contracts import contract_for, import_configured_data
    from desk.db import session_scope
    from desk.escalation import check_clocks
    from desk.models import Site, StatusChange, Ticket
    from desk.routing.route import route
    from desk.routing.store import configured_roster
    from desk.sla import apply_deadlines, warning_fractions
    from desk.tickets import SYSTEM_ACTOR, format_number
    from triage.dataset import generate_cases

    rng = random.Random(SEED)
    cases = [c for c in generate_cases() if c["text"].strip()]
    roster = configured_roster(settings)
    calendar = BusinessCalendar.from_settings(settings)
    now = datetime.now(UTC)
    started = time.monotonic()
    with session_scope(settings.db_url) as session:
        import_configured_data(session, settings)
        sites = session.query(Site).order_by(Site.id).all()
        load: dict[str, int] = defaultdict(int)
        for n in tqdm(range(count), desc="seeding open tickets", unit="ticket", leave=False):
            case = rng.choice(cases)
            created = now - SEED_SPREAD * rng.random()
            site = sites[n % len(sites)] if n % 2 else None
            location = rng.choice(places) if site is None else site.name
            hospital = site.hospital if site else sites[0].hospital
            local = created.astimezone(calendar.tz)
            decision = route(
                roster,
                case["subsystem"],
                local,
                load,
                site_region=site.region if site else None,
                site=site.id if site else None,
                language=case["lang"],
            )
            engineer = decision.engineer.id if decision.engineer else ""
            ticket = Ticket(
                hospital=hospital.name,
                hospital_id=hospital.id,
                site_id=site.id if site else None,
                contract=contract_for(session, hospital.id, local.date()),
                location=location,
                reporter=f"seed:{n}",
                channel="chat",
                language=case["lang"],
                subsystem=case["subsystem"],
                tier_predicted=case["tier"],
                description=f"{location}\n{case['text']}",
                log_excerpt=case.get("log", ""),
                status="routed",
                created_at=created,
                pool=decision.pool.id,
                engineer=engineer,
                routing_reasons=decision.reasons,
            )
            apply_deadlines(ticket, calendar)
            session.add(ticket)
            session.flush()
            ticket.number = format_number(ticket.id)
            ticket.history.append(StatusChange(status="new", actor=SYSTEM_ACTOR, at=created))
            ticket.history.append(StatusChange(status="routed", actor=SYSTEM_ACTOR, at=created))
            audit.record(session, ticket.id, SYSTEM_ACTOR, "created", None, ticket.number)
            load[engineer] += 1
            status = rng.choices([s for s, _ in OPEN_MIX], [w for _, w in OPEN_MIX])[0]
            if status != "routed":
                moved = created + (now - created) * rng.uniform(0.05, 0.3)
                workflow.accept(
                    session, ticket, engineer or "dispatcher", now=moved, calendar=calendar
                )
                if status == "in_progress":
                    workflow.set_status(
                        session, ticket, status, engineer, now=moved, calendar=calendar
                    )
                elif status == "waiting":
                    workflow.set_status(
                        session,
                        ticket,
                        "waiting_on_hospital",
                        engineer,
                        "asked the ward to restart the workstation",
                        now=moved,
                        calendar=calendar,
                    )
        session.flush()
        check_clocks(
            session,
            now,
            lambda _event: True,
            calendar=calendar,
            fractions=warning_fractions(settings),
        )
    return {
        "open_tickets": count,
        "spread": f"created uniformly over the past {SEED_SPREAD.days} days",
        "places": "half at the 3 sites of config/contracts.yaml, half at the probe's chat places",
        "status_mix": dict(OPEN_MIX),
        "seconds": round(time.monotonic() - started, 1),
    }
