"""Fault families and log templates: the data the triage data set is generated from.

A family is one underlying fault with one subsystem and one tier, worded several ways. Each
subsystem's families live in `triage/data/families/<subsystem>.yaml`:

    families:
    - name: pacs/store-failing      # <subsystem>/<fault>: the split unit and the label source
      tier: P1                      # SPEC §3.2
      where: [imaging]              # place pools ({loc}, signatures) of the generator's PLACES
      app: pacs-archive             # the application name the logs use
      logs: [dicom_store, storage]  # log template kinds the family's logs are drawn from
      zh: ["CT图像传不到PACS了", …]  # wordings; {loc}, {ward}, {bed}, {n}, {m} are filled in
      en: ["CT images not arriving in PACS", …]

Log templates are kinds mapped to lists of templates (`triage/data/log_templates/*.yaml`): a
line starting with "?" carries personal data, `{…}` placeholders are filled by the generator.
Each kind is defined in exactly one file. Errors name the file and the field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, ValidationError

from careline.errors import InvalidInput
from careline.labels import SUBSYSTEM_IDS, TIER_IDS

DATA_DIR = Path(__file__).parent / "data"

_Text = Annotated[str, StringConstraints(min_length=1)]
_Wordings = Annotated[tuple[_Text, ...], Field(min_length=1)]


class DataFileError(InvalidInput):
    """A data file that does not say what the generator needs; the message names file and field."""


class Family(BaseModel):
    """One underlying fault: label, where reports come from, log kinds and wordings."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Annotated[str, StringConstraints(pattern=r"^[a-z_]+/[a-z0-9-]+$")]
    tier: str
    where: Annotated[tuple[_Text, ...], Field(min_length=1)]
    app: _Text
    logs: Annotated[tuple[_Text, ...], Field(min_length=1)]
    zh: _Wordings
    en: _Wordings

    @property
    def subsystem(self) -> str:
        """The label id, taken from the family name's prefix."""
        return self.name.split("/", 1)[0]


class _FamilyFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    families: tuple[Family, ...]


_TEMPLATES = TypeAdapter(dict[_Text, Annotated[tuple[_Text, ...], Field(min_length=1)]])


def _read(path: Path) -> object:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except (OSError, yaml.YAMLError) as error:
        raise DataFileError(f"{path}: {error}") from error


def _invalid(path: Path, error: ValidationError) -> DataFileError:
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    return DataFileError(f"{path}: {field}: {first['msg']}")


_Pairs = Annotated[tuple[tuple[_Text, _Text], ...], Field(min_length=1)]  # (Chinese, English)
_ByLanguage = dict[str, _Wordings]


class Wording(BaseModel):
    """The words around a family's wording in a generated case (triage/data/wording.yaml)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    places: dict[str, _Pairs]
    roles: dict[str, _Pairs]
    ward_numbers: tuple[int, ...]
    openers: dict[str, _ByLanguage]
    impacts: dict[str, _ByLanguage]
    asks: dict[str, _ByLanguage]
    whens: _ByLanguage
    tags: dict[str, str]
    signatures: _ByLanguage
    sentence_end: dict[str, str]

    def by_tier_and_language(self, field: str) -> dict[tuple[str, str], tuple[str, ...]]:
        """A per-tier table keyed (tier, language), the way the generator looks it up."""
        table: dict[str, _ByLanguage] = getattr(self, field)
        return {
            (tier, lang): words for tier, langs in table.items() for lang, words in langs.items()
        }


def load_wording(path: Path = DATA_DIR / "wording.yaml") -> Wording:
    try:
        return Wording.model_validate(_read(path))
    except ValidationError as error:
        raise _invalid(path, error) from error


def load_families(directory: Path = DATA_DIR / "families") -> tuple[Family, ...]:
    """Every family, subsystem by subsystem in SPEC §3.1 order, each file's in its own order."""
    families: list[Family] = []
    for subsystem in SUBSYSTEM_IDS:
        path = directory / f"{subsystem}.yaml"
        try:
            found = _FamilyFile.model_validate(_read(path)).families
        except ValidationError as error:
            raise _invalid(path, error) from error
        for index, family in enumerate(found):
            where = f"{path}: families.{index}"
            if family.subsystem != subsystem:
                raise DataFileError(f"{where}.name: {family.name!r} is not a {subsystem} family")
            if family.tier not in TIER_IDS:
                raise DataFileError(f"{where}.tier: {family.tier!r} is none of {TIER_IDS}")
        families += found
    return tuple(families)


def load_log_templates(directory: Path = DATA_DIR / "log_templates") -> dict[str, tuple[str, ...]]:
    """Every log kind's templates, from all files of the directory."""
    templates: dict[str, tuple[str, ...]] = {}
    defined_in: dict[str, Path] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            kinds = _TEMPLATES.validate_python(_read(path))
        except ValidationError as error:
            raise _invalid(path, error) from error
        for kind in kinds.keys() & defined_in.keys():
            raise DataFileError(f"{path}: {kind}: already defined in {defined_in[kind]}")
        defined_in |= dict.fromkeys(kinds, path)
        templates |= kinds
    return templates
