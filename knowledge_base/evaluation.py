"""Calibrate on development queries; evaluate on held-out queries, per language and method."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from knowledge_base.confidence import Calibrator, save_calibrators
from knowledge_base.corpus import LANGUAGES
from knowledge_base.index import METHODS, Candidate, KnowledgeBase

TARGET_NOT_SURE = 0.95
CALIBRATION_DEPTH = 3


@dataclass(frozen=True)
class Query:
    id: str
    text: str
    lang: str
    target: str | None
    kind: str


def load_queries(path: Path) -> list[Query]:
    queries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            if row["lang"] not in LANGUAGES:
                raise ValueError(f"{path}:{number}: lang must be one of {LANGUAGES}")
            queries.append(
                Query(row["id"], row["text"], row["lang"], row.get("target"), row["kind"])
            )
    return queries


def _ranked(kb: KnowledgeBase, queries: list[Query], desc: str) -> list[dict[str, list]]:
    return [kb.candidates(q.text, q.lang) for q in tqdm(queries, desc=desc, unit="query")]


def _article_id(kb: KnowledgeBase, lang: str, candidate: Candidate) -> str:
    return kb.articles[lang][candidate.row].id


def calibrate(kb: KnowledgeBase, queries: list[Query], index_dir: Path, fitted_on: str) -> None:
    """One calibrator per method from the development queries, saved beside the index."""
    ranked = _ranked(kb, queries, "calibrating on development queries")
    calibrators = {}
    for method in METHODS:
        rows, correct, unanswerable_top = [], [], []
        for query, by_method in zip(queries, ranked, strict=True):
            top = by_method[method][:CALIBRATION_DEPTH]
            for candidate in top:
                rows.append(candidate.features)
                correct.append(_article_id(kb, query.lang, candidate) == query.target)
            if query.target is None and top:
                unanswerable_top.append(top[0].features)
        calibrators[method] = Calibrator.fit(
            method, rows, correct, unanswerable_top, TARGET_NOT_SURE
        )
    save_calibrators(index_dir, calibrators, fitted_on)
    kb.calibrators = calibrators


def _metrics(kb: KnowledgeBase, method: str, queries: list[Query], ranked: list[dict]) -> dict:
    threshold = kb.threshold(method, 0.5)
    answerable = [(q, r) for q, r in zip(queries, ranked, strict=True) if q.target]
    unanswerable = [(q, r) for q, r in zip(queries, ranked, strict=True) if not q.target]
    ranks = []
    for query, by_method in answerable:
        ids = [_article_id(kb, query.lang, c) for c in by_method[method]]
        ranks.append(ids.index(query.target) + 1 if query.target in ids else None)
    declined = [
        not r[method] or kb.confidence(method, r[method][0]) < threshold for _, r in unanswerable
    ]
    answered_right = [
        bool(r[method])
        and kb.confidence(method, r[method][0]) >= threshold
        and _article_id(kb, q.lang, r[method][0]) == q.target
        for q, r in answerable
    ]
    n = max(1, len(ranks))
    return {
        "answerable": len(ranks),
        "unanswerable": len(declined),
        "recall@1": round(sum(1 for r in ranks if r == 1) / n, 4),
        "recall@3": round(sum(1 for r in ranks if r and r <= 3) / n, 4),
        "mrr": round(sum(1 / r for r in ranks if r) / n, 4),
        "not_sure_on_unanswerable": round(sum(declined) / max(1, len(declined)), 4),
        "answered_correctly": round(sum(answered_right) / n, 4),
    }


def evaluate(kb: KnowledgeBase, queries: list[Query]) -> dict[str, dict[str, dict]]:
    """{method: {lang: metrics}} on the held-out queries."""
    ranked = _ranked(kb, queries, f"evaluating {kb.encoder.name}")
    results: dict[str, dict[str, dict]] = {}
    for method in METHODS:
        results[method] = {}
        for lang in LANGUAGES:
            chosen = [(q, r) for q, r in zip(queries, ranked, strict=True) if q.lang == lang]
            results[method][lang] = _metrics(
                kb, method, [q for q, _ in chosen], [r for _, r in chosen]
            )
    return results
