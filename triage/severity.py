"""Severity the way ITSM explains it: the factors of SPEC §3.2 (scope, function, workaround,
clinical area, patient-safety risk, time pressure) found in the report with their evidence
words, and a matrix of floors (triage/data/severity.yaml) that raises the model's tier and
never lowers it. The floors are the earlier context rules in factor form: a P1 factor is never
silently lost, whatever the learned model says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from careline.errors import InvalidInput
from careline.labels import TIER_IDS
from careline.text import any_of

SEVERITY_FILE = Path(__file__).parent / "data" / "severity.yaml"
UNKNOWN = "unknown"
# The value a factor has when none of its patterns matches: booleans are false, the rest unknown.
ABSENT = {"critical_area": "false", "patient_safety": "false", "time_pressure": "false"}
FACTORS = ("scope", "function", "workaround", "critical_area", "patient_safety", "time_pressure")


class _Floor(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    tier: str
    when: dict[str, tuple[str, ...]]


class _SeverityFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    factors: dict[str, dict[str, dict[str, tuple[str, ...]]]]
    floors: tuple[_Floor, ...]


@dataclass(frozen=True)
class Factor:
    """One factor's value in a report and the words that showed it ("" when absent)."""

    name: str
    value: str
    evidence: str

    def as_evidence(self) -> dict:
        """As a ticket's evidence entry: which factor, its value, the words that showed it."""
        return {"source": "factor", "factor": self.name, "value": self.value, "text": self.evidence}


@dataclass(frozen=True)
class Lexicon:
    """Per factor, its values in order, each with one compiled pattern (both languages)."""

    patterns: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]
    floors: tuple[_Floor, ...]

    def factors(self, text: str) -> dict[str, Factor]:
        found = {}
        for name, values in self.patterns.items():
            found[name] = Factor(name, ABSENT.get(name, UNKNOWN), "")
            for value, pattern in values:
                if match := pattern.search(text):
                    found[name] = Factor(name, value, match.group(0))
                    break
        return found


def _compile(name: str, value: str, by_language: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    words = [p for patterns in by_language.values() for p in patterns]
    try:
        return any_of(words, re.IGNORECASE)
    except re.error as error:
        raise InvalidInput(f"{SEVERITY_FILE}: factors.{name}.{value}: {error}") from error


def _check(data: _SeverityFile) -> None:
    for name in FACTORS:
        if name not in data.factors:
            raise InvalidInput(f"{SEVERITY_FILE}: factors: no '{name}'")
    for index, floor in enumerate(data.floors):
        where = f"{SEVERITY_FILE}: floors.{index}"
        if floor.tier not in TIER_IDS:
            raise InvalidInput(f"{where}.tier: {floor.tier!r} is none of {TIER_IDS}")
        for name in floor.when:
            if name not in data.factors:
                raise InvalidInput(f"{where}.when: no factor '{name}'")


@cache
def lexicon(path: Path = SEVERITY_FILE) -> Lexicon:
    try:
        data = _SeverityFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except ValidationError as error:
        first = error.errors()[0]
        raise InvalidInput(f"{path}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from error
    patterns = {
        name: tuple((value, _compile(name, value, words)) for value, words in values.items())
        for name, values in data.factors.items()
    }
    _check(data)
    return Lexicon(patterns, data.floors)


def _rank(tier: str) -> int:
    """P1 is the most severe: a lower index in TIER_IDS means more urgent."""
    return TIER_IDS.index(tier)


@dataclass(frozen=True)
class Assessment:
    factors: dict[str, Factor]
    floors: tuple[_Floor, ...]  # the floors that apply, most severe first

    @property
    def floor(self) -> str | None:
        """The lowest tier the factors allow, if any floor applies."""
        return self.floors[0].tier if self.floors else None

    def raise_tier(self, tier: str) -> tuple[str, list[str]]:
        """The tier after the floors, never lower than `tier`; and the floors that raised it."""
        raising = [f for f in self.floors if _rank(f.tier) < _rank(tier)]
        return (raising[0].tier, [f.name for f in raising]) if raising else (tier, [])

    def evidence(self) -> list[dict]:
        """The factors found (absent ones left out), for the ticket."""
        return [f.as_evidence() for f in self.factors.values() if f.evidence]


def assess(text: str) -> Assessment:
    """The factors of one (redacted) description and the floors they reach."""
    words = lexicon()
    factors = words.factors(text)
    applying = [
        floor
        for floor in words.floors
        if all(factors[name].value in values for name, values in floor.when.items())
    ]
    return Assessment(factors, tuple(sorted(applying, key=lambda f: _rank(f.tier))))
