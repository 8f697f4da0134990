"""`careline sites import FILE`: hospitals' sites with their cities and coordinates."""

from __future__ import annotations

from pathlib import Path

from careline.settings import Settings
from cli.inputs import UsageError
from desk.onsite.sites import import_sites
from desk.onsite.travel import TravelTable


def cmd_sites_import(path: Path, settings: Settings) -> None:
    """Check every row against the travel table, then upsert hospitals and sites."""
    from cli.database import desk_session

    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    travel = TravelTable.load(settings.travel_file)
    with desk_session(settings) as session:
        count = import_sites(session, path, travel)
    print(f"sites {path} imported into the desk database: {count}")
