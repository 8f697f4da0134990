"""`careline route` (SPEC §6) and `careline roster import`."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from careline.labels import SUBSYSTEM_IDS
from careline.settings import Settings
from cli.inputs import UsageError, read_text_file
from desk.routing.roster import Roster
from desk.routing.route import route
from desk.routing.store import configured_roster, import_roster_file

_TEXT_KEYS = ("site_region", "site", "language")


def _subsystem(ticket: dict, source: Path, settings: Settings) -> str:
    """The ticket's subsystem, or the triage model's reading of its description."""
    subsystem = ticket.get("subsystem")
    if subsystem is None and ticket.get("description"):
        from triage.artefact import TRIAGE_MODEL

        subsystem = TRIAGE_MODEL.load(settings).classify(ticket["description"]).subsystem
    if subsystem not in SUBSYSTEM_IDS:
        raise UsageError(f"{source}: 'subsystem' must be one of {', '.join(SUBSYSTEM_IDS)}")
    return subsystem


def _moment(ticket: dict, source: Path, settings: Settings) -> datetime:
    tz = ZoneInfo(settings.timezone)
    if "at" not in ticket:
        return datetime.now(tz)
    try:
        moment = datetime.fromisoformat(str(ticket["at"]))
    except ValueError as exc:
        raise UsageError(f"{source}: 'at' is not an ISO date and time ({exc})") from exc
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)


def _load(ticket: dict, source: Path) -> dict[str, int]:
    load = ticket.get("load") or {}
    if not isinstance(load, dict) or not all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in load.values()
    ):
        raise UsageError(f"{source}: 'load' must map engineer ids to open ticket counts")
    return load


def _options(ticket: dict, source: Path, roster: Roster) -> dict:
    """The optional keys site_region, site, onsite and language, checked against the roster."""
    options = {key: ticket.get(key) for key in _TEXT_KEYS}
    for key, value in options.items():
        if value is not None and not isinstance(value, str):
            raise UsageError(f"{source}: '{key}' must be a string")
    region = options["site_region"]
    if region is not None and region not in roster.region_ids():
        raise UsageError(
            f"{source}: 'site_region' {region!r} is not one of {', '.join(roster.region_ids())}"
        )
    onsite = ticket.get("onsite", False)
    if not isinstance(onsite, bool):
        raise UsageError(f"{source}: 'onsite' must be true or false")
    return {**options, "onsite": onsite}


def cmd_route(path: Path, settings: Settings) -> dict:
    """The routing decision for the ticket in `path`, as printed by `careline route --json`."""
    ticket = json.loads(read_text_file(path))
    if not isinstance(ticket, dict):
        raise UsageError(f"{path}: expected a JSON object")
    subsystem = _subsystem(ticket, path, settings)
    moment = _moment(ticket, path, settings)
    roster = configured_roster(settings)
    decision = route(
        roster, subsystem, moment, _load(ticket, path), **_options(ticket, path, roster)
    )
    return decision.as_dict()


def cmd_roster_import(path: Path, settings: Settings) -> None:
    """Validate the roster file, then upsert it into the desk database and say what changed."""
    from cli.database import desk_session

    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    with desk_session(settings) as session:
        counts = import_roster_file(session, path)
    print(f"roster {path} imported into the desk database")
    for name, count in counts.items():
        print(f"  {name:<15} {count}")
