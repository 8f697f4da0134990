"""REST API: open a ticket, read one, read the queue, relay chat messages to Rasa."""

from __future__ import annotations

from datetime import datetime

import httpx
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import select

from careline.labels import SUBSYSTEM_IDS, TIER_IDS
from desk.feedback import deflection
from desk.incidents import incident_view
from desk.models import Status, Ticket
from desk.tickets import TicketRequest
from desk.web.deps import DeskDep, SessionDep, SettingsDep

router = APIRouter()
MAX_MESSAGE_CHARS = 20_000
MAX_LOG_CHARS = 10_000_000


class TicketIn(BaseModel):
    description: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)
    log: str = Field("", max_length=MAX_LOG_CHARS)
    location: str = Field("", max_length=200)
    reporter: str = Field("", max_length=120)
    language: str = Field("zh", pattern="^(zh|en)$")
    channel: str = Field("api", max_length=20)


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

    model_config = {"from_attributes": True}


class ChatIn(BaseModel):
    sender: str = Field(min_length=1, max_length=64)
    message: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)


@router.get("/healthz")
def health() -> dict:
    return {"status": "ok", "subsystems": len(SUBSYSTEM_IDS), "tiers": list(TIER_IDS)}


@router.post("/api/tickets", status_code=201)
def open_ticket(
    body: TicketIn, desk: DeskDep, session: SessionDep, settings: SettingsDep
) -> TicketOut:
    request = TicketRequest(hospital=settings.hospital, **body.model_dump())
    try:
        ticket, _ = desk.open_ticket(session, request)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    return TicketOut.model_validate(ticket).model_copy(update=incident_view(session, ticket))


@router.get("/api/tickets/{number}")
def read_ticket(number: str, desk: DeskDep, session: SessionDep) -> TicketOut:
    ticket = desk.find(session, number)
    if ticket is None:
        raise HTTPException(status_code=404, detail=f"no ticket {number}")
    return TicketOut.model_validate(ticket).model_copy(update=incident_view(session, ticket))


@router.get("/api/tickets")
def queue(session: SessionDep) -> list[TicketOut]:
    """Open tickets, the one whose response is due first at the top."""
    open_statuses = [Status.NEW, Status.ROUTED]
    rows = session.scalars(
        select(Ticket).where(Ticket.status.in_(open_statuses)).order_by(Ticket.respond_by)
    )
    return [TicketOut.model_validate(t) for t in rows]


@router.get("/api/kb/deflection")
def kb_deflection(session: SessionDep) -> dict:
    """How many "did this solve it?" answers were yes: questions closed without a ticket."""
    counts = deflection(session)
    return {"solved": counts.solved, "not_solved": counts.not_solved, "rate": round(counts.rate, 4)}


@router.post("/api/chat")
def chat(body: ChatIn, settings: SettingsDep) -> list[dict]:
    """Relay to Rasa's REST channel so the page needs no cross-origin access."""
    try:
        response = httpx.post(
            f"{settings.url('rasa')}/webhooks/rest/webhook",
            json=body.model_dump(),
            timeout=30,
        )
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise HTTPException(status_code=502, detail=f"assistant unavailable: {exc}") from exc
    return response.json()
