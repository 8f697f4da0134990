"""The quarterly service report a vendor owes each hospital: what it holds, assembled."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from desk.feedback import Deflection
from desk.models import utcnow
from desk.reporting.compliance import (
    Compliance,
    SlaReport,
    period_tickets,
    resolve_hospital,
    summarize,
    ticket_sla,
)
from desk.reporting.deflection import deflection, most_solving_articles
from desk.reporting.inspections import InspectionOutcome, quarter_inspections
from desk.reporting.parts_usage import PartsUsage, parts_usage
from desk.reporting.periods import parse_quarter, quarter_months, quarter_period
from desk.reporting.recurring import RecurringFault, recurring_faults


@dataclass(frozen=True)
class QuarterlyReport:
    hospital: str
    quarter: str
    sla: SlaReport
    recurring: list[RecurringFault]
    deflection: Deflection
    top_articles: list[tuple[str, int]]
    parts: PartsUsage
    inspections: list[InspectionOutcome]

    @property
    def months(self) -> list[str]:
        return quarter_months(self.quarter)

    def by_subsystem_tier(self) -> dict[str, Counter[str]]:
        """Ticket counts per subsystem (busiest first) and tier."""
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for record in self.sla.records:
            counts[record.subsystem][record.tier] += 1
        return dict(sorted(counts.items(), key=lambda item: (-item[1].total(), item[0])))

    def by_tier(self) -> list[Compliance]:
        return summarize(self.sla.records, ("tier",))


def quarterly_report(
    session: Session, hospital: str, quarter: str, tz: ZoneInfo, now: datetime | None = None
) -> QuarterlyReport:
    name = resolve_hospital(session, hospital)
    period = quarter_period(quarter, tz)
    now = now or utcnow()
    tickets = period_tickets(session, period, hospital, None)
    sla = SlaReport(str(tz), now, [ticket_sla(t, tz, now) for t in tickets])
    year, number = parse_quarter(quarter)
    return QuarterlyReport(
        name,
        f"{year}Q{number}",
        sla,
        recurring_faults(tickets),
        deflection(session, period),
        most_solving_articles(session, period),
        parts_usage(session, tickets, now.astimezone(tz).date()),
        quarter_inspections(session, hospital, f"{year}Q{number}"),
    )
