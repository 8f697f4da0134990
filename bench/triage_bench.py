"""Triage speed: classify latency for a typical case, large pastes, template mining rate.

Usage: .venv/bin/python bench/triage_bench.py   (the triage model must be built)
A typical case is a generated description with a 50-line log; the large pastes repeat the
generated logs to 10,000 and 100,000 lines. Prints and writes bench/results/triage-bench.json.
"""

from __future__ import annotations

import statistics
import time
from itertools import cycle, islice
from pathlib import Path

from careline.reporting import save_report
from careline.settings import load_settings
from triage.dataset import generate_cases
from triage.templates import mine
from triage.versions import ModelRegistry

RESULTS = Path(__file__).parent / "results" / "triage-bench.json"
TYPICAL_LINES = 50
RUNS = 200


def _log_of(lines: list[str], size: int) -> str:
    return "\n".join(islice(cycle(lines), size))


def main() -> None:
    model = ModelRegistry(load_settings().triage_dir).load_current()
    cases = [c for c in generate_cases() if c["log"]]
    pool = [line for c in cases for line in c["log"].splitlines()]
    typical = [(c["text"], _log_of(c["log"].splitlines(), TYPICAL_LINES)) for c in cases[:RUNS]]
    for text, log in typical[:20]:
        model.classify(text, log)
    times = []
    for text, log in typical:
        started = time.perf_counter()
        model.classify(text, log)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    result: dict = {
        "typical_case": f"generated description + {TYPICAL_LINES}-line log, {RUNS} cases, warm",
        "classify_p50_ms": round(statistics.median(times), 2),
        "classify_p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
    }
    for size in (10_000, 100_000):
        paste = _log_of(pool, size)
        started = time.perf_counter()
        model.classify("检验结果传不过来了 / results are not coming through", paste)
        result[f"classify_{size}_lines_s"] = round(time.perf_counter() - started, 3)
    lines = _log_of(pool, 100_000).splitlines()
    started = time.perf_counter()
    summary = mine(lines)
    elapsed = time.perf_counter() - started
    result["mining_lines_per_s"] = round(summary.lines / elapsed)
    result["mining_templates_in_100k"] = len(summary.templates)
    for key, value in result.items():
        print(f"{key:<28} {value}")
    save_report(RESULTS, result)
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
