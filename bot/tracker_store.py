"""Where Rasa keeps conversations: its SQL tracker store, with personal data redacted from
every event before it is written, so a pasted phone number or patient name never lands in the
conversation database (SPEC §4). Loaded by the Rasa server (endpoints.yml)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker

from careline.redaction import redact_free_text


def _redacted(value: Any) -> Any:
    if isinstance(value, str):
        return redact_free_text(value)
    if isinstance(value, dict):
        return {key: _redacted(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_redacted(item) for item in value]
    return value


class RedactingSQLTrackerStore(SQLTrackerStore):
    """The stock SQL store; only the events it appends pass through the redaction first."""

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        for event in super()._additional_events(session, tracker):
            yield Event.from_parameters(_redacted(event.as_dict()))
