"""Tickets, status history and the audit chain, on SQLite and on PostgreSQL."""

import csv
import dataclasses
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from loguru import logger
from sqlalchemy import func, select, update

from careline.logs import configure_logging
from careline.settings import Settings, load_settings
from desk import audit
from desk.contracts import (
    ContractsError,
    contract_for,
    find_hospital,
    import_configured_data,
    import_contracts,
)
from desk.db import session_scope
from desk.models import AuditEntry, Contract, Hospital
from desk.onsite.travel import TravelTable
from desk.tickets import Desk, TicketRequest, parse_number

NIGHT = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)  # 03:00 in Shanghai


def _open(desk: Desk, db_url: str, description: str, **extra) -> str:
    with session_scope(db_url) as session:
        ticket = desk.open_ticket(
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


def test_a_description_of_only_invisible_characters_opens_no_ticket(
    desk: Desk, db_url: str
) -> None:
    with pytest.raises(ValueError, match="description"):
        _open(desk, db_url, "\u200b\u200c\ufeff \x00")


def test_control_characters_and_terminal_escapes_are_not_stored(desk: Desk, db_url: str) -> None:
    number = _open(
        desk,
        db_url,
        "PACS\x00 看片很慢\x1b[31m\u200b",
        location="5病区\x07",
        log="ERROR\x00 timeout\n\x1b[2Jnext line",
    )
    with session_scope(db_url) as session:
        ticket = desk.find(session, number)
        stored = ticket.description + ticket.location + ticket.log_excerpt
        assert not any(c in stored for c in ("\x00", "\x1b", "\x07", "\u200b"))
        assert "看片很慢" in ticket.description and "\nnext line" in ticket.log_excerpt


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


def _sites_export() -> list[dict]:
    with load_settings().sites_file.open(encoding="utf-8") as export:
        return list(csv.DictReader(export))


def _contracts_file() -> dict:
    return yaml.safe_load(load_settings().contracts_file.read_text(encoding="utf-8"))


def test_contracts_import_is_idempotent_and_dated(db_url: str) -> None:
    path = load_settings().contracts_file
    raw = _contracts_file()
    exported = {row["hospital_id"] for row in _sites_export()}
    with session_scope(db_url) as session:
        first = import_configured_data(session, load_settings())
    with session_scope(db_url) as session:
        again = import_contracts(session, path, TravelTable.load(load_settings().travel_file))
        assert first == again
        assert session.scalar(select(func.count()).select_from(Contract)) == len(raw["contracts"])
        hospitals = session.scalar(select(func.count()).select_from(Hospital))
        assert hospitals == len(raw["hospitals"]) + len(exported)
        for entry in raw["contracts"]:
            start, end = entry["valid_from"], entry["valid_to"]
            assert contract_for(session, entry["hospital"], start).id == entry["id"]
            assert contract_for(session, entry["hospital"], end).id == entry["id"]
        hospital = raw["contracts"][0]["hospital"]
        last_day = max(c["valid_to"] for c in raw["contracts"] if c["hospital"] == hospital)
        assert contract_for(session, hospital, last_day + timedelta(days=1)) is None
        assert find_hospital(session, raw["hospitals"][0]["name"]).id == raw["hospitals"][0]["id"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"valid_from": "2026-12-31", "valid_to": "2027-01-31"}, "overlap"),
        ({"targets": {"P7": {"respond_minutes": 5}}}, "P7"),
        ({"targets": {"P1": {"respond_minutes": 0}}}, "positive"),
        ({"coverage": "weekends"}, "coverage"),
        ({"hospital": "nowhere"}, "unknown hospital"),
    ],
)
def test_contracts_file_mistakes_are_named(
    db_url: str, tmp_path: Path, change: dict, message: str
) -> None:
    raw = _contracts_file()
    bad = {**raw["contracts"][0], "id": "extra", **change}
    if "valid_from" not in change:
        bad["valid_from"], bad["valid_to"] = "2030-01-01", "2030-12-31"
    path = tmp_path / "contracts.yaml"
    path.write_text(yaml.safe_dump({**raw, "contracts": [*raw["contracts"], bad]}))
    with session_scope(db_url) as session, pytest.raises(ContractsError, match=message):
        import_configured_data(session, load_settings(), path)


def test_ticket_at_a_site_runs_on_its_hospitals_contract(desk: Desk, db_url: str) -> None:
    raw = _contracts_file()
    hospital = next(h for h in raw["hospitals"] if len(h["sites"]) > 1)
    site = hospital["sites"][-1]
    today = NIGHT.astimezone(ZoneInfo(load_settings().timezone)).date()
    valid = [
        c
        for c in raw["contracts"]
        if c["hospital"] == hospital["id"] and c["valid_from"] <= today <= c["valid_to"]
    ]
    with session_scope(db_url) as session:
        import_configured_data(session, load_settings())
        ticket = desk.open_ticket(
            session,
            TicketRequest(
                description="急诊挂号系统登不上了，所有窗口都卡住了",
                hospital="someone typed another name",
                site_id=site["id"],
            ),
            now=NIGHT,
        )
        assert ticket.tier == "P1"
        assert (ticket.hospital, ticket.hospital_id) == (hospital["name"], hospital["id"])
        assert (ticket.site_id, ticket.contract_id) == (site["id"], valid[0]["id"])
        minutes = valid[0]["targets"]["P1"]["respond_minutes"]
        assert ticket.respond_by == NIGHT + timedelta(minutes=minutes)
        assert f"contract '{valid[0]['name']}'" in ticket.sla_explanation
        with pytest.raises(ValueError, match="unknown site"):
            desk.open_ticket(
                session, TicketRequest(description="打印机卡纸", hospital="H", site_id="nope")
            )


def test_personal_data_in_a_pasted_log_reaches_neither_ticket_nor_log_file(
    desk: Desk, db_url: str, base_settings: Settings
) -> None:
    settings = dataclasses.replace(base_settings, log_level="DEBUG")
    configure_logging("desk-redaction-test", settings)
    log = (
        "2026-11-25 19:00:01 INFO  [his-reg] 挂号 患者:王秀英 身份证:110101199003071234\n"
        "2026-11-25 19:00:02 ERROR [his-reg] 回拨 13912345678 失败 ORA-12541: TNS:no listener\n"
    )
    try:
        number = _open(desk, db_url, "挂号系统登不上 ORA-12541，王秀英 13912345678", log=log)
    finally:
        logger.remove()
        logger.add(sys.stderr)
    written = (settings.log_dir / "desk-redaction-test.log").read_text(encoding="utf-8")
    with session_scope(db_url) as session:
        ticket = desk.find(session, number)
        stored = ticket.description + ticket.log_excerpt + json.dumps(ticket.evidence)
    assert number in written and "ORA-12541" in stored
    for value in ("王秀英", "110101199003071234", "13912345678"):
        assert value not in written
        assert value not in stored


def test_an_english_report_goes_to_an_engineer_who_speaks_english(desk: Desk, db_url: str) -> None:
    morning = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai, day shift on call
    request = TicketRequest(
        description="Registration down at all windows, HIS won't open", hospital="H", language="en"
    )
    with session_scope(db_url) as session:
        ticket = desk.open_ticket(session, request, now=morning)
        speaks = {e.id: e.languages for e in desk.roster.engineers}
        assert ticket.subsystem == "his" and "en" in speaks[ticket.engineer]
