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
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import httpx
from tqdm import tqdm

from bench.chat_conversations import (
    PLACES,
    BareConversation,
    CarelineConversation,
    form_questions,
)
from bench.chat_stack import (
    TIMEOUT_S,
    bare_bot,
    careline_settings,
    rss_mb,
    seed_open_tickets,
    train_bare_bot,
)
from careline.reporting import save_report, shown_path
from careline.service_auth import SERVICE_TOKEN_HEADER
from careline.settings import REPO_ROOT, Settings, load_settings

RESULTS = Path(__file__).parent / "results" / "chat-bench.json"


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
