"""The roster in the desk database: its tables, importing a roster file (upsert) and reading
a Roster back.

Rows mirror the roster file field by field (Roster.to_dict / Roster.from_dict), so a roster read
from the database is validated exactly like one read from the file, and routing never knows
where its roster came from. Nothing is deleted: engineers and pools that leave the roster are
kept inactive, so old tickets still name who had them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from careline.settings import Settings
from desk.models import Base
from desk.routing.roster import Roster, RosterError

# --- tables -----------------------------------------------------------------------------------


class _RosterRow:
    """Position keeps the file's order (and so the order reasons are given in)."""

    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RegionRecord(_RosterRow, Base):
    __tablename__ = "regions"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))


class CertificationRecord(_RosterRow, Base):
    __tablename__ = "certifications"

    id: Mapped[str] = mapped_column(String(60), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    subsystems: Mapped[list] = mapped_column(JSON, default=list)
    onsite_only: Mapped[bool] = mapped_column(Boolean, default=False)


class PoolRecord(_RosterRow, Base):
    __tablename__ = "pools"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    subsystems: Mapped[list] = mapped_column(JSON, default=list)
    hotline: Mapped[str] = mapped_column(String(60))


class EngineerRecord(_RosterRow, Base):
    __tablename__ = "engineers"

    id: Mapped[str] = mapped_column(String(60), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    pool: Mapped[str] = mapped_column(String(40), ForeignKey("pools.id"), index=True)
    skills: Mapped[dict] = mapped_column(JSON, default=dict)
    certifications: Mapped[list] = mapped_column(JSON, default=list)
    regions: Mapped[list] = mapped_column(JSON, default=list)
    sites: Mapped[list] = mapped_column(JSON, default=list)
    languages: Mapped[list] = mapped_column(JSON, default=list)
    on_call: Mapped[list] = mapped_column(JSON, default=list)
    timezone: Mapped[str] = mapped_column(String(60))
    capacity: Mapped[int] = mapped_column(Integer)
    roles: Mapped[list] = mapped_column(JSON, default=list)
    base: Mapped[str | None] = mapped_column(String(40))
    travel: Mapped[str] = mapped_column(String(20), default="car", server_default="car")
    resident_at: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")


class RosterSetting(Base):
    """Roster-wide values: the rota's time zone and the duty manager."""

    __tablename__ = "roster_settings"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[dict | str] = mapped_column(JSON)


# --- import and read back ------------------------------------------------------------------

SOURCE = "desk database"
# Record type per list of the roster file, parents before the rows that refer to them.
_LISTS = (
    ("regions", RegionRecord),
    ("certifications", CertificationRecord),
    ("pools", PoolRecord),
    ("engineers", EngineerRecord),
)
_SETTINGS = ("rota_timezone", "duty_manager")


@dataclass
class ImportCount:
    """What one import changed in one list; a second import of the same file changes nothing."""

    added: int = 0
    updated: int = 0
    retired: int = 0
    unchanged: int = 0

    def __str__(self) -> str:
        return (
            f"{self.added} added, {self.updated} updated, {self.retired} retired, "
            f"{self.unchanged} unchanged"
        )


def _upsert(session: Session, record_type: type, items: list[dict]) -> ImportCount:
    count = ImportCount()
    existing = {row.id: row for row in session.scalars(select(record_type))}
    for position, item in enumerate(items):
        values = {**item, "position": position, "active": True}
        row = existing.pop(item["id"], None)
        if row is None:
            session.add(record_type(**values))
            count.added += 1
        elif any(getattr(row, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            count.updated += 1
        else:
            count.unchanged += 1
    for row in existing.values():
        if row.active:
            row.active = False
            count.retired += 1
    session.flush()
    return count


def _store_settings(session: Session, raw: dict) -> None:
    for key in _SETTINGS:
        row = session.get(RosterSetting, key)
        if row is None:
            session.add(RosterSetting(key=key, value=raw[key]))
        elif row.value != raw[key]:
            row.value = raw[key]
    session.flush()


def import_roster(session: Session, roster: Roster) -> dict[str, ImportCount]:
    """Upsert every list; rows missing from `roster` are kept but marked inactive."""
    raw = roster.to_dict()
    counts = {name: _upsert(session, record_type, raw[name]) for name, record_type in _LISTS}
    _store_settings(session, raw)
    return counts


def import_roster_file(session: Session, path: Path) -> dict[str, ImportCount]:
    """Validate the file first: a bad roster never reaches the database."""
    return import_roster(session, Roster.load(path))


def _active_rows(session: Session, record_type: type) -> list[dict]:
    columns = [c.key for c in record_type.__table__.columns if c.key not in ("position", "active")]
    rows = session.scalars(
        select(record_type).where(record_type.active).order_by(record_type.position)
    )
    return [{key: getattr(row, key) for key in columns} for row in rows]


def load_roster(session: Session) -> Roster:
    """The active roster in the database, validated like a file; refused when none was imported."""
    raw: dict = {name: _active_rows(session, record_type) for name, record_type in _LISTS}
    if not raw["engineers"]:
        raise RosterError(f"{SOURCE}: no roster imported; run `careline roster import FILE`")
    for row in session.scalars(select(RosterSetting).where(RosterSetting.key.in_(_SETTINGS))):
        raw[row.key] = row.value
    return Roster.from_dict(raw, SOURCE)


def configured_roster(settings: Settings) -> Roster:
    """The roster named by the `roster_source` setting: the roster file or the desk database."""
    if settings.roster_source == "database":
        from desk.db import session_scope  # the database machinery only when it is needed

        with session_scope(settings.db_url) as session:
            return load_roster(session)
    if settings.roster_source != "file":
        raise RosterError(f"roster_source is 'file' or 'database', not {settings.roster_source!r}")
    return Roster.load(settings.roster_file)
