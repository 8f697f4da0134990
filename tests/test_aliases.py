"""The alias table: one file for the knowledge base's query expansion and the NLU's names."""

from __future__ import annotations

from pathlib import Path

import pytest

from careline.labels import SUBSYSTEM_IDS
from knowledge_base.aliases import AliasTable, load_entries


@pytest.mark.parametrize(
    ("query", "term"),
    [("Epic is down again", "emr"), ("扫码枪扫不出来", "打印机"), ("看片子的系统打不开", "pacs")],
)
def test_a_name_staff_use_adds_the_articles_name(query: str, term: str) -> None:
    assert AliasTable.load().expand(query).split()[-1] == term


def test_latin_names_do_not_fire_inside_words() -> None:
    table = AliasTable.load()
    for query in ("the epicentre of the outage", "this update is slow", "lancet article"):
        assert table.expand(query) == query


def test_every_entry_names_a_spec_subsystem() -> None:
    entries = load_entries()
    assert {e.subsystem for e in entries} <= set(SUBSYSTEM_IDS)
    by_term = {e.term: e.subsystem for e in entries}
    assert by_term["呼叫系统"] == "nursing"
    assert by_term["输液泵"] == "medical_device"
    assert by_term["服务器"] == "infrastructure"
    assert "账号" not in next(e for e in entries if e.term == "账号").names


def test_an_unknown_subsystem_stops_naming_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "aliases.yml"
    path.write_text("呼叫系统:\n  subsystem: nurse\n  aliases: [呼叫器]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="呼叫系统"):
        load_entries(path)
