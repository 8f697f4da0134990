"""Desk tables (SQLAlchemy 2): tickets, their status history and the audit trail."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import ClassVar

from sqlalchemy import JSON, Boolean, DateTime, Dialect, ForeignKey, Integer, String, Text
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


class Base(DeclarativeBase):
    type_annotation_map: ClassVar = {datetime: UTCDateTime()}


class Status(StrEnum):
    NEW = "new"
    ROUTED = "routed"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    WAITING_ON_HOSPITAL = "waiting_on_hospital"
    RESOLVED = "resolved"
    CLOSED = "closed"

    def label(self, language: str) -> str:
        return _STATUS_ZH[self] if language == "zh" else self.value.replace("_", " ")


_STATUS_ZH = {
    Status.NEW: "新建",
    Status.ROUTED: "已派单",
    Status.ACCEPTED: "已受理",
    Status.IN_PROGRESS: "处理中",
    Status.WAITING_ON_HOSPITAL: "等待医院反馈",
    Status.RESOLVED: "已解决",
    Status.CLOSED: "已关闭",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Ticket(Base):
    __tablename__ = "tickets"

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
    description: Mapped[str] = mapped_column(Text)
    log_excerpt: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list] = mapped_column(JSON, default=list)
    kb_offered: Mapped[list] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(24), default=Status.NEW)
    callback_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    respond_by: Mapped[datetime]
    resolve_by: Mapped[datetime]
    responded_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    sla_explanation: Mapped[str] = mapped_column(Text, default="")
    pool: Mapped[str] = mapped_column(String(60), default="")
    engineer: Mapped[str] = mapped_column(String(60), default="")
    routing_reasons: Mapped[list] = mapped_column(JSON, default=list)

    history: Mapped[list[StatusChange]] = relationship(
        back_populates="ticket", order_by="StatusChange.id", cascade="all, delete-orphan"
    )

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
