"""The clarifying question in a real chat: when the triage hesitates between a few systems, the
bot asks with one button each, and the button pressed sets the ticket's system."""

from __future__ import annotations

import pytest

from careline.labels import SUBSYSTEM_BY_ID
from careline.settings import Settings
from tests.chat import Chat, asked, buttons, finish_report, number_in, ticket, variants

pytestmark = pytest.mark.e2e

CASES = {
    "zh": ("报告打不开，一直转圈", {"location": "放射科", "problem_log": "没有"}),
    "en": ("the report will not open", {"location": "Radiology", "problem_log": "no"}),
}


def _text(replies: list[dict]) -> str:
    return "\n".join(r.get("text", "") for r in replies)


def _until_the_system_question(chat: Chat, first: str, answers: dict[str, str]) -> list[dict]:
    """The replies that ask for the system, answering the questions before it."""
    replies = chat.say(first)
    for _ in range(len(answers)):
        if asked(_text(replies)) == "system_name":
            return replies
        replies = chat.say(answers[asked(_text(replies))])
    raise AssertionError(f"the system was never asked: {_text(replies)}")


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_hesitating_triage_asks_with_buttons_and_the_press_sets_the_system(
    line: Settings, language: str
) -> None:
    description, answers = CASES[language]
    chat = Chat(line)
    replies = _until_the_system_question(chat, description, answers)
    offered = buttons(replies)
    systems = [b for b in offered if b["payload"].startswith("/inform")]
    assert 2 <= len(systems) <= 3, f"expected a shortlist of systems, got {offered}"
    assert offered[-1]["payload"] == "/dont_know"
    question = _text(replies)
    assert any(v.split("{")[0] in question for v in variants("utter_ask_system_choice"))
    # The second choice, not the triage's first guess: the answer, not the guess, decides.
    pressed = systems[1]
    chosen = next(s for s in SUBSYSTEM_BY_ID if f'"{s}"' in pressed["payload"])
    assert pressed["title"] == SUBSYSTEM_BY_ID[chosen].name(language)
    created, questions = finish_report(chat, chat.text(pressed["payload"]), answers)
    assert "system_name" not in questions
    row = ticket(line, number_in(created))
    assert row.subsystem == chosen
    assert any("named by the reporter" in reason for reason in row.routing_reasons)
    assert row.language == language
