"""The desk database as the commands open it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from careline.settings import Settings
from desk.db import migrate, session_scope


@contextmanager
def desk_session(settings: Settings) -> Iterator[Session]:
    """One unit of work on a database migrated first: each command is a process of its own,
    started like a service, and may meet a database older than its code."""
    migrate(settings.db_url)
    with session_scope(settings.db_url) as session:
        yield session
