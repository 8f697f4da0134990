"""Chat turns end to end: a bare `rasa init` bot and Careline, the same probe in the same run.

Usage: .venv/bin/python bench/chat_bench.py [--open-tickets 10] [--bare-dir DIR] [--only careline]

The bare bot is made and trained here (`rasa init --no-prompt` in a temporary folder, a few
minutes on 2 cores; `--bare-dir DIR` keeps it there and reuses it on the next run) and served
by `rasa run` with its REST channel. Careline runs its three real services (cli.supervisor) on
free loopback ports with a throw-away var folder: a fresh SQLite desk database seeded with
`--open-tickets` open tickets, a fresh conversation store, the knowledge-base index copied and
the triage and Rasa models linked from the built artifacts (`careline build`).

Probe, for each bot: a warm-up conversation, then 200 sequential turns round-robin over 10
senders, then 20 concurrent senders × 20 turns, all through POST /webhooks/rest/webhook. The
bare bot hears its own mix (greetings, great or unhappy moods, goodbyes); Careline a mix of its
journeys in Chinese and English (greetings, how-to questions answered from the knowledge base
with "did this solve it?" answers, fault reports through the report form to a ticket with
triage, routing, SLA and incident matching, status questions, thanks and goodbyes). Each
sender's conversation stays coherent: the next message answers what the bot just asked.

Prints both bots' sequential p50/p95/max, concurrent turns/s, their ratios and each process's
resident memory (VmRSS of the process and its children), and writes
bench/results/chat-bench.json (one entry per open-ticket count) with the machine and inputs.
Everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import yaml
from tqdm import tqdm

from careline.reporting import save_report, shown_path
from careline.service_auth import SERVICE_TOKEN_HEADER
from careline.settings import REPO_ROOT, Settings, load_settings

RESULTS = Path(__file__).parent / "results" / "chat-bench.json"
HOST = "127.0.0.1"
SEED = 7
TIMEOUT_S = 120.0
STARTUP_TIMEOUT_S = 300.0
TICKET_NUMBER = re.compile(r"CL-\d{6}")
JOURNEY_MAX_TURNS = 8


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
    from desk.contracts import contract_for, import_contracts
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
        import_contracts(session, settings.contracts_file)
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


# ---------------------------------------------------------------------------- conversations


def _texts(replies: list[dict]) -> list[str]:
    return [r.get("text") or "" for r in replies]


def _buttons(replies: list[dict]) -> list[str]:
    return [b["payload"] for r in replies for b in r.get("buttons") or []]


class BareConversation:
    """The starter bot's own stories: greet, a mood (great, or unhappy and cheered up), bye."""

    JOURNEYS = (
        ("hello", "I am feeling great", "bye"),
        ("hi", "I am very sad", "yes", "goodbye"),
        ("hey", "I feel very unhappy", "no"),
        ("good morning", "perfect", "see you later"),
        ("hello there", "I am not happy", "yes, it helped", "bye bye"),
    )

    def __init__(self, index: int) -> None:
        self.messages = [m for j in self.JOURNEYS for m in j]
        self.position = sum(len(j) for j in self.JOURNEYS[: index % len(self.JOURNEYS)])
        self.kind = "bare"

    def next_message(self, replies: list[dict] | None) -> str:
        message = self.messages[self.position % len(self.messages)]
        self.position += 1
        return message

    def label(self, replies: list[dict]) -> str:
        return "bare"


