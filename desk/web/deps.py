"""Request dependencies: one database session per request, the shared desk and settings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from careline.settings import Settings
from desk.db import session_scope
from desk.tickets import Desk


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_desk(request: Request) -> Desk:
    return request.app.state.desk


def get_session(settings: Annotated[Settings, Depends(get_app_settings)]) -> Iterator[Session]:
    with session_scope(settings.db_url) as session:
        yield session


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
DeskDep = Annotated[Desk, Depends(get_desk)]
SessionDep = Annotated[Session, Depends(get_session)]
