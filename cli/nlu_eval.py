"""Figures of `careline nlu eval`, computed from Rasa's per-example output, split by language.

`rasa test nlu --successes` writes every example once to `intent_successes.json` or
`intent_errors.json` (text, gold intent, predicted intent and confidence), and each example with
an entity (gold or predicted) to `<extractor>_successes.json` / `_errors.json` (text, gold
entities, every predicted entity). The language of an example is the file it came from: the
held-out files are tested one at a time; cross-validation mixes both training files, so its
examples are matched back to the files by text and intent (a sentence that both files hold, such
as "OK", counts in both).

Intent figures are for the top intent, as Rasa reports them (the FallbackClassifier's verdict is
undone), with the share of examples whose confidence lies below the fallback threshold beside
them. Entity figures are span-exact: a predicted entity counts when its type, start, end and
value (after synonyms) equal a gold one's; what several extractors found is counted once, and
the `language` tag (which is not annotated) is left out.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from careline.errors import InvalidInput

# Rasa's own annotation syntax (rasa/shared/nlu/training_data/entities_parser.py):
# [entity text](type), [entity text](type:value), [entity text]{"entity": …}, [text][{…}, {…}].
_ENTITY_ANNOTATION = re.compile(
    r"\[(?P<entity_text>[^\]]+?)\](\((?P<entity>[^:)]+?)(?:\:(?P<value>[^)]+))?\)"
    r"|\{(?P<entity_dict>[^}]+?)\}|\[(?P<list_entity_dicts>.*?)\])"
)
_STRIP = "\n\r "
UNTAGGED_ENTITIES = frozenset({"language"})
FALLBACK_INTENT = "nlu_fallback"


@dataclass(frozen=True)
class Entity:
    entity: str
    start: int
    end: int
    value: str

    @classmethod
    def of(cls, raw: dict) -> Entity:
        return cls(raw["entity"], int(raw["start"]), int(raw["end"]), str(raw.get("value")))


@dataclass
class Example:
    """One tested example: gold and predicted intent and entities."""

    text: str
    intent: str
    predicted: str | None
    confidence: float
    entities: frozenset[Entity] = frozenset()
    predicted_entities: frozenset[Entity] = frozenset()


def plain_text(annotated: str) -> str:
    return _ENTITY_ANNOTATION.sub(lambda m: m.group("entity_text"), annotated)


def nlu_examples(path: Path) -> list[tuple[str, str]]:
    """(plain text, intent) of every intent example in a Rasa YAML NLU file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    pairs = []
    for item in data.get("nlu") or []:
        if not isinstance(item, dict) or "intent" not in item:
            continue
        examples = item.get("examples") or ""
        if isinstance(examples, str):
            texts = [line[1:] for line in examples.splitlines() if line.startswith("-")]
        else:
            texts = [e.get("text", "") for e in examples if isinstance(e, dict)]
        for text in texts:
            text = plain_text(text.strip(_STRIP)).strip()
            if text:
                pairs.append((text, str(item["intent"]).strip()))
    return pairs


