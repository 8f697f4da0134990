"""`careline kb eval` and `careline kb gaps`: figures for the team and work for the authors."""

from __future__ import annotations

import json
from pathlib import Path

from careline.reporting import save_report
from careline.settings import Settings
from knowledge_base.artefact import build_calibrated_index
from knowledge_base.corpus import DEV_QUERIES, LANGUAGES, TEST_QUERIES, load_articles
from knowledge_base.encoders import get_encoder
from knowledge_base.evaluation import evaluate, load_queries
from knowledge_base.gaps import top_gaps

ENCODERS = ("use", "sentence-transformers")
COLUMNS = (
    "recall@1",
    "recall@3",
    "mrr",
    "not_sure_on_unanswerable",
    "answered_correctly",
    "offered_two_with_right",
)


def evaluate_all(settings: Settings, encoders: tuple[str, ...] = ENCODERS) -> dict:
    """Every encoder's own index (built under var/kb-eval/), calibrated on the development
    queries, evaluated on the test queries: dense-only, lexical-only and hybrid."""
    queries = load_queries(TEST_QUERIES)
    rows: dict[str, dict] = {}
    for backend in encoders:
        encoder = get_encoder(backend, settings.st_model_path)
        index_dir = settings.var_dir / "kb-eval" / backend
        kb = build_calibrated_index(encoder, index_dir, settings.kb_hnsw_min_vectors)
        results = evaluate(kb, queries)
        rows[f"dense ({encoder.name})"] = results["dense"]
        rows[f"hybrid ({encoder.name})"] = results["hybrid"]
        rows["lexical (bm25)"] = results["lexical"]
    return {
        "articles": len(load_articles()),
        "test_queries": TEST_QUERIES.name,
        "dev_queries": DEV_QUERIES.name,
        "results": rows,
    }


def print_table(report: dict) -> None:
    for lang in LANGUAGES:
        first = next(iter(report["results"].values()))[lang]
        print(f"\n[{lang}] {first['answerable']} answerable, {first['unanswerable']} unanswerable")
        print(
            f"{'method':<50}"
            + "".join(f"{c:>12}" for c in ("R@1", "R@3", "MRR", "notsure", "ans.ok", "two.ok"))
        )
        for name, by_lang in sorted(report["results"].items()):
            metrics = by_lang[lang]
            print(f"{name:<50}" + "".join(f"{metrics[c]:>12.3f}" for c in COLUMNS))


def cmd_kb_eval(settings: Settings, out: Path, encoders: tuple[str, ...]) -> None:
    report = evaluate_all(settings, encoders)
    print_table(report)
    save_report(out, report)
    print(f"\nwritten to {out}")


def cmd_kb_gaps(settings: Settings, limit: int, as_json: bool) -> None:
    gaps = top_gaps(settings.kb_dir, limit)
    if as_json:
        for gap in gaps:
            print(json.dumps(gap.__dict__, ensure_ascii=False))
        return
    if not gaps:
        print("no unanswered questions recorded")
    for gap in gaps:
        print(f"{gap.count:>5}  {','.join(gap.languages):<6} {gap.last_seen}  {gap.question}")
