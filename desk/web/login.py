"""Console sign-in: the login page and form (throttled by address and username), logout."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from careline.settings import Settings
from desk.accounts import (
    LoginSession,
    authenticate,
    end_session,
    purge_sessions,
    start_session,
)
from desk.models import utcnow
from desk.web.auth import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    CsrfChecked,
    LoginDep,
    safe_next,
)
from desk.web.deps import SessionDep, SettingsDep
from desk.web.templating import templates
from desk.web.throttle import LoginThrottle

router = APIRouter()


@router.get("/", include_in_schema=False)
def home() -> RedirectResponse:
    return RedirectResponse("/queue", status_code=303)


def _login_form(
    request: Request,
    login: LoginSession | None,
    next_path: str,
    *,
    error: str = "",
    username: str = "",
    status_code: int = 200,
) -> HTMLResponse:
    """A signed-in browser reuses its session token; an anonymous one gets a login cookie."""
    token = login.csrf_token if login else request.cookies.get(LOGIN_CSRF_COOKIE, "")
    token = token or secrets.token_urlsafe(32)
    context = {"csrf": token, "next": safe_next(next_path), "error": error, "username": username}
    response = templates.TemplateResponse(request, "login.html", context, status_code=status_code)
    if login is None:
        response.set_cookie(
            LOGIN_CSRF_COOKIE,
            token,
            httponly=True,
            samesite="lax",
            secure=request.url.scheme == "https",
            path="/login",
        )
    return response


def _local_clock(settings: Settings, moment: datetime) -> str:
    return moment.astimezone(ZoneInfo(settings.timezone)).strftime("%H:%M")


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, login: LoginDep, next: str = "/queue") -> Response:
    if login is not None and login.user.can_use_console:
        return RedirectResponse(safe_next(next), status_code=303)
    return _login_form(request, login, next)


@router.post("/login", response_class=HTMLResponse)
def login_submit(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    login: LoginDep,
    _csrf: CsrfChecked,
    username: Annotated[str, Form(max_length=60)] = "",
    password: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=500)] = "/queue",
) -> Response:
    throttle: LoginThrottle = request.app.state.login_throttle
    now = utcnow()
    address = request.client.host if request.client else ""
    blocked_until = throttle.blocked_until(address, username, now)
    if blocked_until is not None:
        error = (
            f"登录失败次数过多，请于 {_local_clock(settings, blocked_until)} 后再试 · Too many "
            f"failed logins from here; try again after {_local_clock(settings, blocked_until)}."
        )
        return _login_form(request, login, next, error=error, username=username, status_code=429)
    user = authenticate(session, username, password)
    if user is None:
        throttle.failed(address, username, now)
        error = "用户名或密码错误 · Wrong username or password."
        return _login_form(request, login, next, error=error, username=username, status_code=401)
    throttle.succeeded(address, username)
    if login is not None:
        end_session(session, request.cookies.get(SESSION_COOKIE, ""))
    token = start_session(session, user, timedelta(hours=settings.session_hours))
    purge_sessions(session)
    target = safe_next(next) if user.can_use_console else "/chat"
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=settings.session_hours * 3600,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, session: SessionDep, _csrf: CsrfChecked) -> RedirectResponse:
    end_session(session, request.cookies.get(SESSION_COOKIE, ""))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
