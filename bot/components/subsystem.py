"""Gives every `subsystem` entity a SPEC §3.1 id as its value, or drops it, inside the Rasa server.

Runs after the EntitySynonymMapper. Its names are the synonyms of the training data whose value
is a subsystem id (the generated ones from knowledge_base/aliases.yml and the annotated ones) and
the annotated spans themselves; see `subsystem_values` for how a wrapped name is read.
"""

from __future__ import annotations

import json
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.subsystem_values import normalise
from careline.labels import SUBSYSTEM_IDS

ENTITY = "subsystem"
NAMES_FILE = "subsystem_names.json"
IDS = frozenset(SUBSYSTEM_IDS)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class SubsystemNormaliser(GraphComponent, EntityExtractorMixin):
    def __init__(
        self, model_storage: ModelStorage, resource: Resource, names: dict[str, str]
    ) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self.names = names

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SubsystemNormaliser:
        return cls(model_storage, resource, {})

    def train(self, training_data: TrainingData) -> Resource:
        names = {
            str(spelling).lower(): value
            for spelling, value in training_data.entity_synonyms.items()
            if value in IDS
        }
        for example in training_data.entity_examples:
            for entity in example.get(ENTITIES, []):
                if entity.get("entity") == ENTITY and entity.get("value") in IDS:
                    span = example.get(TEXT)[entity["start"] : entity["end"]]
                    names.setdefault(" ".join(span.lower().split()), entity["value"])
        self.names = names
        with self._model_storage.write_to(self._resource) as directory:
            (directory / NAMES_FILE).write_text(json.dumps(names, ensure_ascii=False))
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SubsystemNormaliser:
        try:
            with model_storage.read_from(resource) as directory:
                names = json.loads((directory / NAMES_FILE).read_text())
        except (ValueError, FileNotFoundError):
            names = {}
        return cls(model_storage, resource, names)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            entities = []
            for entity in message.get(ENTITIES, []):
                if entity.get("entity") == ENTITY:
                    value = normalise(entity.get("value", ""), self.names, IDS)
                    if value is None:
                        continue  # names no subsystem the desk can route by
                    if value != entity.get("value"):
                        entity["value"] = value
                        self.add_processor_name(entity)
                entities.append(entity)
            message.set(ENTITIES, entities, add_to_output=True)
        return messages
