"""Quarterly system inspections (每季度的系统巡检): planned from the contracts' service plans,
shown as planned work while due, completed with one result per check, audited.

Planning is idempotent: an inspection is keyed by contract, site and quarter, so running
`careline plan inspections` every day adds each quarter's inspections once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from careline.errors import InvalidInput
from careline.redaction import redact
from desk import audit
from desk.contracts import contract_for
from desk.models import Hospital, Inspection, InspectionStatus, Site, utcnow
from desk.reporting.periods import quarter_days
from desk.routing.roster import Engineer, Roster
from desk.service_plan.checklists import Checklists

PLAN_ACTOR = "careline:plan"
MAX_NOTE_CHARS = 500
WHOLE_HOSPITAL = "*"


@dataclass(frozen=True)
class CheckResult:
    """What the engineer found for one check: passed or not, and what they saw."""

    check_id: str
    passed: bool
    note: str = ""


def inspection_key(contract_id: str, site_id: str | None, quarter: str) -> str:
    return f"{contract_id}:{site_id or WHOLE_HOSPITAL}:{quarter}"


def due_on(quarter: str, checklists: Checklists) -> date:
    """Due ahead of the quarter's end, so that the quarterly report can carry the results."""
    return quarter_days(quarter)[1] - timedelta(days=checklists.due_days_before_quarter_end)


def assignee(roster: Roster, hospital: Hospital, site: Site | None, subsystems: list[str]) -> str:
    """Who goes: an engineer stationed at the hospital first (驻场), else the one serving its
    region with the most skill over the subsystems checked; empty when nobody serves it."""
    sites = {site.id} if site else {s.id for s in hospital.sites}
    region = site.region if site else hospital.region

    def rank(engineer: Engineer) -> tuple[bool, int, str]:
        resident = bool(sites & set(engineer.resident_at))
        return resident, sum(engineer.proficiency(s) for s in subsystems), engineer.id

    serving = [
        e for e in roster.engineers if any(e.serves_on_site(region, s) for s in sites or {None})
    ]
    return max(serving, key=rank).id if serving else ""


def plan_inspections(
    session: Session, checklists: Checklists, roster: Roster, quarter: str
) -> list[tuple[Inspection, bool]]:
    """Every inspection the quarter owes under the contracts valid on its due date, each with
    whether this call added it (False: it was planned before)."""
    due = due_on(quarter, checklists)
    planned: list[tuple[Inspection, bool]] = []
    for hospital in session.scalars(select(Hospital).order_by(Hospital.id)):
        contract = contract_for(session, hospital.id, due)
        plan = contract.service_plan if contract else None
        if not plan:
            continue
        checks = [c.as_dict() for c in checklists.for_subsystems(plan["subsystems"])]
        for site_id in plan["sites"] or [None]:
            key = inspection_key(contract.id, site_id, quarter)
            existing = session.scalars(select(Inspection).where(Inspection.key == key)).first()
            if existing is not None:
                planned.append((existing, False))
                continue
            site = session.get(Site, site_id) if site_id else None
            inspection = Inspection(
                key=key,
                hospital_id=hospital.id,
                site_id=site_id,
                contract_id=contract.id,
                quarter=quarter,
                due_on=due,
                status=InspectionStatus.PLANNED,
                engineer=assignee(roster, hospital, site, plan["subsystems"]),
                checklist=checks,
                results=[],
            )
            session.add(inspection)
            session.flush()
            planned.append((inspection, True))
    return planned


def due_inspections(session: Session, today: date, checklists: Checklists) -> list[Inspection]:
    """Planned inspections due within the queue's horizon or overdue, the most urgent first:
    the planned work the console's queue shows."""
    horizon = today + timedelta(days=checklists.queue_days_ahead)
    return list(
        session.scalars(
            select(Inspection)
            .where(Inspection.status == InspectionStatus.PLANNED, Inspection.due_on <= horizon)
            .order_by(Inspection.due_on, Inspection.id)
        )
    )


def complete_inspection(
    session: Session,
    inspection: Inspection,
    results: list[CheckResult],
    engineer: str,
    actor: str,
    now: datetime | None = None,
) -> None:
    """Record one result for every check of the checklist (a failed check says what was
    found), notes redacted before they are stored; the completion is an audit entry."""
    if inspection.status == InspectionStatus.DONE:
        raise InvalidInput(f"inspection {inspection.key} is already completed")
    if not engineer:
        raise InvalidInput("an inspection is completed by an engineer: name the one who did it")
    given = {r.check_id: r for r in results}
    expected = [c["id"] for c in inspection.checklist]
    missing = [c for c in expected if c not in given]
    if missing:
        raise InvalidInput(f"no result for {', '.join(missing)}")
    unknown = sorted(set(given) - set(expected))
    if unknown:
        raise InvalidInput(f"not checks of this inspection: {', '.join(unknown)}")
    stored = []
    for check_id in expected:
        result = given[check_id]
        note = redact(result.note.strip())[:MAX_NOTE_CHARS]
        if not result.passed and not note:
            raise InvalidInput(f"{check_id} failed: say what was found")
        stored.append({"id": check_id, "passed": result.passed, "note": note})
    inspection.results = stored
    inspection.engineer = engineer
    inspection.status = InspectionStatus.DONE
    inspection.completed_at = now or utcnow()
    failed = [r["id"] for r in stored if not r["passed"]]
    summary = f"{len(stored) - len(failed)} passed, {len(failed)} failed"
    audit.record(
        session,
        audit.NO_TICKET,
        actor,
        f"inspection:{inspection.key}",
        InspectionStatus.PLANNED.value,
        InspectionStatus.DONE.value,
        f"{summary}{': ' + ', '.join(failed) if failed else ''}; engineer {engineer}",
    )
    session.flush()
