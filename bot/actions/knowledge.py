"""Answer how-to questions from the knowledge base, or say honestly that it does not know."""

from __future__ import annotations

from typing import Any

from loguru import logger
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.conversation import language_of
from bot.actions.runtime import knowledge_base
from careline.settings import get_settings

MAX_ALTERNATIVES = 2


class ActionKbAnswer(Action):
    def name(self) -> str:
        return "action_kb_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        query = tracker.latest_message.get("text") or ""
        kb = knowledge_base()
        hits = kb.search(query, k=1 + MAX_ALTERNATIVES, lang=language)
        if not hits or hits[0].score < get_settings().kb_min_score:
            logger.info("kb: no confident answer (best {:.3f})", hits[0].score if hits else 0.0)
            dispatcher.utter_message(response="utter_kb_unsure")
            return [SlotSet("kb_state", "unsure")]
        best = kb.article(hits[0].id, hits[0].lang)
        dispatcher.utter_message(
            response="utter_kb_answer",
            title=best.title,
            steps="\n".join(f"{n}. {step}" for n, step in enumerate(best.steps, 1)),
            escalate_if=best.escalate_if,
        )
        alternatives = hits[1:]
        if alternatives:
            dispatcher.utter_message(
                response="utter_kb_alternatives",
                buttons=[{"title": h.title, "payload": h.title} for h in alternatives],
            )
        offered = list(tracker.get_slot("kb_offered") or [])
        return [SlotSet("kb_state", "answered"), SlotSet("kb_offered", [*offered, best.id])]
