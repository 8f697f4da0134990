"""Hospitals, sites and service contracts: read from config/contracts.yaml into the database.

The file is the one place an operator edits; importing it again updates rows by id, so the
desk can import it at every start without duplicating anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from careline.errors import InvalidInput
from careline.labels import SUBSYSTEM_IDS, TIER_IDS
from careline.settings import Settings
from desk.db import migrate, session_scope
from desk.imports import Row, upsert
from desk.models import Contract, Coverage, Hospital, Site
from desk.onsite.sites import import_sites, site_place
from desk.onsite.travel import TravelTable
from desk.parts.catalogue import DEPOTS_FILE, import_depots, seed_parts
from desk.routing.roster import Roster
from desk.sla import ARRIVAL_KEYS

TARGET_KEYS = frozenset(
    {
        "respond_minutes",
        "resolve_minutes",
        "respond_days",
        "resolve_days",
        *ARRIVAL_KEYS.values(),
    }
)


# How often a service plan's inspections fall due; only quarterly (domain §2.5) so far.
INSPECTION_SCHEDULES = ("quarterly",)
SERVICE_PLAN_KEYS = frozenset({"inspection", "subsystems", "sites"})

# The language a site's staff read (upgrade notices are written in it): careline/language.py's.
SITE_LANGUAGES = ("zh", "en")
DEFAULT_SITE_LANGUAGE = "zh"


class ContractsError(InvalidInput):
    """The contracts file says something the desk cannot apply; the message names the entry."""


@dataclass(frozen=True)
class ImportCounts:
    hospitals: int
    sites: int
    contracts: int


def _require(entry: object, keys: tuple[str, ...], where: str) -> None:
    if not isinstance(entry, dict):
        raise ContractsError(f"{where}: expected a mapping of keys to values")
    missing = [k for k in keys if entry.get(k) in (None, "")]
    if missing:
        raise ContractsError(f"{where}: missing {', '.join(missing)}")


def _targets(raw: object, where: str) -> dict[str, dict[str, int]]:
    if not isinstance(raw, dict):
        raise ContractsError(f"{where}: targets must map tiers to their targets")
    targets: dict[str, dict[str, int]] = {}
    for tier, values in raw.items():
        if tier not in TIER_IDS or not isinstance(values, dict):
            raise ContractsError(f"{where}: '{tier}' is not one of {', '.join(TIER_IDS)}")
        unknown = set(values) - TARGET_KEYS
        if unknown:
            raise ContractsError(f"{where}: {tier} has unknown keys {sorted(unknown)}")
        if not all(
            isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in values.values()
        ):
            raise ContractsError(f"{where}: {tier} targets must be positive whole numbers")
        targets[tier] = dict(values)
    return targets


def _day(value: object, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ContractsError(f"{where}: '{value}' is not a date") from exc


def _import_hospitals(
    session: Session, hospitals: list, source: str, travel: TravelTable
) -> tuple[int, int]:
    sites = 0
    for index, entry in enumerate(hospitals):
        where = f"{source}: hospitals[{index}]"
        _require(entry, ("id", "name"), where)
        upsert(
            session,
            Hospital,
            str(entry["id"]),
            {
                "id": str(entry["id"]),
                "name": str(entry["name"]),
                "region": str(entry.get("region", "")),
                "level": str(entry.get("level", "")),
                "resident_engineer": bool(entry.get("resident_engineer", False)),
            },
        )
        for number, site in enumerate(entry.get("sites") or []):
            place = f"{where}.sites[{number}]"
            _require(site, ("id", "name"), place)
            region = str(site.get("region") or entry.get("region", ""))
            language = str(site.get("language") or DEFAULT_SITE_LANGUAGE)
            if language not in SITE_LANGUAGES:
                raise ContractsError(f"{place}: language must be zh or en, not {language!r}")
            values = {
                "id": str(site["id"]),
                "hospital_id": str(entry["id"]),
                "name": str(site["name"]),
                "region": region,
                "language": language,
                **site_place(Row(place, site), travel, city_required=False),
            }
            upsert(session, Site, values["id"], values)
            sites += 1
    return len(hospitals), sites


def _ids(raw: object, known: tuple[str, ...] | set[str], what: str, where: str) -> list[str]:
    """A list of known ids, each once, in the file's order."""
    if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
        raise ContractsError(f"{where}: {what} must be a list of ids")
    unknown = [v for v in raw if v not in known]
    if unknown:
        raise ContractsError(f"{where}: unknown {what} {', '.join(unknown)}")
    if len(set(raw)) != len(raw):
        raise ContractsError(f"{where}: {what} lists an id twice")
    return list(raw)


