"""The custom actions' runtime on a fresh SQLite desk, shared by the action tests."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot.actions import runtime
from bot.actions.runtime import Runtime
from careline.settings import Settings
from desk.db import migrate
from desk.tickets import Desk
from knowledge_base.index import KnowledgeBase


def actions_on_fresh_desk(
    monkeypatch: pytest.MonkeyPatch,
    base_settings: Settings,
    desk: Desk,
    knowledge_base: KnowledgeBase,
    tmp_path: Path,
) -> Settings:
    """Point the actions at the session's desk and knowledge base over a new database, so one
    test's tickets never meet another's."""
    settings = dataclasses.replace(base_settings, database_url=f"sqlite:///{tmp_path / 'd.db'}")
    migrate(settings.db_url)
    monkeypatch.setattr(runtime, "_current", [Runtime(settings, knowledge_base, desk)])
    return settings
