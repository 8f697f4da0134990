"""Spare parts: the depot that gets a part to the site first, the supplier when no depot has it,
never more reserved than is on the shelf (PostgreSQL, concurrent requests), waiting on a part
pausing per contract, certified fitting, audited stock movements, imports naming row and field."""

from __future__ import annotations

import dataclasses
import io
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from careline.settings import load_settings
from desk import workflow
from desk.contracts import import_configured_data
from desk.db import session_scope
from desk.imports import ImportRefused
from desk.models import AuditEntry, Status, Ticket
from desk.parts.catalogue import import_parts
from desk.parts.needs import ALWAYS_NEEDED_FILE, load_rules
from desk.parts.reservations import end_of_life_warning, stock_field
from desk.parts.store import Depot, Part, PartRequest, RequestStatus, Stock
from desk.reporting.pdf import write_quarterly_pdf
from desk.reporting.quarterly import quarterly_report
from desk.tickets import Desk, TicketRequest
from tests.clocks import SH, at

SETTINGS = load_settings()
WEDNESDAY = at(2026, 12, 2, 10, 0)
CERTIFICATES = frozenset({"radiation-protection", "medical-device-service", "electrician"})


@pytest.fixture
def parts_db(db_url: str) -> str:
    """Sites, contracts, depots and the demo catalogue and stock, as a new desk has them."""
    with session_scope(db_url) as session:
        import_configured_data(session, SETTINGS)
    return db_url


def _set_stock(session, part_number: str, levels: dict[str, int], reorder: int = 0) -> None:
    """This part on hand only at these depots (and nowhere else)."""
    session.execute(delete(Stock).where(Stock.part_number == part_number))
    for depot, quantity in levels.items():
        session.add(
            Stock(
                depot_id=depot,
                part_number=part_number,
                quantity=quantity,
                reserved=0,
                reorder_point=reorder,
            )
        )
    session.flush()


def _working_ticket(desk: Desk, session, site: str = "demo-east", now=WEDNESDAY) -> Ticket:
    ticket = desk.open_ticket(
        session,
        TicketRequest("PDA 电池鼓包，无法开机", "x", site_id=site, subsystem="nursing"),
        now,
    )
    workflow.accept(session, ticket, "e-tang", now, calendar=desk.calendar)
    return ticket


def _a_part(session, **where) -> Part:
    query = select(Part).order_by(Part.number)
    for column, value in where.items():
        query = query.where(getattr(Part, column) == value)
    return session.scalars(query).first()


def test_the_depot_that_gets_there_first_is_used_then_the_next_then_the_supplier(
    desk: Desk, parts_db: str
) -> None:
    with session_scope(parts_db) as session:
        part = _a_part(session, end_of_life=None)
        _set_stock(session, part.number, {"sz": 1, "sh-central": 1})
        ticket = _working_ticket(desk, session)  # Suzhou: the Suzhou depot is nearest
        first = desk.request_part(session, ticket, part.number, 1, "e-tang", WEDNESDAY)
        second = desk.request_part(session, ticket, part.number, 1, "e-tang", WEDNESDAY)
        third = desk.request_part(session, ticket, part.number, 1, "e-tang", WEDNESDAY)
        assert [r.depot_id for r in (first, second, third)] == ["sz", "sh-central", None]
        assert first.eta < second.eta < third.eta
        assert third.status == RequestStatus.ORDERED
        assert third.eta == WEDNESDAY + timedelta(days=part.supplier.lead_days)
        assert "ordered from" in third.eta_explanation and "lead time" in third.eta_explanation
        assert ticket.status == Status.WAITING_ON_PART
        moved = session.scalars(
            select(AuditEntry.field).where(AuditEntry.ticket_id == ticket.id)
        ).all()
        assert stock_field("sz", part.number) in moved and "part_request" in moved


def test_an_end_of_life_part_nobody_can_supply_is_refused_and_flagged(
    desk: Desk, parts_db: str
) -> None:
    with session_scope(parts_db) as session:
        part = session.scalars(select(Part).where(Part.end_of_life.is_not(None))).first()
        part.end_of_life, part.last_buy = date(2024, 1, 1), date(2025, 1, 1)
        _set_stock(session, part.number, {"sz": 0})
        ticket = _working_ticket(desk, session)
        warning = end_of_life_warning(session, part, WEDNESDAY.date())
        assert warning and "no longer orderable" in warning
        with pytest.raises(ValueError, match=f"cannot supply {part.number}"):
            desk.request_part(session, ticket, part.number, 1, "e-tang", WEDNESDAY)
        assert ticket.status == Status.ACCEPTED


