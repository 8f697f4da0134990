"""The fitted triage pipeline read as plain arrays, for one ticket at a time.

scikit-learn validates its input on every call (a FeatureUnion's workers, each isotonic
calibrator's array check): for one short text that costs more than the arithmetic, about half of
a classification. These classes take the fitted estimators' learnt numbers and compute the same
results directly; tests/test_triage.py holds them equal to scikit-learn's own answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.calibration import CalibratedClassifierCV
from sklearn.pipeline import FeatureUnion

# Probabilities that exceed 1 by rounding alone are 1 (as scikit-learn has it).
_ROUNDING = 1e-5


@dataclass(frozen=True)
class CompiledFeatures:
    """A FeatureUnion of text vectorizers, transformed in turn without a worker pool."""

    vectorizers: tuple

    @classmethod
    def of(cls, union: FeatureUnion) -> CompiledFeatures:
        if union.transformer_weights:
            raise ValueError("weighted feature unions are not compiled")
        return cls(tuple(t for _, t in union.transformer_list))

    def transform(self, texts: Sequence[str]) -> csr_matrix:
        return hstack([v.transform(texts) for v in self.vectorizers], format="csr")


@dataclass(frozen=True)
class _Calibrator:
    """One class's isotonic map from the decision value to its probability."""

    low: float
    high: float
    xs: np.ndarray
    ys: np.ndarray

    def __call__(self, values: np.ndarray) -> np.ndarray:
        if len(self.ys) == 1:
            return np.repeat(self.ys, len(values))
        return np.interp(np.clip(values, self.low, self.high), self.xs, self.ys)


@dataclass(frozen=True)
class CompiledCalibrated:
    """A CalibratedClassifierCV(LogisticRegression, method="isotonic", ensemble=False) over
    three or more classes: linear decision values, isotonic per class, normalised rows."""

    classes_: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    calibrators: tuple[_Calibrator, ...]

    @classmethod
    def of(cls, model: CalibratedClassifierCV) -> CompiledCalibrated:
        if len(model.calibrated_classifiers_) != 1 or len(model.classes_) < 3:
            raise ValueError("only a single calibrated classifier over 3+ classes is compiled")
        fitted = model.calibrated_classifiers_[0]
        if list(fitted.estimator.classes_) != list(model.classes_):
            raise ValueError("the estimator's classes differ from the calibrated model's")
        return cls(
            model.classes_,
            fitted.estimator.coef_.T.copy(),
            fitted.estimator.intercept_.copy(),
            tuple(
                _Calibrator(c.X_min_, c.X_max_, c.X_thresholds_, c.y_thresholds_)
                for c in fitted.calibrators
            ),
        )

    def predict_proba(self, features: csr_matrix) -> np.ndarray:
        decisions = np.asarray(features @ self.coef) + self.intercept
        proba = np.column_stack(
            [calibrate(decisions[:, i]) for i, calibrate in enumerate(self.calibrators)]
        )
        total = proba.sum(axis=1, keepdims=True)
        uniform = np.full_like(proba, 1 / len(self.classes_))
        proba = np.divide(proba, total, out=uniform, where=total != 0)
        proba[(proba > 1.0) & (proba <= 1.0 + _ROUNDING)] = 1.0
        return proba
