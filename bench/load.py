"""Load: many staff chatting at once through the desk's chat relay, the way the chat page does.

Usage: .venv/bin/python -m bench.load [--users 50] [--seconds 120] [--no-save]

Starts the three real services (cli.supervisor) on free loopback ports with a throw-away var
folder (models from `careline build`), then runs `--users` concurrent asyncio clients for
`--seconds`, each walking the chat journeys of bench/chat_bench.py in Chinese or English:
how-to questions answered from the knowledge base, fault reports through the report form (some
with a pasted log) to a ticket, status questions about the sender's own ticket, greetings. Each
client waits for its answer before it speaks again, as a person does. At most `--users`
requests are in flight; everything stays on 127.0.0.1.

Prints and writes to bench/results/load.json: turns, error rate (a non-200 answer, a timeout,
or the relay's "assistant unavailable" reply), p50/p95/max turn latency overall and per kind,
turns/s, and the ticket check: every ticket number a client was given is looked up in the desk
database as that client's ticket (acknowledged, found, missing).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import select
from tqdm import tqdm

from bench.chat_bench import Turn as TurnFigure
from bench.chat_bench import _domain_files, _summary
from bench.chat_conversations import CarelineConversation, form_questions
from bench.chat_stack import careline_settings
from careline.reporting import save_report, shown_path
from careline.settings import Settings, load_settings

RESULTS = Path(__file__).parent / "results" / "load.json"
TIMEOUT_S = 60.0
LOG_PASTE = (
    "2026-12-01 03:12:40 INFO lis.sync heartbeat ok\n"
    "2026-12-01 03:12:44 ERROR lis.hl7 MSA|AE|MSG0042 connection refused 10.2.3.4:2575\n"
)


@dataclass
class LoadResult:
    turns: list[TurnFigure] = field(default_factory=list)
    acknowledged: dict[str, set[str]] = field(default_factory=dict)  # sender → ticket numbers
    seconds: float = 0.0


def _with_logs(conversation: CarelineConversation, index: int) -> CarelineConversation:
    """Every third client pastes a log when the form asks for one."""
    if index % 3 == 0:
        for journey in conversation.journeys:
            if "problem_log" in journey.answers:
                journey.answers["problem_log"] = LOG_PASTE
    return conversation


def _failed(replies: list[dict]) -> bool:
    return any((r.get("custom") or {}).get("unavailable") for r in replies)


async def _client(
    http: httpx.AsyncClient,
    index: int,
    questions: dict[str, str],
    until: float,
    result: LoadResult,
    progress: tqdm,
) -> None:
    sender = f"load-{index:03d}-{random.getrandbits(32):08x}"
    conversation = _with_logs(CarelineConversation(index, questions), index)
    tickets = result.acknowledged.setdefault(sender, set())
    replies: list[dict] | None = None
    while time.monotonic() < until:
        message = conversation.next_message(replies)
        started = time.perf_counter()
        try:
            response = await http.post("/api/chat", json={"sender": sender, "message": message})
            ok = response.status_code == 200
            replies = response.json() if ok else []
            ok = ok and not _failed(replies)
        except (httpx.HTTPError, ValueError):
            ok, replies = False, []
        ms = (time.perf_counter() - started) * 1000
        kind = conversation.label(replies)
        if kind == "ticket" and conversation.ticket:
            tickets.add(conversation.ticket)
        result.turns.append(TurnFigure(kind, ms, ok))
        progress.update()


async def run_load(settings: Settings, users: int, seconds: float) -> LoadResult:
    """`users` clients against the desk of running services, for `seconds`."""
    questions = form_questions(_domain_files())
    result = LoadResult()
    limits = httpx.Limits(max_connections=users, max_keepalive_connections=users)
    started = time.monotonic()
    async with httpx.AsyncClient(
        base_url=settings.url("desk"), timeout=TIMEOUT_S, limits=limits
    ) as http:
        with tqdm(desc=f"{users} users", unit="turn") as progress:
            await asyncio.gather(
                *(
                    _client(http, i, questions, started + seconds, result, progress)
                    for i in range(users)
                )
            )
    result.seconds = time.monotonic() - started
    return result


def ticket_check(settings: Settings, acknowledged: dict[str, set[str]]) -> dict:
    """Each number a client was told, found in the database as that client's (or as the known
    incident its report joined)."""
    from desk.db import session_scope
    from desk.models import Ticket

    told = {(sender, number) for sender, numbers in acknowledged.items() for number in numbers}
    with session_scope(settings.db_url) as session:
        rows = session.execute(
            select(Ticket.id, Ticket.number, Ticket.reporter, Ticket.parent_id)
        ).all()
    number_of = {row.id: row.number for row in rows}
    theirs = {(row.reporter, row.number) for row in rows}
    joined = {(row.reporter, number_of[row.parent_id]) for row in rows if row.parent_id}
    missing = sorted(
        number for sender, number in told if (f"chat:{sender}", number) not in theirs | joined
    )
    return {
        "acknowledged": len(told),
        "found": len(told) - len(missing),
        "missing": missing,
        "joined_a_known_incident": len(joined),
    }


def figures(result: LoadResult, settings: Settings) -> dict:
    kinds = sorted({t.kind for t in result.turns})
    overall = _summary(result.turns)
    errors = overall.get("errors", 0)
    return {
        **overall,
        "error_rate": round(errors / max(1, len(result.turns)), 4),
        "turns_per_s": round(len(result.turns) / max(result.seconds, 1e-9), 2),
        "seconds": round(result.seconds, 1),
        "by_kind": {k: _summary([t for t in result.turns if t.kind == k]) for k in kinds},
        "tickets": ticket_check(settings, result.acknowledged),
    }


def main() -> None:
    from cli.supervisor import running

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args()
    artifacts = load_settings()
    with tempfile.TemporaryDirectory(prefix="load-bench-") as scratch:
        settings = careline_settings(Path(scratch) / "var", artifacts)
        with running(settings):
            result = asyncio.run(run_load(settings, args.users, args.seconds))
        report = {
            "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "inputs": {
                "users": args.users,
                "seconds": args.seconds,
                "channel": "desk chat relay (POST /api/chat) → Rasa REST, 127.0.0.1",
                "mix": "zh and en: greet, KB how-to + did-it-help, report form → ticket "
                "(a third with a pasted log), status of own ticket, thanks, bye",
            },
            **figures(result, settings),
        }
    for key in ("turns", "errors", "error_rate", "p50_ms", "p95_ms", "max_ms", "turns_per_s"):
        print(f"{key:>12}: {report[key]}")
    tickets = report["tickets"]
    print(f"     tickets: {tickets['found']} of {tickets['acknowledged']} found")
    if not args.no_save:
        save_report(args.results, report)
        print(f"written to {shown_path(args.results)}")


if __name__ == "__main__":
    main()