def test_waiting_on_a_part_pauses_resolution_only_where_the_contract_says_so(
    desk: Desk, parts_db: str
) -> None:
    with session_scope(parts_db) as session:
        part = _a_part(session, end_of_life=None)
        _set_stock(session, part.number, {"sz": 5})
        pausing = _working_ticket(desk, session, "demo-east")
        running = _working_ticket(desk, session, "jiangnan-main")
        assert pausing.contract.parts_pause_resolution
        assert not running.contract.parts_pause_resolution
        deadlines = {t.id: t.resolve_by for t in (pausing, running)}
        for ticket in (pausing, running):
            request = desk.request_part(session, ticket, part.number, 1, "e-tang", WEDNESDAY)
            assert ticket.status == Status.WAITING_ON_PART
            desk.deliver_part(session, ticket, request, "e-tang", WEDNESDAY + timedelta(hours=1))
            assert ticket.status == Status.IN_PROGRESS
        assert pausing.paused_seconds > 0 and pausing.resolve_by > deadlines[pausing.id]
        assert running.paused_seconds == 0 and running.resolve_by == deadlines[running.id]


def test_an_imaging_part_is_fitted_only_by_a_certified_engineer(desk: Desk, parts_db: str) -> None:
    with session_scope(parts_db) as session:
        part = _a_part(session, certificate="radiation-protection", end_of_life=None)
        _set_stock(session, part.number, {"sz": 2})
        ticket = _working_ticket(desk, session)
        request = desk.request_part(session, ticket, part.number, 1, "e-tang", WEDNESDAY)
        desk.deliver_part(session, ticket, request, "e-tang", WEDNESDAY)
        uncertified = next(
            e for e in desk.roster.engineers if "radiation-protection" not in e.certifications
        )
        certified = next(
            e for e in desk.roster.engineers if "radiation-protection" in e.certifications
        )
        with pytest.raises(ValueError, match="needs the radiation-protection certificate"):
            desk.fit_part(session, ticket, request, uncertified.id, WEDNESDAY)
        desk.fit_part(session, ticket, request, certified.id, WEDNESDAY)
        assert (request.status, request.fitted_by) == (RequestStatus.FITTED, certified.id)
        stock = session.scalars(
            select(Stock).where(Stock.part_number == part.number, Stock.depot_id == "sz")
        ).one()
        assert (stock.quantity, stock.reserved) == (1, 0)


def test_cancelling_gives_the_reserved_part_back_and_ends_the_wait(
    desk: Desk, parts_db: str
) -> None:
    with session_scope(parts_db) as session:
        part = _a_part(session, end_of_life=None)
        _set_stock(session, part.number, {"sz": 1})
        ticket = _working_ticket(desk, session)
        request = desk.request_part(session, ticket, part.number, 1, "e-tang", WEDNESDAY)
        stock = session.scalars(select(Stock).where(Stock.part_number == part.number)).one()
        assert stock.available == 0 and ticket.status == Status.WAITING_ON_PART
        desk.cancel_part(session, ticket, request, "e-tang", "fixed without it", WEDNESDAY)
        session.refresh(stock)
        assert stock.available == 1 and request.status == RequestStatus.CANCELLED
        assert ticket.status == Status.IN_PROGRESS


@pytest.mark.parametrize("empty_db_url", ["postgresql"], indirect=True)
def test_concurrent_requests_never_reserve_more_than_is_on_the_shelf(
    desk: Desk, parts_db: str
) -> None:
    on_shelf, requests = 3, 10
    with session_scope(parts_db) as session:
        part = _a_part(session, end_of_life=None)
        _set_stock(session, part.number, {"sz": on_shelf})
        numbers = [_working_ticket(desk, session).number for _ in range(requests)]
    start = threading.Barrier(requests)
    failures: list[BaseException] = []

    def one_request(number: str) -> None:
        try:
            with session_scope(parts_db) as session:
                ticket = Desk.find(session, number)
                start.wait()
                desk.request_part(session, ticket, part.number, 1, "e-tang", WEDNESDAY)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=one_request, args=(n,)) for n in numbers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with session_scope(parts_db) as session:
        stock = session.scalars(select(Stock).where(Stock.part_number == part.number)).one()
        statuses = session.scalars(
            select(PartRequest.status).where(PartRequest.part_number == part.number)
        ).all()
        assert stock.reserved == on_shelf <= stock.quantity
        assert statuses.count(RequestStatus.RESERVED) == on_shelf
        assert statuses.count(RequestStatus.ORDERED) == requests - on_shelf


