"""The watcher's episodes as the desk keeps them: one row per episode of trouble on one source,
site and subsystem, with the proactive ticket it opened. A restarted watcher finds its open
episodes here, so one episode never opens a second ticket."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from desk.models import Base, Ticket


class WatchEpisode(Base):
    __tablename__ = "watch_episodes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(60), index=True)
    site_id: Mapped[str] = mapped_column(String(40))
    subsystem: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    lines: Mapped[int] = mapped_column(Integer, default=0)
    # The episode's commonest templates as [template, count] pairs, and redacted sample lines.
    templates: Mapped[list] = mapped_column(JSON, default=list)
    samples: Mapped[list] = mapped_column(JSON, default=list)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)

    ticket: Mapped[Ticket | None] = relationship()


def episode_of(session: Session, ticket: Ticket) -> WatchEpisode | None:
    """The episode that opened this proactive ticket, if the log watcher opened it."""
    return session.scalars(select(WatchEpisode).where(WatchEpisode.ticket_id == ticket.id)).first()
