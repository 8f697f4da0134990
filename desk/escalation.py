"""SLA warnings and breaches: each noticed once per ticket, audited, and sent to a webhook.

Every check walks the open tickets' clocks. A clock crossing a warning share (settings:
sla_warning_fractions) or its deadline is recorded in the ticket's `warnings_sent` and in the
audit trail at once; delivery to the escalation webhook is tracked per entry, so an entry the
receiver did not take is sent again on the next check and a dead receiver never stops the desk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial

import httpx
from loguru import logger
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from careline.settings import Settings
from desk import audit
from desk.business_calendar import BusinessCalendar
from desk.db import session_scope
from desk.models import OPEN_STATUSES, Ticket, utcnow
from desk.schedule import every
from desk.sla import (
    CLOCK_NOUNS,
    ClockState,
    deadline,
    level_for,
    sla_state,
    warning_fractions,
)

ESCALATION_ACTOR = "careline:sla"

Notify = Callable[[dict], bool]
"""Takes one escalation event; True when it was delivered (or there is nowhere to deliver)."""


class WebhookNotifier:
    """POSTs each event as JSON; an empty URL means escalations stay inside the desk."""

    def __init__(self, url: str, timeout: float = 5.0) -> None:
        self.url = url
        self.timeout = timeout

    def __call__(self, event: dict) -> bool:
        if not self.url:
            return True
        try:
            response = httpx.post(self.url, json=event, timeout=self.timeout)
            response.raise_for_status()
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            logger.warning("escalation webhook did not take {}: {}", event["key"], exc)
            return False
        return True


def _crossings(ticket: Ticket, clock: ClockState, fractions: tuple[float, ...]) -> list[dict]:
    """Every mark this running clock has passed: each warning share, then the deadline."""
    if not clock.running:
        return []
    marks = [
        {"threshold": share, "level": level_for(share, False, fractions)}
        for share in fractions
        if clock.fraction >= share
    ]
    if clock.level == "breached":
        marks.append({"threshold": 1.0, "level": "breached"})
    return [
        {
            "key": f"{ticket.tier}:{clock.clock}:{mark['level']}:{mark['threshold']:g}",
            "clock": clock.clock,
            **mark,
        }
        for mark in marks
    ]


def _event(ticket: Ticket, entry: dict, calendar: BusinessCalendar) -> dict:
    """What the receiver gets: enough to act on, and no text a reporter typed."""
    due = deadline(ticket, entry["clock"])
    return {
        "event": "sla_breach" if entry["level"] == "breached" else "sla_warning",
        "key": entry["key"],
        "ticket": ticket.number,
        "hospital": ticket.hospital,
        "tier": ticket.tier,
        "subsystem": ticket.subsystem,
        "status": ticket.status,
        "clock": entry["clock"],
        "level": entry["level"],
        "threshold": entry["threshold"],
        "noticed_at": entry["at"],
        "due": due.astimezone(UTC).isoformat(),
        "due_local": calendar.local_text(due),
        "pool": ticket.pool,
        "engineer": ticket.engineer,
        "explanation": (
            ticket.arrival_explanation if entry["clock"] == "arrive" else ticket.sla_explanation
        ),
    }


def _record(session: Session, ticket: Ticket, entry: dict, calendar: BusinessCalendar) -> None:
    due = deadline(ticket, entry["clock"])
    noun = CLOCK_NOUNS[entry["clock"]]
    if entry["level"] == "breached":
        reason = f"{noun} deadline {calendar.local_text(due)} passed"
    else:
        share = f"{entry['threshold']:.0%}"
        reason = f"{noun} clock past {share} of its target (due {calendar.local_text(due)})"
    audit.record(session, ticket.id, ESCALATION_ACTOR, "sla_escalation", None, entry["key"], reason)


def check_clocks(
    session: Session,
    now: datetime,
    notify: Notify,
    *,
    calendar: BusinessCalendar,
    fractions: tuple[float, ...],
) -> list[dict]:
    """Record and send what is new since the last check; return the events delivered now."""
    tickets = session.scalars(
        select(Ticket)
        .where(Ticket.status.in_([s.value for s in OPEN_STATUSES]))
        .order_by(Ticket.id)
        .with_for_update(of=Ticket, skip_locked=True)
    ).unique()
    delivered: list[dict] = []
    receiver_up = True
    for ticket in tickets:
        entries = [dict(e) for e in ticket.warnings_sent or []]
        known = {e["key"] for e in entries}
        state = sla_state(ticket, now, calendar=calendar, fractions=fractions)
        for clock in state.clocks:
            for crossing in _crossings(ticket, clock, fractions):
                if crossing["key"] in known:
                    continue
                entry = {**crossing, "at": now.astimezone(UTC).isoformat(), "delivered": False}
                _record(session, ticket, entry, calendar)
                entries.append(entry)
        for entry in entries:
            if entry["delivered"] or not receiver_up:
                continue
            event = _event(ticket, entry, calendar)
            entry["delivered"] = receiver_up = notify(event)
            if entry["delivered"]:
                delivered.append(event)
        if entries != (ticket.warnings_sent or []):
            ticket.warnings_sent = entries
            flag_modified(ticket, "warnings_sent")
    session.flush()
    return delivered


def run_check(
    settings: Settings,
    calendar: BusinessCalendar,
    notify: Notify | None = None,
    now: datetime | None = None,
) -> list[dict]:
    """One check in its own unit of work, against the configured database and webhook."""
    notify = notify or WebhookNotifier(settings.escalation_webhook_url)
    with session_scope(settings.db_url) as session:
        return check_clocks(
            session,
            now or utcnow(),
            notify,
            calendar=calendar,
            fractions=warning_fractions(settings),
        )


async def escalation_loop(
    settings: Settings,
    calendar: BusinessCalendar,
    notify: Notify | None = None,
) -> None:
    """Check every `escalation_check_seconds` until cancelled; a failed check is logged only."""
    notify = notify or WebhookNotifier(settings.escalation_webhook_url)
    await every(
        settings.escalation_check_seconds,
        partial(run_check, settings, calendar, notify, None),
        "SLA clock check failed; the next one follows on schedule",
    )
