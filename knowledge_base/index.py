"""Build the hybrid index (FAISS + BM25 per language) once; search it many times."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from loguru import logger

from careline.errors import InvalidInput, NotBuilt
from careline.language import detect_language
from knowledge_base.aliases import ALIASES_FILE, AliasTable
from knowledge_base.confidence import CALIBRATION_FILE, Calibrators, load_calibrators
from knowledge_base.corpus import (
    ARTICLES_DIR,
    DEV_QUERIES,
    LANGUAGES,
    Article,
    content_hash,
    load_articles,
)
from knowledge_base.dense import DenseIndex, encode_all
from knowledge_base.encoders import Encoder
from knowledge_base.lexical import LexicalIndex
from knowledge_base.text import simplified, tokenize

INDEX_VERSION = "3"
META_FILE = "meta.json"
METHODS = ("dense", "lexical", "hybrid")
# Fused score = DENSE_WEIGHT x cosine + (1 - DENSE_WEIGHT) x BM25 / best BM25 of the query.
# Chosen by recall@1 on the development queries (weights 0.3-0.9 compared); reciprocal rank
# fusion was compared there too and lost (it throws away how far ahead the leader is).
DENSE_WEIGHT = 0.65
CANDIDATES = 20
# Two articles are "close" when the runner-up is at least half as likely as the leader: then,
# if together they are as likely as a sure answer, both are offered instead of a "not sure".
CLOSE_RUNNER_UP = 0.5


@dataclass(frozen=True)
class Hit:
    id: str
    title: str
    subsystem: str
    score: float
    lang: str
    confidence: float

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Candidate:
    """One article as both retrievers saw it for one query."""

    row: int
    score: float
    features: dict[str, float]


@dataclass(frozen=True)
class Answer:
    hits: list[Hit]
    sure: bool
    choices: list[Hit] = field(default_factory=list)


def close_pair(leader: float, runner_up: float, threshold: float) -> bool:
    """Whether two unsure candidates together are worth offering as a choice."""
    return leader + runner_up >= threshold and runner_up >= CLOSE_RUNNER_UP * leader


def passages(article: Article) -> list[str]:
    """What staff might type that this article answers: its title, each nickname, the symptoms."""
    symptoms = next(iter(article.sections.values()), "")
    return [article.title, *article.aliases, f"{article.title}\n{symptoms}"]


def lexical_document(article: Article) -> str:
    """The whole article, title and nicknames weighted up by repetition."""
    head = " ".join([article.title, *article.aliases])
    return "\n".join([head, head, *article.sections.values()])


def inputs_fingerprint(encoder_name: str, articles_dir: Path) -> str:
    digest = hashlib.sha256()
    for part in (INDEX_VERSION, encoder_name, content_hash(articles_dir)):
        digest.update(part.encode())
    digest.update(ALIASES_FILE.read_bytes())
    if DEV_QUERIES.exists():  # the confidence calibration is fitted on them
        digest.update(DEV_QUERIES.read_bytes())
    return digest.hexdigest()


def recorded_fingerprint(index_dir: Path) -> str | None:
    """The inputs' fingerprint the index in `index_dir` was built from (None: nothing built)."""
    meta_file = index_dir / META_FILE
    if not meta_file.exists():
        return None
    return json.loads(meta_file.read_text(encoding="utf-8")).get("fingerprint")


def is_stale(index_dir: Path, encoder_name: str, articles_dir: Path = ARTICLES_DIR) -> bool:
    """True when articles, aliases, model or index format changed since the last build."""
    return recorded_fingerprint(index_dir) != inputs_fingerprint(encoder_name, articles_dir)


def build_index(
    encoder: Encoder,
    index_dir: Path,
    articles_dir: Path = ARTICLES_DIR,
    hnsw_min_vectors: int = 50_000,
) -> int:
    """Embed every passage and index every article per language; record model and hashes."""
    articles = load_articles(articles_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    # A calibration describes the scores of the index it was fitted on, never a new one.
    (index_dir / CALIBRATION_FILE).unlink(missing_ok=True)
    keys: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        subset = [a for a in articles if a.lang == lang]
        if not subset:
            continue
        texts, owners = [], []
        for row, article in enumerate(subset):
            for passage in passages(article):
                texts.append(passage)
                owners.append(row)
        vectors = encode_all(encoder, texts, f"embedding {lang} passages")
        DenseIndex.build(vectors, owners, hnsw_min_vectors).save(index_dir, f"dense.{lang}")
        LexicalIndex.build([lexical_document(a) for a in subset]).save(index_dir, f"lexical.{lang}")
        keys[lang] = [a.key for a in subset]
    meta = {
        "fingerprint": inputs_fingerprint(encoder.name, articles_dir),
        "model": encoder.name,
        "content_hash": content_hash(articles_dir),
        "index_version": INDEX_VERSION,
        "keys": keys,
    }
    (index_dir / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1), "utf-8")
    logger.info("knowledge base index: {} articles, model {}", len(articles), encoder.name)
    return len(articles)


def _lead(scores: dict[int, float], row: int) -> float:
    others = [s for r, s in scores.items() if r != row]
    return scores.get(row, 0.0) - (max(others) if others else 0.0)


