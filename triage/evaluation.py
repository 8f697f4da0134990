"""Held-out evaluation of triage: split by fault family, so test faults are never trained on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import ConfusionMatrixDisplay, classification_report, f1_score
from sklearn.pipeline import make_pipeline

from careline.labels import SUBSYSTEM_IDS, TIER_IDS
from careline.redaction import redact
from triage.model import TriageModel
from triage.severity import FACTORS, assess

Predictor = Callable[[dict], tuple[str, str, bool]]
HEADLINE = (
    "subsystem_accuracy",
    "subsystem_macro_f1",
    "tier_accuracy",
    "tier_macro_f1",
    "p1_recall",
    "p1_precision",
    "needs_review_share",
    "trusted_right",
)


def model_predictor(model: TriageModel) -> Predictor:
    def predict(case: dict) -> tuple[str, str, bool]:
        prediction = model.classify(case["text"], case.get("log", ""))
        return prediction.subsystem, prediction.tier, prediction.needs_review

    return predict


def baseline(train: list[dict]) -> Predictor:
    """Description TF-IDF + logistic regression: no log, no context rules, no review."""
    models = {}
    for target in ("subsystem", "tier"):
        model = make_pipeline(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True),
            LogisticRegression(max_iter=2000),
        )
        models[target] = model.fit([c["text"] for c in train], [c[target] for c in train])

    def predict(case: dict) -> tuple[str, str, bool]:
        return (
            str(models["subsystem"].predict([case["text"]])[0]),
            str(models["tier"].predict([case["text"]])[0]),
            False,
        )

    return predict


@dataclass(frozen=True)
class Score:
    metrics: dict
    true: dict[str, list[str]]
    predicted: dict[str, list[str]]


def _share(hits: int, total: int) -> float:
    return round(hits / total, 4) if total else 0.0


def score(predict: Predictor, cases: list[dict]) -> Score:
    return _score_predictions(cases, [predict(c) for c in cases])


def _score_predictions(cases: list[dict], predictions: list[tuple[str, str, bool]]) -> Score:
    """Headline figures: per-label F1 and accuracy, P1 recall and precision, and how many
    predictions go to review and how often the trusted rest is right (subsystem and tier)."""
    sub_true, tier_true = [c["subsystem"] for c in cases], [c["tier"] for c in cases]
    sub_pred, tier_pred = [p[0] for p in predictions], [p[1] for p in predictions]
    pairs = list(zip(tier_true, tier_pred, strict=True))
    p1_hit = sum(t == p == "P1" for t, p in pairs)
    trusted = [i for i, p in enumerate(predictions) if not p[2]]
    trusted_right = sum(
        sub_true[i] == sub_pred[i] and tier_true[i] == tier_pred[i] for i in trusted
    )
    metrics = {
        "cases": len(cases),
        "subsystem_accuracy": _share(sum(map(str.__eq__, sub_true, sub_pred)), len(cases)),
        "subsystem_macro_f1": round(f1_score(sub_true, sub_pred, average="macro"), 4),
        "tier_accuracy": _share(sum(t == p for t, p in pairs), len(cases)),
        "tier_macro_f1": round(f1_score(tier_true, tier_pred, average="macro"), 4),
        "p1_recall": _share(p1_hit, tier_true.count("P1")),
        "p1_precision": _share(p1_hit, tier_pred.count("P1")),
        "needs_review_share": _share(len(cases) - len(trusted), len(cases)),
        "trusted_right": _share(trusted_right, len(trusted)),
        "subsystem_report": classification_report(
            sub_true, sub_pred, labels=list(SUBSYSTEM_IDS), output_dict=True, zero_division=0
        ),
        "tier_report": classification_report(
            tier_true, tier_pred, labels=list(TIER_IDS), output_dict=True, zero_division=0
        ),
    }
    return Score(
        metrics,
        {"subsystem": sub_true, "tier": tier_true},
        {"subsystem": sub_pred, "tier": tier_pred},
    )


def headline(result: Score) -> dict:
    """The figures a model is judged on, without the per-label reports."""
    return {"cases": result.metrics["cases"], **{h: result.metrics[h] for h in HEADLINE}}


def score_by_language(predict: Predictor, cases: list[dict]) -> dict[str, Score]:
    """The scores over all cases and per language (a model can be good in one and not the
    other: the per-language figures are the targets). Each case is predicted once."""
    predictions = [predict(c) for c in cases]
    scores = {"all": _score_predictions(cases, predictions)}
    for language in sorted({c["lang"] for c in cases}, reverse=True):
        chosen = [i for i, c in enumerate(cases) if c["lang"] == language]
        scores[language] = _score_predictions(
            [cases[i] for i in chosen], [predictions[i] for i in chosen]
        )
    return scores


def _label(value: object) -> str:
    """A labelled factor value as the lexicon names it (booleans as "true"/"false")."""
    return str(value).lower()


def factor_accuracy(cases: list[dict]) -> dict[str, dict[str, float]]:
    """Per severity factor and language, how often the factor found in the redacted
    description is the labelled one. "unknown" is a value like the others: finding nothing
    where the writer said nothing is right."""
    found = [assess(redact(c["text"])).factors for c in cases]
    table: dict[str, dict[str, float]] = {}
    for name in FACTORS:
        table[name] = {}
        for language in sorted({c["lang"] for c in cases}, reverse=True):
            pairs = [
                (f[name].value, _label(c["factors"][name]))
                for f, c in zip(found, cases, strict=True)
                if c["lang"] == language
            ]
            table[name][language] = _share(sum(a == b for a, b in pairs), len(pairs))
    return table


def confusion_png(
    true: list[str], pred: list[str], labels: list[str], title: str, out: Path
) -> None:
    figure, axes = plt.subplots(figsize=(9, 8) if len(labels) > 3 else (4.5, 4))
    ConfusionMatrixDisplay.from_predictions(
        true, pred, labels=labels, ax=axes, colorbar=False, xticks_rotation=60, cmap="Blues"
    )
    axes.set_title(title)
    figure.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=110)
    plt.close(figure)
