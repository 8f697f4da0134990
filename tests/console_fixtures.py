"""The dispatcher console as tests drive it: one account per role, sign-in, and tickets put
straight into the database (registered for every test module in tests/conftest.py)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from careline.settings import Settings
from desk import audit
from desk.accounts import User, hash_password
from desk.business_calendar import BusinessCalendar
from desk.db import session_scope
from desk.incidents import IncidentRules
from desk.models import Status, StatusChange, Ticket, utcnow
from desk.onsite.travel import TravelTable
from desk.routing.roster import Roster
from desk.tickets import Desk, format_number
from desk.web.app import create_app
from tests.conftest import free_port

PASSWORD = "correct horse battery"
ROLES = {
    "disp": "dispatcher",
    "eng": "engineer",
    "boss": "manager",
    "root": "admin",
    "nurse": "staff",
}
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def settings(base_settings: Settings, db_url: str, tmp_path: Path) -> Settings:
    return dataclasses.replace(
        base_settings,
        database_url=db_url,
        users_file=tmp_path / "no-users.yaml",
        rasa_port=free_port(),
    )


@pytest.fixture(scope="module")
def password_hash() -> str:
    """Hashed once: argon2 is slow on purpose, and every account here shares the password."""
    return hash_password(PASSWORD)


@pytest.fixture
def console(settings: Settings, password_hash: str) -> Iterator[TestClient]:
    """The desk app with one account per role; the console never triages, so no model."""
    with session_scope(settings.db_url) as session:
        for username, role in ROLES.items():
            session.add(
                User(
                    username=username,
                    password_hash=password_hash,
                    role=role,
                    display_name=f"{role} {username}",
                    active=True,
                )
            )
    small_desk = Desk(
        triage=None,
        roster=Roster.load(settings.roster_file),
        calendar=BusinessCalendar.from_settings(settings),
        incident_rules=IncidentRules.from_settings(settings),
        travel=TravelTable.load(settings.travel_file),
    )
    with TestClient(create_app(settings, small_desk)) as client:
        yield client


def csrf_of(page: httpx.Response) -> str:
    return _CSRF.search(page.text).group(1)


def log_in(client: TestClient, username: str, password: str = PASSWORD) -> httpx.Response:
    token = csrf_of(client.get("/login"))
    return client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": token},
        follow_redirects=False,
    )


def add_ticket(
    db_url: str,
    description: str,
    tier: str = "P1",
    age_minutes: int = 0,
    subsystem: str = "his",
    status: Status = Status.ROUTED,
    **extra,
):
    """A ticket as the desk stores it (routed unless `status` says), created `age_minutes` ago."""
    created = utcnow() - timedelta(minutes=age_minutes)
    respond = {"P1": 30, "P2": 60, "P3": 240}[tier]
    with session_scope(db_url) as session:
        ticket = Ticket(
            hospital="Demo Hospital",
            subsystem=subsystem,
            tier_predicted=tier,
            description=description,
            status=status,
            created_at=created,
            respond_by=created + timedelta(minutes=respond),
            resolve_by=created + timedelta(minutes=respond * 8),
            sla_explanation=f"{tier}, 24x7",
            pool="clinical-apps",
            engineer="e-wang",
            routing_reasons=["his → clinical-apps"],
            **extra,
        )
        session.add(ticket)
        session.flush()
        ticket.number = format_number(ticket.id)
        ticket.history.append(StatusChange(status=status, actor="careline", at=created))
        audit.record(session, ticket.id, "careline", "created", None, ticket.number)
        return ticket.number
