"""`careline backup DIR` and `careline restore DIR`: the embedded databases and the keys that
make them readable, copied consistently while the services run.

SQLite's online backup copies each database page by page inside a read transaction, so a copy
taken in the middle of a burst of tickets is a state the desk really was in (WAL included). The
audit key travels with the desk database: without it the audit seal cannot be checked. A
PostgreSQL desk is backed up with the server's own tools (pg_dump), as the README says.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from careline.errors import InvalidInput
from careline.settings import Settings

MANIFEST = "manifest.json"


def _sqlite_path(url: str) -> Path | None:
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def _parts(settings: Settings) -> dict[str, Path]:
    """What a backup holds, by name in the backup folder."""
    desk_db = _sqlite_path(settings.db_url)
    if desk_db is None:
        raise InvalidInput(
            "the desk database is PostgreSQL: back it up with pg_dump (the README names the "
            "command); careline backup copies the embedded SQLite files"
        )
    return {
        "careline.db": desk_db,
        "tracker.db": settings.tracker_db_path,
        "audit.key": settings.audit_key_path,
        "service.token": settings.service_token_path,
    }


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _copy_sqlite(source: Path, target: Path) -> None:
    live, copy = sqlite3.connect(source), sqlite3.connect(target)
    try:
        live.backup(copy)
    finally:
        copy.close()
        live.close()


def backup(settings: Settings, folder: Path) -> dict:
    """Copy every part that exists into a new folder with a manifest of their hashes."""
    if folder.exists() and any(folder.iterdir()):
        raise InvalidInput(f"{folder} is not empty: a backup goes into a new folder")
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for name, source in _parts(settings).items():
        if not source.exists():
            continue
        target = folder / name
        if name.endswith(".db"):
            _copy_sqlite(source, target)
        else:
            shutil.copy2(source, target)
            target.chmod(0o600)
        files[name] = {"from": str(source), "sha256": _sha256(target)}
    manifest = {"made_at": datetime.now(UTC).isoformat(timespec="seconds"), "files": files}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return manifest


def restore(settings: Settings, folder: Path) -> list[str]:
    """Put a backup's files back where this configuration keeps them (services stopped); every
    file is checked against the manifest first, so a damaged backup restores nothing."""
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        raise InvalidInput(f"{folder} holds no {MANIFEST}: not a careline backup")
    files = json.loads(manifest_path.read_text(encoding="utf-8"))["files"]
    for name, entry in files.items():
        if _sha256(folder / name) != entry["sha256"]:
            raise InvalidInput(f"{folder / name} does not match the manifest: nothing restored")
    parts = _parts(settings)
    for name in files:
        target = parts[name]
        target.parent.mkdir(parents=True, exist_ok=True)
        for stale in (
            target.with_name(target.name + "-wal"),
            target.with_name(target.name + "-shm"),
        ):
            stale.unlink(missing_ok=True)
        staged = target.with_name(f".{target.name}.restoring")
        shutil.copy2(folder / name, staged)
        staged.replace(target)
    return sorted(files)


def cmd_backup(settings: Settings, folder: str) -> None:
    manifest = backup(settings, Path(folder))
    print(f"backed up {', '.join(manifest['files'])} to {folder}")


def cmd_restore(settings: Settings, folder: str) -> None:
    print(f"restored {', '.join(restore(settings, Path(folder)))} from {folder}")
