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
    requests: list[PartRequest], keep: Callable[[PartRequest], bool]
) -> list[tuple[Part, int]]:
    counts: Counter[str] = Counter()
    parts = {}
    for request in requests:
        if keep(request):
            counts[request.part_number] += request.quantity
            parts[request.part_number] = request.part
    return [(parts[number], pieces) for number, pieces in counts.most_common()]


def parts_usage(session: Session, tickets: Sequence[Ticket], today: date) -> PartsUsage:
    """Over the part requests of these tickets (one hospital's quarter)."""
    requests = list(
        session.scalars(
            select(PartRequest)
            .where(PartRequest.ticket_id.in_([t.id for t in tickets]))
            .order_by(PartRequest.id)
        )
    )
    parts = {r.part_number: r.part for r in requests}
    warnings = [w for p in parts.values() if (w := end_of_life_warning(session, p, today))]
    return PartsUsage(
        fitted=_counted(requests, lambda r: r.status == RequestStatus.FITTED),
        stockouts=_counted(requests, lambda r: r.depot_id is None),
        end_of_life=warnings,
    )
