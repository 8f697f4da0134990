"""The triage model as a built artefact, trained on the generated cases and the articles."""

from __future__ import annotations

import json

from careline.artefacts import Artefact
from careline.settings import Settings
from triage.dataset import generate_cases
from triage.knowledge import article_passages
from triage.model import (
    META_FILE,
    MODEL_FILE,
    MODEL_VERSION,
    TriageModel,
    data_hash,
    labels_of,
    samples_of,
)
from triage.training import train_release_model


class TriageModelArtefact(Artefact):
    name = "triage model"

    def fingerprint(self, settings: Settings) -> str:
        cases = generate_cases()
        inputs = data_hash(samples_of(cases), labels_of(cases), article_passages())
        return f"{MODEL_VERSION}:{inputs}"

    def built_fingerprint(self, settings: Settings) -> str | None:
        meta_file = settings.triage_dir / META_FILE
        if not (settings.triage_dir / MODEL_FILE).exists() or not meta_file.exists():
            return None
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        return f"{meta.get('version')}:{meta.get('data_hash')}"

    def build(self, settings: Settings) -> None:
        train_release_model(generate_cases()).save(settings.triage_dir)

    def load(self, settings: Settings) -> TriageModel:
        return TriageModel.load(settings.triage_dir)


TRIAGE_MODEL = TriageModelArtefact()