ZH_REPORTS = (
    ("急诊挂号系统登不上了，所有窗口都卡住了", "急诊科", "挂号系统", "没有"),
    ("5病区的腕带打印机打不出腕带，一直提示缺纸", "5病区", "腕带打印机", "没有"),
    (
        "检验科收不到仪器的结果，LIS 一直没有数据上来",
        "检验科",
        "LIS",
        "2026-11-26 03:01:12 ERROR HL7 ACK timeout from analyzer AU5800\n"
        "2026-11-26 03:01:15 ERROR HL7 ACK timeout from analyzer AU5800",
    ),
    ("医生工作站开不了医嘱，点提交没反应", "心内科病区", "医生工作站", "没有"),
    ("护士站收不到病人的呼叫，呼叫系统没反应", "8病区护士站", "呼叫系统", "没有"),
)
EN_REPORTS = (
    (
        "The PACS is down in radiology, no images load on any workstation",
        "Radiology department, main campus",
        "PACS viewer",
        "2026-11-26 03:01:12 ERROR C-MOVE failed status 0xA701 out of resources\n"
        "2026-11-26 03:01:13 ERROR association rejected by PACS-ARCHIVE-01",
    ),
    (
        "The nurse call system on ward 5 is not working, call bells do not ring at the station",
        "Ward 5",
        "nurse call",
        "no",
    ),
    (
        "Wi-Fi keeps dropping on the ward, the PDAs disconnect",
        "Ward 7, general surgery",
        "Wi-Fi",
        "no",
    ),
)
ZH_HOWTO = ("腕带打印机不出纸，要怎么处理？", "PACS 看片子很慢怎么办", "呼叫系统没反应怎么办")
EN_HOWTO = (
    "How do I reprint a wristband?",
    "I forgot my password, how do I unlock my account?",
    "How do I fix a label printer that prints blank labels?",
)
PLACES = sorted({r[1] for r in ZH_REPORTS + EN_REPORTS})


@dataclasses.dataclass
class Journey:
    kind: str  # greet, howto, report, status, smalltalk
    opening: str
    answers: dict[str, str] = dataclasses.field(default_factory=dict)
    after_answer: str = ""  # what a how-to journey says to "did this solve it?"


def careline_journeys(language: str, index: int) -> list[Journey]:
    """One cycle of a sender's visits; senders start at different points and pick different
    reports and questions, so the mix over senders covers every journey in both languages."""
    zh = language == "zh"
    reports, howtos = (ZH_REPORTS, ZH_HOWTO) if zh else (EN_REPORTS, EN_HOWTO)
    no = "没有" if zh else "no"

    def report(n: int, opening: str | None = None) -> Journey:
        description, location, system, log = reports[(index + n) % len(reports)]
        answers = {
            "problem_description": description,
            "location": location,
            "system_name": system,
            "problem_log": log,
        }
        return Journey("report", opening or description, answers, no)

    def howto(n: int, after_answer: str) -> Journey:
        # The report's answers too: an unsure answer offers a ticket, and a "no" starts one.
        return dataclasses.replace(
            report(n, howtos[(index + n) % len(howtos)]), kind="howto", after_answer=after_answer
        )

    journeys = [
        Journey("greet", "你好" if zh else "hello"),
        howto(0, "/affirm"),
        report(0),
        Journey("status", "{ticket} 处理到哪一步了" if zh else "what's the status of {ticket}?"),
        howto(1, "/deny"),
        Journey("smalltalk", "谢谢" if zh else "thank you"),
        Journey("smalltalk", "再见" if zh else "bye"),
    ]
    return journeys[index % len(journeys) :] + journeys[: index % len(journeys)]


def form_questions(domain_paths: list[Path]) -> dict[str, str]:
    """Each text of an utter_ask_* response → the slot it asks for."""
    questions: dict[str, str] = {}
    for path in domain_paths:
        domain = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for name, variants in (domain.get("responses") or {}).items():
            if name.startswith("utter_ask_"):
                for variant in variants or []:
                    if variant.get("text"):
                        questions[variant["text"].strip()] = name.removeprefix("utter_ask_")
    return questions


