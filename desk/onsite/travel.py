"""Travel time from an engineer to a site: the measured city-pair table first, the road distance
from the base city's centre otherwise (config/travel.yaml documents every field)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Annotated, Protocol

from pydantic import BaseModel, ConfigDict, Field, model_validator

from careline.config_files import read_model
from careline.errors import InvalidInput

EARTH_RADIUS_KM = 6371.0
TABLE = "travel table"


class TravelError(InvalidInput):
    """A travel file the desk cannot use; the message names the file and the field."""


Minutes = Annotated[int, Field(ge=0, le=7 * 24 * 60)]


class Mode(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name_zh: str
    name_en: str
    speed_kmh: float = Field(gt=0, le=1000)
    setup_minutes: Minutes = 0


class City(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name_zh: str
    name_en: str
    province: str
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class Traveller(Protocol):
    """Who travels, as the travel table sees an engineer."""

    id: str
    base: str | None
    travel: str


@dataclass(frozen=True)
class Place:
    """Where someone sets out from or must reach: a city (for the table) and a point."""

    city: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Leg:
    """A travel estimate and how it was reached, in the words a routing reason uses."""

    minutes: int
    how: str


def distance_km(origin: Place, destination: Place) -> float:
    """Great-circle distance (haversine)."""
    lat1, lat2 = math.radians(origin.lat), math.radians(destination.lat)
    dlat, dlon = lat2 - lat1, math.radians(destination.lon - origin.lon)
    a = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


class TravelTable(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    road_factor: float = Field(ge=1, le=5)
    resident_minutes: Minutes
    fallback_mode: str
    modes: dict[str, Mode]
    service_centres: tuple[str, ...]
    cities: dict[str, City]
    pairs: tuple[dict[str, str | int], ...] = ()

    @model_validator(mode="after")
    def _references_are_known(self) -> TravelTable:
        self.require_mode(self.fallback_mode, "fallback_mode")
        for centre in self.service_centres:
            self.require_city(centre, "service_centres")
        for index, pair in enumerate(self.pairs):
            where = f"pairs[{index}]"
            for end in ("from", "to"):
                self.require_city(str(pair.get(end, "")), f"{where}.{end}")
            for key, minutes in pair.items():
                if key in ("from", "to"):
                    continue
                self.require_mode(key, f"{where}.{key}")
                if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes <= 0:
                    raise ValueError(f"{where}.{key}: expected minutes > 0, got {minutes!r}")
        return self

    def require_city(self, city: str, where: str) -> City:
        if city not in self.cities:
            raise ValueError(f"{where}: unknown city {city!r} (known: {', '.join(self.cities)})")
        return self.cities[city]

    def require_mode(self, mode: str, where: str) -> Mode:
        if mode not in self.modes:
            raise ValueError(
                f"{where}: unknown travel mode {mode!r} (known: {', '.join(self.modes)})"
            )
        return self.modes[mode]

    @classmethod
    def load(cls, path: Path) -> TravelTable:
        return read_model(path, cls, TravelError)

    @cached_property
    def _measured(self) -> dict[tuple[str, str, str], int]:
        table = {}
        for pair in self.pairs:
            ends = str(pair["from"]), str(pair["to"])
            for mode, minutes in pair.items():
                if mode not in ("from", "to"):
                    table[(*ends, mode)] = table[(*ends[::-1], mode)] = int(minutes)
        return table

    def check_travellers(self, travellers: Iterable[Traveller], source: str) -> None:
        """Every engineer's base and mode must be the table's: a typo would hide them from
        on-site work without a word."""
        for index, person in enumerate(travellers):
            place = f"{source}: engineers[{index}] ({person.id})"
            try:
                if person.base is not None:
                    self.require_city(person.base, f"{place}.base")
                self.require_mode(person.travel, f"{place}.travel")
            except ValueError as exc:
                raise TravelError(str(exc)) from None

    @cached_property
    def _centres(self) -> dict[str, Place]:
        return {key: Place(key, city.lat, city.lon) for key, city in self.cities.items()}

    def city_place(self, city: str) -> Place:
        """The city's centre, where an engineer based there sets out from."""
        if city not in self._centres:
            self.require_city(city, "city")
        return self._centres[city]

    def in_city(self, city: str) -> bool:
        """Whether a vendor office is in this city: the contract's "in the city" promise."""
        return city in self.service_centres

    @cached_property
    def _legs(self) -> dict[tuple[Place, Place, str], Leg]:
        """Estimates made so far: routing asks for the same few hundred again and again."""
        return {}

    def leg(self, origin: Place, destination: Place, mode: str) -> Leg:
        """The quicker of the engineer's own mode and the fallback mode (a train is no use
        across town; a taxi always is)."""
        key = (origin, destination, mode)
        if (known := self._legs.get(key)) is None:
            options = {mode, self.fallback_mode}
            legs = [self._estimate(origin, destination, m) for m in sorted(options)]
            known = self._legs[key] = min(legs, key=lambda leg: leg.minutes)
        return known

    def _estimate(self, origin: Place, destination: Place, mode: str) -> Leg:
        """Minutes by one mode: the table's when it lists the two cities for this mode, else
        road distance at the mode's speed plus its setup time."""
        measured = self._measured.get((origin.city, destination.city, mode))
        if measured is not None:
            return Leg(measured, f"{self.modes[mode].name_en}, {TABLE}")
        travel = self.modes[mode]
        km = distance_km(origin, destination) * self.road_factor
        minutes = travel.setup_minutes + math.ceil(km / travel.speed_kmh * 60)
        return Leg(minutes, f"{travel.name_en}, ≈{km:.0f} km by road")
