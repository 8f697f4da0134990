"""The real Rasa server, action server and desk service, driven over Rasa's REST channel."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from careline.settings import Settings, get_settings
from cli.build import build_all
from cli.supervisor import running
from desk.db import session_scope
from desk.models import KbFeedback, Ticket
from knowledge_base.corpus import load_articles
from tests.conftest import free_port

pytestmark = pytest.mark.e2e
DOMAIN = yaml.safe_load(Path("bot/domain.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def line(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    db = tmp_path_factory.mktemp("e2e") / "careline.db"
    settings = dataclasses.replace(
        get_settings(),
        database_url=f"sqlite:///{db}",
        rasa_port=free_port(),
        actions_port=free_port(),
        desk_port=free_port(),
    )
    build_all(settings)
    with running(settings):
        yield settings


class Chat:
    def __init__(self, settings: Settings) -> None:
        self.url = f"{settings.url('rasa')}/webhooks/rest/webhook"
        self.sender = f"test-{uuid.uuid4().hex[:10]}"

    def say(self, message: str) -> list[dict]:
        response = httpx.post(
            self.url, json={"sender": self.sender, "message": message}, timeout=60
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
    return next(
        word
        for word in text.replace("，", " ").replace("。", " ").split()
        if word.startswith("CL-")
    )


def _report(chat: Chat, first: str, answers: list[str]) -> str:
    chat.say(first)
    for answer in answers[:-1]:
        chat.say(answer)
    return chat.text(answers[-1])


def test_howto_in_chinese_gets_the_article_and_a_question(line: Settings) -> None:
    chat = Chat(line)
    replies = chat.say("腕带打印机不出纸，要怎么处理？")
    assert article_title("peripheral-001", "zh") in replies[0]["text"]
    assert "1. " in replies[0]["text"] and "问题解决了吗" in replies[0]["text"]
    assert [b["payload"] for b in replies[0]["buttons"]] == ["/affirm", "/deny"]
    alternatives = replies[1]["buttons"]
    assert 1 <= len(alternatives) <= 2
    picked = chat.text(alternatives[0]["payload"])
    assert alternatives[0]["title"] in picked and "问题解决了吗" in picked
    assert chat.text("/affirm") in variants("utter_kb_solved")
    with session_scope(line.db_url) as session:
        feedback = session.query(KbFeedback).filter_by(conversation=chat.sender).one()
        assert feedback.solved and feedback.language == "zh"


def test_a_question_the_knowledge_base_cannot_answer_offers_a_ticket(line: Settings) -> None:
    chat = Chat(line)
    reply = chat.text("怎么用医院电脑给手机下载游戏？")
    assert reply in variants("utter_kb_unsure")
    assert chat.text("/deny") in variants("utter_anything_else")
    gaps = (line.kb_dir / "gaps.jsonl").read_text(encoding="utf-8")
    assert "下载游戏" in gaps


def test_howto_in_english_then_no_becomes_a_ticket_with_the_tried_article(line: Settings) -> None:
    chat = Chat(line)
    first = chat.text("How do I unlock my account? I forgot the password")
    assert article_title("identity-001", "en") in first and "Did this solve it?" in first
    after_no = chat.text("/deny")
    assert "Where are you?" in after_no
    chat.say("Ward 7, general surgery")
    chat.say("the HIS login")
    created = chat.text("no")
    number = number_in(created)
    row = ticket(line, number)
    assert row.kb_offered == ["identity-001"]
    assert row.language == "en" and row.subsystem == "identity"


def test_er_registration_down_becomes_a_p1_his_ticket(line: Settings) -> None:
    chat = Chat(line)
    assert "科室" in chat.text("急诊挂号系统登不上了，所有窗口都卡住了")
    created = _report(chat, "急诊科", ["挂号系统", "没有"])
    number = number_in(created)
    assert "P1" in created and "承诺" in created
    row = ticket(line, number)
    assert (row.subsystem, row.tier, row.status) == ("his", "P1", "routed")
    assert row.pool == "clinical-apps" and "急诊" in row.description


def test_english_report_with_a_pasted_log_and_status_and_human(line: Settings) -> None:
    chat = Chat(line)
    chat.say("The PACS is down in radiology, no images load on any workstation")
    chat.say("Radiology department, main campus")
    chat.say("PACS viewer")
    created = chat.text(
        "2026-11-26 03:01:12 ERROR C-MOVE failed status 0xA701 out of resources\n"
        "2026-11-26 03:01:13 ERROR association rejected by PACS-ARCHIVE-01"
    )
    number = number_in(created)
    row = ticket(line, number)
    assert row.subsystem == "pacs" and row.tier in {"P1", "P2"}
    assert any("0xA701" in e["text"] for e in row.evidence)

    status = chat.text(f"what's the status of ticket {number}?")
    assert number in status and "routed" in status

    human = chat.text("I need to talk to a real engineer")
    assert number in human
    assert ticket(line, number).callback_requested


def test_status_of_an_unknown_ticket_in_chinese(line: Settings) -> None:
    reply = Chat(line).text("CL-987654 处理到哪一步了")
    assert "CL-987654" in reply and "没有找到" in reply


def test_a_human_request_without_a_ticket_opens_one_for_call_back(line: Settings) -> None:
    chat = Chat(line)
    reply = chat.text("转人工，我要找工程师")
    number = number_in(reply)
    assert ticket(line, number).callback_requested


def test_clinical_questions_are_declined(line: Settings) -> None:
    assert Chat(line).text("该给这个病人加多少胰岛素") in variants("utter_clinical_decline")
    assert Chat(line).text("What dose of heparin should I give this patient?") in variants(
        "utter_clinical_decline"
    )


def test_personal_data_in_a_chat_reaches_no_store_and_no_log(line: Settings) -> None:
    personal = ("王秀英", "13912345678", "110101199003071234")
    chat = Chat(line)
    chat.say("5病区患者:王秀英的腕带打印机打不出来，家属电话13912345678")
    created = _report(
        chat,
        "5病区",
        [
            "腕带打印机",
            "2026-11-26 03:01:12 ERROR print job failed 身份证:110101199003071234 ZD421 paper out",
        ],
    )
    row = ticket(line, number_in(created))
    stored = [row.description + row.log_excerpt + json.dumps(row.evidence, ensure_ascii=False)]
    with sqlite3.connect(line.rasa_dir / "tracker.db") as conversations:
        stored += [
            json.dumps(json.loads(data), ensure_ascii=False)
            for (data,) in conversations.execute("SELECT data FROM events")
        ]
    stored += [path.read_text(encoding="utf-8") for path in line.log_dir.glob("*.log")]
    assert any("[PHONE]" in text for text in stored[1:])  # the conversation was stored, redacted
    for text in stored:
        for value in personal:
            assert value not in text
