"""REST API: open a ticket, read one, read the queue, relay chat messages to Rasa.

Every ticket route needs a caller (desk.web.auth): an integration token with scopes or a
signed-in console user. The chat relay is open, as the staff chat page is, and speaks to Rasa
with the service token.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Annotated

import httpx
from fastapi import APIRouter, Depends, Header, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from loguru import logger
from pydantic import BaseModel, Field
from sqlalchemy import select

from careline.errors import InvalidInput
from careline.labels import SUBSYSTEM_IDS, TIER_IDS
from careline.language import detect_language
from careline.limits import (
    LONG_MESSAGE_CHARS,
    LONG_MESSAGE_WAIT_SECONDS,
    MAX_IMAGE_BYTES,
    MAX_LOG_CHARS,
    MAX_MESSAGE_CHARS,
    MAX_SENDER_CHARS,
    OCR_WAIT_SECONDS,
)
from careline.ocr import ImageRefused, OcrUnavailable, read_image
from careline.service_auth import (
    SCREENSHOT_METADATA,
    SERVICE_TOKEN_HEADER,
    SITE_ID_PATTERN,
    SITE_METADATA,
)
from desk.incidents import incident_view
from desk.models import UNACCEPTED_STATUSES, Ticket
from desk.reporting.deflection import deflection
from desk.tickets import TicketRequest
from desk.web.auth import Caller, require_scope
from desk.web.deps import DeskDep, SessionDep, SettingsDep

router = APIRouter()
IDEMPOTENCY_KEY = r"^[A-Za-z0-9_.:-]{8,120}$"


class TicketIn(BaseModel):
    description: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)
    log: str = Field("", max_length=MAX_LOG_CHARS)
    location: str = Field("", max_length=200)
    language: str = Field("zh", pattern="^(zh|en)$")
    channel: str = Field("api", max_length=20)
    site_id: str | None = Field(None, max_length=40)
    # An engineer must come to the site: routing weighs each one's arrival (SPEC §4).
    onsite: bool = False


class LogKept(BaseModel):
    """What became of a pasted log: the triage read all of it and kept its most telling lines
    as evidence; the ticket stores its head (redacted)."""

    received_chars: int
    stored_chars: int
    evidence_lines: int


class TicketOut(BaseModel):
    number: str
    hospital: str
    location: str
    language: str
    subsystem: str
    tier: str
    tier_predicted: str
    needs_review: bool
    status: str
    description: str
    evidence: list
    kb_offered: list
    callback_requested: bool
    created_at: datetime
    respond_by: datetime
    resolve_by: datetime
    sla_explanation: str
    pool: str
    engineer: str
    routing_reasons: list
    parent_number: str | None = None
    known_incident: bool = False
    linked_reports: int = 0
    log: LogKept | None = None
    site_id: str | None = None
    onsite: bool = False
    arrive_by: datetime | None = None
    arrival_eta: datetime | None = None
    departed_at: datetime | None = None
    arrived_at: datetime | None = None
    arrival_explanation: str = ""
    screenshot_text: str = ""

    model_config = {"from_attributes": True}


class ChatIn(BaseModel):
    sender: str = Field(pattern=rf"^[A-Za-z0-9_.:-]{{8,{MAX_SENDER_CHARS}}}$")
    message: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)
    # The message is the text read from a photo or screenshot (POST /api/chat/screenshot):
    # the assistant is told so, and the ticket keeps it apart for the engineer.
    screenshot: bool = False
    # The site the chat page was opened for (/chat?site=…): the assistant answers questions
    # about the site's versions for it.
    site: str | None = Field(default=None, pattern=rf"^{SITE_ID_PATTERN}$")

    def to_rasa(self) -> dict:
        """The message as Rasa's REST channel takes it, the desk's marks as its metadata."""
        metadata = {SCREENSHOT_METADATA: True} if self.screenshot else {}
        if self.site:
            metadata[SITE_METADATA] = self.site
        body = {"sender": self.sender, "message": self.message}
        return {**body, "metadata": metadata} if metadata else body


class ScreenshotText(BaseModel):
    """What was read in an image, redacted; the page shows it and sends it as a message."""

    text: str
    language: str


@router.get("/healthz")
def health() -> dict:
    return {"status": "ok", "subsystems": len(SUBSYSTEM_IDS), "tiers": list(TIER_IDS)}


@router.post("/api/tickets", status_code=201)
def open_ticket(
    body: TicketIn,
    desk: DeskDep,
    session: SessionDep,
    settings: SettingsDep,
    caller: Annotated[Caller, Depends(require_scope("tickets:create"))],
    idempotency_key: Annotated[str | None, Header(pattern=IDEMPOTENCY_KEY)] = None,
) -> TicketOut:
    """Opens the ticket and commits it before answering; a retry that sends the same
    Idempotency-Key gets the first ticket back, never a second one."""
    request = TicketRequest(
        hospital=settings.hospital,
        reporter=caller.name,
        idempotency_key=f"{caller.name}:{idempotency_key}" if idempotency_key else None,
        **body.model_dump(),
    )
    try:
        ticket = desk.open_ticket(session, request)
    except InvalidInput as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    session.commit()
    out = _out(session, ticket)
    if not body.log:
        return out
    kept = LogKept(
        received_chars=len(body.log),
        stored_chars=len(ticket.log_excerpt),
        evidence_lines=sum(1 for e in ticket.evidence if e.get("source") == "log"),
    )
    return out.model_copy(update={"log": kept})


@router.get("/api/tickets/{number}")
def read_ticket(
    number: str,
    desk: DeskDep,
    session: SessionDep,
    caller: Annotated[Caller, Depends(require_scope("tickets:read"))],
) -> TicketOut:
    """A ticket the caller may see; any other number is "not found", so numbers tell nothing."""
    ticket = desk.find(session, number)
    if ticket is None or not caller.may_read(ticket):
        raise HTTPException(status_code=404, detail=f"no ticket {number[:20]}")
    return _out(session, ticket)


@router.get("/api/tickets")
def queue(
    session: SessionDep, _caller: Annotated[Caller, Depends(require_scope("queue:read"))]
) -> list[TicketOut]:
    """Tickets no engineer has accepted yet, the one whose response is due first at the top."""
    rows = session.scalars(
        select(Ticket).where(Ticket.status.in_(UNACCEPTED_STATUSES)).order_by(Ticket.respond_by)
    )
    return [TicketOut.model_validate(t) for t in rows]


@router.get("/api/kb/deflection")
def kb_deflection(
    session: SessionDep, _caller: Annotated[Caller, Depends(require_scope("reports:read"))]
) -> dict:
    """How many "did this solve it?" answers were yes: questions closed without a ticket."""
    counts = deflection(session)
    return {"solved": counts.solved, "not_solved": counts.not_solved, "rate": round(counts.rate, 4)}


@router.post("/api/chat")
def chat(body: ChatIn, request: Request, settings: SettingsDep, desk: DeskDep) -> list[dict]:
    """Relay to Rasa's REST channel so the page needs no cross-origin access. When the assistant
    or its action server is down the page still gets an answer: the hotline to call. A long
    paste costs the assistant many times a short message: pastes go to it one at a time."""
    if len(body.message) <= LONG_MESSAGE_CHARS:
        return _relay(body, settings, desk)
    lane: threading.BoundedSemaphore = request.app.state.long_messages
    if not lane.acquire(timeout=LONG_MESSAGE_WAIT_SECONDS):
        raise HTTPException(
            status_code=429,
            detail="many long messages are being read just now; send it again in a minute",
            headers={"Retry-After": "60"},
        )
    try:
        return _relay(body, settings, desk)
    finally:
        lane.release()


@router.post(
    "/api/chat/screenshot",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                f"image/{kind}": {"schema": {"type": "string", "format": "binary"}}
                for kind in ("png", "jpeg", "webp")
            },
        }
    },
)
async def chat_screenshot(request: Request) -> ScreenshotText:
    """The text of a photo or screenshot sent as the request's body (PNG, JPEG or WebP, known
    by its first bytes), redacted. The image is read in memory and forgotten: it is never
    written to disk, stored or logged (a multipart upload would be spooled to a temporary
    file). Images are read one at a time; the page then sends the text to /api/chat."""
    data = await _image_body(request)
    lane: threading.BoundedSemaphore = request.app.state.screenshots
    if not await run_in_threadpool(lane.acquire, timeout=OCR_WAIT_SECONDS):
        raise HTTPException(
            status_code=429,
            detail="many images are being read just now; send it again in a minute",
            headers={"Retry-After": "60"},
        )
    try:
        text = await run_in_threadpool(read_image, data)
    except ImageRefused as exc:
        raise HTTPException(status_code=exc.status, detail=str(exc)) from exc
    except OcrUnavailable as exc:
        logger.error("screenshot not read: {}", exc)
        raise HTTPException(status_code=503, detail=f"the image cannot be read now: {exc}") from exc
    finally:
        lane.release()
    return ScreenshotText(text=text, language=detect_language(text))


async def _image_body(request: Request) -> bytes:
    """The body, refused with 413 as soon as it is longer than an image may be."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_IMAGE_BYTES:
        raise HTTPException(status_code=413, detail=_TOO_LARGE)
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > MAX_IMAGE_BYTES:
            raise HTTPException(status_code=413, detail=_TOO_LARGE)
    return bytes(data)