class CarelineConversation:
    """Walks a sender through its journeys; a form question is answered from the journey."""

    def __init__(self, index: int, questions: dict[str, str]) -> None:
        self.language = "zh" if index % 2 == 0 else "en"
        self.journeys = careline_journeys(self.language, index // 2)
        self.questions = questions
        self.visit = -1
        self.journey: Journey | None = None
        self.turns_in_journey = 0
        self.ticket: str | None = None
        self.answered: set[str] = set()
        self.stage = ""

    def _start(self) -> str:
        self.visit += 1
        self.journey = self.journeys[self.visit % len(self.journeys)]
        self.turns_in_journey, self.answered = 1, set()
        self.stage = self.journey.kind
        ticket = self.ticket or "CL-000001"
        return self.journey.opening.format(ticket=ticket)

    def _asked(self, replies: list[dict]) -> str | None:
        for text in _texts(replies):
            slot = self.questions.get(text.strip())
            if slot:
                return slot
        return None

    def next_message(self, replies: list[dict] | None) -> str:
        journey = self.journey
        if journey is None or replies is None or self.turns_in_journey >= JOURNEY_MAX_TURNS:
            return self._start()
        if any(TICKET_NUMBER.search(t) for t in _texts(replies)) and self.stage == "ticket":
            return self._start()  # the report ended in a ticket (or joined a known incident)
        self.turns_in_journey += 1
        asked = self._asked(replies)
        if asked:
            self.stage = "report"
            key = next((k for k in journey.answers if asked.endswith(k)), None)
            if key:
                self.answered.add(key)
                return journey.answers[key]
            buttons = _buttons(replies)
            if buttons:
                return buttons[0]
            return "没有" if self.language == "zh" else "no"
        if journey.kind == "howto" and self.stage == "howto" and "/affirm" in _buttons(replies):
            self.stage = "kb_feedback"
            return journey.after_answer
        if self.stage in ("report", "ticket") and _buttons(replies):
            return _buttons(replies)[0]  # a confirmation the form asks with buttons
        return self._start()

    def label(self, replies: list[dict]) -> str:
        """What the turn just measured did: a new ticket number means a ticket was filed."""
        numbers = {n for t in _texts(replies) for n in TICKET_NUMBER.findall(t)}
        if self.stage in ("report", "kb_feedback", "howto") and numbers:
            self.stage = "ticket"
            self.ticket = sorted(numbers)[-1]
            return "ticket"
        if self.stage == "status" and numbers:
            self.ticket = sorted(numbers)[-1]
        return self.stage


# ---------------------------------------------------------------------------- the probe


@dataclasses.dataclass
class Turn:
    kind: str
    ms: float
    ok: bool


def _say(client: httpx.Client, url: str, sender: str, message: str) -> tuple[list[dict], bool]:
    try:
        response = client.post(url, json={"sender": sender, "message": message})
        response.raise_for_status()
        return response.json(), True
    except (httpx.HTTPError, json.JSONDecodeError):
        return [], False


def _turn(client: httpx.Client, url: str, sender: str, conversation, state: dict) -> Turn:
    message = conversation.next_message(state.get("replies"))
    started = time.perf_counter()
    replies, ok = _say(client, url, sender, message)
    ms = (time.perf_counter() - started) * 1000
    state["replies"] = replies
    return Turn(conversation.label(replies), ms, ok)


def probe(
    url: str,
    make: Callable[[int], object],
    tag: str,
    *,
    warm_up_turns: int,
    turns: int,
    senders: int,
    concurrent: int,
    concurrent_turns: int,
    headers: dict[str, str] | None = None,
) -> dict:
    run = f"{tag}-{int(time.time())}"
    with httpx.Client(timeout=TIMEOUT_S, headers=headers) as client:
        warm, state = make(0), {}
        for _ in tqdm(range(warm_up_turns), desc=f"{tag}: warm-up", unit="turn", leave=False):
            _turn(client, url, f"{run}-warm", warm, state)
        conversations = [make(i) for i in range(senders)]
        states: list[dict] = [{} for _ in range(senders)]
        sequential: list[Turn] = []
        for n in tqdm(range(turns), desc=f"{tag}: sequential", unit="turn"):
            i = n % senders
            sequential.append(_turn(client, url, f"{run}-seq-{i}", conversations[i], states[i]))

    progress = tqdm(total=concurrent * concurrent_turns, desc=f"{tag}: concurrent", unit="turn")
    lock = threading.Lock()

    def one_sender(i: int) -> list[Turn]:
        conversation, state, done = make(senders + i), {}, []
        with httpx.Client(timeout=TIMEOUT_S, headers=headers) as client:
            for _ in range(concurrent_turns):
                done.append(_turn(client, url, f"{run}-con-{i}", conversation, state))
                with lock:
                    progress.update()
        return done

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrent) as pool:
        together = [t for turns_ in pool.map(one_sender, range(concurrent)) for t in turns_]
    wall = time.perf_counter() - started
    progress.close()
    return {
        "sequential": _summary(sequential),
        "sequential_by_kind": {
            kind: _summary([t for t in sequential if t.kind == kind])
            for kind in sorted({t.kind for t in sequential})
        },
        "concurrent": {
            **_summary(together),
            "senders": concurrent,
            "seconds": round(wall, 2),
            "turns_per_s": round(len(together) / wall, 2),
        },
        "concurrent_by_kind": {
            kind: _summary([t for t in together if t.kind == kind])
            for kind in sorted({t.kind for t in together})
        },
    }


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _summary(turns: list[Turn]) -> dict:
    ms = [t.ms for t in turns]
    if not ms:
        return {"turns": 0}
    return {
        "turns": len(ms),
        "errors": sum(not t.ok for t in turns),
        "p50_ms": round(statistics.median(ms), 1),
        "p95_ms": round(_percentile(ms, 0.95), 1),
        "max_ms": round(max(ms), 1),
    }


