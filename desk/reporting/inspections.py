"""The inspections of a hospital's quarter as the quarterly report shows them: each one's
site, due date, engineer and results, with the failed checks and what was found."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.contracts import find_hospital
from desk.models import Inspection, InspectionStatus


@dataclass(frozen=True)
class CheckOutcome:
    id: str
    subsystem: str
    text: str
    passed: bool
    note: str


@dataclass(frozen=True)
class InspectionOutcome:
    where: str
    due_on: date
    done: bool
    engineer: str
    completed_at: datetime | None
    checks: list[CheckOutcome]

    @property
    def passed(self) -> int:
        return sum(c.passed for c in self.checks)

    @property
    def failed(self) -> list[CheckOutcome]:
        return [c for c in self.checks if not c.passed]


def _outcome(inspection: Inspection) -> InspectionOutcome:
    results = {r["id"]: r for r in inspection.results}
    checks = [
        CheckOutcome(
            c["id"],
            c["subsystem"],
            f"{c['zh']} · {c['en']}",
            bool(results[c["id"]]["passed"]),
            results[c["id"]]["note"],
        )
        for c in inspection.checklist
        if c["id"] in results
    ]
    where = inspection.site.name if inspection.site else inspection.hospital.name
    return InspectionOutcome(
        where,
        inspection.due_on,
        inspection.status == InspectionStatus.DONE,
        inspection.engineer,
        inspection.completed_at,
        checks,
    )


def quarter_inspections(session: Session, hospital: str, quarter: str) -> list[InspectionOutcome]:
    """The hospital's inspections of the quarter, done or still planned, by site."""
    known = find_hospital(session, hospital)
    if known is None:
        return []
    found = session.scalars(
        select(Inspection)
        .where(Inspection.hospital_id == known.id, Inspection.quarter == quarter)
        .order_by(Inspection.site_id, Inspection.id)
    )
    return [_outcome(i) for i in found]
