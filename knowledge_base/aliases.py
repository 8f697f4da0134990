"""The system-name alias table: staff nicknames expanded to the names articles use.

`aliases.yml` is also where the Rasa build takes the `subsystem` entity's names from, so each
entry names its SPEC §3.1 subsystem and keeps names (aliases) apart from hints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from careline.errors import InvalidInput
from careline.labels import SUBSYSTEM_IDS
from knowledge_base.text import normalize

ALIASES_FILE = Path(__file__).resolve().parent / "aliases.yml"


@dataclass(frozen=True)
class AliasEntry:
    """One canonical search term, its subsystem, the names staff use and the hint words."""

    term: str
    subsystem: str
    aliases: tuple[str, ...]
    hints: tuple[str, ...]
    term_is_name: bool = True

    @property
    def names(self) -> tuple[str, ...]:
        """What names the system or device: the aliases, and the term unless it is a word."""
        return (self.term, *self.aliases) if self.term_is_name else self.aliases


def load_entries(path: Path = ALIASES_FILE) -> tuple[AliasEntry, ...]:
    """The entries in file order; a missing or unknown subsystem stops, naming the entry."""
    table = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = []
    for term, entry in table.items():
        if not isinstance(entry, dict) or entry.get("subsystem") not in SUBSYSTEM_IDS:
            raise InvalidInput(f"{path.name}: {term}: `subsystem` must be one of the SPEC §3.1 ids")
        entries.append(
            AliasEntry(
                term=str(term),
                subsystem=entry["subsystem"],
                aliases=tuple(str(a) for a in entry.get("aliases") or ()),
                hints=tuple(str(h) for h in entry.get("hints") or ()),
                term_is_name=bool(entry.get("term_is_name", True)),
            )
        )
    return tuple(entries)


@dataclass(frozen=True)
class AliasMatch:
    """One name as it is looked for in normalised text."""

    word: str
    # Latin names match whole words only: "pump" must not fire inside "pumpkin".
    whole_word: re.Pattern[str] | None

    @classmethod
    def of(cls, name: str) -> AliasMatch:
        word = normalize(name)
        return cls(word, re.compile(rf"\b{re.escape(word)}\b") if word.isascii() else None)

    def found_in(self, normalized: str) -> bool:
        """A substring test first: hundreds of names are tried on every text, and most are
        absent."""
        return self.word in normalized and (
            self.whole_word is None or bool(self.whole_word.search(normalized))
        )


@dataclass(frozen=True)
class AliasTable:
    matches: tuple[tuple[AliasMatch, str], ...]

    @classmethod
    def load(cls, path: Path = ALIASES_FILE) -> AliasTable:
        return cls(
            tuple(
                (AliasMatch.of(alias), entry.term)
                for entry in load_entries(path)
                for alias in (*entry.aliases, *entry.hints)
            )
        )

    def expand(self, text: str) -> str:
        """The text with the canonical name of every alias it mentions appended once."""
        normalized = normalize(text)
        found = dict.fromkeys(term for match, term in self.matches if match.found_in(normalized))
        return " ".join([text, *found]) if found else text
