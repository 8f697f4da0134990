"""Warm start time and resident memory of the three Careline processes.

Usage: .venv/bin/python bench/startup.py   (artifacts must be built: careline build)
Prints a table and writes bench/results/startup.json with the machine named.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import httpx

from careline.reporting import save_report
from careline.service_auth import SERVICE_TOKEN_HEADER
from careline.settings import Settings, load_settings
from cli.supervisor import running

RESULTS = Path(__file__).parent / "results" / "startup.json"


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        kids.extend(int(c) for c in children)
    return kids


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (Sanic and uvicorn fork workers)."""
    total_kb = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            stack.extend(_children(current))
        except FileNotFoundError:
            continue
        total_kb += next(
            int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS")
        )
    return total_kb / 1024


# One conversation's worth of typical first messages: how-to, report, status, decline.
MESSAGES = [
    "腕带打印机不出纸，要怎么处理？",
    "How do I reprint a wristband?",
    "PACS 看片子很慢怎么办",
    "CL-000001 进度怎么样了",
    "该给这个病人加多少胰岛素",
    "I forgot my password, how do I unlock my account?",
    "呼叫系统没反应怎么办",
    "what's the status of ticket CL-000002?",
]


def _timed_reply(settings: Settings, message: str) -> float:
    """Milliseconds from posting a message to having all of the assistant's replies."""
    started = time.monotonic()
    httpx.post(
        f"{settings.url('rasa')}/webhooks/rest/webhook",
        json={"sender": f"bench-{time.monotonic_ns()}", "message": message},
        headers={SERVICE_TOKEN_HEADER: settings.shared_token},
        timeout=60,
    ).raise_for_status()
    return round((time.monotonic() - started) * 1000, 1)


def main() -> None:
    settings = load_settings()
    started = time.monotonic()
    with running(settings) as pids:
        ready_s = time.monotonic() - started
        reply_ms = [_timed_reply(settings, message) for message in MESSAGES]
        rss = {name: round(tree_rss_mb(pid), 1) for name, pid in pids.items()}
    result = {
        "warm_start_s": round(ready_s, 1),
        "first_reply_ms": reply_ms[0],
        "reply_ms_p50": statistics.median(reply_ms),
        "reply_ms_max": max(reply_ms),
        "replies": len(reply_ms),
        "rss_mb_after_first_reply": rss,
    }
    save_report(RESULTS, result)
    print(f"warm start (all three healthy): {result['warm_start_s']} s")
    print(f"first reply after start: {result['first_reply_ms']} ms")
    print(
        f"replies over {len(reply_ms)} messages: "
        f"p50 {result['reply_ms_p50']} ms, max {result['reply_ms_max']} ms"
    )
    for name, mb in rss.items():
        print(f"resident memory {name:<8} {mb:8.1f} MB")
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
