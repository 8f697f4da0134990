"""Triage models kept as numbered versions, each with the figures it was promoted on and the
desk corrections it learnt; one is current, and a rollback returns to the one promoted before.

Layout under the triage directory: `versions/0001/` … (the model, its metadata, `figures.json`,
`corrections.jsonl`) and `promotions.json`, the promoted version numbers oldest first (the last
is current). A version is never changed after it is written, except that figures measured later
are added to it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from careline.errors import InvalidInput, NotBuilt
from triage.model import META_FILE, TriageModel

VERSIONS_DIR = "versions"
PROMOTIONS_FILE = "promotions.json"
FIGURES_FILE = "figures.json"
CORRECTIONS_FILE = "corrections.jsonl"


@dataclass(frozen=True)
class ModelVersion:
    number: int
    directory: Path

    @property
    def name(self) -> str:
        return f"v{self.number}"

    def meta(self) -> dict:
        return json.loads((self.directory / META_FILE).read_text(encoding="utf-8"))

    def figures(self) -> dict | None:
        """The held-out figures it was measured on (None for a model built before any)."""
        path = self.directory / FIGURES_FILE
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None

    def record_figures(self, figures: dict) -> None:
        """The figures measured for this version (the one thing added after it is written)."""
        _write_json(self.directory / FIGURES_FILE, figures)

    def corrections(self) -> list[dict]:
        """The desk's labelled cases this version was trained with (redacted by the desk)."""
        path = self.directory / CORRECTIONS_FILE
        if not path.exists():
            return []
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]

    def load(self) -> TriageModel:
        return TriageModel.load(self.directory)


class ModelRegistry:
    """The versions in one triage directory and which of them answers tickets."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def versions(self) -> list[ModelVersion]:
        base = self.root / VERSIONS_DIR
        if not base.exists():
            return []
        numbers = sorted(int(p.name) for p in base.iterdir() if p.is_dir() and p.name.isdigit())
        return [self._version(n) for n in numbers]

    def _version(self, number: int) -> ModelVersion:
        return ModelVersion(number, self.root / VERSIONS_DIR / f"{number:04d}")

    def promotions(self) -> list[int]:
        path = self.root / PROMOTIONS_FILE
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []

    def current(self) -> ModelVersion | None:
        promoted = self.promotions()
        return self._version(promoted[-1]) if promoted else None

    def load_current(self) -> TriageModel:
        current = self.current()
        if current is None:
            raise NotBuilt(f"{self.root}: no triage model; run 'careline triage train'")
        return current.load()

    def add(
        self, model: TriageModel, figures: dict | None, corrections: list[dict]
    ) -> ModelVersion:
        """A new version on disk, not yet answering tickets."""
        existing = self.versions()
        version = self._version(existing[-1].number + 1 if existing else 1)
        model.save(version.directory)
        if figures is not None:
            version.record_figures(figures)
        lines = [json.dumps(c, ensure_ascii=False) for c in corrections]
        (version.directory / CORRECTIONS_FILE).write_text(
            "".join(f"{line}\n" for line in lines), encoding="utf-8"
        )
        return version

    def promote(self, version: ModelVersion) -> None:
        _write_json(self.root / PROMOTIONS_FILE, [*self.promotions(), version.number])

    def rollback(self) -> ModelVersion:
        """Back to the version promoted before the current one."""
        promoted = self.promotions()
        if len(promoted) < 2:
            raise InvalidInput("no earlier triage model to roll back to")
        _write_json(self.root / PROMOTIONS_FILE, promoted[:-1])
        return self._version(promoted[-2])


def _write_json(path: Path, value: object) -> None:
    """Written beside and renamed, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps(value, indent=1, ensure_ascii=False), encoding="utf-8")
    partial.replace(path)
