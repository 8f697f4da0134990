"""Train, validation and test sets split by fault family: test faults are never trained on."""

from __future__ import annotations

import random
from collections import defaultdict


def split_by_family(cases: list[dict], seed: int = 7) -> dict[str, list[dict]]:
    """Per (subsystem, tier) cell: one family to test, one to validation (when the cell has
    three or more), the rest to training."""
    families: dict[tuple[str, str], set[str]] = defaultdict(set)
    for case in cases:
        families[(case["subsystem"], case["tier"])].add(case["family"])
    rng = random.Random(seed)
    role: dict[str, str] = {}
    for cell in sorted(families):
        names = sorted(families[cell])
        rng.shuffle(names)
        role[names[0]] = "test"
        if len(names) >= 3:
            role[names[1]] = "validation"
        for name in names[2 if len(names) >= 3 else 1 :]:
            role[name] = "train"
    split: dict[str, list[dict]] = {"train": [], "validation": [], "test": []}
    for case in cases:
        split[role[case["family"]]].append(case)
    return split
