"""What a report names: systems by their names and nicknames (the knowledge base's alias
table) and subsystems by their error codes and protocol words (triage/data/error_codes.yaml).
Each becomes a token the subsystem model weighs beside the words, so "看片子的系统" or a quoted
"MSA|AE" counts as strongly in a sentence nobody wrote in training as in one somebody did."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from careline.errors import InvalidInput
from careline.labels import SUBSYSTEM_IDS
from careline.text import any_of
from knowledge_base.aliases import AliasMatch, load_entries
from knowledge_base.text import normalize

ERROR_CODES_FILE = Path(__file__).parent / "data" / "error_codes.yaml"
# A name is a strong signal: its token is repeated so that it weighs like a few words.
NAME_WEIGHT = 3


@cache
def _names() -> tuple[tuple[str, AliasMatch], ...]:
    """Every name staff give a system, with the subsystem it names."""
    return tuple(
        (entry.subsystem, AliasMatch.of(name)) for entry in load_entries() for name in entry.names
    )


@cache
def _code_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per subsystem, one case-insensitive pattern of its codes."""
    table = yaml.safe_load(ERROR_CODES_FILE.read_text(encoding="utf-8")) or {}
    patterns = []
    for subsystem, words in table.items():
        if subsystem not in SUBSYSTEM_IDS:
            raise InvalidInput(f"{ERROR_CODES_FILE.name}: {subsystem}: not a SPEC §3.1 id")
        try:
            patterns.append((subsystem, any_of((str(w) for w in words), re.IGNORECASE)))
        except re.error as error:
            raise InvalidInput(f"{ERROR_CODES_FILE.name}: {subsystem}: {error}") from error
    return tuple(patterns)


def named_subsystems(text: str) -> list[str]:
    """Tokens for the subsystems the text names ("namedpacs") or quotes codes of
    ("codeddatabase")."""
    normalized = normalize(text)
    named = dict.fromkeys(f"named{s}" for s, match in _names() if match.found_in(normalized))
    coded = [f"coded{s}" for s, pattern in _code_patterns() if pattern.search(text)]
    return [*named, *coded]


def with_names(text: str) -> str:
    """The text followed by its name tokens, each NAME_WEIGHT times."""
    tokens = named_subsystems(text)
    return f"{text}\n{' '.join(tokens * NAME_WEIGHT)}" if tokens else text
