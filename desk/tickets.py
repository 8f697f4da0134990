"""Opening, finding and flagging tickets: triage, routing, SLA and audit in one unit of work."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from loguru import logger
from sqlalchemy import Index, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from careline.errors import InvalidInput
from careline.labels import SUBSYSTEM_IDS
from careline.limits import MAX_LOG_EXCERPT_CHARS, MAX_SCREENSHOT_TEXT_CHARS
from careline.redaction import redact
from careline.settings import Settings
from careline.text import printable
from desk import audit, incidents, workflow
from desk.business_calendar import BusinessCalendar
from desk.contracts import contract_for, find_hospital, prepare_database
from desk.incidents import IncidentRules
from desk.models import (
    LOAD_STATUSES,
    MONITOR_CHANNEL,
    UNACCEPTED_STATUSES,
    Contract,
    Hospital,
    Site,
    Status,
    StatusChange,
    Ticket,
    utcnow,
)
from desk.onsite.arrival import visit_fields, zone_of
from desk.onsite.sites import place_of
from desk.onsite.travel import TravelTable
from desk.parts import reservations
from desk.parts.needs import ALWAYS_NEEDED_FILE, PartRule, load_rules, needed_part
from desk.parts.store import PartRequest
from desk.routing.roster import Roster
from desk.routing.route import RouteDecision, route
from desk.routing.store import configured_roster
from desk.routing.visit import Visit
from desk.sla import apply_deadlines
from triage.model import TriageModel, TriagePrediction
from triage.versions import ModelRegistry

SYSTEM_ACTOR = "careline"
# Someone works the ticket: a part is requested then (and while it already waits on one).
PART_REQUEST_STATUSES = (Status.ACCEPTED, Status.IN_PROGRESS, Status.WAITING_ON_PART)
MAX_TRANSCRIPT_CHARS = 2_000
# The text of a conversation's last few screenshots (each at most MAX_SCREENSHOT_TEXT_CHARS).
MAX_SCREENSHOTS_TEXT_CHARS = 3 * MAX_SCREENSHOT_TEXT_CHARS
_NUMBER = re.compile(r"(?i)\bCL-?(\d{1,8})\b")
# `open_load` counts from this index alone (migration 0006), never reading the ticket rows.
LOAD_INDEX = Index("ix_tickets_status_engineer", Ticket.status, Ticket.engineer)


def format_number(ticket_id: int) -> str:
    return f"CL-{ticket_id:06d}"


def parse_number(text: str) -> str | None:
    """The ticket number mentioned in a message, normalised ("cl-42" → "CL-000042")."""
    match = _NUMBER.search(text)
    return format_number(int(match.group(1))) if match else None


@dataclass
class TicketRequest:
    description: str
    hospital: str
    log: str = ""
    location: str = ""
    reporter: str = ""
    language: str = "zh"
    channel: str = "chat"
    kb_offered: list[str] = field(default_factory=list)
    callback_requested: bool = False
    site_id: str | None = None
    onsite: bool = False
    # The system the reporter named (a SPEC §3.1 id): it outranks the triage's guess.
    subsystem: str | None = None
    callback_phone: str = ""
    transcript: list[dict[str, str]] = field(default_factory=list)
    # The text read from the reporter's photos or screenshots (careline/ocr.py), oldest first.
    screenshot_text: str = ""
    # Set by a caller that may retry (the API, the chat's ticket action): the same key opens
    # one ticket only, and a retry gets that ticket back.
    idempotency_key: str | None = None


@dataclass(frozen=True)
class Desk:
    """What opening a ticket needs; built once per process and shared by every request."""

    triage: TriageModel
    roster: Roster
    calendar: BusinessCalendar
    incident_rules: IncidentRules
    # Travel times for on-site work (config/travel.yaml); without it no arrival is estimated.
    travel: TravelTable | None = None
    # Faults that always need a part (config/parts/always_needed.yaml).
    part_rules: tuple[PartRule, ...] = ()

    def open_ticket(
        self, session: Session, request: TicketRequest, now: datetime | None = None
    ) -> Ticket:
        """Triage, route and file one report in the caller's session, which commits it; the
        ticket this request's idempotency key opened before, if it did."""
        if request.idempotency_key and (earlier := self._opened_with(session, request)):
            return earlier
        request = replace(
            request,
            description=printable(request.description),
            location=printable(request.location),
            log=printable(request.log),
            hospital=printable(request.hospital),
            reporter=printable(request.reporter),
            channel=printable(request.channel),
        )
        if not request.description.strip():
            raise InvalidInput("a ticket needs a description of the problem")
        now = (now or utcnow()).astimezone(UTC)
        site, hospital, contract = self._where(session, request, now)
        description = redact(f"{request.location}\n{request.description}".strip())
        prediction = self.triage.classify(description, request.log)
        subsystem, subsystem_reasons = _chosen_subsystem(request, prediction.subsystem)
        decision = self._route(session, subsystem, site, now, request.language, request.onsite)
        ticket = Ticket(
            hospital=hospital.name if hospital else request.hospital,
            hospital_id=hospital.id if hospital else None,
            site_id=site.id if site else None,
            contract=contract,
            location=redact(request.location),
            reporter=redact(request.reporter),
            channel=request.channel,
            language=request.language,
            subsystem=subsystem,
            tier_predicted=prediction.tier,
            needs_review=_needs_review(request, prediction),
            description=description,
            log_excerpt=redact(request.log[:MAX_LOG_EXCERPT_CHARS]),
            idempotency_key=request.idempotency_key,
            evidence=prediction.evidence,
            kb_offered=request.kb_offered,
            status=Status.ROUTED,
            callback_requested=request.callback_requested,
            callback=redact(request.callback_phone),
            transcript=redacted_transcript(request.transcript),
            screenshot_text=redacted_screenshot_text(request.screenshot_text),
            created_at=now,
            pool=decision.pool.id,
            engineer=decision.engineer.id if decision.engineer else "",
            routing_reasons=subsystem_reasons
            + decision.reasons
            + [f"context rule {r}" for r in prediction.context_rules],
        )
        if request.onsite:  # the arrival deadline follows when the ticket is filed
            for field, value in visit_fields(decision.arrival, self._zone(site), now).items():
                setattr(ticket, field, value)
        try:
            with session.begin_nested():
                self._file(session, ticket, decision, now)
        except IntegrityError:
            # The same key, sent twice at once: the other request filed it first.
            if earlier := self._opened_with(session, request):
                return earlier
            raise
        incidents.link(session, ticket, now, self.calendar, self._incident_rules(request))
        self._reserve_needed_part(session, ticket, now)
        logger.info(
            "opened {} {} {} for '{}'; first evidence: {}",
            ticket.number,
            ticket.tier,
            ticket.subsystem,
            description[:120],
            prediction.evidence[0]["text"] if prediction.evidence else "none",
        )
        return ticket

    def _reserve_needed_part(self, session: Session, ticket: Ticket, now: datetime) -> None:
        """A fault that always needs a part gets it reserved as the ticket opens (the model
        named), or a reason saying which part it will need."""
        needed = needed_part(session, ticket.description, self.part_rules)
        if needed is None:
            return
        reason = needed.reason
        if needed.part is not None and self.travel is not None:
            try:
                request = reservations.request_part(
                    session, ticket, needed.part.number, 1, SYSTEM_ACTOR, now, travel=self.travel
                )
                reason += f": {request.status}, expected {self.local_time(request.eta)}"
            except InvalidInput as exc:
                reason += f": {exc}"
        ticket.routing_reasons = [*ticket.routing_reasons, f"part {reason}"]

    def _incident_rules(self, request: TicketRequest) -> IncidentRules:
        """A log watcher's ticket joins any open incident at its site and subsystem: its log
        lines read nothing like a person's report, so wording is not compared."""
        if request.channel == MONITOR_CHANNEL:
            return replace(self.incident_rules, similarity=0.0)
        return self.incident_rules

    @staticmethod
    def _opened_with(session: Session, request: TicketRequest) -> Ticket | None:
        return session.scalars(
            select(Ticket).where(Ticket.idempotency_key == request.idempotency_key)
        ).first()

    def _route(
        self,
        session: Session,
        subsystem: str,
        site: Site | None,
        now: datetime,
        language: str,
        onsite: bool = False,
    ) -> RouteDecision:
        """The pool and engineer for this subsystem and place now, weighed by open load (and
        by arrival, for on-site work)."""
        return route(
            self.roster,
            subsystem,
            now.astimezone(self.calendar.tz),
            open_load(session),
            site_region=site.region if site else None,
            site=site.id if site else None,
            onsite=onsite,
            language=language,
            visit=self._visit(site) if onsite else None,
        )

    def _visit(self, site: Site | None) -> Visit | None:
        """Where on-site work goes, when the site and the travel table say where that is."""
        if self.travel is None or site is None or (place := place_of(site, self.travel)) is None:
            return None
        stations = {s.id: p for s in site.hospital.sites if (p := place_of(s, self.travel))}
        return Visit(site.id, place, stations, self.travel)

    def _zone(self, site: Site | None) -> str:
        return zone_of(site.city, self.travel) if site and self.travel else "province"

    def _file(
        self, session: Session, ticket: Ticket, decision: RouteDecision, now: datetime
    ) -> None:
        """Deadlines, a number and the first two statuses, audited with the routing reasons so
        the trail shows why the ticket went where it did."""
        apply_deadlines(ticket, self.calendar)
        session.add(ticket)
        session.flush()
        ticket.number = format_number(ticket.id)
        ticket.history.append(StatusChange(status=Status.NEW, actor=SYSTEM_ACTOR, at=now))
        ticket.history.append(StatusChange(status=Status.ROUTED, actor=SYSTEM_ACTOR, at=now))
        audit.record(session, ticket.id, SYSTEM_ACTOR, "created", None, ticket.number)
        audit.record(
            session,
            ticket.id,
            SYSTEM_ACTOR,
            "status",
            Status.NEW,
            Status.ROUTED,
            "; ".join(decision.reasons),
        )

    def _where(
        self, session: Session, request: TicketRequest, now: datetime
    ) -> tuple[Site | None, Hospital | None, Contract | None]:
        """The site, its hospital and the contract valid today: they set the SLA and routing."""
        site = session.get(Site, request.site_id) if request.site_id else None
        if request.site_id and site is None:
            raise InvalidInput(f"unknown site '{request.site_id}'")
        hospital = site.hospital if site else find_hospital(session, request.hospital)
        if hospital is None:
            return site, None, None
        return (
            site,
            hospital,
            contract_for(session, hospital.id, now.astimezone(self.calendar.tz).date()),
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> Desk:
        """Built at the start of each desk process, which also brings the schema and the
        contracts up to date."""
        prepare_database(settings)
        roster = configured_roster(settings)
        travel = TravelTable.load(settings.travel_file)
        travel.check_travellers(roster.engineers, "roster")
        return cls(
            ModelRegistry(settings.triage_dir).load_current(),
            roster,
            BusinessCalendar.from_settings(settings),
            IncidentRules.from_settings(settings),
            travel,
            load_rules(settings.parts_dir / ALWAYS_NEEDED_FILE),
        )

    def assignment(self, ticket: Ticket, language: str) -> dict[str, str]:
        """Who has the ticket, in the reporter's language; the duty manager if nobody is on call."""
        pool = next(p for p in self.roster.pools if p.id == ticket.pool)
        engineer = self.roster.engineer(ticket.engineer)
        return {
            "pool_name": pool.name_zh if language == "zh" else pool.name_en,
            "engineer": engineer.name if engineer else self.roster.duty_manager.name,
            "hotline": pool.hotline if engineer else self.roster.duty_manager.hotline,
        }

    def local_time(self, moment: datetime) -> str:
        return self.calendar.local_text(moment)

    @staticmethod
    def find(session: Session, number: str) -> Ticket | None:
        return session.scalars(select(Ticket).where(Ticket.number == number)).first()

    @staticmethod
    def find_reported_by(session: Session, number: str, reporter: str) -> Ticket | None:
        """The ticket if `reporter` opened it: a guessed number shows nobody else's ticket."""
        ticket = Desk.find(session, number)
        return ticket if ticket is not None and reported_by(ticket, reporter) else None

    @staticmethod
    def request_callback(
        session: Session,
        ticket: Ticket,
        actor: str,
        transcript: list[dict[str, str]] = (),
        callback_phone: str = "",
    ) -> None:
        """Flag the ticket for a call-back; the conversation that asked for it (and the number
        to call, when given) is attached."""
        if not ticket.callback_requested:
            audit.record(
                session, ticket.id, actor, "callback_requested", False, True, "asked for a person"
            )
            ticket.callback_requested = True
        if transcript:
            ticket.transcript = redacted_transcript(transcript)
        if callback_phone:
            ticket.callback = redact(callback_phone)

    def request_visit(
        self,
        session: Session,
        ticket: Ticket,
        actor: str,
        reason: str,
        now: datetime | None = None,
    ) -> None:
        """Send an engineer on site: routed again for the visit while nobody has accepted the
        ticket (resident first, then the earliest arrival), else the assigned engineer goes;
        either way the arrival clock starts now."""
        now = (now or utcnow()).astimezone(UTC)
        site = session.get(Site, ticket.site_id) if ticket.site_id else None
        engineer, reasons = None, []
        if ticket.status in UNACCEPTED_STATUSES:
            decision = self._route(session, ticket.subsystem, site, now, ticket.language, True)
            engineer = decision.engineer.id if decision.engineer else ""
            leg, reasons = decision.arrival, decision.reasons
        else:
            visit = self._visit(site)
            assigned = self.roster.engineer(ticket.engineer)
            leg = visit.arrival(assigned) if visit and assigned else None
        workflow.request_visit(
            session,
            ticket,
            reason,
            actor,
            visit_fields(leg, self._zone(site), now),
            calendar=self.calendar,
            engineer=engineer,
            reasons=reasons,
        )

    def request_part(
        self,
        session: Session,
        ticket: Ticket,
        part_number: str,
        quantity: int,
        actor: str,
        now: datetime | None = None,
    ) -> PartRequest:
        """Reserve (or order) the part and put the ticket to wait on it; whether that pauses
        the resolution clock is the contract's `parts_pause_resolution`."""
        if ticket.status not in PART_REQUEST_STATUSES:
            allowed = ", ".join(PART_REQUEST_STATUSES)
            raise InvalidInput(
                f"{ticket.number} is {ticket.status}: parts are requested when {allowed}"
            )
        now = (now or utcnow()).astimezone(UTC)
        request = reservations.request_part(
            session, ticket, part_number, quantity, actor, now, travel=self._travel()
        )
        if ticket.status != Status.WAITING_ON_PART:
            why = f"waiting on {request.quantity}× {request.part_number}"
            workflow.set_status(
                session, ticket, Status.WAITING_ON_PART, actor, why, now, calendar=self.calendar
            )
        return request

    def deliver_part(
        self,
        session: Session,
        ticket: Ticket,
        request: PartRequest,
        actor: str,
        now: datetime | None = None,
    ) -> None:
        """The part is at the site; with nothing else on its way the work goes on."""
        now = (now or utcnow()).astimezone(UTC)
        reservations.deliver(session, ticket, request, actor, now)
        self._resume_when_no_part_is_awaited(session, ticket, actor, "part delivered", now)

    def cancel_part(
        self,
        session: Session,
        ticket: Ticket,
        request: PartRequest,
        actor: str,
        reason: str,
        now: datetime | None = None,
    ) -> None:
        """Not needed after all: its stock goes back, and the ticket stops waiting for it."""
        now = (now or utcnow()).astimezone(UTC)
        reservations.cancel(session, ticket, request, actor, reason, now)
        self._resume_when_no_part_is_awaited(session, ticket, actor, reason, now)

    def _resume_when_no_part_is_awaited(
        self, session: Session, ticket: Ticket, actor: str, reason: str, now: datetime
    ) -> None:
        if ticket.status == Status.WAITING_ON_PART and not reservations.still_on_the_way(
            session, ticket
        ):
            workflow.set_status(
                session, ticket, Status.IN_PROGRESS, actor, reason, now, calendar=self.calendar
            )

    def fit_part(
        self,
        session: Session,
        ticket: Ticket,
        request: PartRequest,
        engineer_id: str,
        now: datetime | None = None,
    ) -> None:
        """Only an engineer of the roster fits a part, holding its certificate if it needs one."""
        engineer = self.roster.engineer(engineer_id)
        if engineer is None:
            raise InvalidInput(f"'{engineer_id}' is no engineer of the roster: who fitted it?")
        now = (now or utcnow()).astimezone(UTC)
        reservations.fit(session, ticket, request, engineer.id, engineer.certifications, now)

    def _travel(self) -> TravelTable:
        if self.travel is None:
            raise InvalidInput("no travel table is configured: a part's arrival cannot be told")
        return self.travel

    def correct_subsystem(
        self,
        session: Session,
        ticket: Ticket,
        subsystem: str,
        actor: str,
        reason: str,
        now: datetime | None = None,
    ) -> None:
        """Another system than the ticket says (the reporter's or a dispatcher's word): changed,
        audited, and routed again while nobody has accepted the ticket yet."""
        if subsystem not in SUBSYSTEM_IDS:
            raise InvalidInput(f"unknown subsystem '{subsystem}'")
        if subsystem == ticket.subsystem:
            return
        if ticket.status not in UNACCEPTED_STATUSES:
            workflow.change_subsystem(session, ticket, subsystem, reason, actor)
            return
        now = (now or utcnow()).astimezone(UTC)
        site = session.get(Site, ticket.site_id) if ticket.site_id else None
        decision = self._route(session, subsystem, site, now, ticket.language)
        workflow.change_subsystem(
            session,
            ticket,
            subsystem,
            reason,
            actor,
            pool=decision.pool.id,
            engineer=decision.engineer.id if decision.engineer else "",
            reasons=decision.reasons,
        )


def _needs_review(request: TicketRequest, prediction: TriagePrediction) -> bool:
    """What a dispatcher must really check: the tier when the triage is unsure of it, the
    subsystem only when the reporter did not name it (in words or with the chat's buttons)."""
    named = bool(request.subsystem) and request.subsystem in SUBSYSTEM_IDS
    return not prediction.tier_sure or (not named and not prediction.subsystem_sure)


def _chosen_subsystem(request: TicketRequest, predicted: str) -> tuple[str, list[str]]:
    """The reporter's named system when there is one, else the triage's; the reason says which."""
    if request.subsystem and request.subsystem in SUBSYSTEM_IDS:
        if request.subsystem == predicted:
            return predicted, [f"subsystem {predicted}: named by the reporter, triage agrees"]
        return request.subsystem, [
            f"subsystem {request.subsystem}: named by the reporter (triage said {predicted})"
        ]
    return predicted, []


def reported_by(ticket: Ticket, reporter: str) -> bool:
    """Whether `reporter` opened the ticket (reporters are stored redacted, so compared so)."""
    return ticket.reporter == redact(reporter)


def redacted_screenshot_text(text: str) -> str:
    """The text of the reporter's screenshots as stored: redacted, its newest part kept."""
    return redact(printable(text)[-MAX_SCREENSHOTS_TEXT_CHARS:]).strip()


def redacted_transcript(lines: list[dict[str, str]]) -> list[dict[str, str]]:
    """The conversation as stored: every message redacted, each cut to a readable length."""
    return [
        {"who": line["who"], "text": redact(line["text"][:MAX_TRANSCRIPT_CHARS])} for line in lines
    ]


def open_load(session: Session) -> dict[str, int]:
    """Open tickets per engineer: routing prefers whoever carries fewer."""
    rows = session.execute(
        select(Ticket.engineer, func.count())
        .where(Ticket.status.in_([s.value for s in LOAD_STATUSES]), Ticket.engineer != "")
        .group_by(Ticket.engineer)
    )
    return {engineer: count for engineer, count in rows}
