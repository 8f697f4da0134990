"""Delivering what the desk tells hospitals before they ask: upgrade notices (kept in
`release_notices`) and holiday readiness notices (kept in `var/outbox/notices/`), both POSTed
to `notice_webhook_url` until the receiver takes them. While no URL is configured nothing is
sent and every notice keeps waiting, visible on the console."""

from __future__ import annotations

from functools import partial

from careline.settings import Settings
from desk.db import session_scope
from desk.escalation import Notify, WebhookNotifier
from desk.outbox import deliver_kept_notices
from desk.releases import deliver_pending
from desk.schedule import every


def run_delivery(settings: Settings, notify: Notify | None = None) -> list[dict]:
    """One delivery round: the upgrade notices in their own unit of work, then the kept
    holiday notices. Returns the events delivered."""
    if notify is None:
        if not settings.notice_webhook_url:
            return []
        notify = WebhookNotifier(settings.notice_webhook_url)
    with session_scope(settings.db_url) as session:
        delivered = deliver_pending(session, notify)
    return delivered + deliver_kept_notices(settings.notices_dir, notify)


async def notice_loop(settings: Settings) -> None:
    """Deliver waiting notices every `escalation_check_seconds` until cancelled."""
    await every(
        settings.escalation_check_seconds,
        partial(run_delivery, settings),
        "delivering notices to hospitals failed; the next try follows on schedule",
    )
