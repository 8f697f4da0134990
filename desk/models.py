"""Desk tables (SQLAlchemy 2): hospitals, contracts, tickets, status history, audit trail."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """Aware UTC in and out: SQLite keeps no zone, PostgreSQL converts; both read back UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to the desk database; pass an aware one")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Named constraints, so that migrations can alter them on SQLite and PostgreSQL alike."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar = {datetime: UTCDateTime(), date: Date()}


class Status(StrEnum):
    NEW = "new"
    ROUTED = "routed"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    WAITING_ON_HOSPITAL = "waiting_on_hospital"
    WAITING_ON_PART = "waiting_on_part"
    RESOLVED = "resolved"
    CLOSED = "closed"

    def label(self, language: str) -> str:
        return _STATUS_ZH[self] if language == "zh" else self.value.replace("_", " ")


# Work still to do: the tickets the queue shows and the ones a new report may join.
OPEN_STATUSES = (
    Status.NEW,
    Status.ROUTED,
    Status.ACCEPTED,
    Status.IN_PROGRESS,
    Status.WAITING_ON_HOSPITAL,
    Status.WAITING_ON_PART,
)
# Not yet taken by an engineer: what the dispatcher's accept queue and the API queue show.
UNACCEPTED_STATUSES = (Status.NEW, Status.ROUTED)
WAITING_STATUSES = (Status.WAITING_ON_HOSPITAL, Status.WAITING_ON_PART)
# What counts against an engineer's capacity: open, and not waiting on the hospital or a part.
LOAD_STATUSES = tuple(s for s in OPEN_STATUSES if s not in WAITING_STATUSES)

_STATUS_ZH = {
    Status.NEW: "新建",
    Status.ROUTED: "已派单",
    Status.ACCEPTED: "已受理",
    Status.IN_PROGRESS: "处理中",
    Status.WAITING_ON_HOSPITAL: "等待医院反馈",
    Status.WAITING_ON_PART: "等待备件",
    Status.RESOLVED: "已解决",
    Status.CLOSED: "已关闭",
}


class Coverage(StrEnum):
    """When a contract's clocks run: round the clock, or on the business calendar only."""

    ALWAYS = "24x7"
    BUSINESS_HOURS = "business_hours"


def utcnow() -> datetime:
    return datetime.now(UTC)


class Hospital(Base):
    __tablename__ = "hospitals"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    region: Mapped[str] = mapped_column(String(60), default="")
    level: Mapped[str] = mapped_column(String(20), default="")
    resident_engineer: Mapped[bool] = mapped_column(Boolean, default=False)

    sites: Mapped[list[Site]] = relationship(back_populates="hospital", order_by="Site.id")
    contracts: Mapped[list[Contract]] = relationship(
        back_populates="hospital", order_by="Contract.valid_from"
    )


