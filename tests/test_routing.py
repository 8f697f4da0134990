"""Routing: one test per rule, each fallback step, roster validation, the roster in the DB."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from careline.labels import SUBSYSTEM_IDS
from cli.main import main
from desk.db import session_scope
from desk.routing.roster import Roster, RosterError
from desk.routing.route import route
from desk.routing.store import import_roster, import_roster_file, load_roster

SH = ZoneInfo("Asia/Shanghai")
THURSDAY_3AM = datetime(2026, 11, 26, 3, 0, tzinfo=SH)
THURSDAY_10AM = datetime(2026, 11, 26, 10, 0, tzinfo=SH)
CONFIG_ROSTER = Path(__file__).resolve().parent.parent / "config" / "roster.yaml"
RADIATION = {
    "id": "radiation-protection",
    "name_zh": "辐射安全与防护培训合格证",
    "name_en": "Radiation protection",
    "subsystems": ["pacs"],
    "onsite_only": True,
}


def _engineer(engineer_id: str, pacs: int = 4, **extra: object) -> dict:
    return {
        "id": engineer_id,
        "name": engineer_id,
        "pool": "imaging",
        "skills": {"pacs": pacs},
        "languages": ["zh"],
        "regions": ["shanghai"],
        "capacity": 5,
        "on_call": ["Daily 00:00-24:00"],
        **extra,
    }


def _raw(*engineers: dict, certifications: tuple[dict, ...] = (RADIATION,)) -> dict:
    return {
        "rota_timezone": "Asia/Shanghai",
        "regions": [
            {"id": "shanghai", "name_zh": "上海区域", "name_en": "Shanghai area"},
            {"id": "suzhou", "name_zh": "苏州区域", "name_en": "Suzhou area"},
        ],
        "certifications": list(certifications),
        "pools": [
            {
                "id": "imaging",
                "name_zh": "全部",
                "name_en": "Everything",
                "subsystems": list(SUBSYSTEM_IDS),
                "hotline": "400-1",
            }
        ],
        "duty_manager": {"id": "duty", "name": "Duty Manager", "hotline": "400-9"},
        "engineers": list(engineers),
    }


def _roster(*engineers: dict, **options: object) -> Roster:
    return Roster.from_dict(_raw(*engineers, **options), "test roster")


def _skipped(decision, name: str) -> str:
    return next(r for r in decision.reasons if r.startswith(f"{name} skipped: "))


# --- one test per rule ------------------------------------------------------------------------


def test_only_engineers_on_call_now_are_chosen() -> None:
    roster = _roster(
        _engineer("day", pacs=5, on_call=["Mon-Fri 09:00-18:00"]),
        _engineer("night", pacs=3, on_call=["Daily 18:00-24:00", "Daily 00:00-09:00"]),
    )
    night = route(roster, "pacs", THURSDAY_3AM)
    assert night.engineer.id == "night" and night.fallback is None
    assert "not on call at Thu 03:00: day" in night.reasons
    assert route(roster, "pacs", THURSDAY_10AM).engineer.id == "day"


def test_on_call_windows_are_read_in_the_rota_time_zone() -> None:
    berlin_office_hours = _engineer(
        "berlin", pacs=5, timezone="Europe/Berlin", on_call=["Mon-Fri 09:00-17:00"]
    )
    roster = _roster(berlin_office_hours, _engineer("local", pacs=1))
    shanghai_5pm = datetime(2026, 11, 26, 17, 0, tzinfo=SH)  # 10:00 in Berlin (CET)
    assert route(roster, "pacs", shanghai_5pm).engineer.id == "berlin"
    assert route(roster, "pacs", THURSDAY_10AM).engineer.id == "local"  # 03:00 in Berlin


def test_onsite_imaging_work_needs_the_certificate_the_roster_names() -> None:
    engineers = (
        _engineer("wang", pacs=5),
        _engineer("chen", pacs=3, certifications=["radiation-protection"]),
    )
    onsite = route(_roster(*engineers), "pacs", THURSDAY_10AM, onsite=True, site_region="shanghai")
    assert onsite.engineer.id == "chen"
    assert _skipped(onsite, "wang") == "wang skipped: no radiation-protection certificate"
    assert route(_roster(*engineers), "pacs", THURSDAY_10AM).engineer.id == "wang"
    for_lab_only = dict(RADIATION, subsystems=["lis"])
    relaxed = _roster(*engineers, certifications=(for_lab_only,))
    assert route(relaxed, "pacs", THURSDAY_10AM, onsite=True).engineer.id == "wang"


def test_the_config_roster_says_which_work_needs_which_certificate() -> None:
    roster = Roster.load(CONFIG_ROSTER)
    assert [c.id for c in roster.certifications_for("pacs", onsite=True)] == [
        "radiation-protection"
    ]
    assert roster.certifications_for("pacs", onsite=False) == ()
    for certification in roster.certifications:
        holders = [e for e in roster.engineers if certification.id in e.certifications]
        assert {r.id for r in roster.regions} <= {r for e in holders for r in e.regions}


def test_region_counts_only_for_onsite_work() -> None:
    roster = _roster(
        _engineer("sh", pacs=5),
        _engineer("sz", pacs=3, regions=["suzhou"]),
        _engineer("resident", pacs=2, sites=["sz-campus"]),
        certifications=(),
    )
    onsite = route(roster, "pacs", THURSDAY_10AM, site_region="suzhou", onsite=True)
    assert onsite.engineer.id == "sz"
    assert _skipped(onsite, "sh") == "sh skipped: does not serve region suzhou on site"
    assert _skipped(onsite, "resident").startswith("resident skipped")
    assert route(roster, "pacs", THURSDAY_10AM, site_region="suzhou").engineer.id == "sh"
    at_campus = route(
        roster, "pacs", THURSDAY_10AM, site_region="suzhou", site="sz-campus", onsite=True
    )
    assert at_campus.engineer.id == "sz"
    assert not any(r.startswith("resident skipped") for r in at_campus.reasons)


def test_reporters_language_is_required() -> None:
    roster = _roster(
        _engineer("zh-only", pacs=5), _engineer("both", pacs=2, languages=["zh", "en"])
    )
    english = route(roster, "pacs", THURSDAY_10AM, language="en")
    assert english.engineer.id == "both"
    assert _skipped(english, "zh-only") == "zh-only skipped: does not speak en"
    assert route(roster, "pacs", THURSDAY_10AM, language="zh").engineer.id == "zh-only"


def test_higher_proficiency_wins_over_lighter_load() -> None:
    roster = _roster(_engineer("expert", pacs=5), _engineer("novice", pacs=2))
    decision = route(roster, "pacs", THURSDAY_10AM, {"expert": 3, "novice": 0})
    assert decision.engineer.id == "expert"
    assert any(
        r.startswith("preferred over novice (proficiency pacs 2/5") for r in decision.reasons
    )
    assert route(roster, "lis", THURSDAY_10AM, {"expert": 3}).engineer.id == "novice"


def test_load_counts_against_capacity_and_full_engineers_are_skipped() -> None:
    roster = _roster(_engineer("big", capacity=10), _engineer("small", capacity=5))
    assert route(roster, "pacs", THURSDAY_10AM, {"big": 4, "small": 3}).engineer.id == "big"
    assert route(roster, "pacs", THURSDAY_10AM, {"big": 8, "small": 3}).engineer.id == "small"
    full = route(roster, "pacs", THURSDAY_10AM, {"big": 10, "small": 4})
    assert full.engineer.id == "small"
    assert _skipped(full, "big") == "big skipped: at capacity (10/10 open tickets)"


# --- the fallback chain -------------------------------------------------------------------------


def _chain(**primary: object) -> tuple[dict, ...]:
    return (
        _engineer("primary", pacs=5, **primary),
        _engineer("backup", pacs=2, roles=["secondary"], on_call=["Daily 00:00-24:00"], regions=[]),
        _engineer("lead", pacs=4, roles=["lead"], on_call=["Mon-Sat 08:00-22:00"]),
    )


def test_secondary_on_call_takes_over_when_no_primary_fits() -> None:
    roster = _roster(*_chain())
    assert route(roster, "pacs", THURSDAY_10AM).engineer.id == "primary"
    decision = route(roster, "pacs", THURSDAY_10AM, {"primary": 5, "lead": 5})
    assert (decision.engineer.id, decision.fallback) == ("backup", "secondary")
    assert decision.as_dict()["fallback"] == "secondary"
    assert "nobody on the imaging rota fits: fallback to the secondary on-call" in decision.reasons


def test_pool_lead_takes_over_and_the_unmet_rules_are_stated() -> None:
    roster = _roster(*_chain())
    decision = route(roster, "pacs", THURSDAY_10AM, onsite=True, site_region="shanghai")
    assert (decision.engineer.id, decision.fallback) == ("lead", "lead")
    said = decision.reasons
    assert "primary skipped: no radiation-protection certificate" in said
    assert (
        "secondary on-call backup skipped: no radiation-protection certificate; "
        "does not serve region shanghai on site"
    ) in said
    assert said[-1] == "lead arranges the work: no radiation-protection certificate"
    assert said.index("no secondary on-call fits: fallback to the pool lead") < len(said) - 2


def test_duty_manager_when_the_lead_cannot_be_reached_either() -> None:
    roster = _roster(*_chain(on_call=["Mon-Fri 09:00-18:00"]))
    decision = route(roster, "pacs", THURSDAY_3AM, {"backup": 5})
    assert decision.engineer is None and decision.fallback == "duty_manager"
    assert "pool lead not reachable at Thu 03:00 (lead)" in decision.reasons
    assert decision.reasons[-1] == "fallback duty manager: Duty Manager (400-9) dispatches"
    assert decision.as_dict()["engineer"] is None


def test_the_config_roster_needs_no_duty_manager_for_remote_work_at_any_hour() -> None:
    roster = Roster.load(CONFIG_ROSTER)
    monday = datetime(2026, 11, 23, 0, 30, tzinfo=SH)
    for hour in range(7 * 24):
        moment = monday + timedelta(hours=hour)
        for subsystem in SUBSYSTEM_IDS:
            decision = route(roster, subsystem, moment)
            assert decision.fallback is None, (subsystem, f"{moment:%a %H:%M}", decision.reasons)
    pools = {p.id: roster.members(p.id) for p in roster.pools}
    for pool, members in pools.items():
        assert any("secondary" in e.roles for e in members), pool
        assert any("lead" in e.roles for e in members), pool


def test_every_contracted_site_gets_an_engineer_on_site_day_and_night() -> None:
    roster = Roster.load(CONFIG_ROSTER)
    hospitals = yaml.safe_load((CONFIG_ROSTER.parent / "contracts.yaml").read_text("utf-8"))
    sites = [site for h in hospitals["hospitals"] for site in h.get("sites", [])]
    assert sites
    for site in sites:
        assert site["region"] in roster.region_ids(), site
        for moment in (THURSDAY_3AM, THURSDAY_10AM):
            for subsystem in SUBSYSTEM_IDS:
                decision = route(roster, subsystem, moment, site_region=site["region"], onsite=True)
                assert decision.fallback in (None, "secondary"), (site, subsystem, moment)


# --- roster validation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda r: r["engineers"][0].update(capacity="lots"),
            "engineers[0] (a).capacity: expected a whole number 1-1000, got 'lots'",
        ),
        (lambda r: r["engineers"][0]["skills"].update(pacs=7), "engineers[0] (a).skills.pacs"),
        (
            lambda r: r["engineers"][0]["skills"].update(billing=3),
            "skills.billing: not a subsystem",
        ),
        (
            lambda r: r["engineers"][0].update(certifications=["forklift"]),
            "engineers[0] (a).certifications: unknown certification 'forklift'",
        ),
        (lambda r: r["engineers"][0].update(regions=["west"]), "(a).regions: unknown region"),
        (lambda r: r["engineers"][0].update(roles=["boss"]), "(a).roles: unknown role 'boss'"),
        (lambda r: r["engineers"][0].update(pool="nope"), "(a).pool: unknown pool 'nope'"),
        (
            lambda r: r["engineers"][0].update(on_call=["Fri-Mon 09:00-18:00"]),
            "(a).on_call: 'Fri-Mon 09:00-18:00' is not a window",
        ),
        (lambda r: r["engineers"][0].update(timezone="Mars/Base"), "(a).timezone: unknown time"),
        (lambda r: r["engineers"][0].pop("languages"), "engineers[0] (a).languages: missing"),
        (lambda r: r["engineers"].append(_engineer("a")), "engineers: id 'a' appears twice"),
        (lambda r: r["duty_manager"].pop("hotline"), "roster.duty_manager.hotline: missing"),
        (lambda r: r["pools"][0].update(subsystems=["his"]), "no pool covers subsystem(s) emr"),
    ],
)
def test_a_bad_roster_is_refused_naming_the_source_and_field(change, message: str) -> None:
    raw = _raw(_engineer("a"))
    change(raw)
    with pytest.raises(RosterError) as error:
        Roster.from_dict(raw, "test roster")
    assert str(error.value).startswith("test roster: ") and message in str(error.value)


def test_a_bad_roster_file_is_named_in_the_error(tmp_path: Path) -> None:
    raw = _raw(_engineer("a", capacity=0))
    roster_file = tmp_path / "roster.yaml"
    roster_file.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RosterError, match=r"roster\.yaml: engineers\[0\] \(a\)\.capacity"):
        Roster.load(roster_file)


def test_old_callers_still_route_with_positional_arguments(roster: Roster) -> None:
    decision = route(roster, "his", THURSDAY_3AM, {})
    assert decision.pool.id == "clinical-apps" and decision.engineer.on_call_at(THURSDAY_3AM)
    assert {"pool", "engineer", "engineer_name", "hotline", "reasons"} <= set(decision.as_dict())


# --- the roster in the database ---------------------------------------------------------------


def test_roster_round_trips_through_the_database(db_url: str, tmp_path: Path) -> None:
    from_file = Roster.load(CONFIG_ROSTER)
    with session_scope(db_url) as session:
        first = import_roster_file(session, CONFIG_ROSTER)
    assert first["engineers"].added == len(from_file.engineers)
    with session_scope(db_url) as session:
        from_db = load_roster(session)
        again = import_roster(session, from_file)
    assert from_db == from_file
    assert all(count.added == count.updated == count.retired == 0 for count in again.values())
    for subsystem in SUBSYSTEM_IDS:
        for kwargs in ({}, {"onsite": True, "site_region": "suzhou", "language": "en"}):
            assert (
                route(from_db, subsystem, THURSDAY_3AM, **kwargs).as_dict()
                == route(from_file, subsystem, THURSDAY_3AM, **kwargs).as_dict()
            )


def test_reimport_updates_changed_rows_and_retires_departed_engineers(db_url: str) -> None:
    raw = _raw(_engineer("stays"), _engineer("leaves", pacs=5), _engineer("grows"))
    with session_scope(db_url) as session:
        import_roster(session, Roster.from_dict(raw, "v1"))
    raw["engineers"] = [_engineer("stays"), _engineer("grows", capacity=9)]
    with session_scope(db_url) as session:
        counts = import_roster(session, Roster.from_dict(raw, "v2"))
    engineers = counts["engineers"]
    assert (engineers.added, engineers.updated, engineers.retired) == (0, 1, 1)
    with session_scope(db_url) as session:
        roster = load_roster(session)
    assert [e.id for e in roster.engineers] == ["stays", "grows"]
    assert roster.engineers[1].capacity == 9
    assert route(roster, "pacs", THURSDAY_10AM).engineer.id != "leaves"


def test_an_empty_database_has_no_roster(db_url: str) -> None:
    with session_scope(db_url) as session, pytest.raises(RosterError, match="no roster imported"):
        load_roster(session)


# --- the command line -------------------------------------------------------------------------


@pytest.fixture
def cli_env(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CARELINE_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("CARELINE_DATABASE_URL", db_url)
    yield tmp_path


def _route_cli(tmp_path: Path, capsys, ticket: dict) -> tuple[int, str]:
    path = tmp_path / "ticket.json"
    path.write_text(json.dumps(ticket, ensure_ascii=False), encoding="utf-8")
    code = main(["route", "--json", str(path)])
    captured = capsys.readouterr()
    return code, captured.out if code == 0 else captured.err


def test_cli_imports_the_roster_and_routes_from_the_database(
    cli_env: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["roster", "import", str(CONFIG_ROSTER)]) == 0
    out = capsys.readouterr().out
    assert "engineers" in out and f"{len(Roster.load(CONFIG_ROSTER).engineers)} added" in out
    assert main(["roster", "import", str(CONFIG_ROSTER)]) == 0
    assert "0 added, 0 updated, 0 retired" in capsys.readouterr().out

    monkeypatch.setenv("CARELINE_ROSTER_SOURCE", "database")
    ticket = {"subsystem": "pacs", "at": "2026-11-26T10:00:00+08:00", "onsite": True}
    code, out = _route_cli(cli_env, capsys, {**ticket, "site_region": "suzhou"})
    decision = json.loads(out)
    roster = Roster.load(CONFIG_ROSTER)
    chosen = next(e for e in roster.engineers if e.id == decision["engineer"])
    assert code == 0 and decision["pool"] == roster.pool_for("pacs").id
    assert "radiation-protection" in chosen.certifications and "suzhou" in chosen.regions
    assert decision["fallback"] is None and decision["reasons"]


def test_cli_route_rejects_bad_optional_keys_in_one_line(cli_env: Path, capsys) -> None:
    base = {"subsystem": "pacs", "at": "2026-11-26T10:00:00+08:00"}
    for extra, message in (
        ({"site_region": "west"}, "'site_region' 'west' is not one of shanghai, suzhou"),
        ({"onsite": "yes"}, "'onsite' must be true or false"),
        ({"language": 7}, "'language' must be a string"),
        ({"at": "tomorrow"}, "'at' is not an ISO date and time"),
    ):
        code, err = _route_cli(cli_env, capsys, {**base, **extra})
        assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_cli_import_of_a_bad_roster_names_file_and_field(cli_env: Path, capsys) -> None:
    bad = cli_env / "bad-roster.yaml"
    bad.write_text(
        yaml.safe_dump(_raw(_engineer("a", languages="zh")), allow_unicode=True), encoding="utf-8"
    )
    assert main(["roster", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad-roster.yaml: engineers[0] (a).languages: expected a list" in err
