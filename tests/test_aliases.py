"""The alias table: one file for the knowledge base's query expansion and the NLU's names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careline.labels import SUBSYSTEM_IDS
from knowledge_base.aliases import AliasTable, load_entries

# What AliasTable.expand gave before aliases.yml named each entry's subsystem (commit 7ca1290),
# for every query of knowledge_base/eval/dev.jsonl and test.jsonl, every alias and term alone, in
# a sentence, upper-cased and beside its term, and a few mixed queries.
EXPANSIONS = Path(__file__).parent / "data" / "alias_expansion.json"


def test_expansion_is_unchanged_by_the_restructure() -> None:
    table = AliasTable.load()
    rows = json.loads(EXPANSIONS.read_text(encoding="utf-8"))
    assert len(rows) > 1500
    changed = [row for row in rows if table.expand(row["query"]) != row["expanded"]]
    assert changed == []


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
