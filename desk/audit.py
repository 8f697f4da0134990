"""Hash-chained audit trail: every change to a ticket, tamper-evident (SPEC §4 留痕).

Each entry's hash covers the one before it, so an altered, removed, reordered or inserted row
breaks the chain where it happened. A plain chain cannot see its last rows cut off, so the head
(last entry and count) is kept in an anchor row sealed with an HMAC whose key lives in a file
outside the database: whoever can edit the tables still cannot forge the seal.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from loguru import logger
from sqlalchemy import Integer, String, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column

from careline.keys import secret_file
from careline.redaction import redact
from careline.settings import load_settings
from desk.models import AuditEntry, Base, utcnow

GENESIS = "0" * 64
# The ticket id of entries about something else: stock movements, inspections.
NO_TICKET = 0
ANCHOR_ID = 1
SEAL_FIELD = "audit_seal"


class AuditError(RuntimeError):
    """The audit trail cannot be vouched for (missing key file, broken chain when sealing)."""


class AuditAnchor(Base):
    """The sealed head of the chain: how many entries it has and which one is last."""

    __tablename__ = "audit_anchor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entries: Mapped[int] = mapped_column(Integer)
    head_id: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))
    seal: Mapped[str] = mapped_column(String(64))
    sealed_at: Mapped[datetime]


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


def anchor_seal(key: bytes, entries: int, head_id: int, head_hash: str) -> str:
    """HMAC-SHA256 over the head: changing the count or the head without the key shows."""
    message = f"careline-audit-anchor|{entries}|{head_id}|{head_hash}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def key_path() -> Path:
    """Read from the configuration at each use: every process that changes a ticket seals the
    chain, and none of them should carry the key's location through every workflow call."""
    return load_settings().audit_key_path


def load_key(path: Path, create: bool = True) -> bytes:
    """The sealing key, made on first use (careline.keys)."""
    try:
        return bytes.fromhex(secret_file(path, create))
    except FileNotFoundError as exc:
        raise AuditError(f"audit key file {path} is missing: the seal cannot be checked") from exc
    except ValueError as exc:
        raise AuditError(f"audit key file {path} is not a hex key") from exc


def _insert_ignoring_conflict(session: Session, values: dict) -> None:
    dialect = session.get_bind().dialect.name
    insert = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[dialect]
    session.execute(insert(AuditAnchor).values(**values).on_conflict_do_nothing())


def _lock_anchor(session: Session, key: bytes) -> AuditAnchor:
    """The anchor row, locked until commit, so two writers cannot fork the chain.

    PostgreSQL: SELECT ... FOR UPDATE. SQLite has one writer at a time, but pysqlite starts the
    transaction only at the first write: a no-op UPDATE takes the write lock before the read.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            update(AuditAnchor)
            .where(AuditAnchor.id == ANCHOR_ID)
            .values(entries=AuditAnchor.entries)
            .execution_options(synchronize_session=False)
        )
    query = (
        select(AuditAnchor)
        .where(AuditAnchor.id == ANCHOR_ID)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    anchor = session.scalars(query).first()
    if anchor is None:
        has_entries = session.scalar(select(func.count()).select_from(AuditEntry)) > 0
        _insert_ignoring_conflict(
            session,
            {
                "id": ANCHOR_ID,
                "entries": 0,
                "head_id": 0,
                "head_hash": GENESIS,
                # A chain that lost its anchor stays unsealed until someone runs `audit seal`.
                "seal": "" if has_entries else anchor_seal(key, 0, 0, GENESIS),
                "sealed_at": utcnow(),
            },
        )
        anchor = session.scalars(query).one()
    return anchor


def _last_entry(session: Session) -> AuditEntry | None:
    return session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).first()


def _genuine(anchor: AuditAnchor, key: bytes) -> bool:
    """The anchor's seal was made with this key over the head it names."""
    return hmac.compare_digest(
        anchor.seal, anchor_seal(key, anchor.entries, anchor.head_id, anchor.head_hash)
    )


