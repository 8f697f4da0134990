"""FastAPI application factory; state (settings, desk) is built once at start-up."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from careline.logs import configure_logging
from careline.settings import Settings, load_settings
from desk.accounts import seed_users
from desk.db import migrate, session_scope
from desk.escalation import escalation_loop
from desk.notices import notice_loop
from desk.outbox import replay_loop
from desk.service_plan.checklists import Checklists
from desk.sla import warning_fractions
from desk.tickets import Desk
from desk.web import (
    api,
    auth,
    console,
    errors,
    login,
    pages,
    releases_views,
    reports,
    service_views,
)
from desk.web.body_limit import BodyLimit
from desk.web.templating import templates
from desk.web.throttle import LoginThrottle


def create_app(settings: Settings | None = None, desk: Desk | None = None) -> FastAPI:
    """Uvicorn calls this with no arguments; tests hand in their own settings and desk."""

    settings = settings or load_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        migrate(settings.db_url)
        app.state.settings = settings
        app.state.desk = desk or Desk.from_settings(app.state.settings)
        app.state.warning_fractions = warning_fractions(app.state.settings)
        app.state.checklists = Checklists.load(app.state.settings.inspections_file)
        app.state.long_messages = threading.BoundedSemaphore(1)  # desk.web.api.chat
        app.state.screenshots = threading.BoundedSemaphore(1)  # desk.web.api.chat_screenshot
        app.state.login_throttle = LoginThrottle(
            app.state.settings.login_max_failures,
            timedelta(minutes=app.state.settings.login_lockout_minutes),
        )
        with session_scope(app.state.settings.db_url) as session:
            seed_users(session, app.state.settings.users_file)
        loops = [
            asyncio.create_task(escalation_loop(settings, calendar=app.state.desk.calendar)),
            asyncio.create_task(
                replay_loop(
                    app.state.desk,
                    settings.db_url,
                    settings.outbox_dir,
                    settings.escalation_check_seconds,
                )
            ),
            asyncio.create_task(notice_loop(settings)),
        ]
        yield
        for loop in loops:
            loop.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await loop

    configure_logging("desk", settings)
    # The stock /docs page loads its scripts from a CDN: ours serves the same UI from the desk.
    app = FastAPI(title="Careline desk", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    auth.install(app)
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(login.router)
    app.include_router(console.router)
    app.include_router(reports.router)
    app.include_router(service_views.router)
    app.include_router(releases_views.router)
    templates.env.globals["report_roles"] = reports.REPORT_ROLES
    app.mount("/static/swagger", StaticFiles(directory=swagger_ui_path), name="swagger")
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    return app


@contextlib.contextmanager
def serving(app: FastAPI, host: str, port: int, timeout: float = 30) -> Iterator[str]:
    """The app on a real port in a background thread (browser tests, screenshots); its URL."""
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the desk did not start on {host}:{port}")
        time.sleep(0.05)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=timeout)
