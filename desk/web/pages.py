"""The staff chat page: open to hospital staff, it talks to Rasa through /api/chat."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from careline.limits import MAX_IMAGE_BYTES
from careline.ocr import KINDS
from desk.web.templating import templates

router = APIRouter()


@router.get("/chat", response_class=HTMLResponse)
def chat_page(request: Request) -> HTMLResponse:
    """The chat page; a photo or screenshot of an error is read by /api/chat/screenshot."""
    return templates.TemplateResponse(
        request,
        "chat.html",
        {
            "image_types": ",".join(f"image/{kind}" for kind in KINDS),
            "max_image_bytes": MAX_IMAGE_BYTES,
            "max_image_mb": MAX_IMAGE_BYTES // (1024 * 1024),
        },
    )


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
def api_docs(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "docs.html")