def _service_plan(raw: object, sites: set[str], where: str) -> dict | None:
    """The proactive service the contract buys: how often inspections fall due, the
    subsystems their checks cover, and the sites inspected one by one (none: the hospital is
    inspected as a whole). No plan, no inspections."""
    if raw is None:
        return None
    where = f"{where}: service_plan"
    if not isinstance(raw, dict):
        raise ContractsError(f"{where}: expected a mapping of inspection, subsystems, sites")
    unknown = set(raw) - SERVICE_PLAN_KEYS
    if unknown:
        raise ContractsError(f"{where}: unknown keys {sorted(unknown)}")
    if raw.get("inspection") not in INSPECTION_SCHEDULES:
        choices = " or ".join(INSPECTION_SCHEDULES)
        raise ContractsError(f"{where}: inspection must be {choices}")
    subsystems = _ids(raw.get("subsystems"), SUBSYSTEM_IDS, "subsystems", where)
    if not subsystems:
        raise ContractsError(f"{where}: subsystems must name at least one subsystem")
    return {
        "inspection": raw["inspection"],
        "subsystems": subsystems,
        "sites": _ids(raw.get("sites") or [], sites, "sites", where),
    }


def _contract_values(entry: dict, hospital_sites: dict[str, set[str]], where: str) -> dict:
    _require(entry, ("id", "name", "hospital", "coverage", "valid_from", "valid_to"), where)
    if str(entry["hospital"]) not in hospital_sites:
        raise ContractsError(f"{where}: unknown hospital '{entry['hospital']}'")
    if entry["coverage"] not in {c.value for c in Coverage}:
        choices = " or ".join(c.value for c in Coverage)
        raise ContractsError(f"{where}: coverage must be {choices}")
    pause = entry.get("parts_pause_resolution", False)
    if not isinstance(pause, bool):
        raise ContractsError(f"{where}: parts_pause_resolution must be true or false")
    valid_from = _day(entry["valid_from"], where)
    valid_to = _day(entry["valid_to"], where)
    if valid_to < valid_from:
        raise ContractsError(f"{where}: valid_to is before valid_from")
    return {
        "name": str(entry["name"]),
        "hospital_id": str(entry["hospital"]),
        "coverage": str(entry["coverage"]),
        "targets": _targets(entry.get("targets") or {}, where),
        "parts_pause_resolution": pause,
        "valid_from": valid_from,
        "valid_to": valid_to,
        "service_plan": _service_plan(
            entry.get("service_plan"), hospital_sites[str(entry["hospital"])], where
        ),
    }


def _check_no_overlap(contracts: dict[str, dict], source: str) -> None:
    """Two contracts of one hospital valid on the same day would make a ticket's SLA a guess."""
    spans = sorted(
        (c["hospital_id"], c["valid_from"], c["valid_to"], k) for k, c in contracts.items()
    )
    for (hospital, _, end, first), (other, start, _, second) in pairwise(spans):
        if hospital == other and start <= end:
            raise ContractsError(f"{source}: contracts {first} and {second} overlap")


def prepare_database(settings: Settings) -> ImportCounts:
    """Run by `careline build` and at every desk process's start: the schema migrated to the
    newest revision, then the configured sites, contracts, depots and parts brought in."""
    migrate(settings.db_url)
    with session_scope(settings.db_url) as session:
        return import_configured_data(session, settings)


def import_configured_data(
    session: Session, settings: Settings, contracts_file: Path | None = None
) -> ImportCounts:
    """The sites export first (contracts may name its hospitals), then the contracts file (its
    sites' cities checked against the travel table like the export's); then the depots and
    suppliers, and into a desk without parts the catalogue and stock exports."""
    travel = TravelTable.load(settings.travel_file)
    import_sites(session, settings.sites_file, travel)
    counts = import_contracts(session, contracts_file or settings.contracts_file, travel)
    import_depots(session, settings.parts_dir / DEPOTS_FILE, travel)
    certificates = frozenset(c.id for c in Roster.load(settings.roster_file).certifications)
    seed_parts(session, settings.parts_dir, certificates)
    return counts


def import_contracts(session: Session, path: Path, travel: TravelTable) -> ImportCounts:
    """Create or update every hospital, site and contract of the file (matched by id)."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ContractsError(f"{path}: cannot read ({exc})") from exc
    hospitals = raw.get("hospitals") or []
    hospital_count, site_count = _import_hospitals(session, hospitals, str(path), travel)
    session.flush()
    known: dict[str, set[str]] = {h: set() for h in session.scalars(select(Hospital.id))}
    for site_id, hospital_id in session.execute(select(Site.id, Site.hospital_id)):
        known[hospital_id].add(site_id)
    contracts = {
        str(entry.get("id")): _contract_values(entry, known, f"{path}: contracts[{index}]")
        for index, entry in enumerate(raw.get("contracts") or [])
    }
    _check_no_overlap(contracts, str(path))
    for key, values in contracts.items():
        upsert(session, Contract, key, {"id": key, **values})
    session.flush()
    return ImportCounts(hospital_count, site_count, len(contracts))


def find_hospital(session: Session, name_or_id: str) -> Hospital | None:
    """Callers know a hospital by its id or by the name people use for it."""
    hospital = session.get(Hospital, name_or_id)
    if hospital is None:
        hospital = session.scalars(select(Hospital).where(Hospital.name == name_or_id)).first()
    return hospital


def contract_for(session: Session, hospital_id: str, day: date) -> Contract | None:
    """The contract valid for the hospital on `day` (both ends included), if any."""
    return session.scalars(
        select(Contract)
        .where(
            Contract.hospital_id == hospital_id,
            Contract.valid_from <= day,
            Contract.valid_to >= day,
        )
        .order_by(Contract.valid_from.desc())
        .limit(1)
    ).first()
