"""Build the FAISS index of article embeddings once, and search it many times."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

import faiss
import numpy as np
from loguru import logger
from tqdm import tqdm

from knowledge_base.corpus import ARTICLES_DIR, Article, content_hash, load_articles
from knowledge_base.encoders import Encoder

INDEX_FILE = "index.faiss"
META_FILE = "meta.json"
_BATCH = 32


@dataclass(frozen=True)
class Hit:
    id: str
    title: str
    subsystem: str
    score: float
    lang: str

    def as_dict(self) -> dict:
        return asdict(self)


def _meta_path(index_dir: Path) -> Path:
    return index_dir / META_FILE


def is_stale(index_dir: Path, encoder_name: str, articles_dir: Path = ARTICLES_DIR) -> bool:
    """True when the articles or the model changed since the index on disk was built."""
    meta_file = _meta_path(index_dir)
    if not meta_file.exists() or not (index_dir / INDEX_FILE).exists():
        return True
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    return meta.get("model") != encoder_name or meta.get("content_hash") != content_hash(
        articles_dir
    )


def build_index(encoder: Encoder, index_dir: Path, articles_dir: Path = ARTICLES_DIR) -> int:
    """Embed every article and write the index with the model name and content hash."""
    articles = load_articles(articles_dir)
    texts = [a.search_text for a in articles]
    batches = [texts[i : i + _BATCH] for i in range(0, len(texts), _BATCH)]
    vectors = np.vstack(
        [encoder.encode(batch) for batch in tqdm(batches, desc="embedding articles", unit="batch")]
    )
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    index_dir.mkdir(parents=True, exist_ok=True)
    faiss.write_index(index, str(index_dir / INDEX_FILE))
    meta = {
        "model": encoder.name,
        "content_hash": content_hash(articles_dir),
        "dim": int(vectors.shape[1]),
        "keys": [a.key for a in articles],
    }
    _meta_path(index_dir).write_text(
        json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    logger.info("knowledge base index: {} articles, model {}", len(articles), encoder.name)
    return len(articles)


class KnowledgeBase:
    """Loaded index plus articles; `search` embeds the query and ranks by cosine."""

    def __init__(self, encoder: Encoder, index_dir: Path, articles_dir: Path = ARTICLES_DIR):
        if is_stale(index_dir, encoder.name, articles_dir):
            raise FileNotFoundError(
                f"{index_dir}: index missing or stale for model {encoder.name}; "
                "run 'careline kb build'"
            )
        meta = json.loads(_meta_path(index_dir).read_text(encoding="utf-8"))
        by_key = {a.key: a for a in load_articles(articles_dir)}
        self.encoder = encoder
        self.articles: list[Article] = [by_key[k] for k in meta["keys"]]
        self._index = faiss.read_index(str(index_dir / INDEX_FILE))

    def article(self, article_id: str, lang: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id and a.lang == lang), None)

    def search(self, query: str, k: int = 3, lang: str | None = None) -> list[Hit]:
        """Top-k articles, one per topic; in `lang` when given, else whichever ranks higher."""
        if not query.strip():
            raise ValueError("empty query")
        vector = self.encoder.encode([query])
        scores, rows = self._index.search(vector, len(self.articles))
        hits: list[Hit] = []
        seen: set[str] = set()
        for score, row in zip(scores[0], rows[0], strict=True):
            article = self.articles[row]
            if article.id in seen or (lang and article.lang != lang):
                continue
            seen.add(article.id)
            hits.append(
                Hit(article.id, article.title, article.subsystem, float(score), article.lang)
            )
            if len(hits) == k:
                break
        return hits
