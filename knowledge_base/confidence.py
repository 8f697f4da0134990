"""How sure the knowledge base is that an answer is right: a small calibrated model per method
and language.

A candidate article is described by retrieval features: its dense cosine and lead over the
runner-up, its fused score and lead, and how much of the query it covers (the share of the
query's words found in the article, and in its title and nicknames). A logistic regression fit
on the development queries of one language, answerable and unanswerable, turns them into a
probability; the threshold is chosen there too, never on the evaluation queries. One model per
language because the two languages' scores live on different scales (Chinese queries share
character bigrams with many articles, English ones few words). The hybrid features were chosen
by cross-validation on the development queries: the raw BM25 features and the "both retrievers
agree" flags lowered the answered share there at the same "not sure" rate.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

METHOD_FEATURES: dict[str, tuple[str, ...]] = {
    "dense": ("dense", "dense_lead"),
    "lexical": ("lexical", "lexical_lead"),
    "hybrid": ("fused", "fused_lead", "dense", "dense_lead", "coverage", "title_coverage"),
}
CALIBRATION_FILE = "calibration.json"


@dataclass(frozen=True)
class Calibrator:
    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        x = np.array([features[name] for name in self.features])
        return float(1.0 / (1.0 + np.exp(-(x @ np.asarray(self.coef) + self.intercept))))

    @classmethod
    def fit(
        cls,
        method: str,
        rows: list[dict[str, float]],
        correct: list[bool],
        unanswerable_top: list[dict[str, float]],
        target_not_sure: float,
    ) -> Calibrator:
        """Fit the probability on candidate rows, then pick the threshold that declines
        `target_not_sure` of the unanswerable development queries."""
        names = METHOD_FEATURES[method]
        x = np.array([[row[n] for n in names] for row in rows])
        model = LogisticRegression(C=1.0, max_iter=2000).fit(x, np.asarray(correct, dtype=int))
        fitted = cls(
            names, tuple(float(c) for c in model.coef_[0]), float(model.intercept_[0]), 0.5
        )
        declined = [fitted.probability(row) for row in unanswerable_top]
        threshold = float(np.quantile(declined, target_not_sure)) if declined else 0.5
        return cls(names, fitted.coef, fitted.intercept, threshold)

    def as_dict(self) -> dict:
        return {
            "features": list(self.features),
            "coef": list(self.coef),
            "intercept": self.intercept,
            "threshold": self.threshold,
        }


Calibrators = dict[tuple[str, str], Calibrator]  # (method, language) → calibrator


def save_calibrators(directory: Path, calibrators: Calibrators, fitted_on: str) -> None:
    payload: dict = {"fitted_on": fitted_on}
    for (method, lang), calibrator in calibrators.items():
        payload.setdefault(method, {})[lang] = calibrator.as_dict()
    (directory / CALIBRATION_FILE).write_text(json.dumps(payload, indent=1), encoding="utf-8")


def load_calibrators(directory: Path) -> Calibrators:
    path = directory / CALIBRATION_FILE
    if not path.exists():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {
        (method, lang): Calibrator(
            tuple(fitted["features"]),
            tuple(fitted["coef"]),
            fitted["intercept"],
            fitted["threshold"],
        )
        for method in METHOD_FEATURES
        for lang, fitted in (raw.get(method) or {}).items()
    }
