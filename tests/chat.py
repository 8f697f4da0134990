"""Talking to the real line over Rasa's REST channel, as the end-to-end tests do: one sender's
chat, the bot's questions recognised by their wording in the domain, a report finished with
prepared answers, and what the desk stored for it."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import yaml

from careline.service_auth import SERVICE_TOKEN_HEADER
from careline.settings import Settings
from desk.db import session_scope
from desk.models import Ticket
from knowledge_base.corpus import load_articles

CJK = re.compile(r"[\u4e00-\u9fff]")
DOMAIN = yaml.safe_load(Path("bot/domain.yml").read_text(encoding="utf-8"))


class Chat:
    def __init__(self, settings: Settings) -> None:
        self.url = f"{settings.url('rasa')}/webhooks/rest/webhook"
        self.sender = f"test-{uuid.uuid4().hex[:10]}"
        self.headers = {SERVICE_TOKEN_HEADER: settings.shared_token}

    def say(self, message: str) -> list[dict]:
        response = httpx.post(
            self.url,
            json={"sender": self.sender, "message": message},
            headers=self.headers,
            timeout=60,
        )
        response.raise_for_status()
        return response.json()

    def text(self, message: str) -> str:
        return "\n".join(reply.get("text", "") for reply in self.say(message))


def variants(response: str) -> list[str]:
    return [v["text"] for v in DOMAIN["responses"][response]]


def article_title(article_id: str, lang: str) -> str:
    return next(a.title for a in load_articles() if a.id == article_id and a.lang == lang)


def ticket(settings: Settings, number: str) -> Ticket:
    with session_scope(settings.db_url) as session:
        row = session.query(Ticket).filter_by(number=number).one()
        session.expunge(row)
        return row


def number_in(text: str) -> str:
    return re.search(r"CL-\d{6}", text).group(0)


REPORT_QUESTIONS = ("problem_description", "location", "system_name", "problem_log")


# The system question with buttons ("是{choices}？请点选。") asks for the system too.
QUESTION_RESPONSES = {
    **{f"utter_ask_{slot}": slot for slot in REPORT_QUESTIONS},
    "utter_ask_system_choice": "system_name",
}
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _position(reply: str, template: str) -> int:
    """Where the reply ends a response made from `template` (its fixed parts in order), or -1."""
    at = 0
    for part in filter(None, _PLACEHOLDER.split(template)):
        at = reply.find(part, at)
        if at < 0:
            return -1
        at += len(part)
    return at


def asked(reply: str) -> str | None:
    """Which report question the bot's reply ends on, if any."""
    found = [
        (position, slot)
        for response, slot in QUESTION_RESPONSES.items()
        for text in variants(response)
        if (position := _position(reply, text)) >= 0
    ]
    return max(found)[1] if found else None


def buttons(replies: list[dict]) -> list[dict]:
    return [b for reply in replies for b in reply.get("buttons", [])]


def finish_report(chat: Chat, reply: str, answers: dict[str, str]) -> tuple[str, list[str]]:
    """Answer whatever the bot asks until it stops asking: the last reply and what was asked."""
    questions = []
    while (slot := asked(reply)) is not None:
        assert len(questions) < len(REPORT_QUESTIONS), f"asked again and again: {questions}"
        questions.append(slot)
        reply = chat.text(answers[slot])
    return reply, questions


def tickets_of(settings: Settings, chat: Chat) -> list[Ticket]:
    with session_scope(settings.db_url) as session:
        rows = session.query(Ticket).filter_by(reporter=f"chat:{chat.sender}").all()
        session.expunge_all()
        return rows


ZH_ANSWERS = {
    "problem_description": "系统打不开了",
    "location": "急诊科",
    "system_name": "挂号系统",
    "problem_log": "没有",
}
EN_ANSWERS = {
    "problem_description": "it will not open",
    "location": "Ward 7, general surgery",
    "system_name": "the HIS",
    "problem_log": "no",
}


def line_time(settings: Settings, row: Ticket) -> str:
    """The call-back deadline as the bot shows it (the contract's response time)."""
    return row.respond_by.astimezone(ZoneInfo(settings.timezone)).strftime("%Y-%m-%d %H:%M")
