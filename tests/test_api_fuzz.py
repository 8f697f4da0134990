"""schemathesis against the desk's own OpenAPI spec: generated requests of every shape, with
and without a valid token, never get a server error (5xx)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from careline.settings import Settings
from desk.tickets import Desk
from desk.web.app import create_app
from tests.conftest import bearer, free_port


@pytest.fixture
def token(db_url: str) -> dict:
    return bearer(db_url)


@pytest.fixture
def desk_schema(base_settings: Settings, desk: Desk, db_url: str) -> Iterator:
    """The spec of a running desk app (its start-up has run, so its state is in place)."""
    app_settings = dataclasses.replace(base_settings, database_url=db_url, rasa_port=free_port())
    app = create_app(app_settings, desk)
    with TestClient(app):
        yield schemathesis.openapi.from_asgi("/openapi.json", app)


schema = schemathesis.pytest.from_fixture("desk_schema")


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_generated_request_gets_a_server_error(case, token: dict) -> None:
    for headers in (token, {}):
        response = case.call(headers=headers)
        case.validate_response(response, checks=(not_a_server_error,))
