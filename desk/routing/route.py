"""Route a ticket to a skill pool and an engineer, with the reasons for every choice.

The pool comes from the subsystem; the engineer from who is on call (in the rota's own time
zone), holds the certificates the work needs, goes to the site, speaks the reporter's
language, knows the subsystem best and carries the least for their capacity (config/roster.yaml
explains each field). Work on site instead prefers an engineer resident at the hospital, then
the earliest estimated arrival (config/travel.yaml).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from careline.timetext import duration_text
from desk.onsite.travel import Leg
from desk.routing.roster import MAX_PROFICIENCY, Certification, Engineer, Pool, Roster
from desk.routing.visit import Visit

RUNNERS_UP_SHOWN = 3


@dataclass(frozen=True)
class RouteDecision:
    """`fallback` is None for a regular pick, else "secondary", "lead" or "duty_manager"."""

    pool: Pool
    engineer: Engineer | None
    reasons: list[str] = field(default_factory=list)
    fallback: str | None = None
    # The chosen engineer's estimated journey, for on-site work at a known place.
    arrival: Leg | None = None

    def as_dict(self) -> dict:
        return {
            "pool": self.pool.id,
            "pool_name_zh": self.pool.name_zh,
            "pool_name_en": self.pool.name_en,
            "hotline": self.pool.hotline,
            "engineer": self.engineer.id if self.engineer else None,
            "engineer_name": self.engineer.name if self.engineer else None,
            "fallback": self.fallback,
            "reasons": self.reasons,
            "arrival_minutes": self.arrival.minutes if self.arrival else None,
        }


@dataclass(frozen=True)
class _Work:
    """What the ticket needs from an engineer, and how to say why someone does not fit."""

    subsystem: str
    moment: datetime
    load: Mapping[str, int]
    certifications: tuple[Certification, ...]
    onsite: bool
    region: str | None
    site: str | None
    language: str | None
    visit: Visit | None = None

    def unmet(self, engineer: Engineer) -> list[str]:
        """Every rule the engineer fails for this work besides being on call, in rule order."""
        missing = [
            f"no {c.id} certificate"
            for c in self.certifications
            if c.id not in engineer.certifications
        ]
        on_site_somewhere = self.onsite and (self.region or self.site)
        if on_site_somewhere and not engineer.serves_on_site(self.region, self.site):
            missing.append(f"does not serve {self.place} on site")
        if self.language and self.language not in engineer.languages:
            missing.append(f"does not speak {self.language}")
        if self.load.get(engineer.id, 0) >= engineer.capacity:
            missing.append(f"at capacity ({self.describe_load(engineer)})")
        return missing

    @cached_property
    def place(self) -> str:
        named = [f"site {self.site}"] * bool(self.site) + [f"region {self.region}"] * bool(
            self.region
        )
        return " or ".join(named)

    def describe_load(self, engineer: Engineer) -> str:
        return f"{self.load.get(engineer.id, 0)}/{engineer.capacity} open tickets"

    def rank(self, engineer: Engineer) -> tuple:
        """On site: a resident engineer first, then the earliest arrival. Then the highest
        proficiency, then the lightest load for the engineer's capacity."""
        open_tickets = self.load.get(engineer.id, 0)
        return (
            *self._arrival_rank(engineer),
            -engineer.proficiency(self.subsystem),
            open_tickets / engineer.capacity,
            open_tickets,
            engineer.id,
        )

    def _arrival_rank(self, engineer: Engineer) -> tuple[int, float]:
        if self.visit is None:
            return 0, 0.0
        leg = self.visit.arrival(engineer)
        resident = self.visit.station(engineer) is not None
        return (0 if resident else 1), (leg.minutes if leg else float("inf"))

    def arrival(self, engineer: Engineer) -> Leg | None:
        return self.visit.arrival(engineer) if self.visit else None

    def profile(self, engineer: Engineer) -> str:
        said = (
            f"proficiency {self.subsystem} {engineer.proficiency(self.subsystem)}/"
            f"{MAX_PROFICIENCY}, {self.describe_load(engineer)}"
        )
        if self.visit is None:
            return said
        leg = self.visit.arrival(engineer)
        if leg is None:
            return f"arrival unknown (no base on the roster), {said}"
        station = self.visit.station(engineer)
        resident = f"resident engineer at {station}, " if station else ""
        eta = duration_text(timedelta(minutes=leg.minutes))
        return f"{resident}arrives in about {eta} ({leg.how}), {said}"

    def on_call_note(self, engineer: Engineer) -> str:
        local = self.moment.astimezone(engineer.zone)
        return f"{engineer.name} on call at {local:%a %H:%M} ({engineer.timezone} rota)"


