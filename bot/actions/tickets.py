"""Ticket status questions, requests for a person and corrections to an open ticket."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.conversation import Turn, in_report, language_of, transcript
from bot.actions.report import (
    clear_report,
    reporter_of,
    ticket_fields,
    ticket_request,
    visit_message,
)
from bot.actions.runtime import runtime
from careline.labels import SUBSYSTEM_BY_ID
from desk import workflow
from desk.db import session_scope
from desk.tickets import parse_number


class ActionTicketStatus(Action):
    def name(self) -> str:
        return "action_ticket_status"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        text = tracker.latest_message.get("text") or ""
        number = parse_number(text) or tracker.get_slot("ticket_number")
        if not number:
            dispatcher.utter_message(response="utter_ask_ticket_number")
            return []
        with session_scope(runtime().settings.db_url) as session:
            ticket = runtime().desk.find_reported_by(session, number, reporter_of(tracker))
            if ticket is None:
                dispatcher.utter_message(response="utter_ticket_not_found", number=number)
                return []
            fields = ticket_fields(ticket, language_of(tracker))
            visit = visit_message(ticket, language_of(tracker))
        dispatcher.utter_message(response="utter_ticket_status", **fields)
        if visit:
            dispatcher.utter_message(**visit)
        return [SlotSet("ticket_number", number)]


class ActionRequestHuman(Action):
    """Hands off to a person at once: this conversation's ticket is flagged for a call-back, or
    one is opened with whatever the report has collected so far, the transcript attached."""

    def name(self) -> str:
        return "action_request_human"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        the_desk = runtime().desk
        actor = reporter_of(tracker)
        with session_scope(runtime().settings.db_url) as session:
            number = None if in_report(tracker) else tracker.get_slot("ticket_number")
            ticket = the_desk.find_reported_by(session, number, actor) if number else None
            if ticket is None:
                request = ticket_request(tracker, language, callback=True)
                ticket = the_desk.open_ticket(session, request)
            else:
                the_desk.request_callback(
                    session,
                    ticket,
                    actor,
                    transcript(tracker),
                    Turn.latest(tracker).phone(),
                )
            fields = ticket_fields(ticket, language)
        dispatcher.utter_message(response="utter_human_route", **fields)
        return [SlotSet("ticket_number", fields["number"]), *clear_report()]


def _changes(turn: Turn) -> dict[str, str]:
    """What a correction after the ticket names: a system (by its id) and/or a place."""
    changes = {}
    if system := turn.system(last=True):
        changes["subsystem"] = system["value"]
    if place := turn.place(last=True):
        changes["location"] = place
    return changes


class ActionCorrectTicket(Action):
    """ "不是这个系统，是… / no, it's ward 7" after the ticket exists: the ticket changes, audited,
    and is routed again when it is another system."""

    def name(self) -> str:
        return "action_correct_ticket"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        number = tracker.get_slot("ticket_number")
        changes = _changes(Turn.latest(tracker))
        if not number:
            dispatcher.utter_message(response="utter_nothing_to_correct")
            return []
        if not changes:
            dispatcher.utter_message(response="utter_correct_what")
            return []
        the_desk = runtime().desk
        actor = reporter_of(tracker)
        with session_scope(runtime().settings.db_url) as session:
            ticket = the_desk.find_reported_by(session, number, actor)
            if ticket is None:
                dispatcher.utter_message(response="utter_ticket_not_found", number=number)
                return []
            shown = []
            if "subsystem" in changes:
                the_desk.correct_subsystem(
                    session,
                    ticket,
                    changes["subsystem"],
                    actor,
                    f"corrected by the reporter ({actor})",
                )
                subsystem = SUBSYSTEM_BY_ID[changes["subsystem"]]
                shown.append(subsystem.name(language))
            if "location" in changes:
                workflow.change_location(
                    session, ticket, changes["location"], "corrected by the reporter", actor
                )
                shown.append(ticket.location)
            fields = ticket_fields(ticket, language)
        separator = "，" if language == "zh" else ", "
        dispatcher.utter_message(
            response="utter_ticket_corrected", changed=separator.join(shown), **fields
        )
        return []
