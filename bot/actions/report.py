"""The problem report: prefill what the user already said, ask only the rest, open the ticket.

Every message during the report is read first (`Turn.kind`): an answer fills the question asked,
a pasted log becomes the log wherever it arrives, a correction changes the slot it names, and an
interruption (a how-to question, a person wanted, cancel…) fills nothing, so the form rejects
and a rule in bot/data/rules.yml answers it before the form asks its question again.
"""

from __future__ import annotations

import re
from typing import Any

from loguru import logger
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bot.actions.conversation import (
    Turn,
    TurnKind,
    from_screenshot,
    language_of,
    screenshot_texts,
    transcript,
    user_texts,
)
from bot.actions.knowledge import article_for_screenshot
from bot.actions.runtime import runtime
from careline.labels import SUBSYSTEM_BY_ID, TIER_BY_ID
from desk import outbox
from desk.db import session_scope
from desk.incidents import linked_reports
from desk.models import Status, Ticket
from desk.tickets import TicketRequest
from triage.model import TriagePrediction

REPORT_SLOTS = (
    "problem_description",
    "location",
    "system_name",
    "subsystem",
    "problem_log",
    "callback_phone",
)
NO_LOG = "none"
UNKNOWN = "unknown"
_GENERIC_REPORT = re.compile(
    r"(?i)^\W*(你好|您好)?\W*(我要|我想|帮我|请|麻烦)?(报个?修|报个?障|报个?故障|报告.{0,4}问题|"
    r"提交工单|开.{0,2}工单|反映.{0,4}问题)(一下)?\W*$|"
    r"^\W*(hi |hello )?(i (want|need|would like|'d like) to |can you |can i |please )?"
    r"(report|open|raise|log|file) (a |an )?(new )?(problem|fault|issue|ticket|incident)"
    r"\W*( please)?\W*$"
)
_NO_ANSWER = re.compile(
    r"(?i)^\W*(没有|无|没|不用|不需要|没日志|没有日志|没有报错|no|none|nope|n/?a|skip|no log)\W*$"
)
_ABOUT_SYSTEM = re.compile(r"(?i)系统|设备|软件|system|device|app")
# The system question offers buttons when the triage's two or three likeliest systems are
# each at least CHOICE_MIN_P and together at least CHOICE_COVER: a real shortlist, not a guess.
MAX_CHOICES = 3
CHOICE_MIN_P = 0.1
CHOICE_COVER = 0.6
NONE_OF_THESE = {"zh": "都不是", "en": "None of these"}
MAX_SCREENSHOTS = 3  # the texts of a conversation's last screenshots go onto its ticket


def is_informative(text: str) -> bool:
    """A real description, not just "I want to report a problem"."""
    return bool(text.strip()) and not _GENERIC_REPORT.match(text)


def _named_slots(turn: Turn, correcting: bool = False) -> dict[str, Any]:
    """What a message names outright, whatever was asked: system, place, call-back number."""
    slots: dict[str, Any] = {}
    if system := turn.system(last=correcting):
        slots.update(system_name=turn.span(system), subsystem=system["value"])
    if place := turn.place(last=correcting):
        slots["location"] = place
    if phone := turn.phone():
        slots["callback_phone"] = phone
    return slots


def _correction(turn: Turn) -> dict[str, Any]:
    """The slot a correction names, set to its new value; cleared (asked again) when the
    correction names no new value ("不是这个系统")."""
    named = _named_slots(turn, correcting=True)
    if named:
        return named
    if _ABOUT_SYSTEM.search(turn.text):
        return {"system_name": None, "subsystem": None}
    return {"location": None}


def _answer(turn: Turn, requested: str | None) -> dict[str, Any]:
    """An answer to the question asked, plus whatever else the message names."""
    slots = _named_slots(turn)
    if requested == "problem_description":
        slots["problem_description"] = turn.text.strip()
    elif requested == "location" and "location" not in slots:
        slots["location"] = turn.text.strip()
    elif requested == "system_name" and "system_name" not in slots:
        slots["system_name"] = turn.text.strip()
    elif requested == "problem_log" and not (slots and turn.names_an_answer()):
        # a bare place or system given here fills its own slot; the log is asked again
        slots["problem_log"] = NO_LOG if _NO_ANSWER.match(turn.text) else turn.text
    return slots


def _unknown(requested: str | None) -> dict[str, Any]:
    """ "I don't know" is an answer too: recorded, never asked again."""
    if requested == "problem_log":
        return {"problem_log": NO_LOG}
    if requested in ("location", "system_name"):
        return {requested: UNKNOWN}
    return {}


def read_report_turn(turn: Turn, requested: str | None, language: str) -> dict[str, Any]:
    """The slots this message fills during a report (empty for an interruption)."""
    kind = turn.kind
    if kind is TurnKind.LOG:
        return {"problem_log": turn.text}
    if kind is TurnKind.CORRECTION:
        return _correction(turn)
    if kind is TurnKind.UNKNOWN:
        return _unknown(requested)
    if kind is TurnKind.ANSWER:
        return _answer(turn, requested)
    if kind is TurnKind.BUTTON:
        return _button(turn, requested, language)
    return {}


