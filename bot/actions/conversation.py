"""Reading the tracker: the user's language, what this message is, what was said before."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from rasa_sdk import Tracker

from careline.labels import SUBSYSTEM_IDS
from careline.language import detect_language
from careline.service_auth import SCREENSHOT_METADATA
from triage.log_shape import looks_like_log

REPORT_FORM = "report_form"
# Intents that break into a report: answered (or acted on) instead of being taken as an answer.
INTERRUPTIONS = frozenset(
    {
        "ask_howto",
        "request_human",
        "check_ticket_status",
        "ask_upgrade_needed",
        "cancel",
        "clinical_question",
        "out_of_scope",
        "greet",
        "thank",
        "goodbye",
    }
)
# Below this the model is guessing: the message is taken as the answer to the question asked.
INTERRUPTION_CONFIDENCE = 0.6
# A short message naming a system or a place answers "which system?"/"where?" unless the model
# is quite sure it is something else ("PACS viewer" is an answer, not a how-to question).
SURE_INTERRUPTION = 0.9
SHORT_ANSWER_CHARS = 24
ANSWER_ENTITIES = ("subsystem", "location", "department")
_UNKNOWN = re.compile(
    r"(?i)^\W*(不知道|不清楚|不确定|不太清楚|不太确定|说不上来|不晓得|搞不清|"
    r"not sure|no idea|dunno|don'?t know|i don'?t know|unknown|unsure)\W*$"
)
TRANSCRIPT_MESSAGES = 40
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# What is left of a message once its names are taken out, for it to describe a fault.
MORE_THAN_NAMES_CJK = 4
MORE_THAN_NAMES_WORDS = 3


class TurnKind(StrEnum):
    ANSWER = "answer"
    LOG = "log"
    CORRECTION = "correction"
    UNKNOWN = "unknown"
    INTERRUPTION = "interruption"
    BUTTON = "button"


@dataclass(frozen=True)
class Turn:
    """The latest user message as the dialogue needs it."""

    text: str
    intent: str
    confidence: float
    entities: tuple[dict, ...]

    @classmethod
    def latest(cls, tracker: Tracker) -> Turn:
        message = tracker.latest_message or {}
        intent = message.get("intent") or {}
        return cls(
            message.get("text") or "",
            intent.get("name") or "",
            float(intent.get("confidence") or 0.0),
            tuple(message.get("entities") or ()),
        )

    def entity(self, name: str) -> dict | None:
        return next((e for e in self.entities if e.get("entity") == name), None)

    def system(self, last: bool = False) -> dict | None:
        """A system named with a known subsystem id (fragments the model could not normalise
        are skipped); a correction ("不是HIS，是PACS") means its last one."""
        named = [
            e
            for e in self.entities
            if e.get("entity") == "subsystem" and e.get("value") in SUBSYSTEM_IDS
        ]
        return (named[-1] if last else named[0]) if named else None

    def span(self, entity: dict) -> str:
        """The words the user typed for an entity (its value may be a normalised synonym)."""
        start, end = entity.get("start"), entity.get("end")
        if start is None or end is None:
            return str(entity.get("value") or "")
        return self.text[start:end]

    def phone(self) -> str:
        """A call-back number given in this message ("分机8023"), or ""."""
        entity = self.entity("phone")
        return self.span(entity) if entity else ""

    def place(self, last: bool = False) -> str | None:
        """Department and ward/site named in this message, in the order typed ("急诊科 3床");
        a correction ("不在急诊，是门诊大厅") means its last one."""
        found = sorted(
            (e for e in self.entities if e.get("entity") in ("department", "location")),
            key=lambda e: e.get("start") or 0,
        )
        if last:
            found = found[-1:]
        return " ".join(self.span(e) for e in found) or None

    def says_more_than_names(self) -> bool:
        """Words beyond the names of systems and places ("5病区的呼叫器按了没反应"), unlike a
        bare answer ("5病区", "Ward 7, general surgery")."""
        rest = list(self.text)
        for e in self.entities:
            if e.get("entity") in ANSWER_ENTITIES and e.get("start") is not None:
                rest[e["start"] : e["end"]] = " " * (e["end"] - e["start"])
        left = "".join(rest)
        return (
            len(_CJK.findall(left)) >= MORE_THAN_NAMES_CJK
            or len(_LATIN_WORD.findall(left)) >= MORE_THAN_NAMES_WORDS
        )

    def names_an_answer(self) -> bool:
        return len(self.text.strip()) <= SHORT_ANSWER_CHARS and any(
            self.entity(name) for name in ANSWER_ENTITIES
        )

    def is_interruption(self) -> bool:
        if self.intent not in INTERRUPTIONS or self.confidence < INTERRUPTION_CONFIDENCE:
            return False
        return not (self.names_an_answer() and self.confidence < SURE_INTERRUPTION)

    @property
    def kind(self) -> TurnKind:
        if self.text.startswith("/"):
            return TurnKind.BUTTON
        if looks_like_log(self.text) or (
            self.intent == "provide_log" and self.confidence >= INTERRUPTION_CONFIDENCE
        ):
            return TurnKind.LOG
        if self.intent == "correct":
            return TurnKind.CORRECTION
        if self.is_interruption():
            return TurnKind.INTERRUPTION
        if self.intent == "dont_know" or _UNKNOWN.match(self.text):
            return TurnKind.UNKNOWN
        return TurnKind.ANSWER


def language_of(tracker: Tracker) -> str:
    return tracker.get_slot("language") or detect_language(tracker.latest_message.get("text") or "")


def in_report(tracker: Tracker) -> bool:
    return (tracker.active_loop or {}).get("name") == REPORT_FORM


def user_texts(tracker: Tracker, intent: str | None = None) -> list[str]:
    """The user's typed messages, oldest first (button payloads such as "/deny" left out)."""
    texts = []
    for event in tracker.events:
        if event.get("event") != "user":
            continue
        text = (event.get("text") or "").strip()
        if not text or text.startswith("/"):
            continue
        if (
            intent is None
            or (event.get("parse_data") or {}).get("intent", {}).get("name") == intent
        ):
            texts.append(text)
    return texts


def from_screenshot(message: dict) -> bool:
    """The message (a user event or the latest message) is text read from a photo or
    screenshot on the chat page (desk/web/api.py marks it, bot/channels.py passes the mark)."""
    return bool((message.get("metadata") or {}).get(SCREENSHOT_METADATA))


def screenshot_texts(tracker: Tracker) -> list[str]:
    """The texts read from this conversation's photos and screenshots, oldest first."""
    return [
        text
        for event in tracker.events
        if event.get("event") == "user"
        and from_screenshot(event)
        and (text := (event.get("text") or "").strip())
    ]


def transcript(tracker: Tracker) -> list[dict[str, str]]:
    """The latest messages of this conversation, both sides, for the engineer (the desk redacts
    them before storing)."""
    lines = [
        {"who": event["event"], "text": event["text"].strip()}
        for event in tracker.events
        if event.get("event") in ("user", "bot")
        and (event.get("text") or "").strip()
        and not event["text"].startswith("/")
    ]
    return lines[-TRANSCRIPT_MESSAGES:]


def previous_intent(tracker: Tracker) -> str | None:
    """The intent of the user message before the latest one."""
    user_events = [e for e in tracker.events if e.get("event") == "user"]
    if len(user_events) < 2:
        return None
    return ((user_events[-2].get("parse_data") or {}).get("intent") or {}).get("name")
