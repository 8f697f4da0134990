"""Custom actions run on tracker fixtures with a CollectingDispatcher, against the real desk,
triage model and knowledge base (a throw-away SQLite database per test)."""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from bot.actions import fallback, knowledge, report, runtime, tickets
from bot.actions.conversation import Turn, TurnKind
from bot.actions.report import NO_LOG, UNKNOWN, read_report_turn
from careline.settings import Settings
from desk import outbox, workflow
from desk.contracts import import_configured_data
from desk.db import session_scope
from desk.models import AuditEntry, Ticket
from desk.tickets import Desk, TicketRequest
from knowledge_base.index import Answer, KnowledgeBase
from tests.action_fixtures import actions_on_fresh_desk

DOMAIN = yaml.safe_load(Path("bot/domain.yml").read_text(encoding="utf-8"))
PLACE_AT_START = {"entity": "location", "value": "5病区", "start": 0, "end": 3}


def message(
    text: str, intent: str = "report_problem", confidence: float = 0.95, entities: list = ()
) -> dict[str, Any]:
    return {
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "entities": list(entities),
    }


def tracker(
    latest: dict[str, Any],
    slots: dict[str, Any] | None = None,
    *,
    in_report: bool = False,
    earlier: list[dict[str, Any]] = (),
) -> Tracker:
    """A conversation as the action server receives it: slots, events, the latest message."""
    events = [
        {"event": "user", "text": m["text"], "parse_data": m, "metadata": m.get("metadata", {})}
        for m in [*earlier, latest]
    ]
    events.insert(1, {"event": "bot", "text": "请问您在哪个院区、科室或病区？"})
    return Tracker(
        "nurse-1",
        {"language": "zh", **(slots or {})},
        latest,
        events,
        False,
        None,
        {"name": "report_form"} if in_report else {},
        "action_listen",
    )


def run(action: Action, conversation: Tracker) -> tuple[list[dict], list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, conversation, DOMAIN))
    return dispatcher.messages, events


