"""What the Rasa model is trained on: the hand-written NLU files, the rules, and the `subsystem`
entity's names generated from `knowledge_base/aliases.yml` and the SPEC §3.1 labels.

The generated file (never written into nlu_data/, which people write) holds
- `lookup: subsystem`: every name containing Chinese characters, matched inside running
  Chinese text (Chinese has no word boundaries, so the featurizer looks without them);
- `regex: subsystem_latin`: every name in Latin letters, matched only between non-letters
  ("his" must not fire inside "this", "pda" inside "update", yet "PACS打不开" must match), named
  apart from the entity so that the RegexEntityExtractor does not extract with it;
- `synonym: <id>`: every name and hint (simplified and traditional) mapped to the subsystem id,
  so an extracted "看片子的系统" or "Lab System" becomes `pacs` or `lis`.

Beside it, a jieba user dictionary of the Chinese names (`jieba/subsystem.txt`, the
JiebaTokenizer's `dictionary_path`) keeps each name one token: without it jieba cuts
"自助机坏了" into 自助/机坏/了, and no entity can end inside a token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import opencc
import yaml

from careline.errors import InvalidInput
from careline.labels import SUBSYSTEMS, Subsystem
from careline.settings import REPO_ROOT, Settings
from knowledge_base.aliases import ALIASES_FILE, load_entries

NLU_DIR = REPO_ROOT / "nlu_data"
EVAL_DIR = NLU_DIR / "eval"
LANGUAGES = ("zh", "en")
CONFIG_FILE = REPO_ROOT / "bot" / "config.yml"
DOMAIN_FILE = REPO_ROOT / "bot" / "domain.yml"
RULES_DIR = REPO_ROOT / "bot" / "data"
ENTITY = "subsystem"
LATIN_REGEX = "subsystem_latin"
GENERATED_FILE = "subsystem.yml"
JIEBA_DICTIONARY = "jieba/subsystem.txt"

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Splits a label's display name into the names inside it: "影像系统 PACS/RIS" and "Imaging
# (PACS/RIS)" also name 影像系统, imaging, PACS and RIS.
_NAME_PARTS = re.compile(r"\s*[/()]\s*")


def nlu_training_files() -> list[Path]:
    """The hand-written training files: nlu_data/*.yml only, never the held-out eval/ set."""
    return sorted(NLU_DIR.glob("*.yml"))


def generated_dir(settings: Settings) -> Path:
    return settings.rasa_dir / "generated"


def generated_file(settings: Settings) -> Path:
    return generated_dir(settings) / GENERATED_FILE


def jieba_dictionary(settings: Settings) -> Path:
    return generated_dir(settings) / JIEBA_DICTIONARY


def training_data_paths(settings: Settings) -> list[Path]:
    """Everything `rasa train --data` reads: rules, NLU files and the generated names."""
    return [RULES_DIR, *nlu_training_files(), generated_file(settings)]


@lru_cache(maxsize=1)
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2tw")


def _spellings(name: str) -> list[str]:
    """A name as staff type it: Latin letters in lower case, Chinese also in traditional."""
    name = " ".join(name.split()).lower()
    spellings = [name]
    if _CJK.search(name):
        spellings.append(_to_traditional().convert(name))
    return list(dict.fromkeys(spellings))


def _label_names(subsystem: Subsystem) -> list[str]:
    """A label's id and display names; a display name made of several ("影像系统 PACS/RIS",
    "Imaging (PACS/RIS)") gives its parts instead (影像系统, PACS, RIS, imaging)."""
    names = [subsystem.id, subsystem.id.replace("_", " ")]
    for display in (subsystem.name_zh, subsystem.name_en):
        parts = [part for part in _NAME_PARTS.split(display) if part]
        if len(parts) == 1:
            names.append(display)
            continue
        for part in parts:
            names.extend(part.split() if _CJK.search(part) else [part])
    return names


@dataclass(frozen=True)
class SubsystemNames:
    """Entity names (lookup and regex) and synonyms (names and hints) per subsystem id."""

    names: dict[str, str]  # spelling → subsystem id
    synonyms: dict[str, str]  # spelling → subsystem id (names and hints)


def subsystem_names(aliases_file: Path = ALIASES_FILE) -> SubsystemNames:
    """Every spelling mapped to exactly one subsystem; a spelling claimed by two stops."""
    names: dict[str, str] = {}
    synonyms: dict[str, str] = {}

    def add(table: dict[str, str], raw: str, subsystem: str, where: str) -> None:
        for spelling in _spellings(raw):
            if spelling in synonyms and synonyms[spelling] != subsystem:
                raise InvalidInput(
                    f"{where}: {spelling!r} names both {synonyms[spelling]} and {subsystem}"
                )
            table[spelling] = subsystem
            synonyms[spelling] = subsystem

    for subsystem in SUBSYSTEMS:
        for name in _label_names(subsystem):
            add(names, name, subsystem.id, "careline/labels.py")
    for entry in load_entries(aliases_file):
        for name in entry.names:
            add(names, name, entry.subsystem, f"{aliases_file.name}: {entry.term}")
    for entry in load_entries(aliases_file):
        for hint in (*entry.hints, *([] if entry.term_is_name else [entry.term])):
            if hint.lower() not in names:
                add(synonyms, hint, entry.subsystem, f"{aliases_file.name}: {entry.term}")
    return SubsystemNames(names, synonyms)


def _latin_pattern(names: list[str]) -> str:
    """One regular expression for the Latin-letter names: longest first, whole words only
    (between non-letters, so it also matches inside Chinese text), spaces or hyphens optional."""
    alternatives = [
        re.escape(name).replace(r"\ ", r"[\s_-]*")
        for name in sorted(names, key=lambda n: (-len(n), n))
    ]
    return r"(?i)(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z0-9])"


def _examples(items: list[str]) -> str:
    return "".join(f"    - {item}\n" for item in items)


def render_subsystem_nlu(aliases_file: Path = ALIASES_FILE) -> str:
    table = subsystem_names(aliases_file)
    chinese = [name for name in table.names if _CJK.search(name)]
    latin = [name for name in table.names if not _CJK.search(name)]
    parts = [
        "# Generated by `careline build` from knowledge_base/aliases.yml and careline/labels.py;"
        " do not edit.\n",
        'version: "3.1"\n',
        "nlu:\n",
        f"- lookup: {ENTITY}\n  examples: |\n" + _examples(chinese),
        f"- regex: {LATIN_REGEX}\n  examples: |\n" + _examples([_latin_pattern(latin)]),
    ]
    for subsystem in SUBSYSTEMS:
        spellings = [s for s, sid in table.synonyms.items() if sid == subsystem.id]
        spellings = [s for s in spellings if s != subsystem.id]
        parts.append(f"- synonym: {subsystem.id}\n  examples: |\n" + _examples(spellings))
    return "".join(parts)


def render_jieba_dictionary(aliases_file: Path = ALIASES_FILE) -> str:
    """One word a line (jieba then gives it a frequency high enough to keep it whole): every
    Chinese name without spaces, with its Latin letters also in upper case ("CA证书")."""
    words: list[str] = []
    for name in subsystem_names(aliases_file).names:
        if _CJK.search(name) and " " not in name:
            words.extend([name, name.upper()])
    return "".join(f"{word}\n" for word in dict.fromkeys(words))


def jieba_dictionary_mismatch(settings: Settings, config: Path = CONFIG_FILE) -> str | None:
    """Why the JiebaTokenizer would not read the generated dictionary, or None when it does (or
    is not told to read one). Its `dictionary_path` is relative to the repository, where Rasa
    runs; a var dir moved elsewhere (CARELINE_VAR_DIR) needs the path changed to match."""
    pipeline = (yaml.safe_load(config.read_text(encoding="utf-8")) or {}).get("pipeline") or []
    for component in pipeline:
        if component.get("name") == "JiebaTokenizer" and component.get("dictionary_path"):
            configured = (REPO_ROOT / component["dictionary_path"]).resolve()
            expected = jieba_dictionary(settings).parent.resolve()
            if configured != expected:
                return (
                    f"{config.name}: JiebaTokenizer dictionary_path is {configured}, "
                    f"but the build writes the dictionary to {expected}"
                )
    return None


def _write_if_changed(path: Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def write_subsystem_nlu(settings: Settings) -> Path:
    """(Re)write the generated NLU file and jieba dictionary when they changed; the NLU file."""
    _write_if_changed(jieba_dictionary(settings), render_jieba_dictionary())
    path = generated_file(settings)
    _write_if_changed(path, render_subsystem_nlu())
    return path
