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


def keep(folder: Path, request: TicketRequest) -> Path:
    """Write the report atomically (a crash leaves the whole file or none), owner-only."""
    folder.mkdir(parents=True, exist_ok=True)
    kept = _redacted(request)
    path = folder / f"{uuid.uuid5(uuid.NAMESPACE_URL, kept.idempotency_key).hex}.json"
    staged = path.with_suffix(".tmp")
    descriptor = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(dataclasses.asdict(kept), handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
    staged.replace(path)
    logger.warning("desk database unavailable: report kept in {} for filing later", path.name)
    return path


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