# ---------------------------------------------------------------------------- main


def _domain_files() -> list[Path]:
    domain = REPO_ROOT / "bot" / "domain.yml"
    if domain.is_file():
        return [domain]
    return sorted((REPO_ROOT / "bot" / "domain").rglob("*.yml"))


def _careline_outcome(settings: Settings) -> dict:
    from sqlalchemy import func, select

    from desk.db import session_scope
    from desk.models import OPEN_STATUSES, KbFeedback, Ticket

    with session_scope(settings.db_url) as session:
        chat = Ticket.reporter.like("chat:%")
        return {
            "tickets_filed": session.scalar(select(func.count()).where(chat)),
            "joined_known_incident": session.scalar(
                select(func.count()).where(chat, Ticket.parent_id.is_not(None))
            ),
            "kb_feedback": session.scalar(select(func.count()).select_from(KbFeedback)),
            "open_tickets_after": session.scalar(
                select(func.count()).where(Ticket.status.in_([s.value for s in OPEN_STATUSES]))
            ),
        }


def run_bare(args: argparse.Namespace, rasa: Path, shape: dict) -> dict:
    with tempfile.TemporaryDirectory(prefix="chat-bench-bare-") as scratch:
        folder = Path(args.bare_dir) if args.bare_dir else Path(scratch) / "bare"
        train_bare_bot(rasa, folder)
        with bare_bot(rasa, folder) as (url, pids):
            figures = probe(url, BareConversation, "bare", **shape)
            figures["rss_mb"] = {name: rss_mb(pid) for name, pid in pids.items()}
    figures["rss_mb"]["total"] = round(sum(figures["rss_mb"].values()), 1)
    return figures


def run_careline(args: argparse.Namespace, artifacts: Settings, shape: dict) -> dict:
    from bot.rasa_model import RASA_MODEL
    from cli.build import build_desk_database
    from cli.supervisor import running

    questions = form_questions(_domain_files())
    with tempfile.TemporaryDirectory(prefix="chat-bench-careline-") as scratch:
        settings = careline_settings(Path(scratch) / "var", artifacts)
        build_desk_database(settings)
        seeding = seed_open_tickets(settings, args.open_tickets, PLACES)
        print(f"seeded {args.open_tickets} open tickets in {seeding['seconds']}s", flush=True)
        with running(settings) as pids:
            figures = probe(
                settings.url("rasa") + "/webhooks/rest/webhook",
                lambda i: CarelineConversation(i, questions),
                "careline",
                **shape,
                headers={SERVICE_TOKEN_HEADER: settings.shared_token},
            )
            figures["rss_mb"] = {name: rss_mb(pid) for name, pid in pids.items()}
        figures["outcome"] = _careline_outcome(settings)
    figures["rss_mb"]["total"] = round(sum(figures["rss_mb"].values()), 1)
    figures["seeding"] = seeding
    figures["model"] = shown_path(RASA_MODEL.path(artifacts))
    return figures


def _ratio(a: float, b: float) -> float:
    return round(a / b, 2) if b else float("nan")


