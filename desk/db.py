"""Engine and sessions for the desk database (SQLite file by default, PostgreSQL at scale)."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Any fixed number: PostgreSQL sessions upgrading the same database wait on it in turn.
_PG_MIGRATION_LOCK = 0x43_4C_44_42


def _tune_sqlite(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    """WAL and a busy timeout let the action server and the web service share one file."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def alembic_config(connection: Connection | None = None) -> Config:
    """Migrations configured in code: no ini file, the connection handed to env.py."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


@contextmanager
def _sqlite_file_lock(database: str | None) -> Iterator[None]:
    """Processes starting together on one SQLite file upgrade it one after the other."""
    if not database or database == ":memory:":
        yield
        return
    with open(f"{database}.migrate-lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _refuse_unversioned(connection: Connection) -> None:
    """Tables without Alembic's record predate migrations: say so instead of failing midway."""
    tables = set(inspect(connection).get_table_names())
    if "tickets" in tables and "alembic_version" not in tables:
        raise RuntimeError(
            f"{connection.engine.url.render_as_string(hide_password=True)}: the desk tables were "
            "made before migrations existed; move this database aside and start again"
        )


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Bring the schema to `revision` (every head by default) through the Alembic scripts."""
    sqlite_file = engine.url.database if engine.dialect.name == "sqlite" else None
    with _sqlite_file_lock(sqlite_file), engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK}
            )
        _refuse_unversioned(connection)
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)


@lru_cache(maxsize=4)
def get_engine(url: str) -> Engine:
    """One engine (and connection pool) per URL. Its schema is brought up to date by `migrate`,
    which `careline build` and every desk process run at start, never by a first query."""
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _tune_sqlite)
    return engine


def migrate(url: str) -> None:
    """The database at `url` upgraded to the newest migration (a no-op when it is)."""
    upgrade(get_engine(url))


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """One unit of work: committed on success, rolled back on any error."""
    session = sessionmaker(get_engine(url), expire_on_commit=False)()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()
