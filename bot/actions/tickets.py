"""Ticket status questions and requests for a person."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.conversation import language_of, user_texts
from bot.actions.report import ticket_fields
from bot.actions.runtime import desk
from careline.settings import get_settings
from desk.db import session_scope
from desk.tickets import TicketRequest, parse_number

CONTEXT_MESSAGES = 5


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
        with session_scope(get_settings().db_url) as session:
            ticket = desk().find(session, number)
            if ticket is None:
                dispatcher.utter_message(response="utter_ticket_not_found", number=number)
                return []
            fields = ticket_fields(ticket, language_of(tracker))
        dispatcher.utter_message(response="utter_ticket_status", **fields)
        return [SlotSet("ticket_number", number)]


class ActionRequestHuman(Action):
    """Flags this conversation's ticket for a call-back, opening one from the chat if needed."""

    def name(self) -> str:
        return "action_request_human"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        the_desk = desk()
        with session_scope(get_settings().db_url) as session:
            number = tracker.get_slot("ticket_number")
            ticket = the_desk.find(session, number) if number else None
            if ticket is None:
                request = TicketRequest(
                    description="\n".join(user_texts(tracker)[-CONTEXT_MESSAGES:]),
                    hospital=get_settings().hospital,
                    reporter=f"chat:{tracker.sender_id}",
                    language=language,
                    kb_offered=list(tracker.get_slot("kb_offered") or []),
                    callback_requested=True,
                )
                ticket, _ = the_desk.open_ticket(session, request)
            else:
                the_desk.request_callback(session, ticket, f"chat:{tracker.sender_id}")
            fields = ticket_fields(ticket, language)
        dispatcher.utter_message(response="utter_human_route", **fields)
        return [SlotSet("ticket_number", fields["number"])]
