"""Spare parts in a hospital's quarter: what was fitted, what no depot had (ordered from the
supplier instead), and the end-of-life devices there that no depot can repair any more."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import Ticket
from desk.parts.reservations import end_of_life_warning
from desk.parts.store import Part, PartRequest, RequestStatus


@dataclass(frozen=True)
class PartsUsage:
    fitted: list[tuple[Part, int]]
    stockouts: list[tuple[Part, int]]
    end_of_life: list[str]


def _counted(
    requests: list[tuple[PartRequest, Part]], keep: Callable[[PartRequest], bool]
) -> list[tuple[Part, int]]:
    counts: Counter[str] = Counter()
    parts = {}
    for request, part in requests:
        if keep(request):
            counts[part.number] += request.quantity
            parts[part.number] = part
    return [(parts[number], pieces) for number, pieces in counts.most_common()]


def parts_usage(session: Session, tickets: Sequence[Ticket], today: date) -> PartsUsage:
    """Over the part requests of these tickets (one hospital's quarter)."""
    requests = list(
        session.execute(
            select(PartRequest, Part)
            .join(Part, Part.number == PartRequest.part_number)
            .where(PartRequest.ticket_id.in_([t.id for t in tickets]))
            .order_by(PartRequest.id)
        )
    )
    warnings = dict.fromkeys(
        warning
        for _, part in requests
        if (warning := end_of_life_warning(session, part, today)) is not None
    )
    return PartsUsage(
        fitted=_counted(requests, lambda r: r.status == RequestStatus.FITTED),
        stockouts=_counted(requests, lambda r: r.depot_id is None),
        end_of_life=list(warnings),
    )
