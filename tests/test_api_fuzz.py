"""schemathesis against the desk's own OpenAPI spec: generated requests of every shape, for
every operation, with a valid token and without one, never get a server error (5xx)."""

from __future__ import annotations

import dataclasses

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from careline.settings import Settings
from desk.tickets import Desk
from desk.web.app import create_app
from tests.conftest import bearer, free_port

EXAMPLES_PER_OPERATION = 30


def test_no_generated_request_gets_a_server_error(
    base_settings: Settings, desk: Desk, db_url: str
) -> None:
    app_settings = dataclasses.replace(base_settings, database_url=db_url, rasa_port=free_port())
    app = create_app(app_settings, desk)
    token = bearer(db_url)
    with TestClient(app):  # start-up has run: the app's state is in place
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 5
        calls: list[int] = []
        for operation in operations:

            @given(case=operation.as_strategy())
            @settings(
                max_examples=EXAMPLES_PER_OPERATION,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                database=None,
            )
            def no_server_error(case: schemathesis.Case) -> None:
                for headers in (token, {}):
                    response = case.call(headers=headers)
                    calls.append(response.status_code)
                    case.validate_response(response, checks=(not_a_server_error,))

            no_server_error()
    print(f"schemathesis: {len(operations)} operations, {len(calls)} calls, 0 server errors")
    assert all(status < 500 for status in calls)
