"""`careline triage eval`: the model and a baseline on held-out fault families."""

from __future__ import annotations

from pathlib import Path

from careline.labels import SUBSYSTEM_IDS, TIER_IDS
from careline.reporting import save_report
from triage.dataset import generate_cases
from triage.evaluation import Predictor, Score, baseline, confusion_png, score
from triage.model import TriageModel
from triage.splits import split_by_family
from triage.training import train_on_families

HEADLINE = (
    "subsystem_macro_f1",
    "tier_macro_f1",
    "p1_recall",
    "p1_precision",
    "needs_review_share",
)


def _model_predictor(model: TriageModel) -> Predictor:
    def predict(case: dict) -> tuple[str, str, bool]:
        prediction = model.classify(case["text"], case.get("log", ""))
        return prediction.subsystem, prediction.tier, prediction.needs_review

    return predict


def cmd_triage_eval(out: Path, figures: Path) -> None:
    cases = generate_cases()
    split = split_by_family(cases)
    model = train_on_families(cases)
    scores: dict[str, Score] = {
        "model": score(_model_predictor(model), split["test"]),
        "baseline (description tf-idf + LR)": score(baseline(split["train"]), split["test"]),
    }
    sizes = {name: len(rows) for name, rows in split.items()}
    print(f"cases: {sizes} (split by fault family)")
    print(f"{'':<38}" + "".join(f"{h:>20}" for h in HEADLINE))
    for name, result in scores.items():
        print(f"{name:<38}" + "".join(f"{result.metrics[h]:>20.3f}" for h in HEADLINE))
    model_score = scores["model"]
    for target, labels in (("subsystem", SUBSYSTEM_IDS), ("tier", TIER_IDS)):
        png = figures / f"triage-confusion-{target}.png"
        confusion_png(
            model_score.true[target],
            model_score.predicted[target],
            list(labels),
            f"{target} on held-out families",
            png,
        )
        print(f"confusion matrix: {png}")
    report = {
        "split": sizes,
        "results": {name: result.metrics for name, result in scores.items()},
    }
    save_report(out, report)
    print(f"written to {out}")
