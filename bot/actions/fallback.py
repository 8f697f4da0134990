"""Two-stage fallback: ask to rephrase; not understood again, offer a ticket or a person."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.conversation import previous_intent

FALLBACK_INTENT = "nlu_fallback"


class ActionFallback(Action):
    def name(self) -> str:
        return "action_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        second = previous_intent(tracker) == FALLBACK_INTENT
        dispatcher.utter_message(response="utter_fallback_offer" if second else "utter_rephrase")
        return []
