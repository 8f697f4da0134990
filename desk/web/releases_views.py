"""The releases page: publish a release from a form (dispatchers and admins; audited like a
file published with `careline release publish`) and every release with the sites notified."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from careline.errors import InvalidInput
from careline.labels import PRODUCTS
from desk.accounts import User
from desk.escalation import WebhookNotifier
from desk.releases import deliver_pending, publish, release_list, release_spec
from desk.web.auth import ConsoleUser, CsrfChecked, require_roles
from desk.web.deps import SessionDep, SettingsDep
from desk.web.templating import templates

router = APIRouter()

PUBLISH_ROLES = ("dispatcher", "admin")
MAX_FIELD_CHARS = 4000
Publisher = Annotated[User, Depends(require_roles(*PUBLISH_ROLES))]
Text = Annotated[str, Form(max_length=MAX_FIELD_CHARS)]


def _pairs(zh: str, en: str, what: str) -> list[dict]:
    """One entry per line, the Chinese and English lines paired in order."""
    zh_lines = [line.strip() for line in zh.splitlines() if line.strip()]
    en_lines = [line.strip() for line in en.splitlines() if line.strip()]
    if len(zh_lines) != len(en_lines):
        raise InvalidInput(
            f"{what}: {len(zh_lines)} Chinese lines but {len(en_lines)} English ones; "
            "give each entry in both languages, one a line"
        )
    return [{"zh": z, "en": e} for z, e in zip(zh_lines, en_lines, strict=True)]


def _page(request: Request, session: SessionDep, **extra: object) -> HTMLResponse:
    user = request.state.user
    context = {
        "releases": release_list(session),
        "products": PRODUCTS,
        "may_publish": user is not None and user.role in PUBLISH_ROLES,
        "form": {},
        "error": "",
        "done": "",
        **extra,
    }
    status = 422 if context["error"] else 200
    return templates.TemplateResponse(request, "releases.html", context, status_code=status)


@router.get("/releases", response_class=HTMLResponse)
def releases_page(
    request: Request, session: SessionDep, user: ConsoleUser, done: str = ""
) -> HTMLResponse:
    return _page(request, session, done=done[:200])


@router.post("/releases")
def publish_release(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    user: Publisher,
    _csrf: CsrfChecked,
    product: Annotated[str, Form(max_length=40)],
    version: Annotated[str, Form(max_length=40)],
    affects: Annotated[str, Form(max_length=120)],
    fixes_zh: Text,
    fixes_en: Text,
    known_zh: Text = "",
    known_en: Text = "",
) -> Response:
    """Publish and notify; a refused form comes back with the reason and what was typed."""
    form = {
        "product": product,
        "version": version,
        "affects": affects,
        "fixes_zh": fixes_zh,
        "fixes_en": fixes_en,
        "known_zh": known_zh,
        "known_en": known_en,
    }
    try:
        with session.begin_nested():
            spec = release_spec(
                {
                    "product": product,
                    "version": version,
                    "affects": affects,
                    "fixes": _pairs(fixes_zh, fixes_en, "fixes"),
                    "known_issues": _pairs(known_zh, known_en, "known issues"),
                },
                "release form",
            )
            published = publish(session, spec, user.username)
    except InvalidInput as exc:
        return _page(request, session, form=form, error=str(exc))
    session.commit()
    if settings.notice_webhook_url:
        deliver_pending(session, WebhookNotifier(settings.notice_webhook_url))
    return RedirectResponse(f"/releases?done={published}", status_code=303)
