"""`careline triage eval`: the model on held-out fault families and on the real set, per
language, beside a baseline."""

from __future__ import annotations

from pathlib import Path

from careline.labels import SUBSYSTEM_IDS, TIER_IDS
from careline.reporting import save_report
from triage.dataset import generate_cases
from triage.evaluation import Predictor, Score, baseline, confusion_png, score, score_by_language
from triage.model import TriageModel
from triage.real_set import load_real_set
from triage.splits import split_by_family
from triage.training import train_on_families

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
SHORT = ("sub.acc", "sub.F1", "tier.acc", "tier.F1", "P1.rec", "P1.prec", "review", "trusted")


def _model_predictor(model: TriageModel) -> Predictor:
    def predict(case: dict) -> tuple[str, str, bool]:
        prediction = model.classify(case["text"], case.get("log", ""))
        return prediction.subsystem, prediction.tier, prediction.needs_review

    return predict


def _print_table(rows: dict[str, Score]) -> None:
    print(f"{'':<46}" + "".join(f"{h:>9}" for h in SHORT))
    for name, result in rows.items():
        line = "".join(f"{result.metrics[h]:>9.3f}" for h in HEADLINE)
        print(f"{name:<40}{result.metrics['cases']:>6}{line}")


def _write_confusions(result: Score, figures: Path, tag: str, title: str) -> None:
    for target, labels in (("subsystem", SUBSYSTEM_IDS), ("tier", TIER_IDS)):
        png = figures / f"triage-confusion-{tag}{target}.png"
        confusion_png(result.true[target], result.predicted[target], list(labels), title, png)
        print(f"confusion matrix: {png}")


def cmd_triage_eval(out: Path, figures: Path) -> None:
    """The held-out test families and the real set, side by side per language: the model is
    trained on the training families only, and never on a real item."""
    cases = generate_cases()
    split = split_by_family(cases)
    model = train_on_families(cases)
    predict = _model_predictor(model)
    real = [item.as_case() for item in load_real_set()]
    sets = {
        "test families": score_by_language(predict, split["test"]),
        "real set": score_by_language(predict, real),
    }
    base = score(baseline(split["train"]), split["test"])
    rows = {f"{name} [{lang}]": s for name, by in sets.items() for lang, s in by.items()}
    rows["baseline tf-idf+LR, test families [all]"] = base
    sizes = {name: len(part) for name, part in split.items()}
    print(f"cases: {sizes} (split by fault family); real set: {len(real)} items")
    _print_table(rows)
    _write_confusions(sets["test families"]["all"], figures, "", "held-out families")
    _write_confusions(sets["real set"]["all"], figures, "real-", "real set")
    report = {
        "split": sizes,
        "results": {
            "model": sets["test families"]["all"].metrics,
            "baseline (description tf-idf + LR)": base.metrics,
        },
        "by_language": {
            name: {lang: _headline(s) for lang, s in by.items()} for name, by in sets.items()
        },
    }
    save_report(out, report)
    print(f"written to {out}")


def _headline(result: Score) -> dict:
    return {"cases": result.metrics["cases"], **{h: result.metrics[h] for h in HEADLINE}}
