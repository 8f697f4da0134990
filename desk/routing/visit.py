"""Where on-site work must go, and when each engineer could be there."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desk.onsite.travel import Leg, Place, TravelTable
from desk.routing.roster import Engineer


@dataclass(frozen=True)
class Visit:
    """A site to reach, and its hospital's sites (where a resident engineer may be stationed)."""

    site: str
    place: Place
    hospital_sites: Mapping[str, Place]
    travel: TravelTable

    def station(self, engineer: Engineer) -> str | None:
        """The site of this hospital the engineer is resident at (驻场), if any."""
        if not engineer.resident_at:
            return None
        if self.site in engineer.resident_at:
            return self.site
        return next((s for s in engineer.resident_at if s in self.hospital_sites), None)

    def arrival(self, engineer: Engineer) -> Leg | None:
        """The estimated journey from the engineer's station or base; None without either."""
        station = self.station(engineer)
        if station == self.site:
            return Leg(self.travel.resident_minutes, "stationed at this site")
        if station is not None:
            origin = self.hospital_sites[station]
        elif engineer.base is not None and engineer.base in self.travel.cities:
            origin = self.travel.city_place(engineer.base)
        else:
            return None
        return self.travel.leg(origin, self.place, engineer.travel)
