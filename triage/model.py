"""The triage estimator: description (+ log) to subsystem and tier, saved with its metadata.

Two calibrated logistic regressions over TF-IDF character n-grams and jieba words: the subsystem
reads the description and the troubled log templates (the system names itself in its log), the
tier reads the description alone (a log shows errors at every severity; how bad it is for the
ward is in the staff's words, and adding log features lowered the tier's held-out macro-F1).
Calibration folds are grouped by fault family, so the probabilities describe how
sure the model is about faults it has not seen — the case that matters at 3 a.m.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

import joblib
import numpy as np
import sklearn
from scipy.sparse import csr_matrix
from sklearn.base import BaseEstimator
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import FeatureUnion

from careline.errors import InvalidInput, NotBuilt
from careline.labels import SUBSYSTEM_IDS, TIER_IDS
from careline.redaction import redact
from triage.compiled import CompiledCalibrated, CompiledFeatures
from triage.features import case_text, summarize_log, tokenize_words
from triage.knowledge import Passage
from triage.names import with_names
from triage.severity import assess
from triage.templates import LogSummary

MODEL_VERSION = "7"
MODEL_FILE = "triage.joblib"
META_FILE = "triage.meta.json"
MAX_EVIDENCE = 5
MAX_EVIDENCE_WORDS = 5
P1_TARGET_RECALL = 0.97
# A prediction is trusted without review when, on validation families, predictions at least
# this confident were right this often.
AUTO_PRECISION = 0.90
CALIBRATION_FOLDS = 4
P1_THRESHOLD_FOLDS = 5


Sample = tuple[str, str]  # (description, log), the log "" when none was pasted
Labels = tuple[str, str]  # (subsystem, tier)


def samples_of(cases: Sequence[dict]) -> list[Sample]:
    return [(c["text"], c.get("log", "")) for c in cases]


def labels_of(cases: Sequence[dict]) -> list[Labels]:
    return [(c["subsystem"], c["tier"]) for c in cases]


class LabelSetMismatch(RuntimeError):
    """A model trained on other labels would route tickets to pools that no longer exist."""


@dataclass(frozen=True)
class Thresholds:
    """Below these probabilities the prediction goes to a human instead of being trusted."""

    subsystem: float = 0.5
    tier: float = 0.6
    # P1 is called at or above this probability even when another tier is likelier: missing a
    # P1 costs far more than over-calling one (SPEC §3.2). Placed on out-of-family predictions.
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
    # The severity floors (triage/severity.py: SPEC §3.2 "context raises a tier") that raised
    # the model's tier; the key keeps its first name (the classify JSON is stable).
    context_rules: list[str] = field(default_factory=list)
    # True when the subsystem alone is above its review threshold (the bot then does not ask).
    subsystem_sure: bool = False
    # True when the tier is above its review threshold or a severity floor set it.
    tier_sure: bool = False

    def as_dict(self) -> dict:
        return asdict(self)


def _make_features() -> FeatureUnion:
    return FeatureUnion(
        [
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True, min_df=2
                ),
            ),
            (
                "words",
                TfidfVectorizer(
                    tokenizer=tokenize_words, token_pattern=None, lowercase=False, sublinear_tf=True
                ),
            ),
        ]
    )


def _calibrated(
    features: csr_matrix, labels: list[str], groups: list[str]
) -> CalibratedClassifierCV:
    """Logistic regression whose probabilities are calibrated on held-out fault families."""
    folds = list(GroupKFold(CALIBRATION_FOLDS).split(features, labels, groups))
    model = CalibratedClassifierCV(
        LogisticRegression(C=8.0, max_iter=3000), method="isotonic", cv=folds, ensemble=False
    )
    return model.fit(features, labels)


def data_hash(
    samples: Sequence[Sample], labels: Sequence[Labels], passages: Sequence[Passage]
) -> str:
    """What the model learnt from: the samples, their labels and the knowledge-base passages."""
    blob = json.dumps(
        [
            [text, log, subsystem, tier]
            for (text, log), (subsystem, tier) in zip(samples, labels, strict=True)
        ]
        + [[p.text, p.subsystem] for p in passages],
        ensure_ascii=False,
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _lowest_trusted_confidence(confidence: np.ndarray, correct: np.ndarray) -> float:
    """The lowest confidence from which predictions are right at least AUTO_PRECISION of the
    time (1.0, i.e. review everything, if no such point exists)."""
    order = np.argsort(-confidence)
    hits = np.cumsum(correct[order]) / np.arange(1, len(order) + 1)
    trusted = np.flatnonzero(hits >= AUTO_PRECISION)
    return float(confidence[order][trusted[-1]]) if trusted.size else 1.0


def _recall_lower_bound(caught: int, total: int) -> float:
    """One-sided 95 % Wilson lower bound: the families at hand are a sample of all faults."""
    z = 1.645
    share = caught / total
    centre = share + z * z / (2 * total)
    spread = z * np.sqrt(share * (1 - share) / total + z * z / (4 * total * total))
    return float((centre - spread) / (1 + z * z / total))


def _out_of_family_p1(cases: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """For each P1 case: its P1 probability from a tier model fitted without its family, and
    whether a severity floor alone would call it P1."""
    descriptions = [redact(c["text"]) for c in cases]
    tiers = [c["tier"] for c in cases]
    families = [c["family"] for c in cases]
    is_p1 = np.array([t == "P1" for t in tiers])
    if not is_p1.any():
        raise ValueError("no P1 case among the known families: cannot place the P1 threshold")
    scores = np.zeros(len(cases))
    for fitted, held in GroupKFold(P1_THRESHOLD_FOLDS).split(descriptions, tiers, families):
        features = _make_features()
        model = _calibrated(
            features.fit_transform([descriptions[i] for i in fitted]),
            [tiers[i] for i in fitted],
            [families[i] for i in fitted],
        )
        probs = model.predict_proba(features.transform([descriptions[i] for i in held]))
        scores[held] = probs[:, list(model.classes_).index("P1")]
    raised = np.array([assess(d).floor == "P1" for d in descriptions])
    return scores[is_p1], raised[is_p1]


def _p1_threshold(
    scores: np.ndarray, raised: np.ndarray, target_recall: float = P1_TARGET_RECALL
) -> float:
    """The highest P1 threshold at which the P1s caught — by the threshold or by a context
    rule — make a recall whose lower confidence bound still reaches `target_recall`."""
    for threshold in sorted({*scores.tolist(), 0.0}, reverse=True):
        caught = int(np.sum((scores >= threshold) | raised))
        if _recall_lower_bound(caught, len(scores)) >= target_recall:
            return min(threshold, Thresholds().p1)
    return 0.0


def _inputs(samples: Sequence[Sample]) -> tuple[list[str], list[str], list[LogSummary]]:
    """Redacted descriptions (the tier's input), case texts (the subsystem's) and log
    summaries, prepared the same way for fitting and predicting."""
    descriptions = [redact(description) for description, _ in samples]
    summaries = [summarize_log(log) for _, log in samples]
    texts = [case_text(d, s) for d, s in zip(descriptions, summaries, strict=True)]
    return descriptions, texts, summaries


class TriageModel(BaseEstimator):
    """Two calibrated text classifiers and the raise-only severity floors on top of the tier.

    A scikit-learn estimator over samples (description, log) and labels (subsystem, tier):
    `fit(X, y, groups=families, passages=…)`, batch `predict` and `predict_proba`, and
    `classify` for one ticket. `thresholds` is the starting point; `thresholds_` the ones in use
    (tuned by `tune_thresholds`)."""

    def __init__(self, thresholds: Thresholds | None = None) -> None:
        self.thresholds = thresholds

    def fit(
        self,
        X: Sequence[Sample],
        y: Sequence[Labels],
        groups: Sequence[str],
        passages: Sequence[Passage] = (),
    ) -> TriageModel:
        """`groups` (the fault family of each sample) keep calibration folds out of family;
        `passages` (knowledge-base text with its subsystem) teach the subsystem classifier the
        systems' own words."""
        subsystems, tiers = [s for s, _ in y], [t for _, t in y]
        descriptions, texts, _ = _inputs(X)
        for derived in ("_word_columns", "_compiled"):  # a refit has its own vocabulary
            self.__dict__.pop(derived, None)
        self.thresholds_ = self.thresholds or Thresholds()
        self.subsystem_features_ = _make_features()
        self.tier_features_ = _make_features()
        subsystem_matrix = self.subsystem_features_.fit_transform(
            texts + [with_names(p.text) for p in passages]
        )
        self.subsystem_model_ = _calibrated(
            subsystem_matrix,
            subsystems + [p.subsystem for p in passages],
            list(groups) + [p.group for p in passages],
        )
        tier_matrix = self.tier_features_.fit_transform(descriptions)
        self.tier_model_ = _calibrated(tier_matrix, tiers, list(groups))
        self.meta_ = {
            "version": MODEL_VERSION,
            "subsystems": list(SUBSYSTEM_IDS),
            "tiers": list(TIER_IDS),
            "data_hash": data_hash(X, y, passages),
            "n_cases": len(X),
            "n_kb_passages": len(passages),
            "thresholds": asdict(self.thresholds_),
            "sklearn": sklearn.__version__,
            "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        return self

    def predict_proba(self, X: Sequence[Sample]) -> tuple[np.ndarray, np.ndarray]:
        """Subsystem and tier probabilities, columns in `subsystem_model_.classes_` and
        `tier_model_.classes_` order (before the severity floors)."""
        descriptions, texts, _ = _inputs(X)
        return self._probabilities(texts, descriptions)[1:]

    def _probabilities(
        self, case_texts: list[str], descriptions: list[str]
    ) -> tuple[csr_matrix, np.ndarray, np.ndarray]:
        """Subsystem features (kept for the evidence) and both probability tables."""
        subsystem_features, subsystem, tier_features, tier = self._compiled
        matrix = subsystem_features.transform(case_texts)
        return (
            matrix,
            subsystem.predict_proba(matrix),
            tier.predict_proba(tier_features.transform(descriptions)),
        )

    @cached_property
    def _compiled(
        self,
    ) -> tuple[CompiledFeatures, CompiledCalibrated, CompiledFeatures, CompiledCalibrated]:
        """The fitted estimators as plain arrays (triage/compiled.py explains why)."""
        return (
            CompiledFeatures.of(self.subsystem_features_),
            CompiledCalibrated.of(self.subsystem_model_),
            CompiledFeatures.of(self.tier_features_),
            CompiledCalibrated.of(self.tier_model_),
        )

    def predict(self, X: Sequence[Sample]) -> list[TriagePrediction]:
        for description, log in X:
            if not description.strip() and not log.strip():
                raise InvalidInput("nothing to triage: the description and the log are both empty")
        descriptions, texts, summaries = _inputs(X)
        matrix, sub_all, tier_all = self._probabilities(texts, descriptions)
        return [
            self._prediction(
                descriptions[i], summaries[i], matrix.getrow(i), sub_all[i], tier_all[i]
            )
            for i in range(len(descriptions))
        ]

    def classify(self, description: str, log: str = "") -> TriagePrediction:
        """One ticket's prediction."""
        return self.predict([(description, log)])[0]

    def _prediction(
        self,
        description: str,
        summary: LogSummary,
        row: csr_matrix,
        sub_probs: np.ndarray,
        tier_probs: np.ndarray,
    ) -> TriagePrediction:
        sub_order = np.argsort(sub_probs)[::-1]
        subsystems = self.subsystem_model_.classes_
        tiers = list(self.tier_model_.classes_)
        severity = assess(description)
        tier, rules = severity.raise_tier(self._tier(tiers, tier_probs))
        tier_p = float(tier_probs[tiers.index(tier)])
        subsystem = str(subsystems[sub_order[0]])
        subsystem_p = float(sub_probs[sub_order[0]])
        subsystem_sure = subsystem_p >= self.thresholds_.subsystem
        tier_sure = bool(rules) or tier_p >= self.thresholds_.tier
        needs_review = not subsystem_sure or not tier_sure
        return TriagePrediction(
            subsystem=subsystem,
            subsystem_p=round(subsystem_p, 4),
            tier=tier,
            tier_p=round(tier_p, 4),
            needs_review=needs_review,
            alternatives=[
                {"subsystem": str(subsystems[i]), "p": round(float(sub_probs[i]), 4)}
                for i in sub_order[1:3]
            ],
            evidence=self._word_evidence(description, row, subsystem)
            + [
                {
                    "source": "log",
                    "line": t.first_line,
                    "text": t.sample.splitlines()[0],
                    "count": t.count,
                    "template": t.template,
                }
                for t in summary.signals()[:MAX_EVIDENCE]
            ]
            + severity.evidence(),
            context_rules=rules,
            subsystem_sure=subsystem_sure,
            tier_sure=tier_sure,
        )

    def _word_evidence(self, description: str, row: csr_matrix, subsystem: str) -> list[dict]:
        """Description words that pushed hardest towards the chosen subsystem: TF-IDF weight
        times the word's coefficient in the (linear) classifier."""
        offset, vocabulary = self._word_columns
        estimator = self.subsystem_model_.calibrated_classifiers_[0].estimator
        coef = estimator.coef_[list(estimator.classes_).index(subsystem)]
        in_description = set(tokenize_words(description))
        scored = [
            (float(value * coef[column]), str(vocabulary[column - offset]))
            for column, value in zip(row.indices, row.data, strict=True)
            if column >= offset
        ]
        ranked = sorted(
            (score, word) for score, word in scored if score > 0 and word in in_description
        )[::-1]
        return [
            {"source": "description", "text": word, "weight": round(score, 3)}
            for score, word in ranked[:MAX_EVIDENCE_WORDS]
        ]

    @cached_property
    def _word_columns(self) -> tuple[int, np.ndarray]:
        """Where the word features start in the subsystem matrix, and their words (sorting the
        vocabulary costs milliseconds, so it is done once per model)."""
        chars, words = (t for _, t in self.subsystem_features_.transformer_list)
        return len(chars.vocabulary_), words.get_feature_names_out()

    def _tier(self, tiers: list[str], probs: np.ndarray) -> str:
        p1 = float(probs[tiers.index("P1")])
        return "P1" if p1 >= self.thresholds_.p1 else str(tiers[int(np.argmax(probs))])

    def tune_thresholds(self, validation: list[dict], known: list[dict]) -> Thresholds:
        """Thresholds from families the deciding model never saw: P1 from out-of-family
        predictions over every known family (a dozen validation families are too few to place
        a 97 % recall point), review thresholds from the validation families."""
        self.thresholds_ = replace(self.thresholds_, p1=_p1_threshold(*_out_of_family_p1(known)))
        sub_probs, tier_probs = self.predict_proba(samples_of(validation))
        tiers = list(self.tier_model_.classes_)
        truth_tier = np.array([c["tier"] for c in validation])
        predicted_tier = np.array([self._tier(tiers, p) for p in tier_probs])
        truth_sub = np.array([c["subsystem"] for c in validation])
        predicted_sub = self.subsystem_model_.classes_[sub_probs.argmax(axis=1)]
        self.thresholds_ = replace(
            self.thresholds_,
            subsystem=_lowest_trusted_confidence(sub_probs.max(axis=1), predicted_sub == truth_sub),
            tier=_lowest_trusted_confidence(
                tier_probs[np.arange(len(validation)), [tiers.index(t) for t in predicted_tier]],
                predicted_tier == truth_tier,
            ),
        )
        self.meta_["thresholds"] = asdict(self.thresholds_)
        return self.thresholds_

    def save(self, directory: Path) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / MODEL_FILE
        joblib.dump(
            {
                "meta": self.meta_,
                "subsystem_features": self.subsystem_features_,
                "tier_features": self.tier_features_,
                "subsystem": self.subsystem_model_,
                "tier": self.tier_model_,
            },
            path,
        )
        (directory / META_FILE).write_text(json.dumps(self.meta_, indent=1), encoding="utf-8")
        return path

    @classmethod
    def load(cls, directory: Path) -> TriageModel:
        path = directory / MODEL_FILE
        if not path.exists():
            raise NotBuilt(f"{path}: no triage model; run 'careline triage train'")
        saved = joblib.load(path)
        meta = saved["meta"]
        if meta["subsystems"] != list(SUBSYSTEM_IDS) or meta["tiers"] != list(TIER_IDS):
            raise LabelSetMismatch(
                f"{path}: trained on subsystems {meta['subsystems']} and tiers {meta['tiers']}, "
                f"but this release defines {list(SUBSYSTEM_IDS)} and {list(TIER_IDS)}; retrain"
            )
        if meta.get("version") != MODEL_VERSION:
            raise LabelSetMismatch(
                f"{path}: model format {meta.get('version')}, this release reads "
                f"{MODEL_VERSION}; retrain"
            )
        model = cls(Thresholds(**meta["thresholds"]))
        model.thresholds_ = model.thresholds
        model.subsystem_features_ = saved["subsystem_features"]
        model.tier_features_ = saved["tier_features"]
        model.subsystem_model_ = saved["subsystem"]
        model.tier_model_ = saved["tier"]
        model.meta_ = meta
        return model
