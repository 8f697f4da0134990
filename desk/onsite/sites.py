"""Where the sites are: imported from an ERP export, checked against the travel table, and
placed for routing (a site's own coordinates, else its city's centre)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desk.imports import Row, Tally, read_rows, upsert
from desk.models import Hospital, Site
from desk.onsite.travel import Place, TravelTable


def place_of(site: Site, travel: TravelTable) -> Place | None:
    """None when the site names no city the travel table knows: its arrival cannot be told."""
    if site.city not in travel.cities:
        return None
    if site.lat is not None and site.lon is not None:
        return Place(site.city, site.lat, site.lon)
    return travel.city_place(site.city)


SITE_COLUMNS = ("hospital_id", "hospital_name", "site_id", "site_name", "region", "city")


@dataclass
class SiteImport(Tally):
    hospitals_added: int = 0

    def __str__(self) -> str:
        return f"sites: {super().__str__()}; {self.hospitals_added} hospitals added"


@dataclass(frozen=True)
class _SiteRow:
    site_id: str
    hospital_name: str
    values: dict


def site_place(row: Row, travel: TravelTable, city_required: bool = True) -> dict:
    """A site's city (one the travel table knows) and coordinates (both or neither), checked
    the same way in the sites export and in the contracts file."""
    city = row.text("city", required=city_required)
    if city and city not in travel.cities:
        raise row.error(
            "city", f"unknown city {city!r} (config/travel.yaml: {', '.join(travel.cities)})"
        )
    lat, lon = row.number("lat", -90, 90), row.number("lon", -180, 180)
    if (lat is None) != (lon is None):
        raise row.error("lat" if lat is None else "lon", "give both lat and lon, or neither")
    return {"city": city, "lat": lat, "lon": lon}


def _site_row(row: Row, travel: TravelTable) -> _SiteRow:
    values = {
        "hospital_id": row.text("hospital_id"),
        "name": row.text("site_name"),
        "region": row.text("region"),
        **site_place(row, travel),
    }
    return _SiteRow(row.text("site_id"), row.text("hospital_name"), values)


def import_sites(session: Session, path: Path, travel: TravelTable) -> SiteImport:
    """Upsert hospitals (new ones by id and name) and their sites from an ERP export; the whole
    file is checked before anything is written, so a bad row changes nothing."""
    rows = [_site_row(row, travel) for row in read_rows(path, SITE_COLUMNS)]
    count = SiteImport()
    for row in rows:
        hospital_id = row.values["hospital_id"]
        if session.get(Hospital, hospital_id) is None:
            region = row.values["region"]
            session.add(Hospital(id=hospital_id, name=row.hospital_name, region=region))
            session.flush()
            count.hospitals_added += 1
        count.count(upsert(session, Site, row.site_id, {"id": row.site_id, **row.values}))
    session.flush()
    return count
