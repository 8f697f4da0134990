"""The problem report: prefill what the user already said, ask the rest, open the ticket."""

from __future__ import annotations

import re
from typing import Any

from loguru import logger
from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bot.actions.conversation import language_of, user_texts
from bot.actions.runtime import desk
from careline.labels import SUBSYSTEM_BY_ID, TIER_BY_ID
from careline.settings import get_settings
from desk.db import session_scope
from desk.incidents import linked_reports
from desk.models import Status, Ticket
from desk.tickets import TicketRequest

REPORT_SLOTS = ("problem_description", "location", "system_name", "problem_log")
NO_LOG = "none"
_GENERIC_REPORT = re.compile(
    r"(?i)^\W*(我要|我想|帮我|请)?(报修|报障|报告.{0,4}问题|提交工单|开.{0,2}工单|反映.{0,4}问题)\W*$|"
    r"^\W*(i (want|need|would like) to |can you |please )?(report|open|raise|log|file) "
    r"(a |an )?(problem|fault|issue|ticket|incident)\W*( please)?\W*$"
)
_NO_ANSWER = re.compile(
    r"(?i)^\W*(没有|无|没|不用|不需要|没日志|no|none|nope|n/?a|skip|no log)\W*$"
)


def is_informative(text: str) -> bool:
    """A real description, not just "I want to report a problem"."""
    return bool(text.strip()) and not _GENERIC_REPORT.match(text)


class ActionStartReport(Action):
    """Clears the previous report and keeps what this message already tells."""

    def name(self) -> str:
        return "action_start_report"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        events = [SlotSet(slot, None) for slot in REPORT_SLOTS]
        intent = tracker.latest_message.get("intent", {}).get("name")
        text = tracker.latest_message.get("text") or ""
        if intent == "provide_log":
            events.append(SlotSet("problem_log", text))
        elif intent == "report_problem" and is_informative(text):
            events.append(SlotSet("problem_description", text))
        elif tracker.get_slot("kb_state") and (questions := user_texts(tracker, "ask_howto")):
            if tracker.get_slot("kb_state") == "answered":  # an article was shown and failed
                dispatcher.utter_message(response="utter_report_after_kb")
            events.append(SlotSet("problem_description", questions[-1]))
        return events


class ValidateReportForm(FormValidationAction):
    def name(self) -> str:
        return "validate_report_form"

    async def validate_problem_log(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> dict[str, Any]:
        text = str(slot_value or "")
        return {"problem_log": NO_LOG if _NO_ANSWER.match(text) else text}


def _ticket_request(tracker: Tracker, language: str) -> TicketRequest:
    system = tracker.get_slot("system_name") or ""
    log = tracker.get_slot("problem_log") or ""
    return TicketRequest(
        description=f"{system}: {tracker.get_slot('problem_description') or ''}".strip(": "),
        hospital=get_settings().hospital,
        log="" if log == NO_LOG else log,
        location=tracker.get_slot("location") or "",
        reporter=f"chat:{tracker.sender_id}",
        language=language,
        kb_offered=list(tracker.get_slot("kb_offered") or []),
    )


class ActionCreateTicket(Action):
    def name(self) -> str:
        return "action_create_ticket"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        the_desk = desk()
        try:
            with session_scope(get_settings().db_url) as session:
                ticket, _ = the_desk.open_ticket(session, _ticket_request(tracker, language))
                fields = ticket_fields(ticket, language)
                known = known_incident_fields(session, ticket, language)
        except SQLAlchemyError:
            logger.exception("ticket could not be stored")
            dispatcher.utter_message(
                response="utter_ticket_error", hotline=the_desk.roster.duty_manager["hotline"]
            )
            return []
        if known:  # the problem is already being worked on: point to that ticket instead
            dispatcher.utter_message(response="utter_known_incident", **known)
        else:
            dispatcher.utter_message(response="utter_ticket_created", **fields)
            if ticket.needs_review:
                dispatcher.utter_message(response="utter_ticket_needs_review")
        number = known["number"] if known else ticket.number
        return [SlotSet("ticket_number", number), SlotSet("kb_state", None)] + [
            SlotSet(slot, None) for slot in REPORT_SLOTS
        ]


def known_incident_fields(session: Session, ticket: Ticket, language: str) -> dict[str, str] | None:
    """The major incident this report joined: its ticket, who is on it and when it is due."""
    if ticket.parent_id is None:
        return None
    parent = session.get(Ticket, ticket.parent_id)
    return {
        **ticket_fields(parent, language),
        "reported_at": desk().local_time(parent.created_at),
        "reports": str(linked_reports(session, parent) + 1),
        "report_number": ticket.number,
    }


def ticket_fields(ticket: Ticket, language: str) -> dict[str, str]:
    """The ticket as the bot's responses show it, in the reporter's language."""
    the_desk = desk()
    subsystem = SUBSYSTEM_BY_ID[ticket.subsystem]
    tier = TIER_BY_ID[ticket.tier]
    return {
        "number": ticket.number,
        "tier": ticket.tier,
        "tier_name": tier.name_zh if language == "zh" else tier.name_en,
        "subsystem_name": subsystem.name_zh if language == "zh" else subsystem.name_en,
        "respond_by": the_desk.local_time(ticket.respond_by),
        "resolve_by": the_desk.local_time(ticket.resolve_by),
        "status": Status(ticket.status).label(language),
        **the_desk.assignment(ticket, language),
    }
