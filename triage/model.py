"""The triage estimator: description (+ log) to subsystem and tier, saved with its metadata."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import joblib
import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_union

from careline.labels import SUBSYSTEM_IDS, TIER_IDS
from triage.context import apply_context
from triage.features import case_text, summarize_log, tokenize_words
from triage.splits import split_by_family

MODEL_VERSION = "3"
MODEL_FILE = "triage.joblib"
MAX_EVIDENCE = 5
P1_TARGET_RECALL = 0.97


class LabelSetMismatch(RuntimeError):
    """A model trained on other labels would route tickets to pools that no longer exist."""


@dataclass(frozen=True)
class Thresholds:
    """Below these probabilities the prediction goes to a human instead of being trusted."""

    subsystem: float = 0.5
    tier: float = 0.6
    # P1 is called at or above this probability even when another tier is likelier: missing a
    # P1 costs far more than over-calling one (SPEC §3.2). Tuned on validation families.
    p1: float = 0.5


@dataclass
class TriagePrediction:
    subsystem: str
    subsystem_p: float
    tier: str
    tier_p: float
    needs_review: bool
    alternatives: list[dict]
    evidence: list[dict]
    context_rules: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def _case_texts(cases: list[dict]) -> list[str]:
    return [case_text(c["text"], summarize_log(c.get("log", ""))) for c in cases]


def _make_pipeline() -> Pipeline:
    features = make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True, min_df=2),
        TfidfVectorizer(
            tokenizer=tokenize_words, token_pattern=None, lowercase=False, sublinear_tf=True
        ),
    )
    return Pipeline(
        [("features", features), ("classifier", LogisticRegression(C=8.0, max_iter=2000))]
    )


def data_hash(cases: list[dict]) -> str:
    blob = json.dumps(
        [[c["text"], c.get("log", ""), c["subsystem"], c["tier"]] for c in cases],
        ensure_ascii=False,
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class TriageModel:
    """Two calibrated text classifiers and the raise-only context layer on top of the tier."""

    def __init__(self, thresholds: Thresholds | None = None) -> None:
        self.thresholds = thresholds or Thresholds()
        self.subsystem_model = _make_pipeline()
        self.tier_model = _make_pipeline()
        self.meta: dict = {}

    def fit(self, cases: list[dict]) -> TriageModel:
        texts = _case_texts(cases)
        self.subsystem_model.fit(texts, [c["subsystem"] for c in cases])
        self.tier_model.fit(texts, [c["tier"] for c in cases])
        self.meta = {
            "version": MODEL_VERSION,
            "subsystems": list(SUBSYSTEM_IDS),
            "tiers": list(TIER_IDS),
            "data_hash": data_hash(cases),
            "n_cases": len(cases),
            "thresholds": asdict(self.thresholds),
            "sklearn": sklearn.__version__,
            "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        return self

    def predict(self, description: str, log: str = "") -> TriagePrediction:
        if not description.strip() and not log.strip():
            raise ValueError("nothing to triage: the description and the log are both empty")
        summary = summarize_log(log)
        text = case_text(description, summary)
        sub_probs = self.subsystem_model.predict_proba([text])[0]
        tier_probs = self.tier_model.predict_proba([text])[0]
        sub_order = np.argsort(sub_probs)[::-1]
        subsystems = self.subsystem_model.classes_
        tiers = self.tier_model.classes_
        model_tier = self._tier(tiers, tier_probs)
        tier, rules = apply_context(model_tier, description)
        tier_p = float(tier_probs[list(tiers).index(tier)])
        subsystem_p = float(sub_probs[sub_order[0]])
        needs_review = subsystem_p < self.thresholds.subsystem or (
            not rules and tier_p < self.thresholds.tier
        )
        return TriagePrediction(
            subsystem=str(subsystems[sub_order[0]]),
            subsystem_p=round(subsystem_p, 4),
            tier=tier,
            tier_p=round(tier_p, 4),
            needs_review=needs_review,
            alternatives=[
                {"subsystem": str(subsystems[i]), "p": round(float(sub_probs[i]), 4)}
                for i in sub_order[1:3]
            ],
            evidence=[
                {
                    "source": "log",
                    "line": t.first_line,
                    "text": t.sample.splitlines()[0],
                    "count": t.count,
                    "template": t.template,
                }
                for t in summary.signals()[:MAX_EVIDENCE]
            ],
            context_rules=rules,
        )

    def _tier(self, tiers: np.ndarray, probs: np.ndarray) -> str:
        p1 = float(probs[list(tiers).index("P1")])
        return "P1" if p1 >= self.thresholds.p1 else str(tiers[int(np.argmax(probs))])

    def tune_p1_threshold(self, validation: list[dict], target_recall: float) -> float:
        """The highest P1 threshold that still catches `target_recall` of validation P1s."""
        p1_cases = [c for c in validation if c["tier"] == "P1"]
        if not p1_cases:
            raise ValueError("validation cases hold no P1: cannot tune the P1 threshold")
        texts = _case_texts(p1_cases)
        column = list(self.tier_model.classes_).index("P1")
        scores = self.tier_model.predict_proba(texts)[:, column]
        threshold = float(np.quantile(scores, 1.0 - target_recall, method="lower"))
        self.thresholds = replace(self.thresholds, p1=min(threshold, Thresholds().p1))
        self.meta["thresholds"] = asdict(self.thresholds)
        return self.thresholds.p1

    def save(self, directory: Path) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / MODEL_FILE
        joblib.dump(
            {"meta": self.meta, "subsystem": self.subsystem_model, "tier": self.tier_model}, path
        )
        (directory / "triage.meta.json").write_text(
            json.dumps(self.meta, indent=1), encoding="utf-8"
        )
        return path

    @classmethod
    def load(cls, directory: Path) -> TriageModel:
        path = directory / MODEL_FILE
        if not path.exists():
            raise FileNotFoundError(f"{path}: no triage model; run 'careline triage train'")
        saved = joblib.load(path)
        meta = saved["meta"]
        if meta["subsystems"] != list(SUBSYSTEM_IDS) or meta["tiers"] != list(TIER_IDS):
            raise LabelSetMismatch(
                f"{path}: trained on subsystems {meta['subsystems']} and tiers {meta['tiers']}, "
                f"but this release defines {list(SUBSYSTEM_IDS)} and {list(TIER_IDS)}; retrain"
            )
        model = cls(Thresholds(**meta["thresholds"]))
        model.subsystem_model, model.tier_model, model.meta = (
            saved["subsystem"],
            saved["tier"],
            meta,
        )
        return model


def train_on_families(cases: list[dict]) -> TriageModel:
    """Fit on the training families and tune the P1 threshold on the validation families; the
    test families stay unseen."""
    split = split_by_family(cases)
    model = TriageModel().fit(split["train"])
    if split["validation"]:
        model.tune_p1_threshold(split["validation"], P1_TARGET_RECALL)
    return model


def train_release_model(cases: list[dict]) -> TriageModel:
    """Thresholds tuned with validation families held out, then a refit on every family: the
    release model knows all faults, and `triage eval` measures the held-out variant."""
    return TriageModel(train_on_families(cases).thresholds).fit(cases)
