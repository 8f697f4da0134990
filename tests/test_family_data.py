"""The fault-family and log-template files: a mistake in one names the file and the field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from careline.labels import SUBSYSTEM_IDS
from triage.family import (
    DATA_DIR,
    DataFileError,
    load_families,
    load_log_templates,
    load_wording,
)


@pytest.fixture
def families_dir(tmp_path: Path) -> Path:
    copy = tmp_path / "families"
    shutil.copytree(DATA_DIR / "families", copy)
    return copy


def _edit_first_family(directory: Path, subsystem: str, **changes: object) -> Path:
    path = directory / f"{subsystem}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["families"][0].update(changes)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_every_subsystem_has_families_and_every_named_log_kind_exists() -> None:
    families = load_families()
    kinds = load_log_templates().keys()
    assert {family.subsystem for family in families} == set(SUBSYSTEM_IDS)
    assert {kind for family in families for kind in family.logs} <= kinds


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"tier": "P9"}, "families.0.tier"),
        ({"zh": []}, "families.0.zh"),
        ({"where": "ward imaging"}, "families.0.where"),  # a list, not a spaced string
        ({"colour": "red"}, "families.0.colour"),
        ({"name": "lis/registration-down"}, "families.0.name"),
    ],
    ids=["unknown tier", "no wordings", "string for a list", "unknown field", "other subsystem"],
)
def test_a_wrong_family_names_its_file_and_field(
    families_dir: Path, changes: dict, field: str
) -> None:
    path = _edit_first_family(families_dir, "his", **changes)
    with pytest.raises(DataFileError) as error:
        load_families(families_dir)
    assert str(path) in str(error.value) and field in str(error.value)


def test_a_log_kind_defined_in_two_files_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("java_db:\n- one line\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("java_db:\n- another line\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"b\.yaml: java_db: already defined in .*a\.yaml"):
        load_log_templates(tmp_path)


def test_a_kind_without_templates_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("java_db: []\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"a\.yaml: java_db"):
        load_log_templates(tmp_path)


def test_a_wording_table_without_fragments_names_its_field(tmp_path: Path) -> None:
    data = yaml.safe_load((DATA_DIR / "wording.yaml").read_text(encoding="utf-8"))
    data["openers"]["P1"]["zh"] = []
    path = tmp_path / "wording.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"wording\.yaml: openers\.P1\.zh"):
        load_wording(path)
