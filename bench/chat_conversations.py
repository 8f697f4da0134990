"""The conversations of the chat benchmark: what each simulated sender says next, so that every
sender's conversation stays coherent (the next message answers what the bot just asked)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import yaml

TICKET_NUMBER = re.compile(r"CL-\d{6}")
JOURNEY_MAX_TURNS = 8


def _texts(replies: list[dict]) -> list[str]:
    return [r.get("text") or "" for r in replies]


def _buttons(replies: list[dict]) -> list[str]:
    return [b["payload"] for r in replies for b in r.get("buttons") or []]


class BareConversation:
    """The starter bot's own stories: greet, a mood (great, or unhappy and cheered up), bye."""

    JOURNEYS = (
        ("hello", "I am feeling great", "bye"),
        ("hi", "I am very sad", "yes", "goodbye"),
        ("hey", "I feel very unhappy", "no"),
        ("good morning", "perfect", "see you later"),
        ("hello there", "I am not happy", "yes, it helped", "bye bye"),
    )

    def __init__(self, index: int) -> None:
        self.messages = [m for j in self.JOURNEYS for m in j]
        self.position = sum(len(j) for j in self.JOURNEYS[: index % len(self.JOURNEYS)])
        self.kind = "bare"

    def next_message(self, replies: list[dict] | None) -> str:
        message = self.messages[self.position % len(self.messages)]
        self.position += 1
        return message

    def label(self, replies: list[dict]) -> str:
        return "bare"


ZH_REPORTS = (
    ("急诊挂号系统登不上了，所有窗口都卡住了", "急诊科", "挂号系统", "没有"),
    ("5病区的腕带打印机打不出腕带，一直提示缺纸", "5病区", "腕带打印机", "没有"),
    (
        "检验科收不到仪器的结果，LIS 一直没有数据上来",
        "检验科",
        "LIS",
        "2026-11-26 03:01:12 ERROR HL7 ACK timeout from analyzer AU5800\n"
        "2026-11-26 03:01:15 ERROR HL7 ACK timeout from analyzer AU5800",
    ),
    ("医生工作站开不了医嘱，点提交没反应", "心内科病区", "医生工作站", "没有"),
    ("护士站收不到病人的呼叫，呼叫系统没反应", "8病区护士站", "呼叫系统", "没有"),
)
EN_REPORTS = (
    (
        "The PACS is down in radiology, no images load on any workstation",
        "Radiology department, main campus",
        "PACS viewer",
        "2026-11-26 03:01:12 ERROR C-MOVE failed status 0xA701 out of resources\n"
        "2026-11-26 03:01:13 ERROR association rejected by PACS-ARCHIVE-01",
    ),
    (
        "The nurse call system on ward 5 is not working, call bells do not ring at the station",
        "Ward 5",
        "nurse call",
        "no",
    ),
    (
        "Wi-Fi keeps dropping on the ward, the PDAs disconnect",
        "Ward 7, general surgery",
        "Wi-Fi",
        "no",
    ),
)
ZH_HOWTO = ("腕带打印机不出纸，要怎么处理？", "PACS 看片子很慢怎么办", "呼叫系统没反应怎么办")
EN_HOWTO = (
    "How do I reprint a wristband?",
    "I forgot my password, how do I unlock my account?",
    "How do I fix a label printer that prints blank labels?",
)
PLACES = sorted({r[1] for r in ZH_REPORTS + EN_REPORTS})


@dataclasses.dataclass
class Journey:
    kind: str  # greet, howto, report, status, smalltalk
    opening: str
    answers: dict[str, str] = dataclasses.field(default_factory=dict)
    after_answer: str = ""  # what a how-to journey says to "did this solve it?"