def _vouches_for(anchor: AuditAnchor, key: bytes, last: AuditEntry | None) -> bool:
    """The seal is genuine and names the chain's current last entry."""
    head = (last.id, last.hash) if last else (0, GENESIS)
    return _genuine(anchor, key) and (anchor.head_id, anchor.head_hash) == head


def _reseal(anchor: AuditAnchor, key: bytes, entries: int, head: AuditEntry) -> None:
    anchor.entries, anchor.head_id, anchor.head_hash = entries, head.id, head.hash
    anchor.seal = anchor_seal(key, entries, head.id, head.hash)
    anchor.sealed_at = utcnow()


def _append(
    session: Session,
    ticket_id: int,
    actor: str,
    field: str,
    before: object,
    after: object,
    reason: str,
    last: AuditEntry | None,
) -> AuditEntry:
    entry = AuditEntry(
        ticket_id=ticket_id,
        actor=actor,
        at=utcnow(),
        field=field,
        before=None if before is None else redact(str(before)),
        after=None if after is None else redact(str(after)),
        reason=redact(reason),
        prev_hash=last.hash if last else GENESIS,
    )
    entry.hash = _digest(entry)
    session.add(entry)
    session.flush()
    return entry


def record(
    session: Session,
    ticket_id: int,
    actor: str,
    field: str,
    before: object,
    after: object,
    reason: str = "",
) -> AuditEntry:
    """Append one change; its hash seals the chain before it, and the anchor moves to it.

    A chain whose seal is not genuine or no longer names its last entry (rows cut or added
    outside the desk) still gets the entry, so no ticket work is lost, but is never re-sealed:
    that would launder the tampering, which `careline audit verify` keeps reporting.
    """
    key = load_key(key_path())
    anchor = _lock_anchor(session, key)
    last = _last_entry(session)
    vouched = _vouches_for(anchor, key, last)
    entry = _append(session, ticket_id, actor, field, before, after, reason, last)
    if vouched:
        _reseal(anchor, key, anchor.entries + 1, entry)
        session.flush()
    else:
        logger.error("audit anchor does not match the chain; entry {} left unsealed", entry.id)
    return entry


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    problem: str = ""
    entry_id: int | None = None


def _first_after(session: Session, entry_id: int) -> AuditEntry | None:
    query = select(AuditEntry).where(AuditEntry.id > entry_id).order_by(AuditEntry.id).limit(1)
    return session.scalars(query).first()


def _broken_link(
    session: Session, entry: AuditEntry, previous: AuditEntry | None, checked: int
) -> VerifyResult:
    """Tell apart why `entry` does not link to the entry before it, and name the first bad one."""
    linked = (
        None
        if entry.prev_hash == GENESIS
        else session.scalars(select(AuditEntry).where(AuditEntry.hash == entry.prev_hash)).first()
    )
    if entry.prev_hash == GENESIS or (linked is not None and linked.id < entry.id):
        intruder = _first_after(session, linked.id if linked else 0)
        where = f"links directly to entry {linked.id}" if linked else "starts the chain"
        problem = f"entry {intruder.id}: inserted (entry {entry.id} {where})"
        return VerifyResult(False, checked, problem, intruder.id)
    if linked is not None:
        problem = f"entry {entry.id}: out of order (it follows entry {linked.id}, a later id)"
        return VerifyResult(False, checked, problem, entry.id)
    if previous is not None and previous.id == entry.id - 1:
        problem = (
            f"entry {previous.id}: content altered and re-hashed "
            f"(entry {entry.id} links to its original hash)"
        )
        return VerifyResult(False, checked - 1, problem, previous.id)
    missing = (previous.id if previous else 0) + 1
    problem = f"entry {missing}: removed (entry {entry.id} links to an entry no longer there)"
    return VerifyResult(False, checked, problem, missing)


