"""The triage learns from the desk: corrections made in the console become labelled cases, a
retrained candidate gets the corrected fault right, promotion follows the figures, and a
rollback returns to the model before."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from careline.errors import InvalidInput
from careline.settings import Settings
from desk.db import session_scope
from desk.triage_review import reviewed_cases
from tests.console_fixtures import add_ticket, csrf_of, log_in
from triage.model import TriageModel
from triage.real_set import load_real_set
from triage.retraining import evaluation_sets, measure, retrain, worse_figures
from triage.training import train_on_families
from triage.versions import ModelRegistry

# Two systems keep the three fits of a retrain short; the loop is the same for thirteen.
SYSTEMS = ("lis", "pacs")
FAULT = "夜班时工作站上这个界面一直转圈，刷新后还是一样"


def _figures(**changed: float) -> dict:
    row = {
        "cases": 100,
        "subsystem_accuracy": 0.8,
        "subsystem_macro_f1": 0.8,
        "tier_accuracy": 0.7,
        "tier_macro_f1": 0.7,
        "p1_recall": 0.9,
        "p1_precision": 0.8,
        "needs_review_share": 0.3,
        "trusted_right": 0.9,
    }
    return {"figures": {"real set": {"zh": {**row, **changed}}}}


def test_a_candidate_worse_on_any_headline_figure_is_refused_p1_recall_first() -> None:
    current = _figures()
    assert worse_figures(_figures(subsystem_accuracy=0.85), current) == []
    worse = worse_figures(_figures(tier_macro_f1=0.69, p1_recall=0.88), current)
    assert [line.split()[3] for line in worse] == ["p1_recall", "tier_macro_f1"]
    assert worse_figures(_figures(needs_review_share=0.31), current)
    assert worse_figures(_figures(needs_review_share=0.2), current) == []


@pytest.fixture(scope="module")
def small_cases(cases: list[dict]) -> list[dict]:
    return [c for c in cases if c["subsystem"] in SYSTEMS]


@pytest.fixture(scope="module")
def sets(small_cases: list[dict]) -> dict[str, list[dict]]:
    real = [i.as_case() for i in load_real_set() if i.subsystem in SYSTEMS]
    return evaluation_sets(small_cases, real)


@pytest.fixture
def registry(small_cases: list[dict], sets: dict, tmp_path: Path) -> ModelRegistry:
    """A first version measured like any other, with no corrections yet."""
    registry = ModelRegistry(tmp_path / "triage")
    first = train_on_families(small_cases)
    registry.promote(registry.add(first, measure(first, sets), []))
    return registry


def _correct_in_console(console: TestClient, number: str, subsystem: str) -> None:
    token = csrf_of(console.get(f"/tickets/{number}"))
    response = console.post(
        f"/tickets/{number}/subsystem",
        data={"subsystem": subsystem, "reason": "the reading room's viewer", "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303


@pytest.mark.parametrize("empty_db_url", ["sqlite"], indirect=True)
def test_console_corrections_teach_a_candidate_that_gets_the_fault_right(
    console: TestClient,
    settings: Settings,
    registry: ModelRegistry,
    small_cases: list[dict],
    sets: dict,
) -> None:
    first = registry.current()
    said = first.load().classify(FAULT).subsystem
    right = next(s for s in SYSTEMS if s != said)
    wrong = add_ticket(settings.db_url, FAULT, "P2", subsystem=said)
    agreed = add_ticket(settings.db_url, "血常规结果传不到医生站", "P2", subsystem="lis")
    untouched = add_ticket(settings.db_url, "阅片室显示器偏色", "P3", subsystem="pacs")
    assert log_in(console, "disp").status_code == 303
    _correct_in_console(console, wrong, right)
    token = csrf_of(console.get(f"/tickets/{agreed}"))
    confirmed = console.post(
        f"/tickets/{agreed}/triage", data={"csrf_token": token}, follow_redirects=False
    )
    assert confirmed.status_code == 303
    with session_scope(settings.db_url) as session:
        corrections = reviewed_cases(session)
    assert [(c["ticket"], c["subsystem"], c["tier"]) for c in corrections] == [
        (wrong, right, "P2"),
        (agreed, "lis", "P2"),
    ]
    assert untouched not in {c["ticket"] for c in corrections}

    outcome = retrain(registry, small_cases, corrections, sets)

    assert outcome.candidate.load().classify(FAULT).subsystem == right
    assert [c["ticket"] for c in outcome.candidate.corrections()] == [wrong, agreed]
    assert outcome.promoted == (outcome.worse == [])
    now = registry.current()
    assert now == (outcome.candidate if outcome.promoted else first)
    assert outcome.candidate.figures()["figures"].keys() == sets.keys()


def test_rollback_returns_to_the_version_promoted_before(
    triage_model: TriageModel, tmp_path: Path
) -> None:
    registry = ModelRegistry(tmp_path / "triage")
    first = registry.add(triage_model, None, [])
    registry.promote(first)
    with pytest.raises(InvalidInput, match="no earlier"):
        registry.rollback()
    second = registry.add(triage_model, None, [])
    registry.promote(second)
    assert registry.current() == second
    assert registry.rollback() == first
    assert registry.current() == first
    assert [v.number for v in registry.versions()] == [1, 2]
