"""Reading the tracker: the user's language and what they said earlier in this conversation."""

from __future__ import annotations

from rasa_sdk import Tracker

from careline.language import detect_language


def language_of(tracker: Tracker) -> str:
    return tracker.get_slot("language") or detect_language(tracker.latest_message.get("text") or "")


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
