"""How the triage model is trained: on generated cases grouped by fault family, with the
knowledge-base passages as extra subsystem text and the desk's confirmed or corrected tickets
as cases of their own."""

from __future__ import annotations

from collections.abc import Sequence

from triage.dataset import CASES_PER_FAMILY
from triage.knowledge import Passage, article_passages
from triage.model import Thresholds, TriageModel, labels_of, samples_of
from triage.splits import split_by_family

# A ticket a dispatcher labelled is a real fault in real words: it counts as much as one
# generated family, or one correction among thousands of cases would not move the model at all.
CORRECTION_WEIGHT = CASES_PER_FAMILY


def correction_cases(corrections: Sequence[dict]) -> list[dict]:
    """Each desk correction (ticket, text, log, subsystem, tier) as CORRECTION_WEIGHT cases of
    its own family, so calibration folds keep a ticket's copies together."""
    return [
        {
            "text": c["text"],
            "log": c.get("log", ""),
            "subsystem": c["subsystem"],
            "tier": c["tier"],
            "family": f"desk:{c['ticket']}",
        }
        for c in corrections
        for _ in range(CORRECTION_WEIGHT)
    ]


def fit_on_cases(
    cases: list[dict],
    thresholds: Thresholds | None = None,
    passages: Sequence[Passage] | None = None,
) -> TriageModel:
    """A model fitted to generated cases (grouped by family) and the knowledge-base passages."""
    passages = article_passages() if passages is None else passages
    return TriageModel(thresholds).fit(
        samples_of(cases), labels_of(cases), groups=[c["family"] for c in cases], passages=passages
    )


def train_on_families(cases: list[dict], corrections: Sequence[dict] = ()) -> TriageModel:
    """Fit on the training families (and the corrections) and tune the thresholds on training
    and validation families (out of family); the test families stay unseen."""
    split = split_by_family(cases)
    known = split["train"] + correction_cases(corrections)
    model = fit_on_cases(known)
    model.tune_thresholds(split["validation"], known + split["validation"])
    return model


def fit_release(
    cases: list[dict], corrections: Sequence[dict], thresholds: Thresholds
) -> TriageModel:
    """The release model: every family and correction, with thresholds tuned out of family."""
    return fit_on_cases(cases + correction_cases(corrections), thresholds)


def train_release_model(cases: list[dict], corrections: Sequence[dict] = ()) -> TriageModel:
    """Thresholds tuned with validation families held out, then a refit on every family and
    correction: the release model knows all faults, and `triage eval` measures the held-out
    variant."""
    return fit_release(cases, corrections, train_on_families(cases, corrections).thresholds_)