def _button(turn: Turn, requested: str | None, language: str) -> dict[str, Any]:
    """A button of the log question ("no log") or of the system question (a system, or
    "none of these", which leaves the system to the triage and the dispatcher)."""
    if requested == "problem_log" and turn.intent == "deny":
        return {"problem_log": NO_LOG}
    if requested == "system_name" and (system := turn.system()):
        return _chosen_system(system["value"], language)
    if requested == "system_name" and turn.intent == "dont_know":
        return {"system_name": UNKNOWN}
    return {}


def _chosen_system(subsystem_id: str, language: str) -> dict[str, Any]:
    return {"system_name": SUBSYSTEM_BY_ID[subsystem_id].name(language), "subsystem": subsystem_id}


def _triage_prefill(description: str, language: str) -> dict[str, Any]:
    """The system, when the triage is sure of it from the description alone."""
    prediction = runtime().desk.triage.classify(description)
    if not prediction.subsystem_sure:
        return {}
    return _chosen_system(prediction.subsystem, language)


def subsystem_choices(prediction: TriagePrediction) -> list[str]:
    """The two or three systems worth a question with buttons: each at least CHOICE_MIN_P
    likely, together at least CHOICE_COVER; none when the triage has no real shortlist (then
    the question is an open one)."""
    ranked = [(prediction.subsystem, prediction.subsystem_p)] + [
        (a["subsystem"], a["p"]) for a in prediction.alternatives
    ]
    shortlist = [(s, p) for s, p in ranked[:MAX_CHOICES] if p >= CHOICE_MIN_P]
    if len(shortlist) < 2 or sum(p for _, p in shortlist) < CHOICE_COVER:
        return []
    return [s for s, _ in shortlist]


def report_prefill(tracker: Tracker, turn: Turn, language: str) -> dict[str, Any]:
    """What the message that starts a report (or the how-to questions before it) already says."""
    slots: dict[str, Any] = {}
    if turn.kind is TurnKind.LOG:
        slots["problem_log"] = turn.text
    elif turn.intent in ("report_problem", "inform") and is_informative(turn.text):
        slots.update(_named_slots(turn))
        if turn.intent == "report_problem" or turn.says_more_than_names():
            slots["problem_description"] = turn.text.strip()
    elif tracker.get_slot("kb_state") and (questions := user_texts(tracker, "ask_howto")):
        slots["problem_description"] = questions[-1]
    description = slots.get("problem_description")
    if description and "subsystem" not in slots:
        slots.update(_triage_prefill(description, language))
    return slots


class ActionStartReport(Action):
    """Clears the previous report and keeps what this message already tells."""

    def name(self) -> str:
        return "action_start_report"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        events: list[dict[str, Any]] = []
        if tracker.get_slot("kb_state") == "answered":  # an article was shown and failed
            dispatcher.utter_message(response="utter_report_after_kb")
        elif from_screenshot(tracker.latest_message):  # an error on screen: a known fix first?
            events = article_for_screenshot(dispatcher, tracker, language)
        prefill = report_prefill(tracker, Turn.latest(tracker), language)
        return [*events, *(SlotSet(slot, prefill.get(slot)) for slot in REPORT_SLOTS)]


class ValidateReportForm(Action):
    """The report form's validation: reads each message once and sets every slot it fills.

    The form (Rasa's) asks the next empty required slot itself; returning no event makes it
    reject the turn, which is how interruptions reach their rules.
    """

    def name(self) -> str:
        return "validate_report_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        requested = tracker.get_slot("requested_slot")
        if requested is None:  # the form's first run: action_start_report prefilled it
            return []
        reading = read_report_turn(Turn.latest(tracker), requested, language_of(tracker))
        if "problem_log" in reading and requested != "problem_log":
            dispatcher.utter_message(response="utter_log_received")
        return [SlotSet(slot, value) for slot, value in reading.items()]


class ActionAskSystemName(Action):
    """The report form's system question: when the triage hesitates between two or three
    systems, one question with a button each ("是影像系统还是检验系统？"); otherwise the open
    question."""

    def name(self) -> str:
        return "action_ask_system_name"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        description = _known(tracker.get_slot("problem_description"))
        choices = (
            subsystem_choices(runtime().desk.triage.classify(description)) if description else []
        )
        if not choices:
            dispatcher.utter_message(response="utter_ask_system_name")
            return []
        language = language_of(tracker)
        labels = [SUBSYSTEM_BY_ID[s].name(language) for s in choices]
        buttons = [
            {"title": label, "payload": f'/inform{{"subsystem": "{s}"}}'}
            for s, label in zip(choices, labels, strict=True)
        ]
        dispatcher.utter_message(
            response="utter_ask_system_choice",
            choices=("还是" if language == "zh" else " or ").join(labels),
            buttons=[*buttons, {"title": NONE_OF_THESE[language], "payload": "/dont_know"}],
        )
        return []


