"""Reports that could not be filed because the desk database was down: kept on disk, redacted,
and filed when it is back (the desk service tries every `escalation_check_seconds`).

Each report keeps its idempotency key, so a report filed twice (the desk came back while a
replay ran in another process) is still one ticket.
"""

from __future__ import annotations

import dataclasses
import json
import os
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

from loguru import logger
from sqlalchemy.exc import SQLAlchemyError

from careline.redaction import redact
from desk.db import session_scope
from desk.schedule import every
from desk.tickets import Desk, TicketRequest, redacted_screenshot_text, redacted_transcript


def _redacted(request: TicketRequest) -> TicketRequest:
    """What may lie on disk: every text redacted, and a key that makes filing it idempotent."""
    return dataclasses.replace(
        request,
        description=redact(request.description),
        location=redact(request.location),
        log=redact(request.log),
        reporter=redact(request.reporter),
        callback_phone=redact(request.callback_phone),
        transcript=redacted_transcript(request.transcript),
        screenshot_text=redacted_screenshot_text(request.screenshot_text),
        idempotency_key=request.idempotency_key or f"outbox:{uuid.uuid4().hex}",
    )


def _write_private(path: Path, data: dict) -> None:
    """Atomically (a crash leaves the whole file or none), owner-only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staged = path.with_suffix(".tmp")
    descriptor = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
    staged.replace(path)


def keep(folder: Path, request: TicketRequest) -> Path:
    """Write the report, redacted, for filing when the database is back."""
    kept = _redacted(request)
    path = folder / f"{uuid.uuid5(uuid.NAMESPACE_URL, kept.idempotency_key).hex}.json"
    _write_private(path, dataclasses.asdict(kept))
    logger.warning("desk database unavailable: report kept in {} for filing later", path.name)
    return path


def notice_id(key: str) -> str:
    """The same notice always gets the same id: keeping it again replaces it, never doubles."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"notice:{key}").hex


def keep_notice(folder: Path, key: str, notice: dict) -> str:
    """Keep a notice to a hospital (e.g. a holiday's on-call rota) for the channel that
    delivers it. Its texts are made from the configuration (contracts, roster, checklists),
    never from what a reporter typed, so they name the vendor's engineers unredacted: the
    hospital must know who is on call. Returns its id."""
    ident = notice_id(key)
    _write_private(folder / f"{ident}.json", {"id": ident, **notice})
    logger.info("notice {} kept in {}", ident, folder)
    return ident


def kept_notice(folder: Path, ident: str) -> dict | None:
    """A kept notice by its id, None once delivered (or never kept)."""
    path = folder / f"{ident}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def deliver_kept_notices(folder: Path, notify: Callable[[dict], bool]) -> list[dict]:
    """Send the kept notices, oldest first, each removed once the receiver took it; stops at
    the first it does not take (it is down: the rest wait for the next try)."""
    delivered = []
    for path in waiting(folder):
        notice = json.loads(path.read_text(encoding="utf-8"))
        event = {"event": "hospital_notice", "key": notice["id"], **notice}
        if not notify(event):
            logger.warning("notices: receiver did not take {}; retried later", event["key"])
            break
        path.unlink()
        delivered.append(event)
    return delivered


def waiting(folder: Path) -> list[Path]:
    """The kept reports, oldest first."""
    return sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime) if folder.is_dir() else []


def replay(desk: Desk, db_url: str, folder: Path) -> list[str]:
    """File every kept report, oldest first; stops at the first database error (still down).
    Returns the numbers of the tickets filed."""
    numbers = []
    for path in waiting(folder):
        request = TicketRequest(**json.loads(path.read_text(encoding="utf-8")))
        try:
            with session_scope(db_url) as session:
                numbers.append(desk.open_ticket(session, request).number)
        except SQLAlchemyError as exc:
            logger.warning(
                "desk database still unavailable ({}); {} reports wait",
                type(exc).__name__,
                len(waiting(folder)),
            )
            break
        path.unlink()
    if numbers:
        logger.info("filed {} kept reports: {}", len(numbers), ", ".join(numbers))
    return numbers


async def replay_loop(desk: Desk, db_url: str, folder: Path, seconds: float) -> None:
    """Try the kept reports on a schedule until cancelled."""
    await every(
        seconds,
        partial(replay, desk, db_url, folder),
        "filing kept reports failed; the next try follows on schedule",
    )
