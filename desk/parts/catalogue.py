"""Bringing the vendor's ERP exports in: depots and suppliers (config/parts/depots.yaml), the parts
catalogue and stock counts (`careline parts import FILE`, CSV or YAML).

A file is a catalogue when its rows name parts (`part_number, name, fits, supplier, …`) and a
stock count when they name depots (`depot, part_number, quantity, reorder_point`). Every row is
checked before anything is written; an error names the row and the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careline.labels import SUBSYSTEM_IDS
from desk import audit
from desk.imports import ImportRefused, Row, Tally, read_rows, upsert
from desk.onsite.travel import TravelTable
from desk.parts.reservations import NO_TICKET, record_movement
from desk.parts.store import Depot, Part, Stock, Supplier

CATALOGUE_COLUMNS = ("part_number", "name", "fits", "supplier")
STOCK_COLUMNS = ("depot", "part_number", "quantity")
MAX_STOCK = 1_000_000
IMPORT_ACTOR = "erp-import"
DEPOTS_FILE = "depots.yaml"
# The exports a new desk starts from, catalogue before the stock that names its parts.
SEED_EXPORTS = ("catalogue.csv", "stock.csv")


@dataclass
class PartsImport(Tally):
    kind: str = ""

    def __str__(self) -> str:
        return f"{self.kind}: {super().__str__()}"


# --- depots and suppliers ----------------------------------------------------------------------


def import_depots(session: Session, path: Path, travel: TravelTable) -> None:
    """Depots (each in a city of the travel table) and suppliers with their lead times."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ImportRefused(f"{path}: cannot read ({exc})") from exc
    for index, entry in enumerate(raw.get("suppliers") or [], start=1):
        row = Row(f"{path}: suppliers[{index}]", entry)
        values = {
            "id": row.text("id"),
            "name": row.text("name"),
            "lead_days": int(row.number("lead_days", 0, 365, whole=True) or 0),
        }
        upsert(session, Supplier, values["id"], values)
    for index, entry in enumerate(raw.get("depots") or [], start=1):
        row = Row(f"{path}: depots[{index}]", entry)
        city = row.text("city")
        if city not in travel.cities:
            raise row.error("city", f"unknown city {city!r} (config/travel.yaml)")
        handling = row.number("handling_minutes", 0, 24 * 60, whole=True)
        values = {
            "id": row.text("id"),
            "name": row.text("name"),
            "city": city,
            "handling_minutes": int(30 if handling is None else handling),
        }
        upsert(session, Depot, values["id"], values)
    session.flush()


# --- catalogue and stock -----------------------------------------------------------------------


def _day(row: Row, field: str) -> date | None:
    text = row.text(field, required=False)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise row.error(field, f"expected a date like 2027-06-30, got {text!r}") from None


def _fits(row: Row) -> list[str]:
    value = row.values.get("fits")
    models = value if isinstance(value, list) else str(value or "").split(";")
    models = [str(m).strip() for m in models if str(m).strip()]
    if not models:
        raise row.error("fits", "name at least one device model (separated by ';')")
    return models


def _part_values(session: Session, row: Row, certificates: frozenset[str]) -> dict:
    supplier = row.text("supplier")
    if session.get(Supplier, supplier) is None:
        raise row.error("supplier", f"unknown supplier {supplier!r} (config/parts/depots.yaml)")
    subsystem = row.text("subsystem", required=False)
    if subsystem and subsystem not in SUBSYSTEM_IDS:
        raise row.error("subsystem", f"unknown subsystem {subsystem!r}")
    certificate = row.text("certificate", required=False)
    if certificate and certificate not in certificates:
        raise row.error("certificate", f"unknown certificate {certificate!r} (the roster's)")
    end_of_life, last_buy = _day(row, "end_of_life"), _day(row, "last_buy")
    return {
        "number": row.text("part_number"),
        "name": row.text("name"),
        "fits": _fits(row),
        "subsystem": subsystem,
        "end_of_life": end_of_life,
        "last_buy": last_buy,
        "certificate": certificate,
        "supplier_id": supplier,
    }


