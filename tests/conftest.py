"""Shared fixtures: real encoders, a real FAISS index, a real triage model, real databases."""

from __future__ import annotations

import dataclasses
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.rasa_model import ARTEFACTS
from careline.artefacts import ensure_all
from careline.settings import Settings, load_settings
from cli.supervisor import running
from desk.accounts import SCOPES, create_api_token
from desk.business_calendar import BusinessCalendar
from desk.contracts import prepare_database
from desk.db import migrate, session_scope
from desk.incidents import IncidentRules
from desk.onsite.travel import TravelTable
from desk.routing.roster import Roster
from desk.scratch_schema import throwaway_schema
from desk.tickets import Desk
from knowledge_base.artefact import build_calibrated_index
from knowledge_base.encoders import get_encoder
from knowledge_base.index import KnowledgeBase
from triage.dataset import generate_cases
from triage.model import TriageModel
from triage.training import train_release_model
from triage.versions import ModelRegistry

pytest_plugins = ("tests.console_fixtures",)

POSTGRES_URL = os.environ.get(
    "CARELINE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(scope="session")
def base_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return dataclasses.replace(load_settings(), var_dir=tmp_path_factory.mktemp("var"))


@pytest.fixture(scope="session")
def knowledge_base(base_settings: Settings) -> KnowledgeBase:
    """The real articles in a real index, calibrated on the development queries."""
    return build_calibrated_index(
        get_encoder("use"), base_settings.kb_dir, base_settings.kb_hnsw_min_vectors
    )


@pytest.fixture(scope="session")
def cases() -> list[dict]:
    return generate_cases()


@pytest.fixture(scope="session")
def triage_model(base_settings: Settings, cases: list[dict]) -> TriageModel:
    registry = ModelRegistry(base_settings.triage_dir)
    registry.promote(registry.add(train_release_model(cases), None, []))
    return registry.load_current()


@pytest.fixture(scope="session")
def roster(base_settings: Settings) -> Roster:
    return Roster.load(base_settings.roster_file)


@pytest.fixture(scope="session")
def desk(triage_model: TriageModel, roster: Roster, base_settings: Settings) -> Desk:
    return Desk(
        triage_model,
        roster,
        BusinessCalendar.from_settings(base_settings),
        IncidentRules.from_settings(base_settings),
        TravelTable.load(base_settings.travel_file),
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database, on the embedded default and on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'desk.db'}"
    else:
        with throwaway_schema(POSTGRES_URL, "t") as url:
            yield url


@pytest.fixture
def db_url(empty_db_url: str) -> str:
    """Every desk test runs on both databases, migrated as `careline build` leaves them."""
    migrate(empty_db_url)
    return empty_db_url


def bearer(db_url: str, name: str = "his-gateway", scopes: tuple[str, ...] = tuple(SCOPES)) -> dict:
    """The Authorization header of a new integration token with these scopes."""
    with session_scope(db_url) as session:
        return {"Authorization": f"Bearer {create_api_token(session, name, list(scopes))}"}


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_line(settings: Settings) -> None:
    """What `careline build` makes, for a line a test starts: the database and the artefacts."""
    prepare_database(settings)
    ensure_all(ARTEFACTS, settings)


def stack_settings(database: Path) -> Settings:
    """The configured line on its own SQLite file and free loopback ports, so a test's services
    never meet another test's."""
    return dataclasses.replace(
        load_settings(),
        database_url=f"sqlite:///{database}",
        rasa_port=free_port(),
        actions_port=free_port(),
        desk_port=free_port(),
    )


@pytest.fixture(scope="session")
def line(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """The real Rasa server, action server and desk service on free loopback ports, one stack
    for the whole session (the end-to-end and the browser chat tests share it); mark its users
    `e2e`."""
    db = tmp_path_factory.mktemp("e2e") / "careline.db"
    settings = stack_settings(db)
    build_line(settings)
    with running(settings):
        yield settings
