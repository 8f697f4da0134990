"""`careline parts import FILE`: the parts catalogue or a stock count from the ERP."""

from __future__ import annotations

from pathlib import Path

from careline.settings import Settings
from cli.inputs import UsageError
from desk.parts.catalogue import import_parts
from desk.routing.store import configured_roster


def cmd_parts_import(path: Path, settings: Settings) -> None:
    """Check every row (suppliers, depots, certificates must exist), then upsert."""
    from cli.database import desk_session

    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    certificates = frozenset(c.id for c in configured_roster(settings).certifications)
    with desk_session(settings) as session:
        count = import_parts(session, path, certificates)
    print(f"parts {path} imported into the desk database: {count}")
