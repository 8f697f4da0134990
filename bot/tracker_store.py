"""Where Rasa keeps conversations: its SQL tracker store, with personal data redacted from
every event before it is written, so a pasted phone number or patient name never lands in the
conversation database (SPEC §4). Loaded by the Rasa server (endpoints.yml).

Every turn reads the conversation back and writes the turn's new events, so this store also
keeps that cheap:

- only the events new in this turn are redacted and written (the stock store's count of what
  is already stored decides which), straight from their dictionaries;
- on the embedded SQLite file its connections stay open (SQLAlchemy 1.4 opens a new one for
  every read and write of a SQLite file) and it writes in WAL mode with `synchronous=NORMAL`:
  a commit no longer waits for the disk, and a crash of the machine can lose at most the last
  turns, never corrupt the file;
- reading a conversation back finds each event's class in a table made once, where Rasa 3.6
  walks every Event subclass for each event of the conversation.

One fix here is not about storage: this module is the one piece of Careline that every Rasa
server imports at start, so it also gives Rasa's custom-action client a response validator built
once. Rasa 3.6 calls `jsonschema.validate` on every action server response, which first checks
the schema itself against the JSON Schema meta-schema: about 20 ms of CPU per action call, paid
on every turn (the slot-mapping validation runs on each message), where the validation of the
response alone takes 0.3 ms. The same errors are raised, with the same message.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import sqlalchemy as sa
from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from rasa.shared.utils.common import all_subclasses
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

from careline.redaction import redact


def _redacted(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {key: _redacted(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_redacted(item) for item in value]
    return value


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class _EventClasses(dict):
    """Event classes by their type name; one unknown to the table is looked up the stock way."""

    def __missing__(self, type_name: str) -> type[Event] | None:
        self[type_name] = Event.resolve_by_type(type_name)
        return self[type_name]


_EVENT_CLASSES = _EventClasses()
for _cls in reversed(all_subclasses(Event)):  # the first match wins, as in resolve_by_type
    _EVENT_CLASSES[_cls.type_name] = _cls


def _events(serialised: list[dict[str, Any]]) -> list[Event]:
    """rasa.shared.core.events.deserialise_events, with the class found in the table."""
    events = []
    for parameters in serialised:
        cls = _EVENT_CLASSES[parameters["event"]] if parameters.get("event") else None
        event = cls._from_parameters(parameters) if cls else None
        if event:
            events.append(event)
    return events


_ACTION_RESULT_SCHEMA = RemoteAction.action_response_format_spec()
validator_for(_ACTION_RESULT_SCHEMA).check_schema(_ACTION_RESULT_SCHEMA)  # once, not per call
_ACTION_RESULT_VALIDATOR = validator_for(_ACTION_RESULT_SCHEMA)(_ACTION_RESULT_SCHEMA)
_stock_validate_action_result = RemoteAction._validate_action_result


def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """RemoteAction._validate_action_result with the validator built once (see above)."""
    if self.action_response_format_spec() != _ACTION_RESULT_SCHEMA:
        return _stock_validate_action_result(self, result)
    error = best_match(_ACTION_RESULT_VALIDATOR.iter_errors(result))
    if error is None:
        return True
    error.message += (
        f". Failed to validate Action server response from API, "
        f"make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit "
        f"{DOCS_BASE_URL}/custom-actions"
    )
    raise error


RemoteAction._validate_action_result = _validate_action_result


class RedactingSQLTrackerStore(SQLTrackerStore):
    """The stock SQL store; only the events it appends pass through the redaction first."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        url = self.engine.url
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            self.engine.dispose()
            self.engine = sa.create_engine(
                url, poolclass=QueuePool, connect_args={"check_same_thread": False}
            )
            sa.event.listen(self.engine, "connect", _tune_sqlite)
            self.sessionmaker = sessionmaker(bind=self.engine)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """The stock save, each new event redacted on its way into the row. Redacting a long
        paste takes a while, so it runs beside the event loop: other senders' turns go on."""
        await self.stream_events(tracker)
        await asyncio.to_thread(self._write_new_events, tracker)

    def _write_new_events(self, tracker: DialogueStateTracker) -> None:
        with self.session_scope() as session:
            for event in self._additional_events(session, tracker):
                data = _redacted(event.as_dict())
                session.add(
                    self.SQLEvent(
                        sender_id=tracker.sender_id,
                        type_name=event.type_name,
                        timestamp=data.get("timestamp"),
                        intent_name=(data.get("parse_data") or {})
                        .get("intent", {})
                        .get(INTENT_NAME_KEY),
                        action_name=data.get("name"),
                        data=json.dumps(data),
                    )
                )
            session.commit()

    async def _retrieve(
        self, sender_id: str, fetch_events_from_all_sessions: bool
    ) -> DialogueStateTracker | None:
        with self.session_scope() as session:
            rows = self._event_query(
                session, sender_id, fetch_events_from_all_sessions=fetch_events_from_all_sessions
            ).all()
            serialised = [json.loads(row.data) for row in rows]
        if not self.domain or not serialised:
            return None
        return DialogueStateTracker.from_events(sender_id, _events(serialised), self.domain.slots)
