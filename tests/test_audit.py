"""The audit trail names the first bad entry for every kind of tampering, on both databases."""

from __future__ import annotations

import secrets
import stat
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from cli.main import main
from desk import audit
from desk.db import session_scope
from desk.models import AuditEntry

ENTRIES = 6


@pytest.fixture(autouse=True)
def key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A key of this test's own, outside the database, as the desk would make it."""
    path = tmp_path / "keys" / "audit.key"
    monkeypatch.setenv("CARELINE_AUDIT_KEY_FILE", str(path))
    yield path


@pytest.fixture
def chain(db_url: str) -> str:
    """Six changes on two tickets, recorded the way the desk records them."""
    with session_scope(db_url) as session:
        for n in range(ENTRIES):
            audit.record(session, 1 + n % 2, "dispatcher:li", "status", f"s{n}", f"s{n + 1}", "r")
    return db_url


def _entry(session: Session, entry_id: int) -> AuditEntry:
    return session.scalars(select(AuditEntry).where(AuditEntry.id == entry_id)).one()


def _forged(entry_id: int, prev_hash: str) -> AuditEntry:
    """A row made by someone who knows the hash recipe but not the desk's key."""
    entry = AuditEntry(
        id=entry_id,
        ticket_id=1,
        actor="intruder",
        at=datetime(2026, 5, 1, 3, 0, tzinfo=UTC),
        field="tier",
        before="P1",
        after="P3",
        reason="",
        prev_hash=prev_hash,
    )
    entry.hash = audit._digest(entry)
    return entry


def alter(session: Session) -> None:
    session.execute(update(AuditEntry).where(AuditEntry.id == 3).values(after="closed"))


def alter_and_rehash(session: Session) -> None:
    entry = _entry(session, 3)
    entry.after = "closed"
    entry.hash = audit._digest(entry)


def remove_middle(session: Session) -> None:
    session.execute(delete(AuditEntry).where(AuditEntry.id == 3))


def swap_ids(session: Session) -> None:
    for old, new in ((3, -3), (4, 3), (-3, 4)):
        session.execute(update(AuditEntry).where(AuditEntry.id == old).values(id=new))


def insert_middle(session: Session) -> None:
    session.execute(update(AuditEntry).where(AuditEntry.id > 3).values(id=AuditEntry.id + 10))
    session.add(_forged(4, _entry(session, 3).hash))


def append_at_end(session: Session) -> None:
    session.add(_forged(ENTRIES + 1, _entry(session, ENTRIES).hash))


def delete_tail(session: Session) -> None:
    session.execute(delete(AuditEntry).where(AuditEntry.id > 4))


def delete_tail_and_forge_anchor(session: Session) -> None:
    delete_tail(session)
    head = _entry(session, 4)
    anchor = session.get(audit.AuditAnchor, audit.ANCHOR_ID)
    anchor.entries, anchor.head_id, anchor.head_hash = 4, head.id, head.hash
    anchor.seal = audit.anchor_seal(secrets.token_bytes(32), 4, head.id, head.hash)


def delete_anchor(session: Session) -> None:
    session.execute(delete(audit.AuditAnchor))


TAMPERING: dict[str, tuple[Callable[[Session], None], str]] = {
    "altered": (alter, "entry 3: content altered"),
    "altered and re-hashed": (alter_and_rehash, "entry 3: content altered and re-hashed"),
    "removed from the middle": (remove_middle, "entry 3: removed (entry 4 links"),
    "reordered": (swap_ids, "entry 3: out of order (it follows entry 4"),
    "inserted in the middle": (insert_middle, "entry 4: inserted (entry 14 links directly"),
    "appended at the end": (append_at_end, f"entry {ENTRIES + 1}: not sealed"),
    "tail deleted": (delete_tail, "entry 5: removed from the end"),
    "anchor forged without the key": (delete_tail_and_forge_anchor, "anchor: seal invalid"),
    "anchor deleted": (delete_anchor, "anchor: missing"),
}


def test_intact_chain_verifies(chain: str) -> None:
    with session_scope(chain) as session:
        result = audit.verify(session)
    assert result.ok and result.checked == ENTRIES and result.entry_id is None


