"""The report's system question: buttons when the triage hesitates between a few systems, an
open question otherwise, and a button's answer sets the system."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import runtime
from bot.actions.conversation import Turn
from bot.actions.report import ActionAskSystemName, read_report_turn, subsystem_choices
from bot.actions.runtime import Runtime
from careline.labels import SUBSYSTEM_BY_ID
from careline.settings import Settings
from desk.tickets import Desk, TicketRequest, _needs_review
from triage.model import TriagePrediction

DOMAIN = yaml.safe_load(Path("bot/domain.yml").read_text(encoding="utf-8"))


def prediction(*ranked: tuple[str, float]) -> TriagePrediction:
    (top, top_p), *rest = ranked
    return TriagePrediction(
        subsystem=top,
        subsystem_p=top_p,
        tier="P2",
        tier_p=0.7,
        needs_review=True,
        alternatives=[{"subsystem": s, "p": p} for s, p in rest],
        evidence=[],
    )


class ShortlistTriage:
    """A triage that always hesitates the same way, to test what the question does with it."""

    def __init__(self, answer: TriagePrediction) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def classify(self, description: str, log: str = "") -> TriagePrediction:
        self.asked.append(description)
        return self.answer


def test_two_close_systems_make_a_shortlist_in_order_of_likelihood() -> None:
    assert subsystem_choices(prediction(("pacs", 0.48), ("lis", 0.41), ("emr", 0.04))) == [
        "pacs",
        "lis",
    ]


def test_three_plausible_systems_are_all_offered() -> None:
    choices = subsystem_choices(prediction(("emr", 0.4), ("his", 0.3), ("nursing", 0.2)))
    assert choices == ["emr", "his", "nursing"]


def test_a_sure_or_a_scattered_triage_gets_the_open_question() -> None:
    assert subsystem_choices(prediction(("network", 0.93), ("identity", 0.04))) == []
    assert subsystem_choices(prediction(("his", 0.25), ("emr", 0.2), ("lis", 0.11))) == []


def _ask(
    monkeypatch: pytest.MonkeyPatch,
    settings: Settings,
    answer: TriagePrediction,
    slots: dict[str, Any],
) -> tuple[list[dict], ShortlistTriage]:
    triage = ShortlistTriage(answer)
    the_desk = Desk(triage=triage, roster=None, calendar=None, incident_rules=None)
    monkeypatch.setattr(runtime, "_current", [Runtime(settings, None, the_desk)])
    conversation = Tracker(
        "nurse-2", slots, {"text": "", "intent": {}}, [], False, None, {}, "report_form"
    )
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAskSystemName().run(dispatcher, conversation, DOMAIN))
    return dispatcher.messages, triage


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_hesitating_triage_asks_with_one_button_per_system_and_one_for_neither(
    monkeypatch: pytest.MonkeyPatch, base_settings: Settings, language: str
) -> None:
    answer = prediction(("pacs", 0.5), ("lis", 0.38), ("emr", 0.05))
    description = "报告打不开" if language == "zh" else "the report will not open"
    messages, triage = _ask(
        monkeypatch,
        base_settings,
        answer,
        {"language": language, "problem_description": description},
    )
    assert triage.asked == [description]
    (question,) = messages
    assert question["response"] == "utter_ask_system_choice"
    names = [
        getattr(SUBSYSTEM_BY_ID[s], "name_zh" if language == "zh" else "name_en")
        for s in ("pacs", "lis")
    ]
    assert all(name in question["choices"] for name in names)
    assert [b["title"] for b in question["buttons"][:2]] == names
    assert question["buttons"][0]["payload"] == '/inform{"subsystem": "pacs"}'
    assert question["buttons"][-1]["payload"] == "/dont_know"


def test_without_a_description_the_question_is_the_open_one(
    monkeypatch: pytest.MonkeyPatch, base_settings: Settings
) -> None:
    answer = prediction(("pacs", 0.5), ("lis", 0.38))
    messages, triage = _ask(monkeypatch, base_settings, answer, {"language": "en"})
    assert triage.asked == []
    assert [m["response"] for m in messages] == ["utter_ask_system_name"]


def _button(payload: str, intent: str, entities: list[dict]) -> Turn:
    return Turn(payload, intent, 1.0, tuple(entities))


def test_a_system_button_sets_the_system_in_the_reporters_language() -> None:
    pressed = _button(
        '/inform{"subsystem": "lis"}', "inform", [{"entity": "subsystem", "value": "lis"}]
    )
    assert read_report_turn(pressed, "system_name", "en") == {
        "system_name": SUBSYSTEM_BY_ID["lis"].name_en,
        "subsystem": "lis",
    }
    assert read_report_turn(pressed, "system_name", "zh")["system_name"] == "检验信息系统"


def test_none_of_these_leaves_the_system_to_the_triage_and_is_not_asked_again() -> None:
    filled = read_report_turn(_button("/dont_know", "dont_know", []), "system_name", "zh")
    assert filled == {"system_name": "unknown"}


def needs_review_of(answer: TriagePrediction, subsystem: str | None) -> bool:
    request = TicketRequest(description="报告打不开", hospital="Demo Hospital", subsystem=subsystem)
    return _needs_review(request, answer)


def test_a_system_the_reporter_chose_leaves_only_the_tier_for_the_dispatcher_to_check() -> None:
    unsure = replace(prediction(("pacs", 0.5), ("lis", 0.38)), tier_sure=True)
    assert needs_review_of(unsure, subsystem="lis") is False
    assert needs_review_of(unsure, subsystem=None) is True
    assert needs_review_of(replace(unsure, tier_sure=False), subsystem="lis") is True
