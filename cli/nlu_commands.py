"""`careline nlu eval` and `careline nlu validate`: the NLU pipeline's figures, and the checks
of `rasa data validate`, both on exactly what `careline build` trains the Rasa model from."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import yaml

from bot.rasa_model import RASA_MODEL
from bot.training_data import (
    CONFIG_FILE,
    DOMAIN_FILE,
    EVAL_DIR,
    LANGUAGES,
    NLU_DIR,
    nlu_training_files,
    training_data_paths,
    write_subsystem_nlu,
)
from careline.reporting import save_report, shown_path
from careline.settings import REPO_ROOT, Settings
from cli.inputs import UsageError
from cli.nlu_eval import (
    LanguageFigures,
    figures_for,
    load_results,
    nlu_examples,
    split_by_language,
)

# `rasa` with NumPy's global generator seeded first: Rasa's cross-validation shuffles its
# stratified folds with it (and no seed of its own), so the folds are the same on every run and
# two pipelines are compared on the same splits.
_SEEDED_RASA = (
    "import sys; from rasa.__main__ import main; import numpy; "
    "numpy.random.seed(int(sys.argv.pop(1))); sys.argv[0] = 'rasa'; sys.exit(main())"
)
HEADLINE_ENTITIES = ("subsystem", "ticket_number")
KEPT_ERRORS = 40


def _step(message: str) -> None:
    print(f"[nlu eval {time.strftime('%H:%M:%S')}] {message}", flush=True)


def _rasa(settings: Settings, seed: int, *args: str) -> None:
    python = settings.rasa_venv / "bin" / "python"
    subprocess.run([str(python), "-c", _SEEDED_RASA, str(seed), *args], cwd=REPO_ROOT, check=True)


def _fallback_threshold(config: Path) -> float | None:
    pipeline = (yaml.safe_load(config.read_text(encoding="utf-8")) or {}).get("pipeline") or []
    for component in pipeline:
        if component.get("name") == "FallbackClassifier":
            return float(component.get("threshold", 0.3))
    return None


def _pipeline(config: Path) -> list:
    return (yaml.safe_load(config.read_text(encoding="utf-8")) or {}).get("pipeline") or []


def _required_inputs(settings: Settings, cv: bool) -> tuple[Path, dict[str, Path], dict[str, Path]]:
    model = RASA_MODEL.path(settings)
    if not model.exists():
        raise UsageError(f"no Rasa model at {shown_path(model)}: run `careline build` first")
    heldout = {lang: EVAL_DIR / f"{lang}.yml" for lang in LANGUAGES}
    training = {lang: NLU_DIR / f"{lang}.yml" for lang in LANGUAGES}
    needed = [*heldout.values(), *(training.values() if cv else ())]
    missing = [shown_path(p) for p in needed if not p.is_file()]
    if missing:
        raise UsageError(f"missing NLU evaluation input(s): {', '.join(missing)}")
    return model, heldout, training


def run_cross_validation(
    settings: Settings, training: dict[str, Path], folds: int, seed: int, out: Path
) -> tuple[dict[str, LanguageFigures], int]:
    """`rasa test nlu --cross-validation` on the training files and the generated names; each
    example's figures go to the language of the file it came from."""
    data = out / "data"
    shutil.rmtree(out, ignore_errors=True)
    data.mkdir(parents=True)
    for path in [*nlu_training_files(), write_subsystem_nlu(settings)]:
        shutil.copy(path, data / path.name)
    reports = out / "reports"
    _rasa(
        settings,
        seed,
        "test",
        "nlu",
        "--cross-validation",
        "--folds",
        str(folds),
        "--config",
        str(CONFIG_FILE),
        "--domain",
        str(DOMAIN_FILE),
        "--nlu",
        str(data),
        "--out",
        str(reports),
        "--successes",
    )
    split, unmatched = split_by_language(load_results(reports), training)
    threshold = _fallback_threshold(CONFIG_FILE)
    figures = {lang: figures_for(rows, threshold, KEPT_ERRORS) for lang, rows in split.items()}
    return figures, unmatched


def training_texts(training: dict[str, Path]) -> set[str]:
    return {
        text.casefold()
        for path in training.values()
        if path.is_file()
        for text, _ in nlu_examples(path)
    }


def training_overlap(training: dict[str, Path], heldout: dict[str, Path]) -> dict[str, list]:
    """Held-out texts that a training file holds too (the eval set's writers never saw the
    training data, so short messages such as "你好" may coincide)."""
    seen = training_texts(training)
    return {
        lang: sorted({text for text, _ in nlu_examples(path) if text.casefold() in seen})
        for lang, path in heldout.items()
    }


def run_heldout(
    settings: Settings, model: Path, heldout: dict[str, Path], out: Path, seen: set[str]
) -> tuple[dict[str, LanguageFigures], dict[str, LanguageFigures]]:
    """The trained model on each held-out file in turn (so the language is the file's): figures
    on every example, and on those whose text the training data does not hold."""
    threshold = _fallback_threshold(CONFIG_FILE)
    figures, unseen = {}, {}
    for lang, path in heldout.items():
        reports = out / lang
        shutil.rmtree(reports, ignore_errors=True)
        _step(f"held-out {lang}: {shown_path(path)} against {shown_path(model)}")
        _rasa(
            settings,
            0,
            "test",
            "nlu",
            "--model",
            str(model),
            "--nlu",
            str(path),
            "--domain",
            str(DOMAIN_FILE),
            "--out",
            str(reports),
            "--successes",
        )
        examples = load_results(reports)
        figures[lang] = figures_for(examples, threshold, KEPT_ERRORS)
        fresh = [e for e in examples if e.text.casefold() not in seen]
        unseen[lang] = figures_for(fresh, threshold)
    return figures, unseen


