"""Tickets, status history and the audit chain, on SQLite and on PostgreSQL."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from desk import audit
from desk.db import session_scope
from desk.models import AuditEntry
from desk.tickets import Desk, TicketRequest, parse_number

NIGHT = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)  # 03:00 in Shanghai


def _open(desk: Desk, db_url: str, description: str, **extra) -> str:
    with session_scope(db_url) as session:
        ticket, _ = desk.open_ticket(
            session, TicketRequest(description=description, hospital="H", **extra), now=NIGHT
        )
        return ticket.number


def test_ticket_is_stored_triaged_routed_and_redacted(desk: Desk, db_url: str) -> None:
    number = _open(
        desk,
        db_url,
        "急诊挂号系统登不上了，所有窗口都卡住了，患者:李明 电话13912345678",
        location="急诊科",
        log="ERROR connect failed for 110101199003071234",
    )
    with session_scope(db_url) as session:
        ticket = desk.find(session, number)
        assert (ticket.subsystem, ticket.tier) == ("his", "P1")
        assert ticket.respond_by == NIGHT + timedelta(minutes=30)
        assert ticket.resolve_by == NIGHT + timedelta(hours=4)
        assert ticket.pool == "clinical-apps" and ticket.engineer
        assert [h.status for h in ticket.history] == ["new", "routed"]
        stored = ticket.description + ticket.log_excerpt + str(ticket.evidence)
        for value in ("李明", "13912345678", "110101199003071234"):
            assert value not in stored


def test_ticket_numbers_parse_back(desk: Desk, db_url: str) -> None:
    number = _open(desk, db_url, "PACS 看片很慢")
    assert parse_number(f"{number.lower()} 进度怎么样") == number


def test_audit_chain_verifies_and_detects_tampering(desk: Desk, db_url: str) -> None:
    first = _open(desk, db_url, "Ward 5 PDA won't sync")
    _open(desk, db_url, "收费处发票打不出来")
    with session_scope(db_url) as session:
        result = audit.verify(session)
        assert result.ok and result.checked == 4
        ticket = desk.find(session, first)
        desk.request_callback(session, ticket, "chat:nurse")
        assert audit.verify(session).ok
        session.execute(update(AuditEntry).where(AuditEntry.id == 2).values(after="accepted"))
        altered = audit.verify(session)
        assert not altered.ok and "entry 2" in altered.problem


def test_deleted_audit_entry_is_detected(desk: Desk, db_url: str) -> None:
    _open(desk, db_url, "LIS 接口不传结果")
    _open(desk, db_url, "nurse call down on ward 3")
    with session_scope(db_url) as session:
        session.delete(session.scalars(select(AuditEntry).where(AuditEntry.id == 2)).one())
        session.flush()
        result = audit.verify(session)
        assert not result.ok and "entry 3" in result.problem
