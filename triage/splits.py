"""Train, validation and test sets split by fault family: test faults are never trained on."""

from __future__ import annotations

import random
from collections import defaultdict

TEST_FAMILIES_PER_CELL = 2
VALIDATION_FAMILIES_PER_CELL = 1


def split_by_family(cases: list[dict], seed: int = 7) -> dict[str, list[dict]]:
    """Per (subsystem, tier) cell: TEST_FAMILIES_PER_CELL families to test, then
    VALIDATION_FAMILIES_PER_CELL to validation, the rest (at least one) to training."""
    families: dict[tuple[str, str], set[str]] = defaultdict(set)
    for case in cases:
        families[(case["subsystem"], case["tier"])].add(case["family"])
    rng = random.Random(seed)
    role: dict[str, str] = {}
    held_out = TEST_FAMILIES_PER_CELL + VALIDATION_FAMILIES_PER_CELL
    for cell in sorted(families):
        names = sorted(families[cell])
        if len(names) <= held_out:
            raise ValueError(f"cell {cell} has {len(names)} families: too few to split")
        rng.shuffle(names)
        for position, name in enumerate(names):
            role[name] = (
                "test"
                if position < TEST_FAMILIES_PER_CELL
                else "validation"
                if position < held_out
                else "train"
            )
    split: dict[str, list[dict]] = {"train": [], "validation": [], "test": []}
    for case in cases:
        split[role[case["family"]]].append(case)
    return split
