"""`careline triage eval`: the model on held-out fault families and on the real set, per
language, beside a baseline; `retrain`, `rollback` and `versions`: the models the desk's
corrections make."""

from __future__ import annotations

from pathlib import Path

from careline.labels import SUBSYSTEM_IDS, TIER_IDS
from careline.reporting import save_report
from careline.settings import Settings
from cli.database import desk_session
from desk.triage_review import reviewed_cases
from triage.dataset import generate_cases
from triage.evaluation import (
    HEADLINE,
    Score,
    baseline,
    confusion_png,
    factor_accuracy,
    headline,
    model_predictor,
    score,
    score_by_language,
)
from triage.real_set import load_real_set
from triage.retraining import evaluation_sets, retrain
from triage.splits import split_by_family
from triage.training import train_on_families
from triage.versions import ModelRegistry

SHORT = ("sub.acc", "sub.F1", "tier.acc", "tier.F1", "P1.rec", "P1.prec", "review", "trusted")


def _print_table(rows: dict[str, Score]) -> None:
    print(f"{'':<46}" + "".join(f"{h:>9}" for h in SHORT))
    for name, result in rows.items():
        line = "".join(f"{result.metrics[h]:>9.3f}" for h in HEADLINE)
        print(f"{name:<40}{result.metrics['cases']:>6}{line}")


def _print_factors(factors: dict[str, dict[str, float]]) -> None:
    """The severity factors found against the real set's labels, per language."""
    languages = list(next(iter(factors.values())))
    print("severity factors found = labelled, real set:" + "".join(f"{x:>8}" for x in languages))
    for name, by_language in factors.items():
        print(f"  {name:<46}" + "".join(f"{by_language[x]:>8.3f}" for x in languages))


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
    predict = model_predictor(model)
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
    factors = factor_accuracy(real)
    _print_factors(factors)
    _write_confusions(sets["test families"]["all"], figures, "", "held-out families")
    _write_confusions(sets["real set"]["all"], figures, "real-", "real set")
    report = {
        "split": sizes,
        "results": {
            "model": sets["test families"]["all"].metrics,
            "baseline (description tf-idf + LR)": base.metrics,
        },
        "factor_accuracy_real_set": factors,
        "by_language": {
            name: {lang: headline(s) for lang, s in by.items()} for name, by in sets.items()
        },
    }
    save_report(out, report)
    print(f"written to {out}")


def _print_figures(title: str, figures: dict) -> None:
    print(title)
    print(f"{'':<28}" + "".join(f"{h:>9}" for h in SHORT))
    for name, by_language in figures["figures"].items():
        for lang, row in by_language.items():
            line = "".join(f"{row[h]:>9.3f}" for h in HEADLINE)
            print(f"  {name + ' [' + lang + ']':<20}{row['cases']:>6}{line}")


def cmd_triage_retrain(settings: Settings) -> None:
    """A candidate from the generated cases and every ticket a dispatcher confirmed or
    corrected, promoted only when no headline figure is worse than the current model's."""
    with desk_session(settings) as session:
        corrections = reviewed_cases(session)
    print(f"desk corrections: {len(corrections)} confirmed or corrected ticket(s)")
    cases = generate_cases()
    sets = evaluation_sets(cases, [item.as_case() for item in load_real_set()])
    outcome = retrain(ModelRegistry(settings.triage_dir), cases, corrections, sets)
    _print_figures(f"current {outcome.current.name}:", outcome.current_figures)
    _print_figures(f"candidate {outcome.candidate.name}:", outcome.candidate_figures)
    if outcome.promoted:
        print(f"promoted {outcome.candidate.name}: no headline figure is worse")
    else:
        print(f"kept {outcome.current.name}; {outcome.candidate.name} is worse on:")
        for line in outcome.worse:
            print(f"  {line}")
    print("the desk and the action server load the current model when they start")


def cmd_triage_rollback(settings: Settings) -> None:
    """Back to the model promoted before the current one."""
    registry = ModelRegistry(settings.triage_dir)
    left = registry.current()
    back = registry.rollback()
    print(f"rolled back from {left.name} to {back.name}")


def cmd_triage_versions(settings: Settings) -> None:
    registry = ModelRegistry(settings.triage_dir)
    current = registry.current()
    for version in registry.versions():
        meta = version.meta()
        mark = "*" if current and version.number == current.number else " "
        print(
            f"{mark} {version.name:<5} trained {meta['trained_at']}  "
            f"corrections {len(version.corrections())}"
        )
        if figures := version.figures():
            _print_figures("", figures)
