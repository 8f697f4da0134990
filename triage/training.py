"""How the triage model is trained: on generated cases grouped by fault family, with the
knowledge-base passages as extra subsystem text."""

from __future__ import annotations

from collections.abc import Sequence

from triage.knowledge import Passage, article_passages
from triage.model import Thresholds, TriageModel, labels_of, samples_of
from triage.splits import split_by_family


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


def train_on_families(cases: list[dict]) -> TriageModel:
    """Fit on the training families and tune the thresholds on training and validation
    families (out of family); the test families stay unseen."""
    split = split_by_family(cases)
    model = fit_on_cases(split["train"])
    model.tune_thresholds(split["validation"], split["train"] + split["validation"])
    return model


def train_release_model(cases: list[dict]) -> TriageModel:
    """Thresholds tuned with validation families held out, then a refit on every family: the
    release model knows all faults, and `triage eval` measures the held-out variant."""
    return fit_on_cases(cases, train_on_families(cases).thresholds_)
