"""The real evaluation set: its loader's checks, its size, and the per-language scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careline.errors import InvalidInput
from triage.evaluation import score_by_language
from triage.real_set import FACTOR_LABELS, LANGUAGES, load_real_set

MIN_ITEMS = 300
MIN_PER_LANGUAGE = 120


def _item(**changes: object) -> dict:
    item = {
        "id": "en-x-1",
        "lang": "en",
        "text": "Nobody can log in to the production server",
        "log": None,
        "subsystem": "identity",
        "tier": "P1",
        "subsystem_reason": "a login failure",
        "tier_reason": "everyone locked out",
        "factors": {name: values[0] for name, values in FACTOR_LABELS.items()},
        "source": "https://example.org/issue/1",
        "licence": "unknown",
    }
    return {**item, **changes}


def _write(tmp_path: Path, *rows: dict) -> Path:
    path = tmp_path / "real.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def test_the_set_is_large_enough_in_each_language_with_sources_and_licences() -> None:
    items = load_real_set()
    assert len(items) >= MIN_ITEMS
    for language in LANGUAGES:
        in_language = [i for i in items if i.lang == language]
        assert len(in_language) >= MIN_PER_LANGUAGE
        assert {i.tier for i in in_language} == {"P1", "P2", "P3"}
    assert all(i.source.startswith("http") and i.licence for i in items)


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"tier": "P0"}, "`tier`"),
        ({"subsystem": "radiology"}, "`subsystem`"),
        ({"source": ""}, "`source`"),
        ({"factors": {"scope": "ward"}}, "`factors.scope`"),
    ],
)
def test_a_bad_item_is_refused_naming_its_line_and_field(
    tmp_path: Path, change: dict, named: str
) -> None:
    path = _write(tmp_path, _item(), _item(id="en-x-2", **change))
    with pytest.raises(InvalidInput, match=rf"real\.jsonl:2: {named}"):
        load_real_set(path)


def test_an_id_used_twice_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="appears twice"):
        load_real_set(_write(tmp_path, _item(), _item()))


def test_scores_per_language_count_trusted_predictions_apart() -> None:
    cases = [
        {"lang": "zh", "subsystem": "his", "tier": "P1"},
        {"lang": "zh", "subsystem": "lis", "tier": "P2"},
        {"lang": "en", "subsystem": "pacs", "tier": "P3"},
        {"lang": "en", "subsystem": "pacs", "tier": "P1"},
    ]
    # Right subsystem everywhere; the last tier is wrong and that one is sent to review.
    answers = {id(c): (c["subsystem"], c["tier"], False) for c in cases}
    answers[id(cases[3])] = ("pacs", "P2", True)
    asked: list[int] = []

    def predict(case: dict) -> tuple[str, str, bool]:
        asked.append(id(case))
        return answers[id(case)]

    scores = score_by_language(predict, cases)
    assert sorted(asked) == sorted(answers)  # each case predicted once, not once per table
    assert scores["zh"].metrics["tier_accuracy"] == 1.0
    assert scores["en"].metrics["tier_accuracy"] == 0.5
    assert scores["en"].metrics["p1_recall"] == 0.0
    assert scores["all"].metrics["needs_review_share"] == 0.25
    assert scores["all"].metrics["trusted_right"] == 1.0