def careline_journeys(language: str, index: int) -> list[Journey]:
    """One cycle of a sender's visits; senders start at different points and pick different
    reports and questions, so the mix over senders covers every journey in both languages."""
    zh = language == "zh"
    reports, howtos = (ZH_REPORTS, ZH_HOWTO) if zh else (EN_REPORTS, EN_HOWTO)
    no = "没有" if zh else "no"

    def report(n: int, opening: str | None = None) -> Journey:
        description, location, system, log = reports[(index + n) % len(reports)]
        answers = {
            "problem_description": description,
            "location": location,
            "system_name": system,
            "problem_log": log,
        }
        return Journey("report", opening or description, answers, no)

    def howto(n: int, after_answer: str) -> Journey:
        # The report's answers too: an unsure answer offers a ticket, and a "no" starts one.
        return dataclasses.replace(
            report(n, howtos[(index + n) % len(howtos)]), kind="howto", after_answer=after_answer
        )

    journeys = [
        Journey("greet", "你好" if zh else "hello"),
        howto(0, "/affirm"),
        report(0),
        Journey("status", "{ticket} 处理到哪一步了" if zh else "what's the status of {ticket}?"),
        howto(1, "/deny"),
        Journey("smalltalk", "谢谢" if zh else "thank you"),
        Journey("smalltalk", "再见" if zh else "bye"),
    ]
    return journeys[index % len(journeys) :] + journeys[: index % len(journeys)]


def form_questions(domain_paths: list[Path]) -> dict[str, str]:
    """Each text of an utter_ask_* response → the slot it asks for."""
    questions: dict[str, str] = {}
    for path in domain_paths:
        domain = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for name, variants in (domain.get("responses") or {}).items():
            if name.startswith("utter_ask_"):
                for variant in variants or []:
                    if variant.get("text"):
                        questions[variant["text"].strip()] = name.removeprefix("utter_ask_")
    return questions


class CarelineConversation:
    """Walks a sender through its journeys; a form question is answered from the journey."""

    def __init__(self, index: int, questions: dict[str, str]) -> None:
        self.language = "zh" if index % 2 == 0 else "en"
        self.journeys = careline_journeys(self.language, index // 2)
        self.questions = questions
        self.visit = -1
        self.journey: Journey | None = None
        self.turns_in_journey = 0
        self.ticket: str | None = None
        self.answered: set[str] = set()
        self.stage = ""

    def _start(self) -> str:
        self.visit += 1
        self.journey = self.journeys[self.visit % len(self.journeys)]
        self.turns_in_journey, self.answered = 1, set()
        self.stage = self.journey.kind
        ticket = self.ticket or "CL-000001"
        return self.journey.opening.format(ticket=ticket)

    def _asked(self, replies: list[dict]) -> str | None:
        for text in _texts(replies):
            slot = self.questions.get(text.strip())
            if slot:
                return slot
        return None

    def next_message(self, replies: list[dict] | None) -> str:
        journey = self.journey
        if journey is None or replies is None or self.turns_in_journey >= JOURNEY_MAX_TURNS:
            return self._start()
        if any(TICKET_NUMBER.search(t) for t in _texts(replies)) and self.stage == "ticket":
            return self._start()  # the report ended in a ticket (or joined a known incident)
        self.turns_in_journey += 1
        asked = self._asked(replies)
        if asked:
            self.stage = "report"
            key = next((k for k in journey.answers if asked.endswith(k)), None)
            if key:
                self.answered.add(key)
                return journey.answers[key]
            buttons = _buttons(replies)
            if buttons:
                return buttons[0]
            return "没有" if self.language == "zh" else "no"
        if journey.kind == "howto" and self.stage == "howto" and "/affirm" in _buttons(replies):
            self.stage = "kb_feedback"
            return journey.after_answer
        if self.stage in ("report", "ticket") and _buttons(replies):
            return _buttons(replies)[0]  # a confirmation the form asks with buttons
        return self._start()

    def label(self, replies: list[dict]) -> str:
        """What the turn just measured did: a new ticket number means a ticket was filed."""
        numbers = {n for t in _texts(replies) for n in TICKET_NUMBER.findall(t)}
        if self.stage in ("report", "kb_feedback", "howto") and numbers:
            self.stage = "ticket"
            self.ticket = sorted(numbers)[-1]
            return "ticket"
        if self.stage == "status" and numbers:
            self.ticket = sorted(numbers)[-1]
        return self.stage