def test_imports_name_the_row_and_field_and_a_stock_count_is_audited(
    parts_db: str, tmp_path: Path
) -> None:
    with session_scope(parts_db) as session:
        part = _a_part(session, end_of_life=None)
        depot = session.scalars(select(Depot)).first()
        entries = session.scalar(select(func.count()).select_from(AuditEntry))
    count = tmp_path / "count.csv"
    count.write_text(
        f"depot,part_number,quantity,reorder_point\n{depot.id},{part.number},17,4\n"
        f"{depot.id},NOPE-1,3,1\n",
        encoding="utf-8",
    )
    with session_scope(parts_db) as session, pytest.raises(ImportRefused) as refused:
        import_parts(session, count, CERTIFICATES)
    assert "row 3, field part_number: no part 'NOPE-1'" in str(refused.value)
    count.write_text(
        f"depot,part_number,quantity,reorder_point\n{depot.id},{part.number},17,4\n",
        encoding="utf-8",
    )
    with session_scope(parts_db) as session:
        first = import_parts(session, count, CERTIFICATES)
        again = import_parts(session, count, CERTIFICATES)
        assert first.added + first.updated == 1 and again.unchanged == 1
        stock = session.scalars(
            select(Stock).where(Stock.depot_id == depot.id, Stock.part_number == part.number)
        ).one()
        assert (stock.quantity, stock.reorder_point) == (17, 4)
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == entries + 1
    catalogue = tmp_path / "catalogue.yaml"
    catalogue.write_text(
        "- {part_number: X-1, name: 新件 New part, fits: [X], supplier: nobody}\n",
        encoding="utf-8",
    )
    with (
        session_scope(parts_db) as session,
        pytest.raises(ImportRefused, match="row 1, field supplier"),
    ):
        import_parts(session, catalogue, CERTIFICATES)
    catalogue.write_text(
        "- {part_number: X-1, name: 新件 New part, fits: [X], supplier: own-factory,"
        " end_of_life: soon}\n",
        encoding="utf-8",
    )
    with (
        session_scope(parts_db) as session,
        pytest.raises(ImportRefused, match="field end_of_life"),
    ):
        import_parts(session, catalogue, CERTIFICATES)


def test_the_demo_stock_is_the_vendors_several_provinces(parts_db: str) -> None:
    with session_scope(parts_db) as session:
        parts = session.scalar(select(func.count()).select_from(Part))
        depots = session.scalar(select(func.count()).select_from(Depot))
        cities = set(session.scalars(select(Depot.city)))
        held = session.scalar(select(func.sum(Stock.quantity)))
    assert parts >= 200 and depots >= 5 and len(cities) == depots and held > parts


def test_the_quarterly_report_counts_parts_fitted_stockouts_and_end_of_life_devices(
    desk: Desk, parts_db: str
) -> None:
    with session_scope(parts_db) as session:
        fitted, missing, old = session.scalars(
            select(Part).where(Part.certificate == "").order_by(Part.number).limit(3)
        ).all()
        _set_stock(session, fitted.number, {"sz": 4})
        _set_stock(session, missing.number, {})
        old.end_of_life, old.last_buy = date(2024, 1, 1), date(2099, 1, 1)
        _set_stock(session, old.number, {"sz": 1})
        ticket = _working_ticket(desk, session)
        used = desk.request_part(session, ticket, fitted.number, 2, "e-tang", WEDNESDAY)
        desk.deliver_part(session, ticket, used, "e-tang", WEDNESDAY)
        desk.fit_part(session, ticket, used, "e-tang", WEDNESDAY)
        ordered = desk.request_part(session, ticket, missing.number, 1, "e-tang", WEDNESDAY)
        desk.request_part(session, ticket, old.number, 1, "e-tang", WEDNESDAY)  # the last one
        report = quarterly_report(session, "demo", "2026Q4", SH, WEDNESDAY)
        pdf = io.BytesIO()
        write_quarterly_pdf(report, pdf)
    assert [(p.number, n) for p, n in report.parts.fitted] == [(fitted.number, 2)]
    assert [(p.number, n) for p, n in report.parts.stockouts] == [(missing.number, 1)]
    assert ordered.status == RequestStatus.ORDERED
    assert len(report.parts.end_of_life) == 1 and old.number in report.parts.end_of_life[0]
    assert pdf.getvalue().startswith(b"%PDF") and len(pdf.getvalue()) > 10_000


def test_a_fault_that_always_needs_a_part_gets_it_reserved_as_the_ticket_opens(
    desk: Desk, parts_db: str
) -> None:
    rules = load_rules(SETTINGS.parts_dir / ALWAYS_NEEDED_FILE)
    triaging = dataclasses.replace(desk, part_rules=rules)
    with session_scope(parts_db) as session:
        battery = session.scalars(
            select(Part)
            .where(Part.name.ilike("%PDA%battery%"), Part.end_of_life.is_(None))
            .order_by(Part.number)
        ).first()
        model = battery.fits[0]
        _set_stock(session, battery.number, {"sz": 3})

        def opened(description: str) -> tuple[Ticket, list[PartRequest]]:
            ticket = triaging.open_ticket(
                session, TicketRequest(description, "x", site_id="demo-east"), WEDNESDAY
            )
            held = session.scalars(select(PartRequest).where(PartRequest.ticket_id == ticket.id))
            return ticket, list(held)

        named, named_parts = opened(f"护士站的 {model.lower().replace('-', '')} 电池鼓包，充不进电")
        unnamed, unnamed_parts = opened("the handheld PDA battery is swollen and will not charge")
        other, other_parts = opened("HIS 收费窗口打不开，所有收费员都登不上")
    assert [(r.part_number, r.depot_id) for r in named_parts] == [(battery.number, "sz")]
    assert any(battery.number in r and "expected" in r for r in named.routing_reasons)
    assert unnamed_parts == [] and any(
        "names no device model" in r for r in unnamed.routing_reasons
    )
    assert other_parts == [] and not any(r.startswith("part ") for r in other.routing_reasons)
