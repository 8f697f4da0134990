"""Hash-chained audit trail: every change to a ticket, tamper-evident (SPEC §4 留痕)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import AuditEntry, utcnow

GENESIS = "0" * 64


def _digest(entry: AuditEntry) -> str:
    payload = json.dumps(
        [
            entry.ticket_id,
            entry.actor,
            entry.at.astimezone(UTC).isoformat(timespec="microseconds"),
            entry.field,
            entry.before,
            entry.after,
            entry.reason,
            entry.prev_hash,
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    ticket_id: int,
    actor: str,
    field: str,
    before: object,
    after: object,
    reason: str = "",
) -> AuditEntry:
    """Append one change; the new entry's hash seals the whole chain before it."""
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).first()
    entry = AuditEntry(
        ticket_id=ticket_id,
        actor=actor,
        at=utcnow(),
        field=field,
        before=None if before is None else str(before),
        after=None if after is None else str(after),
        reason=reason,
        prev_hash=last.hash if last else GENESIS,
    )
    entry.hash = _digest(entry)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    problem: str = ""


def verify(session: Session) -> VerifyResult:
    """Walk the chain in id order; name the first entry whose hash or link is wrong."""
    prev = GENESIS
    checked = 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        if entry.prev_hash != prev:
            problem = f"entry {entry.id}: link broken (an entry before it is missing or moved)"
            return VerifyResult(False, checked, problem)
        if _digest(entry) != entry.hash:
            return VerifyResult(False, checked, f"entry {entry.id}: content altered")
        prev = entry.hash
        checked += 1
    return VerifyResult(True, checked)