@pytest.mark.parametrize("kind", list(TAMPERING))
def test_verify_names_the_first_bad_entry(chain: str, kind: str) -> None:
    tamper, expected = TAMPERING[kind]
    with session_scope(chain) as session:
        tamper(session)
    with session_scope(chain) as session:
        result = audit.verify(session)
    assert not result.ok
    assert result.problem.startswith(expected), result.problem


def test_cli_exits_non_zero_with_one_line_and_seal_recovers(
    chain: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CARELINE_DATABASE_URL", chain)
    assert main(["audit", "verify"]) == 0
    assert f"audit chain intact: {ENTRIES} entries" in capsys.readouterr().out
    with session_scope(chain) as session:
        delete_tail(session)
    assert main(["audit", "verify"]) != 0
    error = capsys.readouterr().err
    assert len(error.strip().splitlines()) == 1
    assert "entry 5: removed from the end" in error
    assert main(["audit", "seal", "--reason", "tail lost in a restore, ticket 7"]) == 0
    assert "sealed at entry" in capsys.readouterr().out
    assert main(["audit", "verify"]) == 0


def test_missing_key_file_fails_verify_instead_of_making_a_new_key(
    chain: str, key_file: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    key_file.unlink()
    monkeypatch.setenv("CARELINE_DATABASE_URL", chain)
    assert main(["audit", "verify"]) != 0
    assert "audit key file" in capsys.readouterr().err
    assert not key_file.exists()


def test_key_file_is_made_once_and_private(key_file: Path) -> None:
    first = audit.load_key(key_file)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert audit.load_key(key_file) == first and len(first) == 32


def test_tampered_chain_is_extended_but_never_resealed(chain: str) -> None:
    with session_scope(chain) as session:
        delete_tail(session)
    with session_scope(chain) as session:
        entry = audit.record(session, 1, "engineer:wang", "status", "routed", "accepted")
        assert entry.prev_hash == _entry(session, 4).hash
    with session_scope(chain) as session:
        assert not audit.verify(session).ok


def test_seal_adopts_an_intact_chain_as_an_entry_of_its_own(chain: str) -> None:
    with session_scope(chain) as session:
        delete_tail(session)
    with session_scope(chain) as session:
        sealed = audit.seal(session, "cli:ops", "tail lost in restore, see incident 7")
        assert sealed.field == audit.SEAL_FIELD and "removed from the end" in sealed.after
    with session_scope(chain) as session:
        result = audit.verify(session)
        assert result.ok and result.checked == 5


def test_seal_refuses_a_chain_with_an_altered_row(chain: str) -> None:
    with session_scope(chain) as session:
        alter(session)
    with session_scope(chain) as session, pytest.raises(audit.AuditError, match="entry 3"):
        audit.seal(session, "cli:ops", "try to cover it up")


def test_concurrent_appends_keep_one_chain(chain: str) -> None:
    """Two processes' worth of writers, each in its own sessions, appending at the same time."""
    per_writer = 15
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def writer(ticket_id: int) -> None:
        try:
            start.wait()
            for n in range(per_writer):
                with session_scope(chain) as session:
                    audit.record(session, ticket_id, f"w{ticket_id}", "note", None, str(n))
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=writer, args=(t,)) for t in (10, 11)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with session_scope(chain) as session:
        result = audit.verify(session)
        links = session.scalars(select(AuditEntry.prev_hash)).all()
    assert result.ok and result.checked == ENTRIES + 2 * per_writer, result.problem
    assert len(set(links)) == len(links)  # no two entries claim the same predecessor


def test_reasons_enter_the_sealed_chain_without_personal_data(chain: str) -> None:
    """The chain cannot be cleaned later without breaking its seal, so nothing personal enters."""
    reason = "家属李建国来电 13912345678，患者王秀英的结果 MRN#00123456 发 zhang.wei@hospital.cn"
    with session_scope(chain) as session:
        entry = audit.record(session, 1, "dispatcher:li", "status", "routed", "on_hold", reason)
        entry_id = entry.id
    with session_scope(chain) as session:
        stored = _entry(session, entry_id)
        for personal in ("李建国", "13912345678", "王秀英", "00123456", "zhang.wei"):
            assert personal not in f"{stored.before}{stored.after}{stored.reason}"
        assert "结果" in stored.reason
        assert audit.verify(session).ok