def _coverage(query_tokens: set[str], document_tokens: frozenset[str]) -> float:
    return len(query_tokens & document_tokens) / max(1, len(query_tokens))


class KnowledgeBase:
    """Hybrid search: dense and BM25 scores fused, with a calibrated confidence."""

    def __init__(self, encoder: Encoder, index_dir: Path, articles_dir: Path = ARTICLES_DIR):
        if is_stale(index_dir, encoder.name, articles_dir):
            raise NotBuilt(
                f"{index_dir}: index missing or stale for model {encoder.name}; "
                "run 'careline kb build'"
            )
        meta = json.loads((index_dir / META_FILE).read_text(encoding="utf-8"))
        by_key = {a.key: a for a in load_articles(articles_dir)}
        self.encoder = encoder
        self.aliases = AliasTable.load()
        langs = list(meta["keys"])
        self.articles = {lang: [by_key[k] for k in meta["keys"][lang]] for lang in langs}
        self.dense = {lang: DenseIndex.load(index_dir, f"dense.{lang}") for lang in langs}
        self.lexical = {lang: LexicalIndex.load(index_dir, f"lexical.{lang}") for lang in langs}
        self.calibrators: Calibrators = load_calibrators(index_dir)
        # What each article says and what its title and nicknames say, as search tokens: how
        # much of a query an article covers tells a real answer from a near miss.
        self.article_tokens = {
            lang: [frozenset(tokenize(lexical_document(a))) for a in articles]
            for lang, articles in self.articles.items()
        }
        self.title_tokens = {
            lang: [frozenset(tokenize(" ".join([a.title, *a.aliases]))) for a in articles]
            for lang, articles in self.articles.items()
        }

    def article(self, article_id: str, lang: str) -> Article | None:
        return next((a for a in self.articles.get(lang, ()) if a.id == article_id), None)

    def candidates(self, query: str, lang: str) -> dict[str, list[Candidate]]:
        """Ranked candidates of every method for one query: one embedding, one BM25 pass."""
        if not query.strip():
            raise InvalidInput("empty query")
        expanded = simplified(self.aliases.expand(query))
        dense = self.dense[lang].article_scores(self.encoder.encode([expanded])[0])
        query_tokens = tokenize(expanded)
        own_words = set(tokenize(query))
        lexical = self.lexical[lang].article_scores(query_tokens, CANDIDATES)
        tokens = max(1, len(query_tokens))
        best_lexical = max(lexical.values(), default=1.0)
        fused = {
            row: DENSE_WEIGHT * dense.get(row, 0.0)
            + (1 - DENSE_WEIGHT) * lexical.get(row, 0.0) / best_lexical
            for row in set(dense) | set(lexical)
        }
        scores = {"dense": dense, "lexical": lexical, "hybrid": fused}

        def features(row: int) -> dict[str, float]:
            return {
                "dense": dense.get(row, 0.0),
                "dense_lead": _lead(dense, row),
                "lexical": lexical.get(row, 0.0) / tokens,
                "lexical_lead": _lead(lexical, row) / tokens,
                "fused": fused[row],
                "fused_lead": _lead(fused, row),
                "coverage": _coverage(own_words, self.article_tokens[lang][row]),
                "title_coverage": _coverage(own_words, self.title_tokens[lang][row]),
            }

        return {
            method: [
                Candidate(row, score, features(row))
                for row, score in sorted(by_row.items(), key=lambda item: -item[1])[:CANDIDATES]
            ]
            for method, by_row in scores.items()
        }

    def confidence(self, method: str, lang: str, candidate: Candidate) -> float:
        calibrator = self.calibrators.get((method, lang))
        if calibrator is None:  # not calibrated yet (no development queries): cosine as is
            return candidate.features["dense"]
        return calibrator.probability(candidate.features)

    def threshold(self, method: str, lang: str, fallback: float) -> float:
        calibrator = self.calibrators.get((method, lang))
        return calibrator.threshold if calibrator else fallback

    def search(
        self, query: str, k: int = 3, lang: str | None = None, method: str = "hybrid"
    ) -> list[Hit]:
        lang = lang or detect_language(query)
        if lang not in self.articles:  # no article written in that language yet
            return []
        ranked = self.candidates(query, lang)[method][:k]
        articles = self.articles[lang]
        return [
            Hit(
                articles[c.row].id,
                articles[c.row].title,
                articles[c.row].subsystem,
                round(c.score, 6),
                lang,
                round(self.confidence(method, lang, c), 4),
            )
            for c in ranked
        ]

    def answer(self, query: str, lang: str, min_score: float, k: int = 3) -> Answer:
        """The ranked hits, whether the best one is trustworthy enough to show as the answer, and
        when it is not, the two close candidates worth offering as a choice (if any)."""
        hits = self.search(query, k=max(k, 2), lang=lang)
        threshold = self.threshold("hybrid", lang, min_score)
        sure = bool(hits) and hits[0].confidence >= threshold
        pair = not sure and len(hits) > 1
        choices = (
            hits[:2] if pair and close_pair(*(h.confidence for h in hits[:2]), threshold) else []
        )
        return Answer(hits[:k], sure, choices)