def _head_not_found(anchor: AuditAnchor, last: AuditEntry | None, checked: int) -> VerifyResult:
    """The sealed head is not in the chain: fewer entries than sealed means the end was cut."""
    if checked < anchor.entries:
        missing = (last.id if last else 0) + 1
        problem = (
            f"entry {missing}: removed from the end (the seal covers {anchor.entries} "
            f"entries up to entry {anchor.head_id}; {checked} remain)"
        )
        return VerifyResult(False, checked, problem, missing)
    problem = f"entry {anchor.head_id}: rewritten (the sealed head hash is not in the table)"
    return VerifyResult(False, checked, problem, anchor.head_id)


def _check_anchor(
    session: Session,
    anchor: AuditAnchor | None,
    key: bytes,
    last: AuditEntry | None,
    head_position: int | None,
    checked: int,
) -> VerifyResult:
    """The intact chain against its sealed head: rows cut from or added at the end show here."""
    if anchor is None:
        if last is None:
            return VerifyResult(True, 0)
        return VerifyResult(False, checked, "anchor: missing, the chain is not sealed")
    if not _genuine(anchor, key):
        problem = "anchor: seal invalid (changed without the key, or not sealed since)"
        return VerifyResult(False, checked, problem)
    if head_position is None and anchor.entries == 0:
        head_position = 0
    if head_position is None:
        return _head_not_found(anchor, last, checked)
    if head_position != anchor.entries:
        problem = (
            f"entry {anchor.head_id}: the chain before it was re-linked "
            f"({head_position} entries where the seal counts {anchor.entries})"
        )
        return VerifyResult(False, checked, problem, anchor.head_id)
    if checked > head_position:
        extra = _first_after(session, anchor.head_id)
        problem = f"entry {extra.id}: not sealed (added after entry {anchor.head_id})"
        return VerifyResult(False, checked, problem, extra.id)
    return VerifyResult(True, checked)


@dataclass
class _Walk:
    """How far the chain verified link by link, and where the sealed head was met."""

    broken: VerifyResult | None = None
    last: AuditEntry | None = None
    checked: int = 0
    head_position: int | None = None


def _walk(session: Session, head_hash: str | None) -> _Walk:
    walk = _Walk()
    entries = session.scalars(
        select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=1000)
    )
    for entry in entries:
        if entry.prev_hash != (walk.last.hash if walk.last else GENESIS):
            walk.broken = _broken_link(session, entry, walk.last, walk.checked)
            return walk
        if _digest(entry) != entry.hash:
            problem = f"entry {entry.id}: content altered"
            walk.broken = VerifyResult(False, walk.checked, problem, entry.id)
            return walk
        walk.checked += 1
        if entry.hash == head_hash:
            walk.head_position = walk.checked
        walk.last = entry
    return walk


def verify(session: Session, key: bytes | None = None) -> VerifyResult:
    """Walk the chain in id order, then hold it against the sealed anchor; name the first bad
    entry (or the anchor) and why."""
    anchor = session.get(AuditAnchor, ANCHOR_ID, populate_existing=True)
    walk = _walk(session, anchor.head_hash if anchor else None)
    if walk.broken:
        return walk.broken
    if anchor is not None and key is None:
        key = load_key(key_path(), create=False)
    return _check_anchor(session, anchor, key or b"", walk.last, walk.head_position, walk.checked)


def seal(session: Session, actor: str, reason: str) -> AuditEntry:
    """Re-seal the chain as it stands, after an investigated incident or with a new key, as an
    entry of its own. Every link must verify first, so altered rows are never sealed over."""
    if not reason.strip():
        raise AuditError("sealing the audit trail needs a reason")
    key = load_key(key_path())
    anchor = _lock_anchor(session, key)
    walk = _walk(session, None)
    if walk.broken:
        raise AuditError(f"the chain itself is broken, not sealing it: {walk.broken.problem}")
    previous = verify(session, key)
    status = "intact" if previous.ok else previous.problem
    entry = _append(session, 0, actor, SEAL_FIELD, None, status, reason, walk.last)
    _reseal(anchor, key, walk.checked + 1, entry)
    session.flush()
    return entry