def _cell(value: float | None, support: int | None = None) -> str:
    if value is None:
        return f"{'—':>18}"
    text = f"{value:.3f}" + (f" (n={support})" if support is not None else "")
    return f"{text:>18}"


def print_table(results: dict[str, dict[str, LanguageFigures]]) -> None:
    columns = list(results)
    for lang in LANGUAGES:
        by_column = {c: results[c].get(lang) for c in columns}
        print(f"\n[{lang}]{'':<30}" + "".join(f"{c:>18}" for c in columns))
        print(
            f"{'intent macro-F1':<34}"
            + "".join(
                _cell(f.intent["macro_f1"], f.intent["examples"]) if f else _cell(None)
                for f in by_column.values()
            )
        )
        if any(f and "below_fallback_threshold" in f.intent for f in by_column.values()):
            print(
                f"{'  below fallback threshold':<34}"
                + "".join(
                    _cell(f.intent.get("below_fallback_threshold")) if f else _cell(None)
                    for f in by_column.values()
                )
            )
        entities = sorted(
            {e for f in by_column.values() if f for e in f.entities},
            key=lambda e: (e not in HEADLINE_ENTITIES, e),
        )
        for entity in entities:
            cells = []
            for f in by_column.values():
                row = f.entities.get(entity) if f else None
                cells.append(_cell(row["f1"], row["support"]) if row else _cell(None))
            print(f"{'entity F1 ' + entity:<34}" + "".join(cells))


def cmd_nlu_eval(settings: Settings, out: Path, cv: bool, folds: int, seed: int) -> None:
    if folds < 2:
        raise UsageError("--folds must be at least 2")
    model, heldout, training = _required_inputs(settings, cv)
    generated = write_subsystem_nlu(settings)
    current = RASA_MODEL.is_current(settings)
    if not current:
        _step("warning: the Rasa model is older than its inputs; `careline build` retrains it")
    work = settings.rasa_dir / "nlu-eval"
    results: dict[str, dict[str, LanguageFigures]] = {}
    report: dict = {
        "inputs": {
            "training": [shown_path(p) for p in training.values()],
            "generated": shown_path(generated),
            "heldout": [shown_path(p) for p in heldout.values()],
            "config": shown_path(CONFIG_FILE),
            "model": shown_path(model),
            "model_matches_inputs": current,
        },
        "pipeline": _pipeline(CONFIG_FILE),
        "entity_scoring": "span-exact with the value after synonyms; the language tag left out",
        "reports": shown_path(work),
    }
    if cv:
        _step(f"cross-validation: {folds} folds ({folds} trainings, several minutes each)")
        started = time.monotonic()
        cv_figures, unmatched = run_cross_validation(settings, training, folds, seed, work / "cv")
        _step(f"cross-validation done in {time.monotonic() - started:.0f} s")
        results["cross-validation"] = cv_figures
        report["cross_validation"] = {
            "folds": folds,
            "seed": seed,
            "unmatched_examples": unmatched,
            **{lang: f.as_dict() for lang, f in cv_figures.items()},
        }
    overlap = training_overlap(training, heldout)
    report["heldout_in_training"] = overlap
    _step(
        "held-out examples also in the training data (same text, case-insensitive): "
        + ", ".join(f"{lang} {len(texts)}" for lang, texts in overlap.items())
    )
    heldout_figures, unseen = run_heldout(
        settings, model, heldout, work / "heldout", training_texts(training)
    )
    results["held-out"] = heldout_figures
    results["held-out unseen"] = unseen
    report["heldout"] = {lang: f.as_dict() for lang, f in heldout_figures.items()}
    report["heldout_unseen"] = {lang: f.as_dict() for lang, f in unseen.items()}
    report["heldout_intent_errors"] = {lang: f.errors for lang, f in heldout_figures.items()}
    print_table(results)
    save_report(out, report)
    print(f"\nwritten to {out}; Rasa's reports in {shown_path(work)}")


STORIES_DIR = REPO_ROOT / "tests" / "stories"


def cmd_nlu_stories(settings: Settings) -> None:
    """The end-to-end test stories against the built model: any action predicted otherwise
    than a story says fails (Rasa's --fail-on-prediction-errors)."""
    model = RASA_MODEL.path(settings)
    if not model.exists():
        raise UsageError(f"{shown_path(model)} missing: run 'careline build' first")
    out = settings.rasa_dir / "story-results"
    try:
        _rasa(
            settings,
            0,
            "test",
            "core",
            "--model",
            str(model),
            "--stories",
            str(STORIES_DIR),
            "--fail-on-prediction-errors",
            "--out",
            str(out),
        )
    except subprocess.CalledProcessError:
        raise UsageError(
            f"a test story failed: see {shown_path(out / 'failed_test_stories.yml')}"
        ) from None


def cmd_nlu_validate(settings: Settings) -> None:
    """`rasa data validate` on the domain, the rules, the NLU files and the generated names:
    errors fail (non-zero exit), warnings are printed."""
    write_subsystem_nlu(settings)
    command = [
        str(settings.rasa_venv / "bin" / "rasa"),
        "data",
        "validate",
        "--config",
        str(CONFIG_FILE),
        "--domain",
        str(DOMAIN_FILE),
        "--data",
        *map(str, training_data_paths(settings)),
    ]
    if subprocess.run(command, cwd=REPO_ROOT).returncode != 0:
        raise UsageError("rasa data validate found errors in the Rasa project (see above)")
