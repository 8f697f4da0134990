"""Server-rendered pages: the staff chat and the dispatcher's ticket queue."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from desk.web.api import queue
from desk.web.deps import SessionDep

router = APIRouter()
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


@router.get("/chat", response_class=HTMLResponse)
def chat_page(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "chat.html")


@router.get("/queue", response_class=HTMLResponse)
def queue_page(request: Request, session: SessionDep) -> HTMLResponse:
    return templates.TemplateResponse(request, "queue.html", {"tickets": queue(session)})
