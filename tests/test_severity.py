"""Severity factors with their evidence words, and the floors that raise and never lower."""

from __future__ import annotations

import pytest

from careline.errors import InvalidInput
from careline.labels import TIER_IDS
from triage.severity import assess, lexicon


def _values(text: str) -> dict[str, str]:
    return {name: f.value for name, f in assess(text).factors.items()}


@pytest.mark.parametrize(
    "text",
    ["ICU 的监护系统全部宕机了", "The ICU monitoring system is down", "所有窗口都登不上HIS"],
)
def test_a_down_system_in_a_critical_area_or_for_many_is_p1_whatever_the_model_said(
    text: str,
) -> None:
    for tier in TIER_IDS:
        raised, rules = assess(text).raise_tier(tier)
        assert raised == "P1"
        assert (rules != []) == (tier != "P1")


def test_a_minor_fault_keeps_the_models_tier_even_when_that_is_p1() -> None:
    for tier in TIER_IDS:
        assert assess("报表统计数字不对").raise_tier(tier) == (tier, [])
    assert assess("only one PC in the office is slow").raise_tier("P1") == ("P1", [])


def test_each_factor_found_carries_the_words_that_showed_it() -> None:
    found = {
        e["factor"]: e for e in assess("Since 7am every user in the lab cannot log in").evidence()
    }
    assert found["function"]["value"] == "down" and found["function"]["text"] == "cannot log in"
    assert found["scope"]["value"] == "hospital"
    assert all(e["source"] == "factor" and e["text"] for e in found.values())


def test_chinese_and_english_reports_name_the_same_factors() -> None:
    zh = _values("患者的检验结果显示到了别的患者的报告里，护士只能手工核对")
    en = _values("Lab results show up under the wrong patient; nurses check them by hand")
    for name in ("patient_safety", "workaround"):
        assert zh[name] == en[name] != "unknown"
    assert zh["patient_safety"] == "true"
    assert assess("Lab results show up under the wrong patient").raise_tier("P3")[0] == "P1"


def test_a_request_and_a_single_workstation_are_told_apart_from_an_outage() -> None:
    assert _values("能否在报表里增加一列科室名称")["function"] == "request"
    assert _values("Is it possible to add a department column to the report?")["function"] == (
        "request"
    )
    single = _values("只有我这台电脑打开电子病历很慢")
    assert (single["scope"], single["function"]) == ("single", "degraded")
    assert assess("只有我这台电脑打开电子病历很慢").floor is None


def test_not_all_of_them_is_not_many_users() -> None:
    assert _values("不是全部电脑，只有一台登不上")["scope"] == "single"


def test_a_broken_pattern_in_the_data_file_names_its_factor(tmp_path) -> None:
    broken = tmp_path / "severity.yaml"
    broken.write_text(
        "factors:\n  scope:\n    single:\n      en: ['(unclosed']\nfloors: []\n", encoding="utf-8"
    )
    with pytest.raises(InvalidInput, match=r"factors\.scope\.single"):
        lexicon(broken)
