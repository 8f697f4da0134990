"""FastAPI application factory; state (settings, desk) is built once at start-up."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from careline.logs import configure_logging
from careline.settings import Settings, get_settings
from desk.tickets import Desk
from desk.web import api, pages


def create_app(settings: Settings | None = None, desk: Desk | None = None) -> FastAPI:
    """Uvicorn calls this with no arguments; tests hand in their own settings and desk."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings or get_settings()
        app.state.desk = desk or Desk.from_settings(app.state.settings)
        yield

    configure_logging("desk")
    app = FastAPI(title="Careline desk", lifespan=lifespan)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    return app
