"""A part for a ticket: reserved at the depot that gets it to the site first (or ordered from
the supplier when no depot has it), delivered, fitted by someone qualified, or cancelled.

Every stock movement is an audit entry like a ticket change (field `stock:<depot>:<part>`,
before and after the depot's reserved and on-hand counts); movements that belong to no ticket
(an ERP stock count) are entries of ticket 0, as the audit seal is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from loguru import logger
from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session

from careline.errors import InvalidInput
from careline.timetext import duration_text
from desk import audit
from desk.models import Site, Ticket
from desk.onsite.sites import place_of
from desk.onsite.travel import Place, TravelTable
from desk.parts.store import ON_THE_WAY, Depot, Part, PartRequest, RequestStatus, Stock

MAX_QUANTITY = 50
NO_TICKET = audit.NO_TICKET


@dataclass(frozen=True)
class Offer:
    """Where a part can come from and when it would be at the site."""

    depot: Depot | None
    eta: datetime
    explanation: str


def stock_field(depot_id: str, part_number: str) -> str:
    return f"stock:{depot_id}:{part_number}"


def _counts(on_hand: int, reserved: int) -> str:
    return f"on hand {on_hand}, reserved {reserved}"


def record_movement(
    session: Session,
    stock: Stock,
    before: tuple[int, int] | None,
    actor: str,
    reason: str,
    ticket_id: int,
) -> None:
    """One stock movement from `before` (on hand, reserved; None for a new stock row) to the
    row as it is now, audited; a depot falling below its reorder point raises an alert."""
    audit.record(
        session,
        ticket_id,
        actor,
        stock_field(stock.depot_id, stock.part_number),
        _counts(*before) if before else None,
        _counts(stock.quantity, stock.reserved),
        reason,
    )
    if stock.available < stock.reorder_point:
        logger.warning(
            "stock of {} at {} is {} available, below its reorder point {}",
            stock.part_number,
            stock.depot_id,
            stock.available,
            stock.reorder_point,
        )


def _depot_offers(
    session: Session,
    part: Part,
    quantity: int,
    destination: Place | None,
    travel: TravelTable,
    now: datetime,
) -> list[Offer]:
    """Depots holding enough, soonest at the site first."""
    rows = session.execute(
        select(Stock, Depot)
        .join(Depot, Depot.id == Stock.depot_id)
        .where(Stock.part_number == part.number, Stock.available >= quantity)
    ).all()
    offers = []
    for _, depot in rows:
        handling = timedelta(minutes=depot.handling_minutes)
        if destination is None or depot.city not in travel.cities:
            note = f"from {depot.name}: {duration_text(handling)} handling, travel not known"
            offers.append(Offer(depot, now + handling, note))
            continue
        leg = travel.leg(travel.city_place(depot.city), destination, travel.fallback_mode)
        note = (
            f"from {depot.name}: {duration_text(handling)} handling + "
            f"{duration_text(timedelta(minutes=leg.minutes))} ({leg.how})"
        )
        offers.append(Offer(depot, now + handling + timedelta(minutes=leg.minutes), note))
    return sorted(offers, key=lambda offer: (offer.eta, offer.depot.id))


def orderable(part: Part, today: date) -> bool:
    return part.last_buy is None or today <= part.last_buy


def _free_everywhere() -> ColumnElement[int]:
    return func.coalesce(func.sum(Stock.available), 0)


def _end_of_life_text(part: Part, today: date) -> str:
    order = "still orderable" if orderable(part, today) else "no longer orderable"
    return (
        f"{part.number} fits end-of-life devices ({', '.join(part.fits)}; end of life "
        f"{part.end_of_life}) and no depot has one left; {order}"
    )


def end_of_life_warning(session: Session, part: Part, today: date) -> str | None:
    """An end-of-life part with no stock left anywhere: a device that may not be repairable."""
    if part.end_of_life is None or part.end_of_life > today:
        return None
    left = session.scalar(select(_free_everywhere()).where(Stock.part_number == part.number))
    return None if left > 0 else _end_of_life_text(part, today)


def end_of_life_warnings(session: Session, today: date) -> list[str]:
    """The same warning for every such part of the catalogue, in one query."""
    parts = session.scalars(
        select(Part)
        .outerjoin(Stock, Stock.part_number == Part.number)
        .where(Part.end_of_life <= today)
        .group_by(Part.number)
        .having(_free_everywhere() <= 0)
        .order_by(Part.number)
    )
    return [_end_of_life_text(part, today) for part in parts]


def _reserve(session: Session, depot_id: str, part_number: str, quantity: int) -> bool:
    """Take `quantity` from what the depot still has free, or nothing: one conditional UPDATE,
    so two requests for the last part never both get it."""
    result = session.execute(
        update(Stock)
        .where(
            Stock.depot_id == depot_id,
            Stock.part_number == part_number,
            Stock.available >= quantity,
        )
        .values(reserved=Stock.reserved + quantity)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def _stock(session: Session, depot_id: str, part_number: str) -> Stock:
    stock = session.scalars(
        select(Stock).where(Stock.depot_id == depot_id, Stock.part_number == part_number)
    ).one()
    session.refresh(stock)
    return stock


def _take_from_stock(
    session: Session, ticket: Ticket, request: PartRequest, on_hand: int, actor: str, reason: str
) -> None:
    """The request's pieces leave the depot's reservations (and its shelf, `on_hand` of them
    per piece: 1 when delivered, 0 when released), audited as one movement."""
    stock = _stock(session, request.depot_id, request.part_number)
    before = stock.quantity, stock.reserved
    stock.quantity -= on_hand * request.quantity
    stock.reserved -= request.quantity
    record_movement(session, stock, before, actor, reason, ticket.id)


CLOSING = (RequestStatus.FITTED, RequestStatus.CANCELLED)


def _move_request(
    session: Session,
    ticket: Ticket,
    request: PartRequest,
    status: RequestStatus,
    actor: str,
    reason: str,
    now: datetime,
) -> None:
    """A request's next status, audited on its ticket."""
    audit.record(session, ticket.id, actor, "part_request", request.status, status, reason)
    request.status = status
    if status in CLOSING:
        request.closed_at = now


