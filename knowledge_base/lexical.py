"""Lexical retrieval: BM25 (bm25s) over jieba words, character bigrams and stemmed English."""

from __future__ import annotations

from pathlib import Path

import bm25s
import numpy as np

from knowledge_base.text import tokenize


class LexicalIndex:
    def __init__(self, retriever: bm25s.BM25) -> None:
        self.retriever = retriever

    @classmethod
    def build(cls, documents: list[str]) -> LexicalIndex:
        retriever = bm25s.BM25()
        retriever.index([tokenize(d) for d in documents], show_progress=False)
        return cls(retriever)

    def save(self, directory: Path, name: str) -> None:
        self.retriever.save(str(directory / name))

    @classmethod
    def load(cls, directory: Path, name: str) -> LexicalIndex:
        return cls(bm25s.BM25.load(str(directory / name)))

    def article_scores(self, query_tokens: list[str], depth: int) -> dict[int, float]:
        """BM25 per article (row), for the `depth` best-scoring articles with any match."""
        tokens = [t for t in query_tokens if t in self.retriever.vocab_dict]
        if not tokens:
            return {}
        scores = self.retriever.get_scores(tokens)
        top = np.argsort(scores)[::-1][:depth]
        return {int(row): float(scores[row]) for row in top if scores[row] > 0}
