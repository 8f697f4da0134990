"""Retraining from the desk's corrections: a candidate is measured beside the current model on
the frozen evaluation sets and promoted only when none of its headline figures is worse.

Both are measured the way `careline triage eval` measures a model: the variant fitted without
the test families (plus each one's corrections), per evaluation set and language. The figures
are kept with each version, keyed by a hash of the evaluation sets, so the current model is
measured once per set of evaluation data, not at every retrain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from triage.evaluation import HEADLINE, headline, model_predictor, score_by_language
from triage.model import TriageModel
from triage.splits import split_by_family
from triage.training import fit_release, train_on_families
from triage.versions import ModelRegistry, ModelVersion

# P1 recall first: a model that misses a P1 more often is refused whatever else it gains.
GUARDED = ("p1_recall", *(h for h in HEADLINE if h != "p1_recall"))
LOWER_IS_BETTER = frozenset({"needs_review_share"})


def evaluation_sets(cases: list[dict], real: list[dict]) -> dict[str, list[dict]]:
    """The frozen sets every version is judged on: the test families and the real reports."""
    return {"test families": split_by_family(cases)["test"], "real set": real}


def _sets_hash(sets: dict[str, list[dict]]) -> str:
    blob = json.dumps(
        {
            name: [[c["text"], c.get("log", ""), c["subsystem"], c["tier"]] for c in rows]
            for name, rows in sets.items()
        },
        ensure_ascii=False,
        sort_keys=True,
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def measure(heldout: TriageModel, sets: dict[str, list[dict]]) -> dict:
    """Headline figures per set and language of a model fitted without the test families."""
    predict = model_predictor(heldout)
    return {
        "sets_hash": _sets_hash(sets),
        "figures": {
            name: {lang: headline(s) for lang, s in score_by_language(predict, rows).items()}
            for name, rows in sets.items()
        },
    }


def worse_figures(candidate: dict, current: dict) -> list[str]:
    """Every headline figure where the candidate does worse, P1 recall first."""
    worse = []
    for metric in GUARDED:
        for name, by_language in current["figures"].items():
            for lang, before in by_language.items():
                after = candidate["figures"][name][lang][metric]
                if _is_worse(metric, before[metric], after):
                    worse.append(f"{name} [{lang}] {metric} {before[metric]:.3f} → {after:.3f}")
    return worse


def _is_worse(metric: str, before: float, after: float) -> bool:
    return after > before if metric in LOWER_IS_BETTER else after < before


@dataclass(frozen=True)
class RetrainOutcome:
    current: ModelVersion
    candidate: ModelVersion
    current_figures: dict
    candidate_figures: dict
    worse: list[str]

    @property
    def promoted(self) -> bool:
        return not self.worse


def _figures_of(version: ModelVersion, cases: list[dict], sets: dict[str, list[dict]]) -> dict:
    """The version's kept figures when they were measured on these sets, else measured now."""
    kept = version.figures()
    if kept and kept.get("sets_hash") == _sets_hash(sets):
        return kept
    measured = measure(train_on_families(cases, version.corrections()), sets)
    version.record_figures(measured)
    return measured


def retrain(
    registry: ModelRegistry,
    cases: list[dict],
    corrections: Sequence[dict],
    sets: dict[str, list[dict]],
) -> RetrainOutcome:
    """A candidate trained on the generated cases and every correction so far, kept as a new
    version and promoted only when no headline figure is worse than the current model's."""
    current = registry.current()
    if current is None:
        raise ValueError("no current triage model to compare with; build one first")
    current_figures = _figures_of(current, cases, sets)
    heldout = train_on_families(cases, corrections)
    candidate_figures = measure(heldout, sets)
    worse = worse_figures(candidate_figures, current_figures)
    release = fit_release(cases, corrections, heldout.thresholds_)
    candidate = registry.add(release, candidate_figures, list(corrections))
    if not worse:
        registry.promote(candidate)
    return RetrainOutcome(current, candidate, current_figures, candidate_figures, worse)
