"""Roster tables: pools, engineers, certificates, regions and the roster-wide settings.

Rows mirror the roster file field by field (triage.routing.Roster.to_dict), so the file and
the database are read into the same Roster. Nothing is deleted: engineers and pools that leave
the roster are kept inactive, so old tickets still name who had them.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desk.models import Base


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


class RosterSetting(Base):
    """Roster-wide values: the rota's time zone and the duty manager."""

    __tablename__ = "roster_settings"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[dict | str] = mapped_column(JSON)