def _stock_values(session: Session, row: Row) -> dict:
    depot, number = row.text("depot"), row.text("part_number")
    if session.get(Depot, depot) is None:
        raise row.error("depot", f"unknown depot {depot!r} (config/parts/depots.yaml)")
    if session.get(Part, number) is None:
        raise row.error("part_number", f"no part {number!r} in the catalogue")
    quantity = int(row.number("quantity", 0, MAX_STOCK, whole=True) or 0)
    reorder = int(row.number("reorder_point", 0, MAX_STOCK, whole=True) or 0)
    held = session.scalar(
        select(Stock.reserved).where(Stock.depot_id == depot, Stock.part_number == number)
    )
    if held and quantity < held:
        raise row.error("quantity", f"{quantity} is fewer than the {held} reserved for tickets")
    return {
        "depot_id": depot,
        "part_number": number,
        "quantity": quantity,
        "reorder_point": reorder,
    }


def _write_stock(
    session: Session, values: dict, count: PartsImport, source: str, audited: bool
) -> None:
    """A stock count sets what is on hand; the change is a movement, audited (a new desk's
    opening stock is audited once, as a whole, by `seed_parts`)."""
    stock = session.scalars(
        select(Stock).where(
            Stock.depot_id == values["depot_id"], Stock.part_number == values["part_number"]
        )
    ).first()
    if stock is None:
        stock = Stock(reserved=0, **values)
        session.add(stock)
        session.flush()
        if audited:
            record_movement(session, stock, None, IMPORT_ACTOR, f"stock count {source}", NO_TICKET)
        count.added += 1
        return
    if (stock.quantity, stock.reorder_point) == (values["quantity"], values["reorder_point"]):
        count.unchanged += 1
        return
    before = stock.quantity, stock.reserved
    stock.quantity, stock.reorder_point = values["quantity"], values["reorder_point"]
    record_movement(session, stock, before, IMPORT_ACTOR, f"stock count {source}", NO_TICKET)
    count.updated += 1


def import_parts(
    session: Session, path: Path, certificates: frozenset[str], audited: bool = True
) -> PartsImport:
    """A catalogue or a stock count (told apart by their columns), all rows checked first."""
    rows = list(read_rows(path, ("part_number",)))
    if rows and "depot" in rows[0].values:
        missing = [c for c in STOCK_COLUMNS if c not in rows[0].values]
        if missing:
            raise ImportRefused(f"{path}: a stock count needs the column(s) {', '.join(missing)}")
        checked = [_stock_values(session, row) for row in rows]
        count = PartsImport(kind="stock")
        for values in checked:
            _write_stock(session, values, count, str(path.name), audited)
    else:
        missing = [c for c in CATALOGUE_COLUMNS if rows and c not in rows[0].values]
        if missing:
            raise ImportRefused(f"{path}: a catalogue needs the column(s) {', '.join(missing)}")
        checked = [_part_values(session, row, certificates) for row in rows]
        count = PartsImport(kind="catalogue")
        for values in checked:
            count.count(upsert(session, Part, values["number"], values))
    session.flush()
    return count


def has_parts(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Part)))


def seed_parts(session: Session, folder: Path, certificates: frozenset[str]) -> None:
    """A desk without parts starts from the catalogue and stock exports, audited as one entry."""
    if has_parts(session):
        return
    counts = [
        import_parts(session, folder / name, certificates, audited=False) for name in SEED_EXPORTS
    ]
    audit.record(
        session,
        NO_TICKET,
        IMPORT_ACTOR,
        "stock",
        None,
        "; ".join(str(c) for c in counts),
        f"opening stock from {folder.name}/{', '.join(SEED_EXPORTS)}",
    )
