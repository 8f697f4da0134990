"""The system-name alias table: staff nicknames expanded to the names articles use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from knowledge_base.text import normalize

ALIASES_FILE = Path(__file__).resolve().parent / "aliases.yml"


@dataclass(frozen=True)
class AliasTable:
    patterns: tuple[tuple[re.Pattern[str], str], ...]

    @classmethod
    def load(cls, path: Path = ALIASES_FILE) -> AliasTable:
        table = yaml.safe_load(path.read_text(encoding="utf-8"))
        patterns = []
        for canonical, aliases in table.items():
            for alias in aliases:
                alias = normalize(str(alias))
                # Latin aliases match whole words only: "pump" must not fire inside "pumpkin".
                boundary = r"\b" if alias.isascii() else ""
                patterns.append(
                    (re.compile(boundary + re.escape(alias) + boundary), str(canonical))
                )
        return cls(tuple(patterns))

    def expand(self, text: str) -> str:
        """The text with the canonical name of every alias it mentions appended once."""
        normalized = normalize(text)
        found = dict.fromkeys(c for p, c in self.patterns if p.search(normalized))
        return " ".join([text, *found]) if found else text
