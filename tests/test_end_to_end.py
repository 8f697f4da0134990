"""The real Rasa server, action server and desk service, driven over Rasa's REST channel."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from bench.load import figures as load_figures
from bench.load import run_load
from careline.settings import Settings
from desk.db import session_scope
from desk.models import AuditEntry, KbFeedback
from tests.chat import (
    CJK,
    EN_ANSWERS,
    ZH_ANSWERS,
    Chat,
    article_title,
    asked,
    finish_report,
    line_time,
    number_in,
    ticket,
    tickets_of,
    variants,
)

pytestmark = pytest.mark.e2e


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
    replies = chat.say("怎么用医院电脑给手机下载游戏？")
    assert replies[-1]["text"] in variants("utter_kb_unsure")
    assert chat.text("/deny") in variants("utter_anything_else")
    gaps = (line.kb_dir / "gaps.jsonl").read_text(encoding="utf-8")
    assert "下载游戏" in gaps


def test_er_registration_down_becomes_a_p1_his_ticket_asking_only_what_is_missing(
    line: Settings,
) -> None:
    chat = Chat(line)
    first = chat.text("急诊挂号系统登不上了，所有窗口都卡住了")
    created, questions = finish_report(chat, first, ZH_ANSWERS)
    assert "problem_description" not in questions and questions[-1] == "problem_log"
    row = ticket(line, number_in(created))
    assert "P1" in created and "承诺" in created
    assert (row.subsystem, row.tier, row.status) == ("his", "P1", "routed")
    assert row.pool == "clinical-apps" and "急诊" in row.description
    assert row.transcript[0] == {"who": "user", "text": "急诊挂号系统登不上了，所有窗口都卡住了"}


def test_howto_in_english_then_no_becomes_a_ticket_with_the_tried_article(line: Settings) -> None:
    chat = Chat(line)
    first = chat.text("How do I unlock my account? I forgot the password")
    assert article_title("identity-001", "en") in first and "Did this solve it?" in first
    created, questions = finish_report(chat, chat.text("/deny"), EN_ANSWERS)
    assert "problem_description" not in questions
    row = ticket(line, number_in(created))
    assert row.kb_offered == ["identity-001"]
    assert row.language == "en" and row.subsystem == "identity"


def test_a_howto_question_mid_report_is_answered_and_the_report_resumes(line: Settings) -> None:
    chat = Chat(line)
    question = asked(chat.text("5病区的呼叫器按了没反应"))
    assert question is not None
    during = chat.text("对了，HIS密码忘了怎么重置？")
    assert article_title("identity-001", "zh") in during or any(
        text in during for text in variants("utter_kb_unsure_in_report")
    )
    assert asked(during) == question  # the interrupted question, asked again
    created, _ = finish_report(chat, during, ZH_ANSWERS | {"system_name": "呼叫系统"})
    assert ticket(line, number_in(created)).subsystem == "nursing"


def test_a_person_wanted_mid_report_hands_off_with_what_was_collected(line: Settings) -> None:
    chat = Chat(line)
    assert asked(chat.text("The bedside terminals keep rebooting")) is not None
    handoff = chat.text("can I talk to an engineer please")
    assert any(text.split("{")[0] in handoff for text in variants("utter_human_route"))
    row = ticket(line, number_in(handoff))
    assert row.callback_requested and "bedside terminals keep rebooting" in row.description
    assert [line["who"] for line in row.transcript[:2]] == ["user", "bot"]
    assert row.respond_by is not None and line_time(line, row) in handoff


def test_a_correction_at_the_log_question_changes_the_system(line: Settings) -> None:
    chat = Chat(line)
    reply = chat.text("检验科那边的报告出不来了")
    while asked(reply) not in (None, "problem_log"):
        reply = chat.text(ZH_ANSWERS[asked(reply)] if asked(reply) != "system_name" else "LIS")
    assert asked(reply) == "problem_log"
    corrected = chat.text("不是LIS，是PACS，看片子那个")
    assert asked(corrected) == "problem_log"  # the log question again, not taken as the log
    row = ticket(line, number_in(chat.text("没有")))
    assert row.subsystem == "pacs" and row.log_excerpt == ""


def test_a_log_pasted_at_the_location_question_becomes_the_log(line: Settings) -> None:
    chat = Chat(line)
    first = chat.text("The interface engine stopped sending lab results to the wards")
    assert asked(first) == "location"
    paste = (
        "2026-12-01 03:12:44 ERROR HL7 sender: MSA|AE|MSG00231|no route to LIS-01 "
        "2026-12-01 03:12:45 ERROR retry 3 failed"
    )
    after_paste = chat.text(paste)
    assert any(text in after_paste for text in variants("utter_log_received"))
    assert asked(after_paste) == "location"
    created, questions = finish_report(chat, after_paste, EN_ANSWERS | {"location": "Lab, B2"})
    assert "problem_log" not in questions
    row = ticket(line, number_in(created))
    assert "MSA|AE|MSG00231" in row.log_excerpt and row.location == "Lab, B2"


def test_a_correction_after_the_ticket_changes_it_audited(line: Settings) -> None:
    chat = Chat(line)
    created, _ = finish_report(chat, chat.text("收费窗口的电脑打不开系统了"), ZH_ANSWERS)
    number = number_in(created)
    corrected = chat.text("不是这个系统，是检验系统")
    assert number in corrected
    row = ticket(line, number)
    assert row.subsystem == "lis"
    with session_scope(line.db_url) as session:
        changes = session.query(AuditEntry).filter_by(ticket_id=row.id, field="subsystem").all()
        assert [(c.after, c.actor) for c in changes] == [("lis", f"chat:{chat.sender}")]


def test_a_latin_system_name_keeps_a_chinese_chat_in_chinese(line: Settings) -> None:
    chat = Chat(line)
    reply = chat.text("系统打不开了，一直转圈")
    while asked(reply) not in (None, "system_name"):
        reply = chat.text(ZH_ANSWERS[asked(reply)])
    if asked(reply) == "system_name":
        reply = chat.text("PACS")
    assert CJK.search(reply), reply


def test_cancel_mid_report_files_nothing(line: Settings) -> None:
    chat = Chat(line)
    assert asked(chat.text("打印机卡纸了，打不出腕带")) is not None
    assert chat.text("算了，不报了") in variants("utter_report_cancelled")
    assert tickets_of(line, chat) == []


def test_not_knowing_the_answer_is_recorded_and_not_asked_again(line: Settings) -> None:
    chat = Chat(line)
    reply = chat.text("The monitors stopped showing vitals")
    questions = []
    while (slot := asked(reply)) is not None:
        questions.append(slot)
        reply = chat.text("not sure" if slot in ("location", "system_name") else "no")
    assert len(questions) == len(set(questions))
    assert number_in(reply)


def test_a_fault_saying_the_password_is_right_is_a_fault_not_a_yes(line: Settings) -> None:
    chat = Chat(line)
    reply = chat.text("HIS 登录一直提示密码错误，可我的密码是对的")
    assert reply not in variants("utter_anything_else")
    assert asked(reply) is not None


def test_a_two_word_slow_complaint_is_a_fault(line: Settings) -> None:
    reply = Chat(line).text("系统好慢")
    assert asked(reply) is not None


def test_english_report_with_a_pasted_log_and_status_and_human(line: Settings) -> None:
    chat = Chat(line)
    first = chat.text("The PACS is down in radiology, no images load on any workstation")
    log = (
        "2026-11-26 03:01:12 ERROR C-MOVE failed status 0xA701 out of resources\n"
        "2026-11-26 03:01:13 ERROR association rejected by PACS-ARCHIVE-01"
    )
    created, _ = finish_report(
        chat, first, EN_ANSWERS | {"location": "Radiology, main campus", "problem_log": log}
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
    personal = (
        "王秀英",
        "李建国",
        "138.1234.5678",
        "1234.5678",
        "wang.xy@163.com",
        "00123456",
        "110101 19900307 1233",
        "19900307",
        "Mary Jones",
    )
    Chat(line).text(
        "pt: Mary Jones asked whether 3床王秀英的检验结果 is lost, mail wang.xy@163.com"
    )
    chat = Chat(line)
    first = chat.text(
        "5病区3床王秀英的腕带打印机打不出来，家属李建国电话138.1234.5678，病案号00123456"
    )
    log = (
        "2026-11-26 03:01:12 ERROR print job failed patient=王秀英 ID 110101 19900307 1233 "
        "ZD421 paper out"
    )
    created, _ = finish_report(
        chat,
        first,
        ZH_ANSWERS | {"location": "5病区", "system_name": "腕带打印机", "problem_log": log},
    )
    row = ticket(line, number_in(created))
    stored = [
        row.description
        + row.log_excerpt
        + json.dumps(row.evidence, ensure_ascii=False)
        + json.dumps(row.transcript, ensure_ascii=False)
    ]
    with sqlite3.connect(line.tracker_db_path) as conversations:
        stored += [
            json.dumps(json.loads(data), ensure_ascii=False)
            for (data,) in conversations.execute("SELECT data FROM events")
        ]
    stored += [path.read_text(encoding="utf-8") for path in line.log_dir.glob("*.log")]
    gaps = line.kb_dir / "gaps.jsonl"
    stored += [gaps.read_text(encoding="utf-8")] if gaps.exists() else []
    assert any("[PHONE]" in text for text in stored[1:])  # the conversation was stored, redacted
    for text in stored:
        for value in personal:
            assert value not in text


def test_only_careline_reaches_the_assistant_and_the_action_server(line: Settings) -> None:
    rasa = f"{line.url('rasa')}/webhooks/rest/webhook"
    hello = {"sender": f"test-{uuid.uuid4().hex[:10]}", "message": "你好"}
    assert httpx.post(rasa, json=hello, timeout=30).status_code == 401
    forged_call = {
        "next_action": "action_create_ticket",
        "sender_id": "someone-else",
        "tracker": {"sender_id": "someone-else", "slots": {}, "latest_message": {}, "events": []},
        "domain": {},
        "version": "3.6.0",
    }
    actions = f"{line.url('actions')}/webhook"
    assert httpx.post(actions, json=forged_call, timeout=30).status_code == 401
    assert httpx.get(f"{line.url('actions')}/health", timeout=30).status_code == 200
    preflight = httpx.options(
        rasa,
        headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"},
        timeout=30,
    )
    assert preflight.headers.get("access-control-allow-origin") in (None, "")


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"message": "你好"}, 400),  # no sender: never the shared "default" conversation
        ({"sender": "", "message": "你好"}, 400),
        ({"sender": "s-1", "message": 7}, 400),
        ({"sender": "s-1", "message": "长" * 20_001}, 413),
    ],
    ids=["no sender", "empty sender", "not text", "too long"],
)
def test_the_chat_channel_refuses_bad_messages_before_the_nlu(
    line: Settings, body: dict, status: int
) -> None:
    chat = Chat(line)
    response = httpx.post(chat.url, json=body, headers=chat.headers, timeout=30)
    assert response.status_code == status and response.json()["error"]


def test_a_ticket_number_from_another_conversation_is_not_found(line: Settings) -> None:
    reporter = Chat(line)
    first = reporter.text("急诊挂号系统全部打不开了，所有窗口都登不上")
    created, _ = finish_report(reporter, first, ZH_ANSWERS)
    number = number_in(created)
    stranger = Chat(line)
    reply = stranger.text(f"{number} 处理到哪一步了")
    assert "没有找到" in reply
    stranger.text("转人工")
    assert not ticket(line, number).callback_requested
    assert number in reporter.text(f"{number} 处理到哪一步了")


def test_a_short_load_through_the_chat_relay_loses_no_ticket(line: Settings) -> None:
    """bench/load.py in its short form: concurrent staff, every answer in time, every ticket
    a client was given stored as theirs."""
    result = asyncio.run(run_load(line, users=10, seconds=20))
    figures = load_figures(result, line)
    assert figures["turns"] >= 20 and figures["errors"] == 0
    assert figures["tickets"]["acknowledged"] > 0 and figures["tickets"]["missing"] == []


def test_a_burst_of_long_pastes_does_not_hold_up_a_short_message(line: Settings) -> None:
    """Ten 20,000-character messages and then a greeting, all at once through the chat relay:
    the pastes are read one at a time, so the greeting is answered while most still wait."""
    relay = f"{line.url('desk')}/api/chat"
    paste = "2026-12-01 03:12:44 ERROR lis.hl7 connection refused 10.2.3.4:2575\n" * 290
    finished: list[str] = []

    def send(sender: str, message: str) -> int:
        response = httpx.post(relay, json={"sender": sender, "message": message}, timeout=300)
        finished.append(sender)
        return response.status_code

    with ThreadPoolExecutor(max_workers=11) as pool:
        pastes = [
            pool.submit(send, f"paste-{n:02d}-{uuid.uuid4().hex[:6]}", paste) for n in range(10)
        ]
        time.sleep(0.5)  # the pastes are in the lane before the greeting comes
        greeting = pool.submit(send, f"hello-{uuid.uuid4().hex[:8]}", "你好")
        assert greeting.result() == 200
        position = len(finished)
    assert all(p.result() in (200, 429) for p in pastes)
    assert position <= 3, f"the greeting finished after {position - 1} pastes"


def test_do_we_need_this_update_answers_for_the_site_the_chat_page_names(line: Settings) -> None:
    from desk.releases import publish, record_site_version, release_spec

    with session_scope(line.db_url) as session:
        record_site_version(session, "demo-main", "pacs", "6.0.3")
        record_site_version(session, "demo-east", "pacs", "6.2.0")
        release = {
            "product": "pacs",
            "version": "6.1.0",
            "affects": "<6.1.0",
            "fixes": [
                {"zh": "看图器内存泄漏", "en": "Viewer memory leak", "articles": ["pacs-001"]}
            ],
        }
        publish(session, release_spec(release, "e2e"), "e2e")

    def ask(text: str, site: str) -> str:
        chat = Chat(line)
        response = httpx.post(
            chat.url,
            json={"sender": chat.sender, "message": text, "metadata": {"site": site}},
            headers=chat.headers,
            timeout=60,
        )
        response.raise_for_status()
        return "\n".join(reply.get("text", "") for reply in response.json())

    behind = ask("我们的版本需要升级吗？", "demo-main")
    assert "6.0.3 → 6.1.0" in behind and "看图器内存泄漏" in behind
    current = ask("do we need this update?", "demo-east")
    assert "up to date" in current and "6.2.0" in current
    assert "6.0.3 → 6.1.0" in ask("我们的系统要不要更新到新版本", "demo-main")
