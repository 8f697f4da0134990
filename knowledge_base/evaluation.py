"""Calibrate on development queries; evaluate on held-out queries, per language and method."""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import product
from pathlib import Path

from tqdm import tqdm

from careline.errors import InvalidInput
from knowledge_base.confidence import Calibrator, save_calibrators
from knowledge_base.corpus import LANGUAGES
from knowledge_base.index import METHODS, Candidate, KnowledgeBase, close_pair

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
                raise InvalidInput(f"{path}:{number}: lang must be one of {LANGUAGES}")
            queries.append(
                Query(row["id"], row["text"], row["lang"], row.get("target"), row["kind"])
            )
    return queries


def _ranked(kb: KnowledgeBase, queries: list[Query], desc: str) -> list[dict[str, list]]:
    return [kb.candidates(q.text, q.lang) for q in tqdm(queries, desc=desc, unit="query")]


def _article_id(kb: KnowledgeBase, lang: str, candidate: Candidate) -> str:
    return kb.articles[lang][candidate.row].id


def calibrate(kb: KnowledgeBase, queries: list[Query], index_dir: Path, fitted_on: str) -> None:
    """One calibrator per method and language from the development queries, saved beside the
    index."""
    ranked = _ranked(kb, queries, "calibrating on development queries")
    calibrators = {}
    for method, lang in product(METHODS, LANGUAGES):
        rows, correct, unanswerable_top = [], [], []
        for query, by_method in zip(queries, ranked, strict=True):
            if query.lang != lang:
                continue
            top = by_method[method][:CALIBRATION_DEPTH]
            for candidate in top:
                rows.append(candidate.features)
                correct.append(_article_id(kb, query.lang, candidate) == query.target)
            if query.target is None and top:
                unanswerable_top.append(top[0].features)
        if rows:
            calibrators[method, lang] = Calibrator.fit(
                method, rows, correct, unanswerable_top, TARGET_NOT_SURE
            )
    save_calibrators(index_dir, calibrators, fitted_on)
    kb.calibrators = calibrators


def _metrics(
    kb: KnowledgeBase, method: str, lang: str, queries: list[Query], ranked: list[dict]
) -> dict:
    threshold = kb.threshold(method, lang, 0.5)
    answerable = [(q, r) for q, r in zip(queries, ranked, strict=True) if q.target]
    unanswerable = [(q, r) for q, r in zip(queries, ranked, strict=True) if not q.target]
    ranks = []
    for query, by_method in answerable:
        ids = [_article_id(kb, query.lang, c) for c in by_method[method]]
        ranks.append(ids.index(query.target) + 1 if query.target in ids else None)

    def confidences(by_method: dict) -> list[float]:
        return [kb.confidence(method, lang, c) for c in by_method[method][:2]]

    def offered_pair(by_method: dict) -> bool:
        top = confidences(by_method)
        return len(top) == 2 and top[0] < threshold and close_pair(*top, threshold)

    def sure(by_method: dict) -> bool:
        return bool(by_method[method]) and confidences(by_method)[0] >= threshold

    declined = [not sure(r) and not offered_pair(r) for _, r in unanswerable]
    answered_right = [
        sure(r) and _article_id(kb, q.lang, r[method][0]) == q.target for q, r in answerable
    ]
    pair_right = [
        offered_pair(r) and q.target in {_article_id(kb, q.lang, c) for c in r[method][:2]}
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
        "offered_two_with_right": round(sum(pair_right) / n, 4),
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
                kb, method, lang, [q for q, _ in chosen], [r for _, r in chosen]
            )
    return results
