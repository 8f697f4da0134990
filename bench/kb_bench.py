"""Knowledge-base speed: query latency (embedding included), index build time, memory.

Usage: .venv/bin/python bench/kb_bench.py [--synthetic 10000]
Runs on the real articles and on a synthetic corpus of N articles made from them (new ids,
mixed titles, nicknames and symptoms), with exact (flat) and HNSW FAISS indexes. Prints a table
and writes bench/results/kb-bench.json naming the machine and the inputs.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from careline.reporting import save_report
from careline.settings import load_settings
from knowledge_base.corpus import ARTICLES_DIR, TEST_QUERIES, Article, load_articles
from knowledge_base.encoders import get_encoder
from knowledge_base.evaluation import load_queries
from knowledge_base.index import KnowledgeBase, build_index

RESULTS = Path(__file__).parent / "results" / "kb-bench.json"
WARM_UP = 20


def write_article(directory: Path, article: Article) -> None:
    aliases = ", ".join(a.replace(",", " ") for a in article.aliases)
    body = "\n".join(f"## {name}\n{text}" for name, text in article.sections.items())
    (directory / f"{article.id}.{article.lang}.md").write_text(
        f"---\nid: {article.id}\nlang: {article.lang}\nsubsystem: {article.subsystem}\n"
        f"title: '{article.title.replace(chr(39), chr(39) * 2)}'\naliases: [{aliases}]\n"
        f"applies_to: synthetic\nlast_reviewed: 2026-11-01\nescalate_if: synthetic\n---\n{body}\n",
        encoding="utf-8",
    )


def synthetic_corpus(directory: Path, size: int, seed: int = 7) -> None:
    """`size` articles, half per language, each a recombination of two real ones."""
    rng = random.Random(seed)
    real = load_articles()
    for n in range(size):
        a = rng.choice(real)
        b = rng.choice([x for x in real if x.lang == a.lang])
        sections = dict(a.sections)
        first = next(iter(sections))
        sections[first] = sections[first] + "\n" + next(iter(b.sections.values()))
        title = f"{a.title} / {b.title.split()[0]} #{n}"
        write_article(
            directory,
            replace(
                a,
                id=f"syn-{n:05d}",
                title=title,
                aliases=(*a.aliases[:2], *b.aliases[:1]),
                sections=sections,
            ),
        )


def latency_ms(kb: KnowledgeBase, queries: list[tuple[str, str]]) -> dict[str, float]:
    for text, lang in queries[:WARM_UP]:
        kb.search(text, lang=lang)
    times = []
    for text, lang in queries:
        started = time.perf_counter()
        kb.search(text, lang=lang)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "queries": len(times),
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
    }


def measure(name: str, articles_dir: Path, hnsw_min: int, queries: list) -> dict:
    encoder = get_encoder(load_settings().encoder, load_settings().st_model_path)
    with tempfile.TemporaryDirectory() as index_dir:
        started = time.perf_counter()
        count = build_index(encoder, Path(index_dir), articles_dir, hnsw_min_vectors=hnsw_min)
        build_s = time.perf_counter() - started
        kb = KnowledgeBase(encoder, Path(index_dir), articles_dir)
        result = {"corpus": name, "articles": count, "build_s": round(build_s, 1)}
        result["faiss"] = type(kb.dense["zh"].index).__name__
        result["passages"] = sum(d.index.ntotal for d in kb.dense.values())
        result.update(latency_ms(kb, queries))
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--synthetic", type=int, default=10_000)
    args = parser.parse_args()
    queries = [(q.text, q.lang) for q in load_queries(TEST_QUERIES)]
    rows = [measure("real", ARTICLES_DIR, load_settings().kb_hnsw_min_vectors, queries)]
    with tempfile.TemporaryDirectory() as corpus:
        synthetic_corpus(Path(corpus), args.synthetic)
        for label, hnsw_min in (("flat", 10**9), ("hnsw", 0)):
            rows.append(
                measure(f"synthetic-{args.synthetic}-{label}", Path(corpus), hnsw_min, queries)
            )
    report = {
        "encoder": load_settings().encoder,
        "queries": f"{TEST_QUERIES.name} ({len(queries)})",
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rows": rows,
    }
    header = ("corpus", "articles", "passages", "faiss", "build s", "p50 ms", "p95 ms")
    print("{:<28}{:>9}{:>10}{:>16}{:>9}{:>8}{:>8}".format(*header))
    for r in rows:
        print(
            f"{r['corpus']:<28}{r['articles']:>9}{r['passages']:>10}{r['faiss']:>16}"
            f"{r['build_s']:>9}{r['p50_ms']:>8}{r['p95_ms']:>8}"
        )
    print(f"max resident memory: {report['max_rss_mb']} MB")
    save_report(RESULTS, report)
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
