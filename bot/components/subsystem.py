"""Finds the systems staff name by the alias table, inside the Rasa server.

The names (the `subsystem` lookup table for Chinese, the `subsystem_latin` regex for Latin
letters, both generated from `knowledge_base/aliases.yml`) are known exactly, so a name in the
table is found by matching rather than guessed: the longest name wins ("腕带打印机" over "腕带"),
and its value is the subsystem id straight away. What DIET found over the same characters is
replaced; a name DIET found elsewhere (one the table does not know yet) is kept. Names inside
pasted log lines are not the reporter's words (a log says "server" and "PDA" in passing), so
no subsystem is taken from there; the triage reads the log.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.shared.utils.io import dump_obj_as_json_to_file, read_json_file

from triage.log_shape import log_spans

PATTERNS_FILE = "subsystem_names.json"
_SEPARATORS = re.compile(r"[\s_-]+")


def normalised(name: str) -> str:
    """A spelling as the synonym table keys it: lower case, no spaces, hyphens or underscores."""
    return _SEPARATORS.sub("", name.lower())


def _longest_first(matches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, longer spans winning over the shorter ones they overlap."""
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(matches, key=lambda span: (span[0] - span[1], span[0])):
        if all(end <= other_start or start >= other_end for other_start, other_end in chosen):
            chosen.append((start, end))
    return sorted(chosen)


def _overlaps(entity: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
    return any(entity["start"] < end and start < entity["end"] for start, end in spans)


def _inside(span: tuple[int, int], regions: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in regions)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class SubsystemNameExtractor(GraphComponent, EntityExtractorMixin):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"entity": "subsystem", "lookup": "subsystem", "regex": "subsystem_latin"}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        patterns: list[str] | None = None,
        synonyms: dict[str, str] | None = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._patterns = [re.compile(pattern, re.IGNORECASE) for pattern in patterns or []]
        self._synonyms = synonyms or {}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SubsystemNameExtractor:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        patterns = [
            r"|".join(
                re.escape(name) for name in sorted(table["elements"], key=lambda n: (-len(n), n))
            )
            for table in training_data.lookup_tables
            if table["name"] == self._config["lookup"] and table["elements"]
        ]
        patterns += [
            regex["pattern"]
            for regex in training_data.regex_features
            if regex["name"] == self._config["regex"]
        ]
        synonyms = {normalised(k): v for k, v in training_data.entity_synonyms.items()}
        # A name that is an id itself ("PACS", "LIS") has no synonym: it maps to itself.
        synonyms.update({normalised(v): v for v in set(synonyms.values())})
        with self._model_storage.write_to(self._resource) as directory:
            dump_obj_as_json_to_file(
                directory / PATTERNS_FILE, {"patterns": patterns, "synonyms": synonyms}
            )
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SubsystemNameExtractor:
        with model_storage.read_from(resource) as directory:
            stored = read_json_file(directory / PATTERNS_FILE)
        return cls(config, model_storage, resource, stored["patterns"], stored["synonyms"])

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            in_log = log_spans(text)
            spans = [span for span in self._name_spans(text) if not _inside(span, in_log)]
            kept = [
                entity
                for entity in message.get(ENTITIES, [])
                if entity.get("entity") != self._config["entity"]
                or not (_overlaps(entity, spans) or _overlaps(entity, in_log))
            ]
            found = self.add_extractor_name([self._entity(text, span) for span in spans])
            message.set(ENTITIES, kept + found, add_to_output=True)
        return messages

    def _name_spans(self, text: str) -> list[tuple[int, int]]:
        matches = [
            match.span()
            for pattern in self._patterns
            for match in pattern.finditer(text)
            if match.end() > match.start()
        ]
        return _longest_first(matches)

    def _entity(self, text: str, span: tuple[int, int]) -> dict[str, Any]:
        surface = text[span[0] : span[1]]
        return {
            "entity": self._config["entity"],
            "start": span[0],
            "end": span[1],
            "value": self._synonyms.get(normalised(surface), surface),
        }
