"""The Alembic scripts build exactly the schema the ORM models describe, and take it down again."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

import desk
from desk.db import alembic_config, downgrade, get_engine, migrate, upgrade
from desk.models import Base


def _import_model_modules() -> None:
    """Every desk module, so that each owner's tables are in Base.metadata."""
    for module in pkgutil.walk_packages(desk.__path__, "desk."):
        if not module.ispkg:
            importlib.import_module(module.name)


def _schema_diff(url: str) -> list:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()


def test_upgrade_matches_the_models_and_downgrade_empties(empty_db_url: str) -> None:
    _import_model_modules()
    engine = create_engine(empty_db_url)
    try:
        upgrade(engine)
        assert _schema_diff(empty_db_url) == []
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        assert _schema_diff(empty_db_url)  # the comparison does see a missing schema
        upgrade(engine)
        assert _schema_diff(empty_db_url) == []
    finally:
        engine.dispose()


def test_migrate_upgrades_to_every_head_and_a_query_never_does(empty_db_url: str) -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert "0001" in {script.revision for script in scripts.walk_revisions()}
    engine = get_engine(empty_db_url)
    assert "tickets" not in inspect(engine).get_table_names()  # using an engine migrates nothing
    migrate(empty_db_url)
    with engine.connect() as conn:
        assert set(MigrationContext.configure(conn).get_current_heads()) == set(scripts.get_heads())
    migrate(empty_db_url)  # a second start on an upgraded database changes nothing
    assert _schema_diff(empty_db_url) == []


def test_a_database_made_before_migrations_is_refused_clearly(empty_db_url: str) -> None:
    engine = create_engine(empty_db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE tickets (id INTEGER PRIMARY KEY)"))
        with pytest.raises(RuntimeError, match="made before migrations"):
            upgrade(engine)
    finally:
        engine.dispose()
