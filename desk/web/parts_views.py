"""What the console shows of spare parts: a ticket's requests, and the parts page (stock by
depot, open reservations, shortages, end-of-life parts with nothing left)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from careline.errors import InvalidInput
from desk.models import Ticket
from desk.parts.reservations import end_of_life_warning, end_of_life_warnings
from desk.parts.store import OPEN_REQUESTS, Depot, Part, PartRequest, Stock

MAX_PARTS_SHOWN = 400


def session_request(session: Session, ticket: Ticket, request_id: int) -> PartRequest:
    """The ticket's own request: another ticket's id is not found."""
    request = session.get(PartRequest, request_id)
    if request is None or request.ticket_id != ticket.id:
        raise InvalidInput(f"{ticket.number} has no part request {request_id}")
    return request


def ticket_parts(session: Session, ticket: Ticket, today: date) -> dict:
    """The ticket's part requests, end-of-life warnings for their parts, and the parts that fit
    its subsystem (offered when requesting)."""
    requests = session.scalars(
        select(PartRequest).where(PartRequest.ticket_id == ticket.id).order_by(PartRequest.id)
    ).all()
    parts = {r.part_number: r.part for r in requests}
    warnings = [w for p in parts.values() if (w := end_of_life_warning(session, p, today))]
    choices = session.scalars(
        select(Part).where(Part.subsystem == ticket.subsystem).order_by(Part.number)
    ).all()
    return {
        "part_requests": requests,
        "part_warnings": warnings,
        "part_choices": choices,
        "open_part_statuses": OPEN_REQUESTS,
    }


@dataclass(frozen=True)
class StockRow:
    part: Part
    levels: dict[str, Stock]


def parts_overview(session: Session, query: str, today: date) -> dict:
    """Stock by depot for the parts matching `query`, every open reservation, every depot
    below its reorder point, and end-of-life parts with nothing left anywhere."""
    depots = session.scalars(select(Depot).order_by(Depot.id)).all()
    parts_query = select(Part).order_by(Part.number)
    if query:
        like = f"%{query.strip()}%"
        parts_query = parts_query.where(Part.number.ilike(like) | Part.name.ilike(like))
    parts = session.scalars(parts_query.limit(MAX_PARTS_SHOWN)).all()
    levels: dict[str, dict[str, Stock]] = {}
    for stock in session.scalars(
        select(Stock).where(Stock.part_number.in_([p.number for p in parts]))
    ):
        levels.setdefault(stock.part_number, {})[stock.depot_id] = stock
    shortages = session.execute(
        select(Stock, Part)
        .join(Part, Part.number == Stock.part_number)
        .where(Stock.available < Stock.reorder_point)
        .order_by(Stock.depot_id, Stock.part_number)
    ).all()
    reservations = session.execute(
        select(PartRequest, Ticket.number)
        .join(Ticket, Ticket.id == PartRequest.ticket_id)
        .where(PartRequest.status.in_(OPEN_REQUESTS))
        .order_by(PartRequest.eta)
    ).all()
    return {
        "depots": depots,
        "rows": [StockRow(p, levels.get(p.number, {})) for p in parts],
        "shortages": shortages,
        "reservations": reservations,
        "end_of_life": end_of_life_warnings(session, today),
        "query": query,
    }
