"""Dense retrieval: several passages per article in FAISS, an article scores its best passage."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np
from tqdm import tqdm

from knowledge_base.encoders import Encoder

_BATCH = 64
# Passages returned by FAISS before they are folded into articles (enough for top-k articles).
SEARCH_DEPTH = 256


def encode_all(encoder: Encoder, texts: list[str], desc: str) -> np.ndarray:
    batches = [texts[i : i + _BATCH] for i in range(0, len(texts), _BATCH)]
    return np.vstack([encoder.encode(b) for b in tqdm(batches, desc=desc, unit="batch")])


def make_faiss_index(vectors: np.ndarray, hnsw_min_vectors: int) -> faiss.Index:
    """Exact inner product while it is fast enough; HNSW once the collection is large."""
    dim = vectors.shape[1]
    if len(vectors) < hnsw_min_vectors:
        index = faiss.IndexFlatIP(dim)
    else:
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        index.hnsw.efSearch = 128
    index.add(vectors)
    return index


class DenseIndex:
    def __init__(self, index: faiss.Index, owners: np.ndarray) -> None:
        self.index = index
        self.owners = owners  # passage row -> article row

    @classmethod
    def build(cls, vectors: np.ndarray, owners: list[int], hnsw_min_vectors: int) -> DenseIndex:
        return cls(make_faiss_index(vectors, hnsw_min_vectors), np.asarray(owners, dtype=np.int64))

    def save(self, directory: Path, name: str) -> None:
        faiss.write_index(self.index, str(directory / f"{name}.faiss"))
        np.save(directory / f"{name}.owners.npy", self.owners)

    @classmethod
    def load(cls, directory: Path, name: str) -> DenseIndex:
        return cls(
            faiss.read_index(str(directory / f"{name}.faiss")),
            np.load(directory / f"{name}.owners.npy"),
        )

    def article_scores(self, query_vector: np.ndarray) -> dict[int, float]:
        """Best passage cosine per article, for the articles among the top passages."""
        depth = min(SEARCH_DEPTH, self.index.ntotal)
        scores, rows = self.index.search(query_vector.reshape(1, -1), depth)
        best: dict[int, float] = {}
        for score, row in zip(scores[0], rows[0], strict=True):
            if row < 0:
                continue
            article = int(self.owners[row])
            if article not in best:
                best[article] = float(score)
        return best
