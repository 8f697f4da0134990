"""Alembic environment: one connection handed in by desk.db, or the configured database."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

# Every module that defines tables, so that autogenerate compares against all of them.
import desk.accounts
import desk.audit
import desk.models
import desk.monitor.episodes
import desk.parts.store
import desk.routing.store
from careline.settings import load_settings

target_metadata = desk.models.Base.metadata


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """desk.db passes its open connection; by hand, the configured database is used."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(load_settings().db_url)
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; run against a database")
run_migrations_online()