def find_part(session: Session, number: str) -> Part:
    part = session.get(Part, number.strip())
    if part is None:
        raise InvalidInput(f"no part '{number.strip()[:60]}' in the catalogue")
    return part


def request_part(
    session: Session,
    ticket: Ticket,
    part_number: str,
    quantity: int,
    actor: str,
    now: datetime,
    *,
    travel: TravelTable,
) -> PartRequest:
    """Reserve at the depot that gets the part to the ticket's site first; when none has it,
    order it from the supplier; an end-of-life part nobody can supply is refused, named."""
    part = find_part(session, part_number)
    if not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidInput(f"a part request is for 1 to {MAX_QUANTITY} pieces, not {quantity}")
    site = session.get(Site, ticket.site_id) if ticket.site_id else None
    destination = place_of(site, travel) if site else None
    chosen = None
    for offer in _depot_offers(session, part, quantity, destination, travel, now):
        if _reserve(session, offer.depot.id, part.number, quantity):
            chosen = offer
            break
    today = now.date()
    if chosen is None:
        if not orderable(part, today):
            warning = end_of_life_warning(session, part, today) or f"{part.number}: no stock"
            raise InvalidInput(f"cannot supply {part.number}: {warning}")
        lead = timedelta(days=part.supplier.lead_days)
        chosen = Offer(
            None,
            now + lead,
            f"no depot has {quantity}: ordered from {part.supplier.name}, "
            f"lead time {part.supplier.lead_days} days",
        )
    request = PartRequest(
        ticket_id=ticket.id,
        part_number=part.number,
        quantity=quantity,
        depot_id=chosen.depot.id if chosen.depot else None,
        status=RequestStatus.RESERVED if chosen.depot else RequestStatus.ORDERED,
        eta=chosen.eta,
        eta_explanation=chosen.explanation[:300],
        requested_by=actor,
        requested_at=now,
    )
    session.add(request)
    session.flush()
    audit.record(
        session,
        ticket.id,
        actor,
        "part_request",
        None,
        f"{quantity}× {part.number} {request.status}",
        chosen.explanation,
    )
    if chosen.depot is not None:  # the UPDATE of _reserve took `quantity` already
        stock = _stock(session, chosen.depot.id, part.number)
        before = stock.quantity, stock.reserved - quantity
        record_movement(session, stock, before, actor, f"reserved for {ticket.number}", ticket.id)
    return request


def still_on_the_way(session: Session, ticket: Ticket) -> bool:
    """Whether any part of this ticket is still reserved or ordered, not yet delivered."""
    return (
        session.scalar(
            select(PartRequest.id)
            .where(PartRequest.ticket_id == ticket.id, PartRequest.status.in_(ON_THE_WAY))
            .limit(1)
        )
        is not None
    )


def deliver(
    session: Session, ticket: Ticket, request: PartRequest, actor: str, now: datetime
) -> None:
    """At the site: it leaves the depot's shelf and its reservation."""
    if request.status not in ON_THE_WAY:
        raise InvalidInput(f"part request {request.id} is {request.status}, not on its way")
    was = request.status
    _move_request(
        session, ticket, request, RequestStatus.DELIVERED, actor, request.part_number, now
    )
    if was == RequestStatus.RESERVED:
        _take_from_stock(session, ticket, request, 1, actor, f"delivered to {ticket.number}")
    session.flush()


def fit(
    session: Session,
    ticket: Ticket,
    request: PartRequest,
    fitter: str,
    certifications: tuple[str, ...],
    now: datetime,
) -> None:
    """Fitted by `fitter`, who must hold the certificate the part needs (imaging hardware)."""
    if request.status != RequestStatus.DELIVERED:
        raise InvalidInput(f"part request {request.id} is {request.status}: deliver it first")
    part = request.part
    if part.certificate and part.certificate not in certifications:
        raise InvalidInput(
            f"fitting {part.number} needs the {part.certificate} certificate, "
            f"which {fitter} does not hold"
        )
    _move_request(session, ticket, request, RequestStatus.FITTED, fitter, part.number, now)
    request.fitted_by = fitter
    session.flush()


def cancel(
    session: Session, ticket: Ticket, request: PartRequest, actor: str, reason: str, now: datetime
) -> None:
    """Not needed after all: a reserved part goes back to the depot's free stock."""
    if request.status not in ON_THE_WAY:
        raise InvalidInput(f"part request {request.id} is {request.status}; it cannot be cancelled")
    was = request.status
    _move_request(session, ticket, request, RequestStatus.CANCELLED, actor, reason, now)
    if was == RequestStatus.RESERVED:
        _take_from_stock(session, ticket, request, 0, actor, f"released from {ticket.number}")
    session.flush()
