"""The knowledge-base index as a built artefact: FAISS and BM25 indexes of the articles, with
the confidence calibrated on the development queries."""

from __future__ import annotations

from pathlib import Path

from careline.artefacts import Artefact
from careline.settings import Settings
from knowledge_base.corpus import ARTICLES_DIR, DEV_QUERIES
from knowledge_base.encoders import Encoder, get_encoder
from knowledge_base.evaluation import calibrate, load_queries
from knowledge_base.index import (
    META_FILE,
    KnowledgeBase,
    build_index,
    inputs_fingerprint,
    recorded_fingerprint,
)


def build_calibrated_index(
    encoder: Encoder, index_dir: Path, hnsw_min_vectors: int
) -> KnowledgeBase:
    """Index the articles and, when development queries exist, calibrate the confidence."""
    build_index(encoder, index_dir, hnsw_min_vectors=hnsw_min_vectors)
    try:
        kb = KnowledgeBase(encoder, index_dir)
        if DEV_QUERIES.exists():
            calibrate(kb, load_queries(DEV_QUERIES), index_dir, DEV_QUERIES.name)
    except Exception:
        (index_dir / META_FILE).unlink()  # half-built: the next build must start over
        raise
    return kb


class KnowledgeBaseIndex(Artefact):
    name = "knowledge-base index"

    @staticmethod
    def encoder(settings: Settings) -> Encoder:
        return get_encoder(settings.encoder, settings.st_model_path)

    def fingerprint(self, settings: Settings) -> str:
        return inputs_fingerprint(self.encoder(settings).name, ARTICLES_DIR)

    def built_fingerprint(self, settings: Settings) -> str | None:
        return recorded_fingerprint(settings.kb_dir)

    def build(self, settings: Settings) -> None:
        build_calibrated_index(
            self.encoder(settings), settings.kb_dir, settings.kb_hnsw_min_vectors
        )

    def load(self, settings: Settings) -> KnowledgeBase:
        return KnowledgeBase(self.encoder(settings), settings.kb_dir)


KB_INDEX = KnowledgeBaseIndex()
