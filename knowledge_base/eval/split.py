"""Split the written queries into development (calibration) and test (evaluation) files.

The query writers never saw the articles. For every topic and language the third query goes
to development and the first two to test; the extra unanswerable file is development only,
the unanswerable queries of the topic batches are test only. Run from the repository root:
    .venv/bin/python knowledge_base/eval/split.py
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw"


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def split() -> tuple[list[dict], list[dict]]:
    dev, test = [], []
    for path in sorted(RAW.glob("batch_*.jsonl")):
        seen: dict[tuple[str, str], int] = defaultdict(int)
        for row in _read(path):
            key = (row["target"], row["lang"])
            if row["target"] is None:
                test.append(row)
                continue
            (dev if seen[key] == 2 else test).append(row)
            seen[key] += 1
    dev.extend(_read(RAW / "unanswerable_dev.jsonl"))
    return dev, test


def write(rows: list[dict], name: str) -> None:
    lines = [
        json.dumps({"id": f"{name}-{n:04d}", **row}, ensure_ascii=False)
        for n, row in enumerate(rows, 1)
    ]
    (HERE / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    dev_rows, test_rows = split()
    write(dev_rows, "dev")
    write(test_rows, "test")
    print(f"dev {len(dev_rows)} queries, test {len(test_rows)} queries")