def _choose(
    candidates: Iterable[Engineer], work: _Work, label: str
) -> tuple[Engineer | None, list[str]]:
    """The best fitting on-call candidate, and a reason for everyone who was left out."""
    fits: list[Engineer] = []
    off_call: list[str] = []
    reasons: list[str] = []
    for engineer in candidates:
        if not engineer.on_call_at(work.moment):
            off_call.append(engineer.name)
        elif unmet := work.unmet(engineer):
            reasons.append(f"{label}{engineer.name} skipped: {'; '.join(unmet)}")
        else:
            fits.append(engineer)
    if off_call:
        reasons.insert(0, f"{label}not on call at {work.moment:%a %H:%M}: {', '.join(off_call)}")
    if not fits:
        return None, reasons
    best, *others = heapq.nsmallest(RUNNERS_UP_SHOWN + 1, fits, key=work.rank)
    reasons += [work.on_call_note(best), f"{best.name}: {work.profile(best)}"]
    if others:
        shown = ", ".join(f"{e.name} ({work.profile(e)})" for e in others)
        more = len(fits) - 1 - len(others)
        reasons.append(f"preferred over {shown}" + (f" and {more} more" if more else ""))
    return best, reasons


def _lead(leads: list[Engineer], work: _Work) -> tuple[Engineer | None, list[str]]:
    """A reachable pool lead takes the ticket to arrange the work, even if they lack a rule."""
    reachable = [e for e in leads if e.on_call_at(work.moment)]
    if not reachable:
        names = ", ".join(e.name for e in leads) or "none named"
        return None, [f"pool lead not reachable at {work.moment:%a %H:%M} ({names})"]
    lead = min(reachable, key=lambda e: (len(work.unmet(e)), work.rank(e)))
    reasons = [f"fallback pool lead: {work.on_call_note(lead)}, takes the ticket"]
    if unmet := work.unmet(lead):
        reasons.append(f"{lead.name} arranges the work: {'; '.join(unmet)}")
    return lead, reasons


def route(
    roster: Roster,
    subsystem: str,
    moment: datetime,
    load: Mapping[str, int] | None = None,
    *,
    site_region: str | None = None,
    onsite: bool = False,
    language: str | None = None,
    site: str | None = None,
    visit: Visit | None = None,
) -> RouteDecision:
    """Pool by subsystem; engineer by on call, certificate, region on site, language,
    proficiency and load (on site with a `visit`: resident first, then earliest arrival);
    when nobody fits: secondary on-call, pool lead, duty manager."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(roster.timezone))
    pool = roster.pool_for(subsystem)
    certifications = roster.certifications_for(subsystem, onsite)
    work = _Work(
        subsystem,
        moment,
        load or {},
        certifications,
        onsite,
        site_region,
        site,
        language,
        visit if onsite else None,
    )
    reasons = [f"pool {pool.id}: covers subsystem {subsystem}", *_requirements(work)]
    members = roster.members(pool.id)

    engineer, said = _choose((e for e in members if "secondary" not in e.roles), work, "")
    reasons += said
    if engineer is not None:
        return RouteDecision(pool, engineer, reasons, arrival=work.arrival(engineer))

    reasons.append(f"nobody on the {pool.id} rota fits: fallback to the secondary on-call")
    secondaries = [e for e in members if "secondary" in e.roles]
    engineer, said = _choose(secondaries, work, "secondary on-call ")
    reasons += said if secondaries else [f"no secondary on-call in {pool.id}"]
    if engineer is not None:
        return RouteDecision(pool, engineer, reasons, "secondary", arrival=work.arrival(engineer))

    reasons.append("no secondary on-call fits: fallback to the pool lead")
    engineer, said = _lead([e for e in members if "lead" in e.roles], work)
    reasons += said
    if engineer is not None:
        return RouteDecision(pool, engineer, reasons, "lead", arrival=work.arrival(engineer))

    manager = roster.duty_manager
    reasons.append(f"fallback duty manager: {manager.name} ({manager.hotline}) dispatches")
    return RouteDecision(pool, None, reasons, "duty_manager")


def _requirements(work: _Work) -> list[str]:
    """The rules this ticket adds beyond on call, proficiency and load, stated up front."""
    said = []
    if work.certifications:
        where = "on-site " if work.onsite else ""
        names = ", ".join(f"{c.id} ({c.name_zh})" for c in work.certifications)
        said.append(f"{where}{work.subsystem} work needs certificate {names}")
    if work.onsite:
        said.append(
            f"on-site work in {work.place}"
            if work.region or work.site
            else "on-site work but the site's region is unknown: region not checked"
        )
        said.append(
            "resident engineer at the hospital first, then the earliest arrival"
            if work.visit
            else "the site's place is unknown: arrival not estimated"
        )
    if work.language:
        said.append(f"reporter's language {work.language}")
    return said