class Site(Base):
    """A campus or branch of a hospital; its region decides who can go on site."""

    __tablename__ = "sites"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    hospital_id: Mapped[str] = mapped_column(ForeignKey("hospitals.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    region: Mapped[str] = mapped_column(String(60), default="")
    # Where the site is (config/travel.yaml's city ids; coordinates in degrees): routing
    # estimates each engineer's arrival from them (migration 0009).
    city: Mapped[str] = mapped_column(String(40), default="", server_default="")
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    # The language its staff read: upgrade notices are written in it (migration 0013).
    language: Mapped[str] = mapped_column(String(5), default="zh", server_default="zh")

    hospital: Mapped[Hospital] = relationship(back_populates="sites")


class Contract(Base):
    """Per-tier targets that override SPEC §3.2 for one hospital over a period (both ends in)."""

    __tablename__ = "contracts"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    hospital_id: Mapped[str] = mapped_column(ForeignKey("hospitals.id"), index=True)
    coverage: Mapped[str] = mapped_column(String(20), default=Coverage.BUSINESS_HOURS)
    targets: Mapped[dict] = mapped_column(JSON, default=dict)
    # Whether waiting on a spare part pauses the resolution clock (migration 0010).
    parts_pause_resolution: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    valid_from: Mapped[date]
    valid_to: Mapped[date]
    # The proactive service the contract buys (migration 0012): {"inspection": "quarterly",
    # "subsystems": [...], "sites": [...]}, checked by desk/contracts.py; None buys none.
    service_plan: Mapped[dict | None] = mapped_column(JSON)

    hospital: Mapped[Hospital] = relationship(back_populates="contracts")


# The channel of tickets the log watcher opens before anyone calls (desk/monitor/).
MONITOR_CHANNEL = "monitor"


class Ticket(Base):
    __tablename__ = "tickets"
    # The would-be major incident (same hospital and subsystem in a window) and the open load
    # per engineer are looked up for every new ticket (migration 0006).
    __table_args__ = (
        Index("ix_tickets_incident_window", "hospital", "subsystem", "created_at"),
        Index("ix_tickets_status_engineer", "status", "engineer"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str | None] = mapped_column(String(20), unique=True, index=True)
    hospital: Mapped[str] = mapped_column(String(120))
    location: Mapped[str] = mapped_column(String(200), default="")
    reporter: Mapped[str] = mapped_column(String(120), default="")
    channel: Mapped[str] = mapped_column(String(20), default="chat")
    language: Mapped[str] = mapped_column(String(5), default="zh")
    subsystem: Mapped[str] = mapped_column(String(30))
    tier_predicted: Mapped[str] = mapped_column(String(2))
    tier_confirmed: Mapped[str | None] = mapped_column(String(2))
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set when a dispatcher confirms or corrects the triage: the ticket is then a labelled case
    # for retraining (migration 0008).
    triage_reviewed_at: Mapped[datetime | None] = mapped_column(index=True)
    description: Mapped[str] = mapped_column(Text)
    log_excerpt: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list] = mapped_column(JSON, default=list)
    kb_offered: Mapped[list] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(24), default=Status.NEW, index=True)
    callback_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    # The caller's key for this creation: a retry with the same key gets this ticket back.
    idempotency_key: Mapped[str | None] = mapped_column(String(120), unique=True)
    # The number the reporter gave for the call-back (redacted like every text).
    callback: Mapped[str] = mapped_column(String(60), default="", server_default="")
    # The chat that led to the ticket, both sides, redacted: [{"who": "user"|"bot", "text": …}].
    transcript: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    respond_by: Mapped[datetime]
    resolve_by: Mapped[datetime]
    responded_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    sla_explanation: Mapped[str] = mapped_column(Text, default="")
    pool: Mapped[str] = mapped_column(String(60), default="")
    engineer: Mapped[str] = mapped_column(String(60), default="")
    routing_reasons: Mapped[list] = mapped_column(JSON, default=list)
    hospital_id: Mapped[str | None] = mapped_column(ForeignKey("hospitals.id"), index=True)
    site_id: Mapped[str | None] = mapped_column(ForeignKey("sites.id"), index=True)
    contract_id: Mapped[str | None] = mapped_column(ForeignKey("contracts.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    accepted_at: Mapped[datetime | None]
    paused_at: Mapped[datetime | None]
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0)
    warnings_sent: Mapped[list] = mapped_column(JSON, default=list)
    # On-site work (migration 0009): when a visit was asked for, when the contract promises
    # the engineer on site, when routing expects them, and when they set out and arrived.
    onsite: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    visit_requested_at: Mapped[datetime | None]
    arrive_by: Mapped[datetime | None]
    arrival_eta: Mapped[datetime | None]
    departed_at: Mapped[datetime | None]
    arrived_at: Mapped[datetime | None]
    # "city" or "province" (desk/sla.py): which of the contract's arrival promises applies.
    arrival_zone: Mapped[str] = mapped_column(String(10), default="", server_default="")
    arrival_explanation: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The text read from the photos or screenshots the reporter sent in the chat, redacted
    # (migration 0014); the images themselves are never kept.
    screenshot_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    history: Mapped[list[StatusChange]] = relationship(
        back_populates="ticket", order_by="StatusChange.id", cascade="all, delete-orphan"
    )
    # Always loaded with the ticket: its SLA clocks cannot be read without it.
    contract: Mapped[Contract | None] = relationship(lazy="joined")

    @property
    def tier(self) -> str:
        return self.tier_confirmed or self.tier_predicted


class StatusChange(Base):
    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    status: Mapped[str] = mapped_column(String(24))
    actor: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(default=utcnow)

    ticket: Mapped[Ticket] = relationship(back_populates="history")


class AuditEntry(Base):
    """Append-only; each row's hash covers the previous row's hash (SPEC §4 留痕)."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(Integer, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    field: Mapped[str] = mapped_column(String(60))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class KbFeedback(Base):
    """A staff member's answer to "did this solve it?": solved ones are deflected tickets."""

    __tablename__ = "kb_feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    article_id: Mapped[str] = mapped_column(String(40), index=True)
    language: Mapped[str] = mapped_column(String(5))
    solved: Mapped[bool] = mapped_column(Boolean)
    conversation: Mapped[str] = mapped_column(String(80), default="")


class InspectionStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"


class Inspection(Base):
    """One quarter's system inspection (巡检) a contract's service plan owes a hospital or one
    of its sites (desk/service_plan/inspections.py; migration 0012). The checklist is copied in
    when it is planned, so a later edit of config/inspections.yaml never rewrites history."""

    __tablename__ = "inspections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # contract, site (or "*" for the whole hospital) and quarter: planning twice adds nothing.
    key: Mapped[str] = mapped_column(String(120), unique=True)
    hospital_id: Mapped[str] = mapped_column(ForeignKey("hospitals.id"), index=True)
    site_id: Mapped[str | None] = mapped_column(ForeignKey("sites.id"))
    contract_id: Mapped[str] = mapped_column(ForeignKey("contracts.id"))
    quarter: Mapped[str] = mapped_column(String(7), index=True)
    due_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(10), default=InspectionStatus.PLANNED, index=True)
    engineer: Mapped[str] = mapped_column(String(60), default="")
    # [{"id", "subsystem", "zh", "en"}]: the checks this inspection covers.
    checklist: Mapped[list] = mapped_column(JSON, default=list)
    # [{"id", "passed": bool, "note"}] in checklist order, notes redacted.
    results: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[datetime | None]

    hospital: Mapped[Hospital] = relationship()
    site: Mapped[Site | None] = relationship()


class ReadinessPlan(Base):
    """What the desk prepared for one hospital before a public holiday (重大节假日前的专项
    保障): the reinforced on-call rota, the checklist and the notice sent to the hospital
    (desk/service_plan/readiness.py; migration 0012)."""

    __tablename__ = "readiness_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # hospital and the holiday's first day: planning twice adds nothing.
    key: Mapped[str] = mapped_column(String(80), unique=True)
    hospital_id: Mapped[str] = mapped_column(ForeignKey("hospitals.id"), index=True)
    holiday_zh: Mapped[str] = mapped_column(String(60))
    holiday_en: Mapped[str] = mapped_column(String(80))
    first_day: Mapped[date]
    last_day: Mapped[date]
    # [{"pool", "engineer", "name", "role", "hotline"}]: who is on call, and as what.
    rota: Mapped[list] = mapped_column(JSON, default=list)
    # [{"id", "zh", "en"}]: what the desk checks before the holiday.
    checklist: Mapped[list] = mapped_column(JSON, default=list)
    notice_id: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    hospital: Mapped[Hospital] = relationship()
