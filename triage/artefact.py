"""The triage model as a built artefact: trained on the generated cases, the articles and the
desk corrections the current version learnt, kept as a new version (triage/versions.py)."""

from __future__ import annotations

from careline.artefacts import Artefact
from careline.settings import Settings
from triage.dataset import generate_cases
from triage.knowledge import article_passages
from triage.model import MODEL_VERSION, TriageModel, data_hash, labels_of, samples_of
from triage.training import correction_cases, train_release_model
from triage.versions import ModelRegistry


def _current_corrections(registry: ModelRegistry) -> list[dict]:
    current = registry.current()
    return current.corrections() if current else []


class TriageModelArtefact(Artefact):
    name = "triage model"

    def fingerprint(self, settings: Settings) -> str:
        cases = generate_cases() + correction_cases(
            _current_corrections(ModelRegistry(settings.triage_dir))
        )
        inputs = data_hash(samples_of(cases), labels_of(cases), article_passages())
        return f"{MODEL_VERSION}:{inputs}"

    def built_fingerprint(self, settings: Settings) -> str | None:
        current = ModelRegistry(settings.triage_dir).current()
        if current is None:
            return None
        meta = current.meta()
        return f"{meta.get('version')}:{meta.get('data_hash')}"

    def build(self, settings: Settings) -> None:
        """A new version from today's generator, keeping what the desk taught the current one."""
        registry = ModelRegistry(settings.triage_dir)
        corrections = _current_corrections(registry)
        model = train_release_model(generate_cases(), corrections)
        registry.promote(registry.add(model, None, corrections))

    def load(self, settings: Settings) -> TriageModel:
        return ModelRegistry(settings.triage_dir).load_current()


TRIAGE_MODEL = TriageModelArtefact()