_TOO_LARGE = f"the image is over the limit of {MAX_IMAGE_BYTES:,} bytes"


def _relay(body: ChatIn, settings: SettingsDep, desk: DeskDep) -> list[dict]:
    try:
        response = httpx.post(
            f"{settings.url('rasa')}/webhooks/rest/webhook",
            json=body.to_rasa(),
            headers={SERVICE_TOKEN_HEADER: settings.shared_token},
            timeout=30,
        )
        response.raise_for_status()
        replies = response.json()
    except (httpx.HTTPError, ValueError) as exc:
        logger.error("assistant unavailable: {}", exc)
        return [_unavailable(body.sender, desk, "assistant")]
    if not replies and not _healthy(f"{settings.url('actions')}/health"):
        logger.error("the action server is down: a chat turn went unanswered")
        return [_unavailable(body.sender, desk, "actions")]
    return replies


def _healthy(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def _unavailable(sender: str, desk: DeskDep, which: str) -> dict:
    hotline = desk.roster.duty_manager.hotline
    return {
        "recipient_id": sender,
        "text": f"助手暂时无法处理消息，请直接拨打热线 {hotline}。· The assistant cannot answer "
        f"just now; please call the hotline {hotline}.",
        "custom": {"unavailable": which, "hotline": hotline},
    }


def _out(session: SessionDep, ticket: Ticket) -> TicketOut:
    return TicketOut.model_validate(ticket).model_copy(update=incident_view(session, ticket))
