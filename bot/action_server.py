"""The rasa-sdk action server of bot.actions, taking calls only from Careline's Rasa server.

Every request but the health check must carry the service token that Rasa sends with each
action call (endpoints.yml); without it a caller could open a P1 ticket in another reporter's
name or post knowledge-base feedback that moves the deflection figure. No cross-origin access:
browsers never talk to this server. Started by `careline up` as `python -m bot.action_server`.
"""

from __future__ import annotations

import argparse
import os
from functools import partial

from rasa_sdk.endpoint import create_app_for_serve
from rasa_sdk.executor import ActionExecutor
from sanic import Sanic, response
from sanic.request import Request
from sanic.worker.loader import AppLoader

from bot.actions import runtime
from careline.service_auth import SERVICE_TOKEN_HEADER, environment_token, token_matches

OPEN_PATHS = frozenset({"/health"})


def create_guarded_app(executor: ActionExecutor, token: str) -> Sanic:
    """rasa-sdk's app with the token checked before any route runs."""
    app = create_app_for_serve(executor, cors_origins=[], endpoints="bot/endpoints.yml")

    async def require_token(request: Request) -> response.HTTPResponse | None:
        if request.path in OPEN_PATHS:
            return None
        if token_matches(request.headers.get(SERVICE_TOKEN_HEADER), token):
            return None
        return response.json(
            {"error": f"the {SERVICE_TOKEN_HEADER} header is missing or wrong"}, status=401
        )

    app.register_middleware(require_token, "request")
    app.register_listener(_start_runtime, "before_server_start")
    return app


def _start_runtime(_app: Sanic) -> None:
    """The worker (Sanic's primary process only supervises) loads and warms the models before
    it listens, so the health check passes only once answers are fast."""
    runtime.start()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=5055)
    args = parser.parse_args()
    executor = ActionExecutor()
    executor.register_package("bot.actions")
    loader = AppLoader(factory=partial(create_guarded_app, executor, environment_token()))
    app = loader.load()
    app.prepare(host=os.environ.get("SANIC_HOST", "127.0.0.1"), port=args.port, workers=1)
    Sanic.serve(primary=app, app_loader=loader)


if __name__ == "__main__":
    main()