def slots_set(events: list[dict]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


@pytest.fixture
def line(
    monkeypatch: pytest.MonkeyPatch,
    base_settings: Settings,
    desk: Desk,
    knowledge_base: KnowledgeBase,
    tmp_path: Path,
) -> Settings:
    """The actions' desk, knowledge base and settings, on a fresh SQLite database."""
    return actions_on_fresh_desk(monkeypatch, base_settings, desk, knowledge_base, tmp_path)


def stored(settings: Settings, number: str) -> Ticket:
    with session_scope(settings.db_url) as session:
        row = session.scalars(select(Ticket).where(Ticket.number == number)).one()
        session.expunge(row)
        return row


# --- what a message is, during a report ------------------------------------------------------


def test_a_log_pasted_at_the_location_question_becomes_the_log_not_the_location() -> None:
    paste = "2026-12-01 03:12:44 ERROR HL7 listener: connection refused 10.2.3.4:2575"
    filled = read_report_turn(Turn.latest(tracker(message(paste, "inform", 0.5))), "location", "zh")
    assert filled == {"problem_log": paste}


def test_a_howto_question_fills_no_slot_so_the_form_rejects_and_answers_it() -> None:
    question = message("怎么重置密码？", "ask_howto", 0.99)
    assert read_report_turn(Turn.latest(tracker(question)), "system_name", "zh") == {}


def test_a_short_answer_naming_a_system_is_an_answer_unless_the_model_is_sure() -> None:
    pacs = {"entity": "subsystem", "value": "pacs", "start": 0, "end": 4}
    unsure = message("PACS viewer", "ask_howto", 0.7, [pacs])
    assert read_report_turn(Turn.latest(tracker(unsure)), "system_name", "zh") == {
        "system_name": "PACS",
        "subsystem": "pacs",
    }
    sure = message("PACS viewer", "ask_howto", 0.97, [pacs])
    assert Turn.latest(tracker(sure)).kind is TurnKind.INTERRUPTION


def test_a_correction_at_the_log_question_changes_the_system_not_the_log() -> None:
    text = "不是这个系统，是检验系统"
    lis = {"entity": "subsystem", "value": "lis", "start": 8, "end": 12}
    filled = read_report_turn(
        Turn.latest(tracker(message(text, "correct", 0.9, [lis]))), "problem_log", "zh"
    )
    assert filled == {"system_name": "检验系统", "subsystem": "lis"}


def test_a_correction_without_a_new_value_clears_the_slot_to_ask_again() -> None:
    correction = message("不是这个系统", "correct", 0.9)
    assert read_report_turn(Turn.latest(tracker(correction)), "problem_log", "zh") == {
        "system_name": None,
        "subsystem": None,
    }


def test_not_knowing_is_recorded_and_no_log_means_none() -> None:
    assert read_report_turn(
        Turn.latest(tracker(message("不清楚", "dont_know"))), "location", "zh"
    ) == {"location": UNKNOWN}
    assert read_report_turn(Turn.latest(tracker(message("没有", "deny"))), "problem_log", "zh") == {
        "problem_log": NO_LOG
    }


def test_an_unsure_model_reading_is_taken_as_the_answer() -> None:
    answer = message("门诊楼三楼收费处", "nlu_fallback", 0.3)
    assert read_report_turn(Turn.latest(tracker(answer)), "location", "zh") == {
        "location": "门诊楼三楼收费处"
    }


# --- actions ---------------------------------------------------------------------------------


def test_start_report_prefills_place_and_system_from_the_first_message(line: Settings) -> None:
    first = message(
        "5病区的呼叫系统全部没反应了",
        entities=[
            PLACE_AT_START,
            {"entity": "subsystem", "value": "nursing", "start": 4, "end": 8},
        ],
    )
    _, events = run(report.ActionStartReport(), tracker(first))
    filled = slots_set(events)
    assert filled["location"] == "5病区"
    assert (filled["subsystem"], filled["system_name"]) == ("nursing", "呼叫系统")
    assert filled["problem_description"] == first["text"]
    assert filled["problem_log"] is None


def test_start_report_takes_the_system_from_a_sure_triage(line: Settings, desk: Desk) -> None:
    text = "急诊挂号系统登不上了，所有挂号窗口都卡住了"
    prediction = desk.triage.classify(text)
    _, events = run(report.ActionStartReport(), tracker(message(text)))
    filled = slots_set(events)
    assert filled["subsystem"] == (prediction.subsystem if prediction.subsystem_sure else None)


def test_a_ticket_takes_the_named_system_and_keeps_the_transcript_redacted(
    line: Settings,
) -> None:
    slots = {
        "problem_description": "患者王秀英的片子打不开，电话13912345678",
        "location": "放射科",
        "system_name": "看片子的系统",
        "subsystem": "pacs",
        "problem_log": NO_LOG,
        "callback_phone": "8023",
    }
    earlier = [message(slots["problem_description"])]
    messages, events = run(
        report.ActionCreateTicket(), tracker(message("没有", "deny"), slots, earlier=earlier)
    )
    number = slots_set(events)["ticket_number"]
    row = stored(line, number)
    assert row.subsystem == "pacs" and row.location == "放射科" and row.callback == "8023"
    assert any("named by the reporter" in reason for reason in row.routing_reasons)
    assert [line["who"] for line in row.transcript][:2] == ["user", "bot"]
    kept = " ".join(line["text"] for line in row.transcript) + row.description
    assert "13912345678" not in kept and "王秀英" not in kept
    assert messages[0]["response"] == "utter_ticket_created"
    assert messages[0]["number"] == number


SCREENSHOT = {"metadata": {"screenshot": True}}  # desk/web/api.py's mark, passed by Rasa
LOCKED_RECORD = (
    "该病历正在被其他用户编辑，您只能以只读方式打开，无法保存和签名。是否以只读方式继续打开？"
)


def test_a_report_from_a_screenshot_shows_its_article_first_and_the_ticket_keeps_its_text(
    line: Settings,
) -> None:
    read = {**message(f"{LOCKED_RECORD}\n请回电 13812345678"), **SCREENSHOT}
    messages, events = run(report.ActionStartReport(), tracker(read))
    assert messages[0]["response"] == "utter_kb_in_report"
    assert "正在被其他用户编辑" in messages[0]["title"]
    filled = slots_set(events)
    assert filled["kb_offered"] == ["emr-003"]
    assert filled["problem_description"] == read["text"]

    slots = {**filled, "location": "心内科", "system_name": "电子病历", "problem_log": NO_LOG}
    typed = message("心内科", "inform")
    _, events = run(report.ActionCreateTicket(), tracker(typed, slots, earlier=[read]))
    row = stored(line, slots_set(events)["ticket_number"])
    assert row.screenshot_text.startswith(LOCKED_RECORD)
    assert "[PHONE]" in row.screenshot_text and "13812345678" not in row.screenshot_text
    assert row.kb_offered == ["emr-003"]


def test_a_typed_report_gets_no_article_first_and_its_ticket_no_screenshot_text(
    line: Settings,
) -> None:
    typed = message(LOCKED_RECORD)
    messages, events = run(report.ActionStartReport(), tracker(typed))
    assert messages == [] and "kb_offered" not in slots_set(events)
    slots = {**slots_set(events), "location": "心内科", "problem_log": NO_LOG}
    _, events = run(report.ActionCreateTicket(), tracker(message("没有", "deny"), slots))
    assert stored(line, slots_set(events)["ticket_number"]).screenshot_text == ""


def test_a_report_while_the_database_is_down_is_kept_redacted_and_filed_once_it_is_back(
    line: Settings, desk: Desk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    down = dataclasses.replace(
        line, database_url="postgresql+psycopg://postgres@127.0.0.1:9/gone", var_dir=tmp_path
    )
    runtime.use(dataclasses.replace(runtime.runtime(), settings=down))
    slots = {
        "problem_description": "患者王秀英的片子打不开，电话13912345678",
        "location": "放射科",
        "problem_log": NO_LOG,
    }
    latest = message("没有", "deny") | {"message_id": "m-0001"}
    messages, events = run(report.ActionCreateTicket(), tracker(latest, slots))
    assert messages[0]["response"] == "utter_ticket_error" and messages[0]["hotline"]
    assert "ticket_number" not in slots_set(events)
    kept = outbox.waiting(down.outbox_dir)
    assert len(kept) == 1 and (kept[0].stat().st_mode & 0o777) == 0o600
    on_disk = kept[0].read_text(encoding="utf-8")
    assert "片子打不开" in on_disk and "王秀英" not in on_disk and "13912345678" not in on_disk
    run(report.ActionCreateTicket(), tracker(latest, slots))  # Rasa tries the action again
    assert len(outbox.waiting(down.outbox_dir)) == 1
    assert outbox.replay(desk, down.db_url, down.outbox_dir) == []  # still down: kept
    numbers = outbox.replay(desk, line.db_url, down.outbox_dir)
    assert len(numbers) == 1 and outbox.waiting(down.outbox_dir) == []
    row = stored(line, numbers[0])
    assert row.reporter == "chat:nurse-1" and row.location == "放射科"


def test_a_person_wanted_mid_report_files_what_was_collected_for_call_back(
    line: Settings, desk: Desk
) -> None:
    slots = {"problem_description": "监护仪没有数据", "location": "ICU"}
    ask = message("转人工，我要找工程师", "request_human", 0.99)
    messages, events = run(
        tickets.ActionRequestHuman(), tracker(ask, slots, in_report=True, earlier=[message("x")])
    )
    number = slots_set(events)["ticket_number"]
    row = stored(line, number)
    assert row.callback_requested and row.location == "ICU"
    assert "监护仪没有数据" in row.description and row.transcript
    reply = messages[0]
    assert reply["response"] == "utter_human_route"
    assert reply["respond_by"] == desk.local_time(row.respond_by) and reply["hotline"]


def test_a_correction_after_the_ticket_changes_and_audits_it(line: Settings, desk: Desk) -> None:
    with session_scope(line.db_url) as session:
        ticket = desk.open_ticket(
            session,
            TicketRequest(
                description="HIS 收费窗口打不开",
                hospital="Demo Hospital",
                subsystem="his",
                reporter="chat:nurse-1",
            ),
        )
        number, pool_before = ticket.number, ticket.pool
    lis = {"entity": "subsystem", "value": "lis", "start": 7, "end": 11}
    correction = message("不是这个系统，是检验系统", "correct", 0.9, [lis])
    messages, _ = run(tickets.ActionCorrectTicket(), tracker(correction, {"ticket_number": number}))
    row = stored(line, number)
    assert row.subsystem == "lis" and messages[0]["response"] == "utter_ticket_corrected"
    with session_scope(line.db_url) as session:
        fields = {
            (e.field, e.before, e.after)
            for e in session.scalars(select(AuditEntry).where(AuditEntry.ticket_id == row.id))
        }
    assert ("subsystem", "his", "lis") in fields
    assert row.pool != pool_before and ("pool", pool_before, row.pool) in fields


def test_another_conversations_ticket_is_not_found_nor_changed(line: Settings, desk: Desk) -> None:
    with session_scope(line.db_url) as session:
        request = TicketRequest(
            description="HIS 收费窗口打不开", hospital="Demo Hospital", reporter="chat:nurse-9"
        )
        number = desk.open_ticket(session, request).number
    lis = {"entity": "subsystem", "value": "lis", "start": 7, "end": 11}
    correction = message("不是这个系统，是检验系统", "correct", 0.9, [lis])
    corrected, _ = run(
        tickets.ActionCorrectTicket(), tracker(correction, {"ticket_number": number})
    )
    status, events = run(
        tickets.ActionTicketStatus(), tracker(message(f"{number} 怎么样了", "status"))
    )
    human, _ = run(
        tickets.ActionRequestHuman(), tracker(message("转人工", "human"), {"ticket_number": number})
    )
    assert corrected[0]["response"] == status[0]["response"] == "utter_ticket_not_found"
    assert "ticket_number" not in slots_set(events)
    row = stored(line, number)
    assert row.subsystem != "lis" and not row.callback_requested
    assert human[0]["response"] == "utter_human_route" and number not in str(human[0])


def test_a_correction_without_a_ticket_says_so(line: Settings) -> None:
    messages, _ = run(tickets.ActionCorrectTicket(), tracker(message("不是5病区", "correct")))
    assert messages[0]["response"] == "utter_nothing_to_correct"


def test_a_howto_inside_a_report_shows_the_article_and_keeps_the_report(line: Settings) -> None:
    question = message("腕带打印机不出纸，要怎么处理？", "ask_howto", 0.99)
    messages, events = run(knowledge.ActionKbAnswer(), tracker(question, in_report=True))
    assert messages[0]["response"] in ("utter_kb_in_report", "utter_kb_unsure_in_report")
    assert slots_set(events)["kb_state"] is None


def test_two_close_articles_are_offered_as_buttons_with_a_ticket_as_the_way_out(
    line: Settings, knowledge_base: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    hits = knowledge_base.search("PACS 导出影像", k=2, lang="zh")
    monkeypatch.setattr(knowledge_base, "answer", lambda *args, **kwargs: Answer(hits, False, hits))
    messages, events = run(knowledge.ActionKbAnswer(), tracker(message("PACS 导出", "ask_howto")))
    assert messages[0]["response"] == "utter_kb_choices"
    payloads = [button["payload"] for button in messages[0]["buttons"]]
    assert [p for p in payloads if hits[0].id in p] and [p for p in payloads if hits[1].id in p]
    assert payloads[-1] == "/affirm"
    assert slots_set(events)["kb_state"] == "unsure"


def test_cancel_clears_the_report(line: Settings) -> None:
    slots = {"problem_description": "打印机坏了", "location": "5病区"}
    messages, events = run(
        report.ActionCancelReport(), tracker(message("算了不报了", "cancel"), slots, in_report=True)
    )
    assert messages[0]["response"] == "utter_report_cancelled"
    assert all(value is None for value in slots_set(events).values())


def test_fallback_asks_to_rephrase_then_offers_a_ticket_or_a_person() -> None:
    unclear = message("嗯嗯那个", "nlu_fallback", 0.2)
    first, _ = run(fallback.ActionFallback(), tracker(unclear, earlier=[message("你好", "greet")]))
    again, _ = run(fallback.ActionFallback(), tracker(unclear, earlier=[unclear]))
    assert first[0]["response"] == "utter_rephrase"
    assert again[0]["response"] == "utter_fallback_offer"


def test_a_correction_naming_two_systems_means_the_last_one() -> None:
    text = "不是HIS，是PACS"
    his = {"entity": "subsystem", "value": "his", "start": 2, "end": 5}
    pacs = {"entity": "subsystem", "value": "pacs", "start": 7, "end": 11}
    fragment = {"entity": "subsystem", "value": "看片", "start": 7, "end": 9}
    correction = message(text, "correct", 0.9, [his, pacs, fragment])
    assert read_report_turn(Turn.latest(tracker(correction)), "location", "zh") == {
        "system_name": "PACS",
        "subsystem": "pacs",
    }


def test_a_long_first_message_without_report_intent_is_still_the_description(
    line: Settings,
) -> None:
    text = "急诊科的挂号系统刷不出病人信息了"
    first = message(
        text,
        "inform",
        entities=[
            {"entity": "department", "value": "急诊科", "start": 0, "end": 3},
            {"entity": "subsystem", "value": "his", "start": 4, "end": 8},
        ],
    )
    filled = slots_set(run(report.ActionStartReport(), tracker(first))[1])
    assert filled["problem_description"] == text and filled["subsystem"] == "his"


def test_a_bare_place_at_the_log_question_fills_the_place_and_asks_for_the_log_again() -> None:
    place = {"entity": "department", "value": "急诊科", "start": 0, "end": 3}
    filled = read_report_turn(
        Turn.latest(tracker(message("急诊科", "inform", 0.9, [place]))), "problem_log", "zh"
    )
    assert filled == {"location": "急诊科"}


def test_a_first_message_saying_more_than_names_is_a_description(line: Settings) -> None:
    text = "5病区的呼叫器按了没反应"
    entities = [
        PLACE_AT_START,
        {"entity": "subsystem", "value": "nursing", "start": 4, "end": 7},
    ]
    filled = slots_set(
        run(report.ActionStartReport(), tracker(message(text, "inform", 0.8, entities)))[1]
    )
    assert filled["problem_description"] == text
    bare = slots_set(
        run(report.ActionStartReport(), tracker(message("5病区", "inform", 0.8, [PLACE_AT_START])))[
            1
        ]
    )
    assert bare["problem_description"] is None and bare["location"] == "5病区"


def test_the_reporter_hears_who_is_coming_on_site_and_when_then_that_they_came(
    line: Settings, desk: Desk
) -> None:
    with session_scope(line.db_url) as session:
        import_configured_data(session, line)
        request = TicketRequest(
            description="病区呼叫器全部没反应",
            hospital="Demo Hospital",
            reporter="chat:nurse-1",
            site_id="demo-east",
            subsystem="nursing",
            onsite=True,
        )
        ticket = desk.open_ticket(session, request)
        number, eta = ticket.number, desk.local_time(ticket.arrival_eta)
    asked = tracker(message(f"{number} 怎么样了", "status"))
    expected, _ = run(tickets.ActionTicketStatus(), asked)
    assert [m["response"] for m in expected] == ["utter_ticket_status", "utter_visit_expected"]
    assert expected[1]["arrival_eta"] == eta and expected[1]["engineer"]
    with session_scope(line.db_url) as session:
        workflow.record_visit_step(session, Desk.find(session, number), "arrived", "engineer")
    arrived, _ = run(tickets.ActionTicketStatus(), asked)
    assert arrived[1]["response"] == "utter_visit_arrived" and arrived[1]["arrived_at"]
