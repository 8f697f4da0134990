"""Desk speed: routing decisions/s (1,000 engineers), on-site routing with arrival estimates
(1,000 engineers, 200 sites), ticket creations/s (SQLite, PostgreSQL).

Usage: .venv/bin/python bench/desk_bench.py [--engineers 1000] [--decisions 20000] [--tickets 300]
    [--sites 200]
Routing: a roster generated from config/roster.yaml's pools, certificates and regions (seeded),
random tickets over a week (30% on site, 15% in English) with a random load per engineer.
On-site routing: the same roster given bases in config/travel.yaml's cities, their travel modes
and 5% resident engineers, over generated sites (1-3 per hospital) near those cities; every
ticket needs a visit, so every fitting candidate's arrival is estimated.
Creations: Desk.open_ticket with the real triage model (var/triage, else trained here, ~1-2 min),
the configured roster and contracts, one transaction per ticket (triage, routing, SLA
deadlines, status history and two audit entries), on a fresh SQLite file and on a throw-away
PostgreSQL schema. Prints and writes bench/results/desk-bench.json.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import statistics
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from careline.reporting import save_report, shown_path
from careline.settings import Settings, load_settings
from desk.business_calendar import BusinessCalendar
from desk.contracts import prepare_database
from desk.db import get_engine, session_scope
from desk.incidents import IncidentRules
from desk.onsite.travel import Place, TravelTable, distance_km
from desk.routing.roster import Roster
from desk.routing.route import route
from desk.routing.visit import Visit
from desk.scratch_schema import throwaway_schema
from desk.tickets import Desk, TicketRequest
from triage.dataset import generate_cases
from triage.model import TriageModel
from triage.training import train_release_model
from triage.versions import ModelRegistry

RESULTS = Path(__file__).parent / "results" / "desk-bench.json"
POSTGRES_URL = os.environ.get(
    "CARELINE_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
SEED = 7
WARM_UP = 10
_ROTAS = (
    ["Mon-Fri 09:00-18:00"],
    ["Daily 18:00-24:00", "Daily 00:00-09:00", "Sat-Sun 09:00-18:00"],
    ["Mon-Sat 08:00-22:00"],
    ["Daily 00:00-24:00"],
)
_WEEK_START = datetime(2026, 11, 23, tzinfo=ZoneInfo("Asia/Shanghai"))


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[int(share * (len(ordered) - 1))]


def _engineer(
    number: int, pool: dict, certs: list[dict], regions: list[str], rng: random.Random
) -> dict:
    skills = {s: rng.randint(1, 5) for s in pool["subsystems"]}
    return {
        "id": f"g-{number:04d}",
        "name": f"Engineer {number}",
        "pool": pool["id"],
        "skills": skills,
        "certifications": [
            c["id"] for c in certs if set(c["subsystems"]) & set(skills) and rng.random() < 0.4
        ],
        "regions": rng.sample(regions, rng.randint(1, len(regions))),
        "languages": ["zh", "en"] if rng.random() < 0.3 else ["zh"],
        "capacity": rng.randint(4, 12),
        "on_call": rng.choice(_ROTAS),
        "roles": ["secondary"] if rng.random() < 0.05 else [],
        "timezone": "Europe/Berlin" if rng.random() < 0.02 else "Asia/Shanghai",
    }


def generated_roster(base: Roster, engineers: int, rng: random.Random) -> Roster:
    """The configured pools, certificates and regions with `engineers` generated people."""
    raw = base.to_dict()
    regions = list(base.region_ids())
    raw["engineers"] = [
        _engineer(n, rng.choice(raw["pools"]), raw["certifications"], regions, rng)
        for n in range(engineers)
    ]
    for pool in raw["pools"]:
        lead = next(e for e in raw["engineers"] if e["pool"] == pool["id"])
        lead["roles"] = ["lead"]
    return Roster.from_dict(raw, "generated roster")


def bench_routing(roster: Roster, decisions: int, rng: random.Random) -> dict:
    load = {e.id: rng.randint(0, e.capacity) for e in roster.engineers}
    regions = roster.region_ids()
    subsystems = [s for p in roster.pools for s in p.subsystems]
    tickets = [
        (
            rng.choice(subsystems),
            _WEEK_START + timedelta(minutes=rng.randrange(7 * 24 * 60)),
            {
                "onsite": rng.random() < 0.3,
                "site_region": rng.choice(regions),
                "language": "en" if rng.random() < 0.15 else "zh",
            },
        )
        for _ in range(decisions)
    ]
    times, steps = [], Counter()
    started = time.perf_counter()
    for subsystem, moment, options in tickets:
        begun = time.perf_counter()
        decision = route(roster, subsystem, moment, load, **options)
        times.append(time.perf_counter() - begun)
        steps[decision.fallback or "primary"] += 1
    elapsed = time.perf_counter() - started
    return {
        "routing_roster": f"{len(roster.engineers)} generated engineers in "
        f"{len(roster.pools)} pools (seed {SEED})",
        "routing_decisions": decisions,
        "routing_decisions_per_s": round(decisions / elapsed),
        "routing_p50_ms": round(statistics.median(times) * 1000, 3),
        "routing_p95_ms": round(_percentile(times, 0.95) * 1000, 3),
        "routing_steps_share": {k: round(v / decisions, 3) for k, v in sorted(steps.items())},
    }


def _generated_sites(travel: TravelTable, regions: tuple[str, ...], count: int, rng: random.Random):
    """Sites near the travel table's cities, each in the region of its nearest office, grouped
    into hospitals of one to three sites."""
    offices = [c for c in travel.service_centres if c in regions]
    sites, hospital = [], 0
    while len(sites) < count:
        hospital += 1
        for _ in range(rng.randint(1, 3)):
            city = rng.choice(list(travel.cities))
            centre = travel.city_place(city)
            place = Place(
                city, centre.lat + rng.uniform(-0.1, 0.1), centre.lon + rng.uniform(-0.1, 0.1)
            )
            nearest = min(offices, key=lambda o: distance_km(travel.city_place(o), place))
            sites.append((f"s-{len(sites):03d}", f"h-{hospital:03d}", place, nearest))
    return sites[:count]


def bench_onsite_routing(
    roster: Roster, travel: TravelTable, sites_count: int, decisions: int, rng: random.Random
) -> dict:
    sites = _generated_sites(travel, roster.region_ids(), sites_count, rng)
    raw = roster.to_dict()
    modes = list(travel.modes)
    for engineer in raw["engineers"]:
        engineer["base"] = rng.choice(list(travel.cities))
        engineer["travel"] = rng.choice(modes)
        if rng.random() < 0.05:
            engineer["resident_at"] = [rng.choice(sites)[0]]
    roster = Roster.from_dict(raw, "generated roster with bases")
    load = {e.id: rng.randint(0, e.capacity) for e in roster.engineers}
    by_hospital: dict[str, dict[str, Place]] = {}
    for site, hospital, place, _ in sites:
        by_hospital.setdefault(hospital, {})[site] = place
    subsystems = [s for p in roster.pools for s in p.subsystems]
    tickets = [
        (
            rng.choice(subsystems),
            _WEEK_START + timedelta(minutes=rng.randrange(7 * 24 * 60)),
            rng.choice(sites),
        )
        for _ in range(decisions)
    ]
    times, arrivals, residents = [], [], 0
    started = time.perf_counter()
    for subsystem, moment, (site, hospital, place, region) in tickets:
        begun = time.perf_counter()
        visit = Visit(site, place, by_hospital[hospital], travel)
        decision = route(
            roster, subsystem, moment, load, onsite=True, site=site, site_region=region, visit=visit
        )
        times.append(time.perf_counter() - begun)
        if decision.arrival is not None:
            arrivals.append(decision.arrival.minutes)
            residents += visit.station(decision.engineer) is not None
    elapsed = time.perf_counter() - started
    return {
        "onsite_routing_roster": f"{len(roster.engineers)} engineers with bases in "
        f"{len(travel.cities)} cities, {sites_count} sites in "
        f"{len(by_hospital)} hospitals (seed {SEED})",
        "onsite_routing_decisions": decisions,
        "onsite_routing_decisions_per_s": round(decisions / elapsed),
        "onsite_routing_p50_ms": round(statistics.median(times) * 1000, 3),
        "onsite_routing_p95_ms": round(_percentile(times, 0.95) * 1000, 3),
        "onsite_arrival_known_share": round(len(arrivals) / decisions, 3),
        "onsite_resident_share": round(residents / decisions, 3),
        "onsite_arrival_p50_minutes": statistics.median(arrivals) if arrivals else None,
    }


def _triage_model(settings: Settings) -> tuple[TriageModel, str]:
    registry = ModelRegistry(settings.triage_dir)
    if current := registry.current():
        return current.load(), f"{current.name} loaded from {shown_path(settings.triage_dir)}"
    print("no built triage model: training the release model (about 1-2 minutes)")
    return train_release_model(generate_cases()), "trained by the benchmark"


def _requests(tickets: int, rng: random.Random) -> list[TicketRequest]:
    cases = generate_cases()
    sites = ("demo-main", "demo-east", "jiangnan-main")
    return [
        TicketRequest(
            description=case["text"],
            hospital="",
            log=case["log"],
            language=case["lang"],
            site_id=rng.choice(sites),
            onsite=rng.random() < 0.3,
        )
        for case in rng.sample(cases, tickets + WARM_UP)
    ]


def bench_creations(desk: Desk, settings: Settings, url: str, requests: list) -> dict:
    prepare_database(dataclasses.replace(settings, database_url=url))
    times = []
    now = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
    for number, request in enumerate(requests):
        begun = time.perf_counter()
        with session_scope(url) as session:
            desk.open_ticket(session, request, now=now + timedelta(seconds=number))
        if number >= WARM_UP:
            times.append(time.perf_counter() - begun)
    return {
        "creations_per_s": round(len(times) / sum(times), 1),
        "creation_p50_ms": round(statistics.median(times) * 1000, 1),
        "creation_p95_ms": round(_percentile(times, 0.95) * 1000, 1),
    }


def _triage_p50_ms(model: TriageModel, requests: list[TicketRequest]) -> float:
    times = []
    for request in requests[WARM_UP:]:
        begun = time.perf_counter()
        model.classify(request.description, request.log)
        times.append(time.perf_counter() - begun)
    return round(statistics.median(times) * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engineers", type=int, default=1000)
    parser.add_argument("--decisions", type=int, default=20_000)
    parser.add_argument("--tickets", type=int, default=300)
    parser.add_argument("--sites", type=int, default=200)
    args = parser.parse_args()
    settings = load_settings()
    rng = random.Random(SEED)
    base = Roster.load(settings.roster_file)
    generated = generated_roster(base, args.engineers, rng)
    result = bench_routing(generated, args.decisions, rng)
    travel = TravelTable.load(settings.travel_file)
    result |= bench_onsite_routing(generated, travel, args.sites, args.decisions, rng)
    for key, value in result.items():
        print(f"{key:<28} {value}")
    routing_keys = len(result)

    model, origin = _triage_model(settings)
    desk = Desk(
        model,
        base,
        BusinessCalendar.from_settings(settings),
        IncidentRules.from_settings(settings),
        travel,
    )
    requests = _requests(args.tickets, rng)
    result["creation_tickets"] = args.tickets
    result["creation_inputs"] = (
        f"generated cases (description + log), 3 sites, 30% on site, roster "
        f"{shown_path(settings.roster_file)}, contracts {shown_path(settings.contracts_file)}, "
        f"triage {origin}"
    )
    result["triage_predict_p50_ms"] = _triage_p50_ms(model, requests)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.db"
        sqlite = bench_creations(desk, settings, url, requests)
        get_engine(url).dispose()
    with throwaway_schema(POSTGRES_URL, "bench") as url:
        try:
            postgres = bench_creations(desk, settings, url, requests)
        finally:
            get_engine(url).dispose()
    for name, figures in (("sqlite", sqlite), ("postgresql", postgres)):
        result.update({f"{name}_{key}": value for key, value in figures.items()})
    for key in list(result)[routing_keys:]:
        print(f"{key:<28} {result[key]}")
    save_report(RESULTS, result)
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
