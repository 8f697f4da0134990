"""Warm start time and resident memory of the three Careline processes.

Usage: .venv/bin/python bench/startup.py   (artifacts must be built: careline build)
Prints a table and writes bench/results/startup.json with the machine named.
"""

from __future__ import annotations

import json
import os
import platform
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

from careline.settings import get_settings
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


def main() -> None:
    settings = get_settings()
    started = time.monotonic()
    with running(settings) as pids:
        ready_s = time.monotonic() - started
        first = time.monotonic()
        httpx.post(
            f"{settings.url('rasa')}/webhooks/rest/webhook",
            json={"sender": "bench", "message": "腕带打印机不出纸，要怎么处理？"},
            timeout=60,
        ).raise_for_status()
        first_reply_s = time.monotonic() - first
        rss = {name: round(tree_rss_mb(pid), 1) for name, pid in pids.items()}
    result = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores",
        "warm_start_s": round(ready_s, 1),
        "first_reply_s": round(first_reply_s, 2),
        "rss_mb_after_first_reply": rss,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"warm start (all three healthy): {result['warm_start_s']} s")
    print(f"first reply (KB answer, cold caches): {result['first_reply_s']} s")
    for name, mb in rss.items():
        print(f"resident memory {name:<8} {mb:8.1f} MB")
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
