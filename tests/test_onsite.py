"""On-site service: routing by resident engineer and estimated arrival, the arrival clock
(warned, breached, reported), visits recorded from the console and the phone page, and the
sites export with its errors named by row and field."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlalchemy import select

from careline.labels import SUBSYSTEM_IDS
from careline.settings import load_settings
from desk import workflow
from desk.accounts import find_user
from desk.contracts import contract_for, import_configured_data
from desk.db import session_scope
from desk.escalation import check_clocks
from desk.imports import ImportRefused
from desk.models import AuditEntry, Site, Ticket, utcnow
from desk.onsite.sites import import_sites
from desk.onsite.travel import Place, TravelError, TravelTable, distance_km
from desk.reporting.compliance import SlaReport, ticket_sla
from desk.routing.roster import Roster
from desk.routing.route import route
from desk.routing.visit import Visit
from desk.sla import sla_state
from desk.tickets import Desk, TicketRequest
from tests.clocks import CALENDAR, FRACTIONS, SH, at
from tests.console_fixtures import add_ticket, csrf_of, log_in

SETTINGS = load_settings()
TRAVEL = TravelTable.load(SETTINGS.travel_file)
# A Wednesday morning: everybody of the small roster below is on call.
WEDNESDAY = at(2026, 12, 2, 10, 0)


def _engineer(engineer_id: str, proficiency: int, **fields: object) -> dict:
    return {
        "id": engineer_id,
        "name": engineer_id,
        "pool": "ward",
        "skills": {"nursing": proficiency, "medical_device": proficiency},
        "languages": ["zh"],
        "on_call": ["Daily 00:00-24:00"],
        "capacity": 5,
        "regions": ["east"],
        **fields,
    }


def _roster(*engineers: dict) -> Roster:
    """One pool for nursing and devices; everything else with a pool that never goes on site."""
    others = [s for s in SUBSYSTEM_IDS if s not in ("nursing", "medical_device")]
    return Roster.from_dict(
        {
            "regions": [{"id": "east", "name_zh": "东", "name_en": "East"}],
            "certifications": [
                {
                    "id": "device-service",
                    "name_zh": "医疗器械维修",
                    "name_en": "Device service",
                    "subsystems": ["medical_device"],
                    "onsite_only": True,
                }
            ],
            "pools": [
                {
                    "id": "ward",
                    "name_zh": "病房",
                    "name_en": "Ward",
                    "subsystems": ["nursing", "medical_device"],
                    "hotline": "1",
                },
                {
                    "id": "rest",
                    "name_zh": "其他",
                    "name_en": "Rest",
                    "subsystems": others,
                    "hotline": "2",
                },
            ],
            "duty_manager": {"id": "duty", "name": "Duty", "hotline": "9"},
            "engineers": [
                *engineers,
                {**_engineer("r-1", 1), "pool": "rest", "skills": {others[0]: 1}},
            ],
        },
        "test roster",
    )


def _visit(site: str = "kangning-main") -> Visit:
    """A site in Suzhou, its hospital having a second site in Shanghai."""
    sites = {
        "kangning-main": Place("suzhou", 31.30, 120.62),
        "kangning-sh": Place("shanghai", 31.22, 121.46),
    }
    return Visit(site, sites[site], sites, TRAVEL)


def _route(roster: Roster, subsystem: str = "nursing", load: dict | None = None, **kw):
    return route(
        roster,
        subsystem,
        WEDNESDAY,
        load or {},
        onsite=True,
        site_region="east",
        site="kangning-main",
        visit=_visit(),
        **kw,
    )


def test_a_resident_engineer_at_the_hospital_is_preferred_to_quicker_and_better_ones() -> None:
    roster = _roster(
        _engineer("resident", 2, resident_at=["kangning-sh"]),
        _engineer("near", 3, base="suzhou"),
        _engineer("expert", 5, base="suzhou"),
    )
    decision = _route(roster)
    near_leg = _visit().arrival(roster.engineer("near"))
    resident_leg = decision.arrival
    assert decision.engineer.id == "resident"
    assert resident_leg.minutes > near_leg.minutes  # stationed in Shanghai: further, still first
    assert any("resident engineer at kangning-sh" in r for r in decision.reasons)


def test_without_a_resident_the_earliest_arrival_wins_over_proficiency() -> None:
    roster = _roster(
        _engineer("far-expert", 5, base="nanjing"),
        _engineer("near", 2, base="suzhou"),
        _engineer("middle", 4, base="shanghai"),
    )
    decision = _route(roster)
    legs = {e.id: _visit().arrival(e) for e in roster.members("ward")}
    assert decision.engineer.id == min(legs, key=lambda e: legs[e].minutes) == "near"
    assert decision.arrival == legs["near"]
    chosen = next(r for r in decision.reasons if r.startswith("near:"))
    assert "arrives in about" in chosen and "travel table" in chosen
    assert "preferred over" in decision.reasons[-1] and "arrives in about" in decision.reasons[-1]


def test_the_resident_at_capacity_or_uncertified_gives_way_to_the_earliest_qualified() -> None:
    roster = _roster(
        _engineer("resident", 4, resident_at=["kangning-main"]),
        _engineer("near", 3, base="suzhou"),
        _engineer("certified-far", 3, base="shanghai", certifications=["device-service"]),
    )
    assert _route(roster).engineer.id == "resident"
    assert _route(roster, load={"resident": 5}).engineer.id == "near"
    device = _route(roster, "medical_device")
    assert device.engineer.id == "certified-far"
    assert any("near skipped: no device-service certificate" in r for r in device.reasons)


def test_an_engineer_with_no_base_comes_after_every_known_arrival() -> None:
    roster = _roster(_engineer("nowhere", 5), _engineer("far", 1, base="hefei"))
    decision = _route(roster)
    assert decision.engineer.id == "far"
    assert "arrival unknown" in decision.reasons[-1]


def test_travel_uses_the_table_for_listed_cities_and_the_road_distance_otherwise() -> None:
    suzhou = TRAVEL.city_place("suzhou")
    listed = TRAVEL.leg(TRAVEL.city_place("shanghai"), suzhou, "car")
    assert "travel table" in listed.how
    far = Place("anqing", 30.54, 117.06)
    estimated = TRAVEL.leg(suzhou, far, "car")
    road_km = distance_km(suzhou, far) * TRAVEL.road_factor
    assert "by road" in estimated.how
    assert estimated.minutes == pytest.approx(
        TRAVEL.modes["car"].setup_minutes + road_km / TRAVEL.modes["car"].speed_kmh * 60, abs=1
    )
    # Across town the fallback car beats a train that needs three quarters of an hour to board.
    across_town = TRAVEL.leg(suzhou, Place("suzhou", 31.32, 120.65), "rail")
    assert across_town.minutes < TRAVEL.modes["rail"].setup_minutes


def test_a_travel_file_naming_an_unknown_city_is_refused_with_the_field(tmp_path: Path) -> None:
    text = SETTINGS.travel_file.read_text(encoding="utf-8")
    bad = tmp_path / "travel.yaml"
    bad.write_text(text.replace("- {from: shanghai, to: suzhou", "- {from: atlantis, to: suzhou"))
    with pytest.raises(TravelError, match=r"pairs\[\d+\]\.from: unknown city 'atlantis'"):
        TravelTable.load(bad)


def test_an_engineer_with_a_base_or_mode_the_travel_table_lacks_is_refused() -> None:
    raw = Roster.load(SETTINGS.roster_file).to_dict()
    TRAVEL.check_travellers(Roster.from_dict(raw, "roster").engineers, "roster")
    raw["engineers"][1]["travel"] = "bicycle"
    with pytest.raises(TravelError, match=r"engineers\[1\] \(.+\)\.travel: unknown travel mode"):
        TRAVEL.check_travellers(Roster.from_dict(raw, "roster").engineers, "roster")


# --- the arrival clock on real tickets --------------------------------------------------------


@pytest.fixture
def onsite_db(db_url: str) -> str:
    with session_scope(db_url) as session:
        import_configured_data(session, SETTINGS)
    return db_url


def _open_visit(desk: Desk, session, site_id: str, now=WEDNESDAY) -> Ticket:
    return desk.open_ticket(
        session,
        TicketRequest(
            "整个病区的呼叫器都没反应了，护士站收不到任何呼叫",
            "x",
            site_id=site_id,
            onsite=True,
            subsystem="nursing",
        ),
        now,
    )


def test_a_visit_gets_the_contracts_arrival_promise_for_its_zone(
    desk: Desk, onsite_db: str
) -> None:
    with session_scope(onsite_db) as session:
        city = _open_visit(desk, session, "demo-main")
        province = _open_visit(desk, session, "jiangnan-main")
        contracts = {t.site_id: t.contract.targets[t.tier] for t in (city, province)}
        assert city.tier == province.tier == "P1"
        assert city.arrival_zone == "city" and province.arrival_zone == "province"
        assert city.arrive_by - city.created_at == timedelta(
            minutes=contracts["demo-main"]["arrive_city_minutes"]
        )
        assert "site in the city" in city.arrival_explanation
        assert city.arrival_eta is not None and city.arrival_eta > city.created_at
        # Business hours on this contract: 10:00 plus the promise, within the working day.
        minutes = contracts["jiangnan-main"]["arrive_province_minutes"]
        assert (
            province.arrive_by
            == CALENDAR.advance(province.created_at, timedelta(minutes=minutes)).moment
        )


def test_arrival_breaches_are_warned_then_reported_and_arriving_stops_the_clock(
    desk: Desk, onsite_db: str
) -> None:
    sent: list[dict] = []

    def deliver(event: dict) -> bool:
        sent.append(event)
        return True

    with session_scope(onsite_db) as session:
        late = _open_visit(desk, session, "demo-main")
        punctual = _open_visit(desk, session, "demo-east")
        promise = late.arrive_by - late.visit_requested_at
        almost = late.visit_requested_at + promise * 0.85
        check_clocks(session, almost, deliver, calendar=CALENDAR, fractions=FRACTIONS)
        workflow.record_visit_step(session, punctual, "departed", "e-tang", almost)
        workflow.record_visit_step(session, punctual, "arrived", "e-tang", almost)
        after = late.arrive_by + timedelta(minutes=5)
        check_clocks(session, after, deliver, calendar=CALENDAR, fractions=FRACTIONS)
        arrive_events = [e for e in sent if e["clock"] == "arrive"]
        late_events = [e["level"] for e in arrive_events if e["ticket"] == late.number]
        assert late_events[:2] == ["warning", "critical"] and late_events[-1] == "breached"
        assert not [
            e for e in arrive_events if e["ticket"] == punctual.number and e["level"] == "breached"
        ]
        state = sla_state(punctual, after, calendar=CALENDAR, fractions=FRACTIONS)
        assert state.arrive.stopped_at == almost
        assert state.arrive.level == "ok"
        records = [ticket_sla(t, SH, after) for t in (late, punctual)]
        total = SlaReport("Asia/Shanghai", after, records).total()
        assert (total.arrive_measured, total.arrive_in_time) == (2, 1)
        breaches = SlaReport("Asia/Shanghai", after, records).breaches()
        assert [(b.number, b.clock) for b in breaches if b.clock == "arrive"] == [
            (late.number, "arrive")
        ]
        fields = set(
            session.scalars(select(AuditEntry.field).where(AuditEntry.ticket_id == punctual.id))
        )
        assert {"departed_at", "arrived_at"} <= fields


def test_a_visit_asked_for_later_starts_the_clock_then_and_is_refused_twice(
    desk: Desk, onsite_db: str
) -> None:
    with session_scope(onsite_db) as session:
        ticket = desk.open_ticket(
            session,
            TicketRequest("病区呼叫器没反应", "x", site_id="demo-east", subsystem="nursing"),
            WEDNESDAY,
        )
        assert not ticket.onsite and ticket.arrive_by is None
        later = WEDNESDAY + timedelta(minutes=30)
        desk.request_visit(session, ticket, "dispatcher", "the panel must be replaced", later)
        assert ticket.onsite and ticket.visit_requested_at == later
        assert ticket.arrive_by > later and ticket.arrival_eta > later
        with pytest.raises(ValueError, match="already on its way"):
            desk.request_visit(session, ticket, "dispatcher", "again", later)
        workflow.record_visit_step(session, ticket, "departed", "x", later)
        with pytest.raises(ValueError, match="already set out"):
            workflow.record_visit_step(session, ticket, "departed", "x", later)


# --- the sites export --------------------------------------------------------------------------


def test_the_sites_export_imports_once_and_names_a_bad_row_and_field(
    db_url: str, tmp_path: Path
) -> None:
    export = tmp_path / "sites.csv"
    header = "hospital_id,hospital_name,site_id,site_name,region,city,lat,lon\n"
    export.write_text(
        header
        + "h-1,一院 First,h-1-a,本部 Main,suzhou,suzhou,31.3,120.6\n"
        + "h-1,一院 First,h-1-b,分院 Branch,suzhou,wuxi,,\n",
        encoding="utf-8",
    )
    with session_scope(db_url) as session:
        first = import_sites(session, export, TRAVEL)
        again = import_sites(session, export, TRAVEL)
        assert (first.added, first.hospitals_added, again.unchanged) == (2, 1, 2)
        assert session.get(Site, "h-1-b").lat is None
    export.write_text(
        header
        + "h-1,一院 First,h-1-a,本部 Main,suzhou,suzhou,31.3,120.6\n"
        + "h-2,二院 Second,h-2-a,本部 Main,suzhou,gotham,31.3,120.6\n",
        encoding="utf-8",
    )
    with session_scope(db_url) as session, pytest.raises(ImportRefused) as refused:
        import_sites(session, export, TRAVEL)
    assert "row 3, field city: unknown city 'gotham'" in str(refused.value)
    yaml_export = tmp_path / "sites.yaml"
    yaml_export.write_text("- {hospital_id: h-3, hospital_name: 三院, site_id: h-3-a}\n")
    with session_scope(db_url) as session, pytest.raises(ImportRefused, match="no column"):
        import_sites(session, yaml_export, TRAVEL)
    yaml_export.write_text(
        "- {hospital_id: h-3, hospital_name: 三院, site_id: h-3-a, site_name: 本部,"
        " region: suzhou, city: suzhou, lat: 95, lon: 120}\n"
    )
    with session_scope(db_url) as session, pytest.raises(ImportRefused, match="row 1, field lat"):
        import_sites(session, yaml_export, TRAVEL)


# --- the console and the engineer's phone page ------------------------------------------------


def test_a_dispatcher_sends_an_engineer_who_reports_from_the_phone_page(
    console: TestClient, db_url: str
) -> None:
    with session_scope(db_url) as session:
        import_configured_data(session, SETTINGS)
        contract = contract_for(session, "demo", utcnow().astimezone(SH).date())
    number = add_ticket(
        db_url,
        "病区呼叫器全部没反应",
        subsystem="nursing",
        site_id="demo-main",
        hospital_id="demo",
        contract_id=contract.id,
    )
    log_in(console, "disp")
    page = console.get(f"/tickets/{number}")
    assert 'id="send-on-site"' in page.text and 'id="visit"' not in page.text
    without_reason = console.post(
        f"/tickets/{number}/visit", data={"csrf_token": csrf_of(page), "reason": " "}
    )
    assert without_reason.status_code == 409 and "needs a reason" in without_reason.text
    sent = console.post(
        f"/tickets/{number}/visit",
        data={"csrf_token": csrf_of(page), "reason": "the call panel must be swapped"},
    )
    assert sent.status_code == 200 and "arrival clock runs" in sent.text
    with session_scope(db_url) as session:
        ticket = Desk.find(session, number)
        engineer, eta = ticket.engineer, ticket.arrival_eta
        assert ticket.onsite and ticket.arrive_by is not None and eta is not None
        find_user(session, "eng").engineer_id = engineer
    console.post("/logout", data={"csrf_token": csrf_of(sent)})
    log_in(console, "eng")
    phone = console.get(f"/visit/{number}")
    assert 'id="visit-departed"' in phone.text and 'id="arrival-eta"' in phone.text
    departed = console.post(
        f"/tickets/{number}/visit/departed",
        data={"csrf_token": csrf_of(phone), "page": "visit"},
        follow_redirects=False,
    )
    assert departed.status_code == 303 and departed.headers["location"].startswith("/visit/")
    arrived = console.post(
        f"/tickets/{number}/visit/arrived", data={"csrf_token": csrf_of(phone), "page": "visit"}
    )
    assert arrived.status_code == 200 and "arrival clock has stopped" in arrived.text
    assert 'id="visit-arrived"' not in arrived.text
    with session_scope(db_url) as session:
        ticket = Desk.find(session, number)
        assert ticket.departed_at <= ticket.arrived_at
        assert sla_state(ticket, utcnow(), calendar=CALENDAR, fractions=FRACTIONS).arrive.stopped_at
    refused = console.post(
        f"/tickets/{number}/visit/arrived", data={"csrf_token": csrf_of(phone), "page": "visit"}
    )
    assert refused.status_code == 409 and "already arrived" in refused.text


def test_a_contracts_file_site_in_an_unknown_city_is_refused_like_an_exported_one(
    db_url: str, tmp_path: Path
) -> None:
    raw = yaml.safe_load(SETTINGS.contracts_file.read_text(encoding="utf-8"))
    raw["hospitals"][0]["sites"][0]["city"] = "gotham"
    bad = tmp_path / "contracts.yaml"
    bad.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with session_scope(db_url) as session, pytest.raises(ImportRefused) as refused:
        import_configured_data(session, SETTINGS, bad)
    assert "hospitals[0].sites[0], field city: unknown city 'gotham'" in str(refused.value)