def _known(value: str | None) -> str:
    return "" if value in (None, UNKNOWN, NO_LOG) else str(value)


def ticket_request(tracker: Tracker, language: str, callback: bool = False) -> TicketRequest:
    """The report as collected so far (a hand-off files whatever there is)."""
    system = _known(tracker.get_slot("system_name"))
    description = _known(tracker.get_slot("problem_description"))
    if not description:
        description = "\n".join(user_texts(tracker)[-5:])
    return TicketRequest(
        description=f"{system}: {description}".strip(": ") if system else description,
        hospital=runtime().settings.hospital,
        log=_known(tracker.get_slot("problem_log")),
        location=_known(tracker.get_slot("location")),
        reporter=reporter_of(tracker),
        language=language,
        kb_offered=list(tracker.get_slot("kb_offered") or []),
        callback_requested=callback,
        subsystem=tracker.get_slot("subsystem") or None,
        callback_phone=tracker.get_slot("callback_phone") or Turn.latest(tracker).phone(),
        transcript=transcript(tracker),
        screenshot_text="\n\n".join(screenshot_texts(tracker)[-MAX_SCREENSHOTS:]),
        idempotency_key=_turn_key(tracker),
    )


def reporter_of(tracker: Tracker) -> str:
    """Who reports from this conversation: tickets opened here are theirs to ask about."""
    return f"chat:{tracker.sender_id}"


def _turn_key(tracker: Tracker) -> str | None:
    """One ticket per user message: an action call that Rasa repeats after a lost answer
    gets the ticket the first call opened."""
    message_id = tracker.latest_message.get("message_id")
    return f"{reporter_of(tracker)}:{message_id}" if message_id else None


class ActionCreateTicket(Action):
    def name(self) -> str:
        return "action_create_ticket"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        the_desk = runtime().desk
        request = ticket_request(tracker, language)
        settings = runtime().settings
        try:
            with session_scope(settings.db_url) as session:
                ticket = the_desk.open_ticket(session, request)
                fields = ticket_fields(ticket, language)
                visit = visit_message(ticket, language)
                known = known_incident_fields(session, ticket, language)
        except SQLAlchemyError:
            logger.exception("ticket could not be stored; the report is kept for filing later")
            outbox.keep(settings.outbox_dir, request)
            dispatcher.utter_message(
                response="utter_ticket_error", hotline=the_desk.roster.duty_manager.hotline
            )
            return []
        if known:  # the problem is already being worked on: point to that ticket instead
            dispatcher.utter_message(response="utter_known_incident", **known)
        else:
            dispatcher.utter_message(response="utter_ticket_created", **fields)
            if visit:
                dispatcher.utter_message(**visit)
            if ticket.needs_review:
                dispatcher.utter_message(response="utter_ticket_needs_review")
        number = known["number"] if known else ticket.number
        return [SlotSet("ticket_number", number), SlotSet("kb_state", None), *clear_report()]


class ActionCancelReport(Action):
    """Stops the report politely; nothing is filed."""

    def name(self) -> str:
        return "action_cancel_report"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_report_cancelled")
        return [SlotSet("kb_state", None), *clear_report()]


def clear_report() -> list[dict[str, Any]]:
    return [SlotSet(slot, None) for slot in REPORT_SLOTS]


def known_incident_fields(session: Session, ticket: Ticket, language: str) -> dict[str, str] | None:
    """The major incident this report joined: its ticket, who is on it and when it is due."""
    if ticket.parent_id is None:
        return None
    parent = session.get(Ticket, ticket.parent_id)
    return {
        **ticket_fields(parent, language),
        "reported_at": runtime().desk.local_time(parent.created_at),
        "reports": str(linked_reports(session, parent) + 1),
        "report_number": ticket.number,
    }


def visit_message(ticket: Ticket, language: str) -> dict[str, str] | None:
    """What to tell the reporter of an on-site visit: who is expected when, or when they came."""
    if not ticket.onsite:
        return None
    local = runtime().desk.local_time
    if ticket.arrived_at is not None:
        return {"response": "utter_visit_arrived", "arrived_at": local(ticket.arrived_at)}
    if ticket.arrival_eta is None:
        return None
    return {
        "response": "utter_visit_expected",
        "engineer": runtime().desk.assignment(ticket, language)["engineer"],
        "arrival_eta": local(ticket.arrival_eta),
    }


def ticket_fields(ticket: Ticket, language: str) -> dict[str, str]:
    """The ticket as the bot's responses show it, in the reporter's language."""
    the_desk = runtime().desk
    subsystem = SUBSYSTEM_BY_ID[ticket.subsystem]
    tier = TIER_BY_ID[ticket.tier]
    return {
        "number": ticket.number,
        "tier": ticket.tier,
        "tier_name": tier.name(language),
        "subsystem_name": subsystem.name(language),
        "respond_by": the_desk.local_time(ticket.respond_by),
        "resolve_by": the_desk.local_time(ticket.resolve_by),
        "status": Status(ticket.status).label(language),
        **the_desk.assignment(ticket, language),
    }
