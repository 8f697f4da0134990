"""Tags each message with the language it is written in, inside the Rasa server.

The `language` slot maps from this entity, so every response (rule-driven ones included) follows
the user's language without a call to the action server; a message that does not tell (a
system's name, a code, a number, a button) adds no entity and the slot keeps its value.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from careline.language import message_language

ENTITY = "language"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class LanguageTagger(GraphComponent, EntityExtractorMixin):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LanguageTagger:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            language = message_language(text)
            if language is None:
                continue
            entity = {"entity": ENTITY, "value": language, "start": 0, "end": len(text)}
            message.set(
                ENTITIES,
                [*message.get(ENTITIES, []), self.add_extractor_name([entity])[0]],
                add_to_output=True,
            )
        return messages
