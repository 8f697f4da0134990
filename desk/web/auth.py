"""Console login: who is signed in, which roles may open a page, a CSRF token on every form."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from careline.errors import InvalidInput
from desk.accounts import CONSOLE_ROLES, SCOPES, LoginSession, User, find_api_token, find_session
from desk.models import Ticket
from desk.tickets import reported_by
from desk.web.deps import SessionDep
from desk.web.templating import templates

SESSION_COOKIE = "careline_session"
# Before login there is no session to bind a token to: the login form double-submits this one.
LOGIN_CSRF_COOKIE = "careline_login_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


class LoginRequired(Exception):
    """Nobody is signed in: the browser is sent to the login page, then back here."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


class Forbidden(Exception):
    """Signed in, but the role may not do this."""


class CsrfRejected(Exception):
    """A form came back without the token this browser was given, or with another one."""


@dataclass(frozen=True)
class Viewer:
    """Who is signed in, as page headers show it; plain values that outlive the DB session."""

    name: str
    role: str
    can_use_console: bool


def current_login(request: Request, session: SessionDep) -> LoginSession | None:
    """The live login of this browser's cookie; also published to templates via request.state."""
    login = find_session(session, request.cookies.get(SESSION_COOKIE, ""))
    user = login.user if login else None
    request.state.user = Viewer(user.name, user.role, user.can_use_console) if user else None
    request.state.csrf = login.csrf_token if login else ""
    return login


LoginDep = Annotated[LoginSession | None, Depends(current_login)]


def require_roles(*roles: str) -> Callable[..., User]:
    """Dependency: the signed-in user when their role is one of `roles` (any console role if
    none given). Anonymous browsers go to the login page; staff and other roles get a 403."""
    unknown = set(roles) - set(CONSOLE_ROLES)
    if unknown:
        raise ValueError(f"not console roles: {', '.join(sorted(unknown))}")
    allowed = roles or CONSOLE_ROLES

    def dependency(request: Request, login: LoginDep) -> User:
        if login is None:
            raise LoginRequired(_here(request))
        if not login.user.can_use_console or login.user.role not in allowed:
            raise Forbidden(f"role '{login.user.role}' may not open this page")
        return login.user

    return dependency


async def require_csrf(request: Request, login: LoginDep) -> None:
    """Every POST carries the token: the session's once signed in, the login cookie's before."""
    form = await request.form()
    sent = str(form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER) or "")
    expected = login.csrf_token if login else request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not secrets.compare_digest(sent.encode(), expected.encode()):
        raise CsrfRejected


def may_act_on(user: User, ticket: Ticket) -> bool:
    """Engineers work their own tickets; dispatchers and admins any (roles decide the rest)."""
    return user.role != "engineer" or (
        bool(user.engineer_id) and ticket.engineer == user.engineer_id
    )


# --- the REST API: integration tokens and console sessions -------------------------------

# A console role's API rights, in the scopes an integration token is given (desk.accounts).
ROLE_SCOPES: dict[str, frozenset[str]] = {
    "dispatcher": frozenset(SCOPES),
    "admin": frozenset(SCOPES),
    "manager": frozenset({"queue:read", "reports:read"}),
    "engineer": frozenset({"tickets:read"}),
}


@dataclass(frozen=True)
class Caller:
    """Who calls the API: `api:<token name>` or `user:<username>`, with what they may do."""

    name: str
    scopes: frozenset[str]
    engineer_id: str | None = None

    def may_read(self, ticket: Ticket) -> bool:
        """Everything with queue:read; else the tickets one opened (or, for an engineer, has)."""
        if "queue:read" in self.scopes:
            return True
        if self.engineer_id and ticket.engineer == self.engineer_id:
            return True
        return "tickets:read" in self.scopes and reported_by(ticket, self.name)


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status_code=401, detail=detail, headers={"WWW-Authenticate": "Bearer"})


def api_caller(request: Request, session: SessionDep, login: LoginDep) -> Caller:
    """The bearer token's integration, or the signed-in console user (whose changes also carry
    the CSRF header, as the console's forms do); 401 for anyone else."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer":
        found = find_api_token(session, token.strip())
        if found is None:
            raise _unauthorized("the API token is unknown or revoked")
        return Caller(f"api:{found.name}", found.scope_set)
    if login is None or not login.user.can_use_console:
        raise _unauthorized("sign in to the console or send an API token (Authorization: Bearer …)")
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        sent = request.headers.get(CSRF_HEADER, "")
        if not secrets.compare_digest(sent.encode(), login.csrf_token.encode()):
            raise HTTPException(status_code=403, detail=f"a console change needs {CSRF_HEADER}")
    user = login.user
    return Caller(f"user:{user.username}", ROLE_SCOPES[user.role], user.engineer_id)


def require_scope(scope: str) -> Callable[..., Caller]:
    """Dependency: an authenticated caller that holds `scope` (403 naming it otherwise)."""
    if scope not in SCOPES:
        raise InvalidInput(f"unknown scope '{scope}'")

    def dependency(caller: Annotated[Caller, Depends(api_caller)]) -> Caller:
        if scope not in caller.scopes:
            raise HTTPException(status_code=403, detail=f"this needs the '{scope}' scope")
        return caller

    return dependency


ConsoleUser = Annotated[User, Depends(require_roles())]
CsrfChecked = Annotated[None, Depends(require_csrf)]


def safe_next(path: str | None) -> str:
    """Only a path on this site: a crafted ?next= never sends a user elsewhere after login."""
    if path and path.startswith("/") and not path.startswith("//") and "\\" not in path:
        return path
    return "/queue"


def _here(request: Request) -> str:
    query = f"?{request.url.query}" if request.url.query else ""
    return f"{request.url.path}{query}"


def _to_login(request: Request, exc: LoginRequired) -> Response:
    target = f"/login?next={quote(safe_next(exc.next_path), safe='')}"
    if request.headers.get("hx-request"):
        return Response(status_code=204, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)


def _forbidden(request: Request, exc: Exception) -> Response:
    stale = "the form's security token is missing or stale; reload the page"
    message = str(exc) if isinstance(exc, Forbidden) else stale
    return templates.TemplateResponse(
        request, "forbidden.html", {"message": message}, status_code=403
    )


# Scripts only from the desk itself, no framing (clickjacking on the action buttons): a second
# wall behind autoescaping should a page ever render stored text unescaped.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    # Tickets hold patient-adjacent text: no page or answer of the desk is kept by a browser or
    # a proxy cache (static files excepted, they hold none).
    "Cache-Control": "no-store",
}


async def _security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        if not (name == "Cache-Control" and request.url.path.startswith("/static/")):
            response.headers.setdefault(name, value)
    return response


def install(app: FastAPI) -> None:
    """Turn the auth exceptions into a login redirect or a 403 page; set security headers."""
    app.add_exception_handler(LoginRequired, _to_login)
    app.add_exception_handler(Forbidden, _forbidden)
    app.add_exception_handler(CsrfRejected, _forbidden)
    app.middleware("http")(_security_headers)