def _read_json(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def load_results(directory: Path) -> list[Example]:
    """The examples of one `rasa test nlu --successes` output directory."""
    intent_rows = [
        *_read_json(directory / "intent_successes.json"),
        *_read_json(directory / "intent_errors.json"),
    ]
    if not intent_rows:
        raise InvalidInput(f"{directory}: no intent_successes.json or intent_errors.json")
    # Every entity file holds the full prediction of the examples it lists; one per text.
    entity_rows: dict[str, dict] = {}
    files = sorted(directory.glob("*_successes.json")) + sorted(directory.glob("*_errors.json"))
    for path in files:
        if path.name.startswith(("intent_", "response_selection_")):
            continue
        for row in _read_json(path):
            entity_rows.setdefault(row["text"].strip(), row)
    examples = []
    for row in intent_rows:
        text = row["text"].strip()
        entity_row = entity_rows.get(text, {})
        prediction = row.get("intent_prediction") or {}
        examples.append(
            Example(
                text=text,
                intent=row["intent"],
                predicted=prediction.get("name"),
                confidence=float(prediction.get("confidence") or 0.0),
                entities=_entities(entity_row.get("entities") or ()),
                predicted_entities=_entities(entity_row.get("predicted_entities") or ()),
            )
        )
    return examples


def _entities(rows: Iterable[dict]) -> frozenset[Entity]:
    return frozenset(Entity.of(r) for r in rows if r.get("entity") not in UNTAGGED_ENTITIES)


def split_by_language(
    examples: list[Example], files: dict[str, Path]
) -> tuple[dict[str, list[Example]], int]:
    """Cross-validation examples per language file, and how many matched no file."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for lang, path in files.items():
        for pair in nlu_examples(path):
            owners[pair].add(lang)
    split: dict[str, list[Example]] = {lang: [] for lang in files}
    unmatched = 0
    for example in examples:
        langs = owners.get((example.text, example.intent))
        if not langs:
            unmatched += 1
        for lang in langs or ():
            split[lang].append(example)
    return split, unmatched


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def intent_figures(examples: list[Example], fallback_threshold: float | None) -> dict:
    """Macro-F1 over the intents in the gold labels or the predictions, accuracy, per intent,
    and the share of examples a FallbackClassifier at the threshold would turn to fallback."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for e in examples:
        if e.predicted == e.intent:
            counts[e.intent]["tp"] += 1
        else:
            counts[e.intent]["fn"] += 1
            counts[str(e.predicted)]["fp"] += 1
    per_intent = {
        intent: {
            "f1": round(_f1(c["tp"], c["fp"], c["fn"]), 4),
            "support": c["tp"] + c["fn"],
        }
        for intent, c in sorted(counts.items())
    }
    n = len(examples)
    figures = {
        "examples": n,
        "macro_f1": round(sum(v["f1"] for v in per_intent.values()) / len(per_intent), 4)
        if per_intent
        else 0.0,
        "accuracy": round(sum(e.predicted == e.intent for e in examples) / n, 4) if n else 0.0,
        "per_intent": per_intent,
    }
    if fallback_threshold is not None and n:
        figures["fallback_threshold"] = fallback_threshold
        figures["below_fallback_threshold"] = fallback_point(examples, fallback_threshold)["below"]
        figures["fallback_curve"] = [
            fallback_point(examples, t) for t in FALLBACK_CURVE if t != fallback_threshold
        ] + [fallback_point(examples, fallback_threshold)]
        figures["fallback_curve"].sort(key=lambda p: p["threshold"])
    return figures


FALLBACK_CURVE = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def fallback_point(examples: list[Example], threshold: float) -> dict:
    """What a FallbackClassifier at `threshold` does: the share of examples it turns to
    fallback, the share of the wrong predictions it catches and of the right ones it loses."""
    below = [e for e in examples if e.confidence < threshold]
    right = sum(e.predicted == e.intent for e in examples)
    wrong = len(examples) - right
    right_below = sum(e.predicted == e.intent for e in below)
    return {
        "threshold": threshold,
        "below": round(len(below) / len(examples), 4) if examples else 0.0,
        "wrong_caught": round((len(below) - right_below) / wrong, 4) if wrong else 0.0,
        "right_lost": round(right_below / right, 4) if right else 0.0,
    }


def entity_figures(examples: list[Example]) -> dict[str, dict]:
    """Per entity type: span-exact precision, recall and F1 with the value, the F1 of the span
    alone (value ignored: shows what synonyms cost), and gold support."""
    strict: dict[str, Counter] = defaultdict(Counter)
    spans: dict[str, Counter] = defaultdict(Counter)
    for e in examples:
        for table, key in ((strict, _with_value), (spans, _span)):
            gold = Counter(key(x) for x in e.entities)
            predicted = Counter(key(x) for x in e.predicted_entities)
            for item in gold | predicted:
                hit = min(gold[item], predicted[item])
                table[item[0]]["tp"] += hit
                table[item[0]]["fn"] += gold[item] - hit
                table[item[0]]["fp"] += predicted[item] - hit
    figures = {}
    for entity, c in sorted(strict.items()):
        s = spans[entity]
        figures[entity] = {
            "f1": round(_f1(c["tp"], c["fp"], c["fn"]), 4),
            "precision": round(c["tp"] / (c["tp"] + c["fp"]), 4) if c["tp"] + c["fp"] else 0.0,
            "recall": round(c["tp"] / (c["tp"] + c["fn"]), 4) if c["tp"] + c["fn"] else 0.0,
            "span_f1": round(_f1(s["tp"], s["fp"], s["fn"]), 4),
            "support": c["tp"] + c["fn"],
        }
    return figures


def _with_value(e: Entity) -> tuple[str, int, int, str]:
    return (e.entity, e.start, e.end, e.value)


def _span(e: Entity) -> tuple[str, int, int]:
    return (e.entity, e.start, e.end)


@dataclass
class LanguageFigures:
    intent: dict
    entities: dict[str, dict]
    errors: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"intent": self.intent, "entities": self.entities}


def figures_for(
    examples: list[Example], fallback_threshold: float | None, keep_errors: int = 0
) -> LanguageFigures:
    errors = [
        {"text": e.text, "intent": e.intent, "predicted": e.predicted}
        for e in examples
        if e.predicted != e.intent
    ][:keep_errors]
    return LanguageFigures(
        intent_figures(examples, fallback_threshold), entity_figures(examples), errors
    )
