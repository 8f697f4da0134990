"""Answer how-to questions from the knowledge base, or say honestly that it does not know."""

from __future__ import annotations

from typing import Any

from loguru import logger
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from bot.actions.conversation import in_report, language_of
from bot.actions.runtime import runtime
from careline.labels import PRODUCT_BY_ID
from desk.db import session_scope
from desk.feedback import record_kb_feedback
from desk.releases import fixed_in
from knowledge_base.corpus import Article
from knowledge_base.gaps import record_gap
from knowledge_base.index import Hit

MAX_ALTERNATIVES = 2
ARTICLE_ENTITY = "kb_article"


def _chosen_article(tracker: Tracker) -> str | None:
    """The article a staff member picked from the alternatives' buttons, if any."""
    return next(
        (
            e["value"]
            for e in tracker.latest_message.get("entities", [])
            if e["entity"] == ARTICLE_ENTITY
        ),
        None,
    )


def fixed_in_note(article: Article, language: str) -> str:
    """ "Fixed in Careline LIS 3.4.2" when a published release fixes what the article is about
    for a version its `applies_to` names (desk/releases.py), looked up as the answer is made:
    the index never needs rebuilding for a release. Empty when none does, or the desk is away."""
    try:
        with session_scope(runtime().settings.db_url) as session:
            releases = fixed_in(session, article.id, article.applies_to)
            names = [f"{PRODUCT_BY_ID[r.product].name(language)} {r.version}" for r in releases]
    except SQLAlchemyError as exc:
        logger.warning("kb: releases not looked up ({})", type(exc).__name__)
        return ""
    if not names:
        return ""
    if language == "en":
        return f"Fixed in {', '.join(names)}: after the upgrade this should not happen again."
    return f"已在 {'、'.join(names)} 中修复，升级后不再出现。"


def _article_fields(article: Article, language: str) -> dict[str, str]:
    note = fixed_in_note(article, language)
    return {
        "title": f"{article.title}\n({note})" if note else article.title,
        "steps": "\n".join(f"{n}. {step}" for n, step in enumerate(article.steps, 1)),
        "escalate_if": article.escalate_if,
    }


def _article_buttons(hits: list[Hit]) -> list[dict[str, str]]:
    return [
        {"title": h.title, "payload": f'/ask_howto{{"{ARTICLE_ENTITY}": "{h.id}"}}'} for h in hits
    ]


def _choice_buttons(choices: list[Hit], language: str) -> list[dict[str, str]]:
    """The two close articles, and a way out to a ticket (the "not sure" rules take it)."""
    neither = "Neither, open a ticket" if language == "en" else "都不是，帮我报修"
    return [*_article_buttons(choices), {"title": neither, "payload": "/affirm"}]


def _record_gap(query: str, language: str, best: Hit | None) -> None:
    settings = runtime().settings
    confidence = best.confidence if best else 0.0
    logger.info("kb: not sure (confidence {:.3f})", confidence)
    record_gap(settings.kb_dir, query, language, best and best.id, confidence)


class ActionKbAnswer(Action):
    """The article when the knowledge base is sure; the two close candidates as buttons (and a
    ticket as the way out) when neither alone is sure but together they are; otherwise an
    honest "not sure" and an offer of a ticket.

    Inside a report the article is shown without "did this solve it?", and the report goes on.
    """

    def name(self) -> str:
        return "action_kb_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        kb = runtime().knowledge_base
        offered = list(tracker.get_slot("kb_offered") or [])
        reporting = in_report(tracker)
        chosen = _chosen_article(tracker)
        if chosen and (article := kb.article(chosen, language)):
            dispatcher.utter_message(
                response="utter_kb_answer", **_article_fields(article, language)
            )
            return [SlotSet("kb_state", "answered"), SlotSet("kb_offered", [*offered, article.id])]
        query = tracker.latest_message.get("text") or ""
        answer = kb.answer(query, language, runtime().settings.kb_min_score, k=1 + MAX_ALTERNATIVES)
        if not answer.sure:
            _record_gap(query, language, answer.hits[0] if answer.hits else None)
            if reporting:  # the report goes on; "did it solve it?" is not asked there
                dispatcher.utter_message(response="utter_kb_unsure_in_report")
                return [SlotSet("kb_state", None)]
            if answer.choices:
                buttons = _choice_buttons(answer.choices, language)
                dispatcher.utter_message(response="utter_kb_choices", buttons=buttons)
            else:
                dispatcher.utter_message(response="utter_kb_unsure")
            return [SlotSet("kb_state", "unsure")]
        best, *alternatives = answer.hits
        fields = _article_fields(kb.article(best.id, language), language)
        offered_now = SlotSet("kb_offered", [*offered, best.id])
        if reporting:
            dispatcher.utter_message(response="utter_kb_in_report", **fields)
            return [SlotSet("kb_state", None), offered_now]
        dispatcher.utter_message(response="utter_kb_answer", **fields)
        if alternatives:
            dispatcher.utter_message(
                response="utter_kb_alternatives", buttons=_article_buttons(alternatives)
            )
        return [SlotSet("kb_state", "answered"), offered_now]


def article_for_screenshot(
    dispatcher: CollectingDispatcher, tracker: Tracker, language: str
) -> list[dict[str, Any]]:
    """A report that starts from a photo or screenshot of an error shows the article the
    knowledge base is sure of for its text first (as inside a report: the report goes on, and
    the article is recorded as tried); nothing when it is not sure."""
    query = tracker.latest_message.get("text") or ""
    kb = runtime().knowledge_base
    answer = kb.answer(query, language, runtime().settings.kb_min_score, k=1)
    if not answer.sure:
        return []
    article = kb.article(answer.hits[0].id, language)
    dispatcher.utter_message(response="utter_kb_in_report", **_article_fields(article, language))
    offered = list(tracker.get_slot("kb_offered") or [])
    return [SlotSet("kb_offered", [*offered, article.id])]


class ActionKbFeedback(Action):
    """Counts "did this solve it?" answers: a yes is a question resolved without a ticket."""

    def name(self) -> str:
        return "action_kb_feedback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        offered = tracker.get_slot("kb_offered") or []
        if offered:
            solved = tracker.latest_message.get("intent", {}).get("name") == "affirm"
            with session_scope(runtime().settings.db_url) as session:
                record_kb_feedback(
                    session, offered[-1], language_of(tracker), solved, tracker.sender_id
                )
        return []
