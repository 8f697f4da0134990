"""The parts tables: catalogue, suppliers, depots, stock per depot, and each ticket's requests.

Stock keeps what is on the shelf (`quantity`) apart from what tickets hold (`reserved`): a
reservation only ever raises `reserved` where `quantity - reserved` still covers it, in one
conditional UPDATE, so concurrent requests can never promise the same last part twice.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models import Base, utcnow


class Supplier(Base):
    __tablename__ = "suppliers"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    lead_days: Mapped[int] = mapped_column(Integer)


class Part(Base):
    """A catalogue entry: the device models it fits, and until when it can be had."""

    __tablename__ = "parts"

    number: Mapped[str] = mapped_column(String(60), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    fits: Mapped[list] = mapped_column(JSON, default=list)
    subsystem: Mapped[str] = mapped_column(String(30), default="")
    # The device models went out of production on this day; after last_buy the supplier takes
    # no more orders.
    end_of_life: Mapped[date | None]
    last_buy: Mapped[date | None]
    # A certificate of config/roster.yaml its fitting needs (radiation-protected imaging).
    certificate: Mapped[str] = mapped_column(String(60), default="")
    supplier_id: Mapped[str] = mapped_column(ForeignKey("suppliers.id"), index=True)

    supplier: Mapped[Supplier] = relationship(lazy="joined")


class Depot(Base):
    __tablename__ = "depots"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    city: Mapped[str] = mapped_column(String(40))
    # Picking and packing before a part leaves the depot.
    handling_minutes: Mapped[int] = mapped_column(Integer, default=30)


class Stock(Base):
    __tablename__ = "stock"
    __table_args__ = (UniqueConstraint("depot_id", "part_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    depot_id: Mapped[str] = mapped_column(ForeignKey("depots.id"), index=True)
    part_number: Mapped[str] = mapped_column(ForeignKey("parts.number"), index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    reserved: Mapped[int] = mapped_column(Integer, default=0)
    reorder_point: Mapped[int] = mapped_column(Integer, default=0)

    @hybrid_property
    def available(self) -> int:
        """Free to promise: on the shelf and held by no ticket (also usable in queries)."""
        return self.quantity - self.reserved


class RequestStatus(StrEnum):
    RESERVED = "reserved"  # held at a depot, on its way
    ORDERED = "ordered"  # no depot had it: ordered from the supplier
    DELIVERED = "delivered"  # at the site
    FITTED = "fitted"
    CANCELLED = "cancelled"


ON_THE_WAY = (RequestStatus.RESERVED, RequestStatus.ORDERED)
OPEN_REQUESTS = (*ON_THE_WAY, RequestStatus.DELIVERED)


class PartRequest(Base):
    __tablename__ = "part_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    part_number: Mapped[str] = mapped_column(ForeignKey("parts.number"), index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    depot_id: Mapped[str | None] = mapped_column(ForeignKey("depots.id"))
    status: Mapped[str] = mapped_column(String(20), default=RequestStatus.RESERVED, index=True)
    eta: Mapped[datetime]
    eta_explanation: Mapped[str] = mapped_column(String(300), default="")
    requested_by: Mapped[str] = mapped_column(String(120))
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    fitted_by: Mapped[str] = mapped_column(String(120), default="")
    closed_at: Mapped[datetime | None]

    part: Mapped[Part] = relationship(lazy="joined")
