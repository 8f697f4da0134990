"""Episodes of trouble in a source's log become proactive tickets, before anyone calls.

Each (source, site, subsystem) has its own detector. An episode that opens files a ticket on
channel "monitor" for the site and subsystem (the desk links it to an open incident there); it
is kept in `watch_episodes`, so a restarted watcher carries on with it rather than opening a
second ticket. When the rates are back to normal the episode closes: a ticket nobody has taken
yet is resolved by the watcher (recorded, with the episode's span), one an engineer holds is
left to them with the recovery noted in its audit trail. A database that is away loses nothing:
changes wait in order and are written once it is back.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from loguru import logger
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from careline.errors import InvalidInput
from desk import audit, workflow
from desk.business_calendar import BusinessCalendar
from desk.models import MONITOR_CHANNEL, UNACCEPTED_STATUSES, Site, Status, Ticket
from desk.monitor.config import Source, WatchConfig
from desk.monitor.episodes import WatchEpisode
from desk.tickets import Desk, TicketRequest
from triage.watch.detector import Change, Detector, Episode

WATCH_ACTOR = "careline watch"

Key = tuple[str, str, str]  # source, site, subsystem
Sessions = Callable[[], Session]


def _moment(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


@dataclass
class _Tracked:
    detector: Detector
    row_id: int | None = None
    pending: deque[Change] = field(default_factory=deque)


class Watcher:
    """Lines in, proactive tickets out; `sessions()` gives a session that commits on exit."""

    def __init__(
        self,
        desk: Desk,
        sessions: Sessions,
        config: WatchConfig,
        calendar: BusinessCalendar,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.desk = desk
        self.sessions = sessions
        self.config = config
        self.calendar = calendar
        self.clock = clock
        self._tracked: dict[Key, _Tracked] = {}

    def check_sites(self) -> None:
        """Refuse to start with a source or hint naming a site the desk does not know: its
        first episode could not be filed."""
        named = {(s.name, site) for s in self.config.sources for site in s.sites()}
        with self.sessions() as session:
            known = set(session.scalars(select(Site.id)))
        for source, site in sorted(named):
            if site not in known:
                raise InvalidInput(f"watch source {source}: unknown site '{site}'")

    def resume(self) -> int:
        """Take up the episodes a previous watcher left open; how many there were."""
        with self.sessions() as session:
            rows = session.scalars(
                select(WatchEpisode).where(WatchEpisode.ended_at.is_(None))
            ).all()
            for row in rows:
                tracked = self._track((row.source, row.site_id, row.subsystem))
                tracked.row_id = row.id
                tracked.detector.episode = Episode(
                    row.started_at.timestamp(), row.reason, self.clock(), lines=row.lines
                )
        return len(rows)

    def feed(self, source: Source, line: str, at: float | None = None) -> None:
        at = self.clock() if at is None else at
        site, subsystem = source.place_of(line)
        tracked = self._track((source.name, site, subsystem))
        tracked.pending.extend(tracked.detector.feed(line, at))
        if tracked.pending:
            self._write((source.name, site, subsystem), tracked)

    def tick(self, now: float | None = None) -> None:
        """Close the episodes gone quiet, and write what waited for the database."""
        now = self.clock() if now is None else now
        for key, tracked in self._tracked.items():
            tracked.pending.extend(tracked.detector.tick(now))
            if tracked.pending:
                self._write(key, tracked)

    def _track(self, key: Key) -> _Tracked:
        if key not in self._tracked:
            self._tracked[key] = _Tracked(Detector(self.config.rules))
        return self._tracked[key]

    def _write(self, key: Key, tracked: _Tracked) -> None:
        try:
            while tracked.pending:
                change = tracked.pending[0]
                with self.sessions() as session:
                    if change.opened:
                        row_id = self._open(session, key, tracked.detector, change.episode)
                    else:
                        self._close(session, tracked.row_id, tracked.detector, change.episode)
                        row_id = None
                tracked.row_id = row_id  # only once committed
                tracked.pending.popleft()
        except SQLAlchemyError as exc:
            logger.error(
                "watch {}: database unavailable, {} change(s) wait: {}",
                key[0],
                len(tracked.pending),
                exc.__class__.__name__,
            )

    def _open(self, session: Session, key: Key, detector: Detector, episode: Episode) -> int:
        source, site, subsystem = key
        top = detector.describe(episode)
        row = WatchEpisode(
            source=source,
            site_id=site,
            subsystem=subsystem,
            reason=episode.reason[:200],
            started_at=_moment(episode.started),
            lines=episode.lines,
            templates=[[template, count] for template, count in top],
            samples=list(episode.samples),
        )
        session.add(row)
        session.flush()
        ticket = self.desk.open_ticket(
            session,
            TicketRequest(
                description=_description(source, episode, top),
                hospital="",
                log="\n".join(episode.samples),
                reporter=f"{WATCH_ACTOR} ({source})",
                channel=MONITOR_CHANNEL,
                site_id=site,
                subsystem=subsystem,
                idempotency_key=f"watch-episode:{row.id}",
            ),
            _moment(episode.started),
        )
        row.ticket_id = ticket.id
        logger.info(
            "watch {}: episode {} opened {} ({})", source, row.id, ticket.number, episode.reason
        )
        return row.id

    def _close(
        self, session: Session, row_id: int | None, detector: Detector, episode: Episode
    ) -> None:
        row = session.get(WatchEpisode, row_id) if row_id else None
        if row is None:
            return
        row.ended_at = _moment(episode.last_anomaly)
        row.lines = episode.lines
        if episode.counts:
            row.templates = [[t, c] for t, c in detector.describe(episode)]
        ticket = session.get(Ticket, row.ticket_id) if row.ticket_id else None
        if ticket is not None:
            self._recovered(session, ticket, row)

    def _recovered(self, session: Session, ticket: Ticket, row: WatchEpisode) -> None:
        minutes = (row.ended_at - row.started_at).total_seconds() / 60
        reason = (
            f"log watch: {row.source} back to normal; the episode ran {minutes:.0f} min, "
            f"{row.lines} anomalous lines, last at {self.desk.local_time(row.ended_at)}"
        )
        now = datetime.now(UTC)
        if Status(ticket.status) in UNACCEPTED_STATUSES:
            for status in (Status.ACCEPTED, Status.RESOLVED):
                workflow.set_status(
                    session, ticket, status, WATCH_ACTOR, reason, now, calendar=self.calendar
                )
        else:
            audit.record(session, ticket.id, WATCH_ACTOR, "watch_episode", "open", "ended", reason)
        logger.info(
            "watch {}: episode {} ended; {} {}", row.source, row.id, ticket.number, ticket.status
        )


def _description(source: str, episode: Episode, top: list[tuple[str, int]]) -> str:
    """What the dispatcher reads first: which source, why, and the template that stood out."""
    first = top[0][0] if top else ""
    return f"日志监控发现异常 / log watch found trouble on {source}: {episode.reason}.\n{first}"
