"""Reading a vendor's ERP export: CSV (a header row) or YAML (a list of mappings), each row
named as a person would find it again — "row 7" is the spreadsheet's row 7."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from sqlalchemy.orm import Session

from careline.errors import InvalidInput

CSV_SUFFIXES = (".csv",)
YAML_SUFFIXES = (".yaml", ".yml")


class ImportRefused(InvalidInput):
    """An import file the desk refuses; the message names the file, the row and the field."""


@dataclass(frozen=True)
class Row:
    where: str
    values: dict[str, object]

    def text(self, field: str, required: bool = True) -> str:
        value = self.values.get(field)
        text = "" if value is None else str(value).strip()
        if required and not text:
            raise self.error(field, "missing")
        return text

    def number(self, field: str, low: float, high: float, whole: bool = False) -> float | None:
        """None when blank; else a number within [low, high]."""
        raw = self.text(field, required=False)
        if not raw:
            return None
        try:
            value = int(raw) if whole else float(raw)
        except ValueError:
            kind = "a whole number" if whole else "a number"
            raise self.error(field, f"expected {kind}, got {raw!r}") from None
        if not low <= value <= high:
            raise self.error(field, f"{value} is outside {low:g}-{high:g}")
        return value

    def error(self, field: str, problem: str) -> ImportRefused:
        return ImportRefused(f"{self.where}, field {field}: {problem}")


def read_rows(path: Path, required: tuple[str, ...]) -> Iterator[Row]:
    """Each row of a CSV or YAML file; a file without one of the `required` columns is refused
    before any row is read."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportRefused(f"{path}: cannot read ({exc})") from exc
    if path.suffix.lower() in CSV_SUFFIXES:
        rows = _csv_rows(text, path)
    elif path.suffix.lower() in YAML_SUFFIXES:
        rows = _yaml_rows(text, path)
    else:
        raise ImportRefused(f"{path}: expected a .csv, .yaml or .yml file")
    first = True
    for row in rows:
        if first:
            missing = [f for f in required if f not in row.values]
            if missing:
                raise ImportRefused(f"{path}: no column {', '.join(missing)}")
            first = False
        yield row


def _csv_rows(text: str, path: Path) -> Iterator[Row]:
    reader = csv.DictReader(io.StringIO(text))
    for number, values in enumerate(reader, start=2):
        if None in values:
            raise ImportRefused(f"{path}: row {number}: more cells than the header has columns")
        yield Row(f"{path}: row {number}", dict(values))


def _yaml_rows(text: str, path: Path) -> Iterator[Row]:
    try:
        items = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ImportRefused(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(items, list):
        raise ImportRefused(f"{path}: expected a list of rows")
    for number, values in enumerate(items, start=1):
        if not isinstance(values, dict):
            raise ImportRefused(f"{path}: row {number}: expected a mapping of fields to values")
        yield Row(f"{path}: row {number}", values)


Upserted = Literal["added", "updated", "unchanged"]


@dataclass
class Tally:
    """What one import changed; a second import of the same export changes nothing."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0

    def count(self, outcome: Upserted) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def __str__(self) -> str:
        return f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged"


def upsert(session: Session, model: type, key: object, values: dict) -> Upserted:
    """Create the row with this primary key, or bring it up to `values`; say which it was, so
    a second import of the same export changes nothing and says so."""
    row = session.get(model, key)
    if row is None:
        session.add(model(**values))
        return "added"
    if all(getattr(row, name) == value for name, value in values.items()):
        return "unchanged"
    for name, value in values.items():
        setattr(row, name, value)
    return "updated"