def _print(result: dict) -> None:
    bare, care = result.get("bare"), result.get("careline")
    rows = [("", "bare rasa init", "Careline", "ratio")]

    def row(name: str, get: Callable[[dict], float], ratio: bool = True) -> None:
        b = get(bare) if bare else None
        c = get(care) if care else None
        r = f"{c / b:.2f}×" if ratio and b and c else ""
        rows.append((name, "" if b is None else f"{b:g}", "" if c is None else f"{c:g}", r))

    row("sequential p50 ms", lambda f: f["sequential"]["p50_ms"])
    row("sequential p95 ms", lambda f: f["sequential"]["p95_ms"])
    row("sequential max ms", lambda f: f["sequential"]["max_ms"])
    row(
        f"{result['inputs']['concurrent_senders']}-concurrent turns/s",
        lambda f: f["concurrent"]["turns_per_s"],
    )
    row("concurrent p95 ms", lambda f: f["concurrent"]["p95_ms"])
    row("errors", lambda f: f["sequential"]["errors"] + f["concurrent"]["errors"], False)
    names = sorted({n for f in (bare, care) if f for n in f["rss_mb"]} - {"total"})
    for name in [*names, "total"]:
        row(f"RSS {name} MB", lambda f, n=name: f["rss_mb"].get(n, 0) or None, False)
    widths = [max(len(str(r[i])) for r in rows) for i in range(4)]
    for r in rows:
        print("  ".join(str(cell).ljust(w) for cell, w in zip(r, widths, strict=True)))
    if care:
        print("\nCareline sequential turns by kind:")
        for kind, s in care["sequential_by_kind"].items():
            print(
                f"  {kind:<12} {s['turns']:>4} turns"
                f"  p50 {s['p50_ms']:>7} ms  p95 {s['p95_ms']:>7} ms"
            )
        print(f"outcome: {care['outcome']}")
    if "ratios" in result:
        print(f"\nratios: {result['ratios']}  (targets: p95 ≤ 1.5×, turns/s ≥ 0.8×)")
    print(f"load average before/after: {result['load_average']}")


def _merged(path: Path, key: str, entry: dict) -> dict:
    """The saved file keeps one entry per open-ticket count; this run replaces its own."""
    runs: dict = {}
    if path.exists():
        runs = json.loads(path.read_text(encoding="utf-8")).get("runs", {})
    runs[key] = entry
    return {"runs": dict(sorted(runs.items(), key=lambda kv: int(kv[0])))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--open-tickets", type=int, default=10)
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--senders", type=int, default=10)
    parser.add_argument("--concurrent", type=int, default=20)
    parser.add_argument("--concurrent-turns", type=int, default=20)
    parser.add_argument("--warm-up-turns", type=int, default=15)
    parser.add_argument("--bare-dir", help="train the bare bot here once and reuse it")
    parser.add_argument("--only", choices=["bare", "careline"])
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args()

    artifacts = load_settings()
    rasa = artifacts.rasa_venv / "bin" / "rasa"
    shape = {
        "warm_up_turns": args.warm_up_turns,
        "turns": args.turns,
        "senders": args.senders,
        "concurrent": args.concurrent,
        "concurrent_turns": args.concurrent_turns,
    }
    load_before = os.getloadavg()
    result: dict = {
        "inputs": {
            "open_tickets": args.open_tickets,
            "sequential_turns": args.turns,
            "sequential_senders": args.senders,
            "concurrent_senders": args.concurrent,
            "turns_per_concurrent_sender": args.concurrent_turns,
            "warm_up_turns": args.warm_up_turns,
            "channel": "REST (POST /webhooks/rest/webhook), 127.0.0.1",
            "bare_bot": "rasa init --no-prompt (rasa 3.6), its own stories' messages",
            "careline_mix": "zh and en: greet, KB how-to + did-it-help, report form → ticket, "
            "status, thanks, bye",
        },
    }
    if args.only != "careline":
        result["bare"] = run_bare(args, rasa, shape)
    if args.only != "bare":
        result["careline"] = run_careline(args, artifacts, shape)
    if "bare" in result and "careline" in result:
        bare, care = result["bare"], result["careline"]
        result["ratios"] = {
            "sequential_p95": _ratio(care["sequential"]["p95_ms"], bare["sequential"]["p95_ms"]),
            "sequential_p50": _ratio(care["sequential"]["p50_ms"], bare["sequential"]["p50_ms"]),
            "concurrent_turns_per_s": _ratio(
                care["concurrent"]["turns_per_s"], bare["concurrent"]["turns_per_s"]
            ),
        }
    result["load_average"] = {
        "before": [round(x, 2) for x in load_before],
        "after": [round(x, 2) for x in os.getloadavg()],
    }
    print()
    _print(result)
    if not args.no_save:
        entry = {"measured_at": datetime.now(UTC).isoformat(timespec="seconds"), **result}
        save_report(args.results, _merged(args.results, str(args.open_tickets), entry))
        print(f"written to {shown_path(args.results)}")


if __name__ == "__main__":
    main()
