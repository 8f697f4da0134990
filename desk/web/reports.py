"""Report pages: SLA compliance with its chart and CSV, and each hospital's quarterly PDF."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup
from sqlalchemy.orm import Session

from careline.errors import InvalidInput
from careline.labels import TIER_IDS
from careline.timetext import duration_text
from desk.accounts import User
from desk.models import utcnow
from desk.reporting.charts import compliance_svg
from desk.reporting.compliance import Compliance, SlaReport, hospitals, sla_report
from desk.reporting.csv_export import breaches_csv, compliance_csv
from desk.reporting.pdf import write_quarterly_pdf
from desk.reporting.periods import month_period, recent_quarters
from desk.reporting.quarterly import quarterly_report
from desk.web.auth import require_roles
from desk.web.deps import SessionDep, SettingsDep
from desk.web.templating import templates

REPORT_ROLES = ("dispatcher", "manager", "admin")
ReportUser = Annotated[User, Depends(require_roles(*REPORT_ROLES))]
router = APIRouter(prefix="/reports")


@dataclass(frozen=True)
class Filters:
    """The page's query string: empty values mean "all"."""

    hospital: str = ""
    tier: str = ""
    first: str = ""
    last: str = ""

    def query(self) -> str:
        pairs = {"hospital": self.hospital, "tier": self.tier, "from": self.first, "to": self.last}
        return urlencode({key: value for key, value in pairs.items() if value})


def _filters(
    hospital: Annotated[str, Query(max_length=120)] = "",
    tier: Annotated[str, Query(max_length=2)] = "",
    first: Annotated[str, Query(alias="from", max_length=7)] = "",
    last: Annotated[str, Query(alias="to", max_length=7)] = "",
) -> Filters:
    return Filters(hospital.strip(), tier.strip(), first.strip(), last.strip())


FiltersDep = Annotated[Filters, Depends(_filters)]


def _report(session: Session, tz: ZoneInfo, filters: Filters) -> SlaReport:
    """The filtered report; a bad month or tier is the caller's mistake (InvalidInput)."""
    period = month_period(filters.first or None, filters.last or None, tz)
    return sla_report(
        session, tz, hospital=filters.hospital or None, tier=filters.tier or None, period=period
    )


def _monthly_chart(monthly: list[Compliance]) -> Markup | None:
    """The report's compliance chart over the months that have tickets; none for an empty range."""
    months = [row.month for row in monthly]
    return Markup(compliance_svg(monthly, months)) if months else None


def _csv_response(data: bytes, name: str) -> Response:
    return Response(
        data,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/sla", response_class=HTMLResponse)
def sla_page(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    filters: FiltersDep,
    user: ReportUser,
) -> HTMLResponse:
    tz = ZoneInfo(settings.timezone)
    error = ""
    try:
        report = _report(session, tz, filters)
    except InvalidInput as exc:
        error, report = str(exc), SlaReport(str(tz), utcnow(), [])
    context = {
        "filters": filters,
        "error": error,
        "report": report,
        "rows": report.rows(),
        "total": report.total(),
        "breaches": report.breaches(),
        "chart": _monthly_chart(report.monthly()),
        "hospitals": hospitals(session),
        "tiers": TIER_IDS,
        "quarters": recent_quarters(utcnow(), tz),
        "span": duration_text,
    }
    return templates.TemplateResponse(
        request, "report_sla.html", context, status_code=400 if error else 200
    )


def _checked_report(session: SessionDep, settings: SettingsDep, filters: FiltersDep) -> SlaReport:
    """The filtered report for a download: bad filters are a 400, there is no page to show."""
    try:
        return _report(session, ZoneInfo(settings.timezone), filters)
    except InvalidInput as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc


# After ReportUser in a signature, so the role is checked before any query runs.
CheckedReport = Annotated[SlaReport, Depends(_checked_report)]


@router.get("/sla.csv")
def sla_csv(user: ReportUser, report: CheckedReport) -> Response:
    return _csv_response(compliance_csv(report), "sla-compliance.csv")


@router.get("/sla-breaches.csv")
def sla_breaches_csv(user: ReportUser, report: CheckedReport) -> Response:
    return _csv_response(breaches_csv(report), "sla-breaches.csv")


@router.get("/quarterly.pdf")
def quarterly_pdf(
    session: SessionDep,
    settings: SettingsDep,
    user: ReportUser,
    hospital: Annotated[str, Query(min_length=1, max_length=120)],
    quarter: Annotated[str, Query(min_length=6, max_length=7)],
) -> Response:
    try:
        report = quarterly_report(session, hospital, quarter, ZoneInfo(settings.timezone))
    except InvalidInput as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    buffer = io.BytesIO()
    write_quarterly_pdf(report, buffer)
    name = f"service-report-{report.quarter}-{report.hospital}.pdf"
    return Response(
        buffer.getvalue(),
        media_type="application/pdf",
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"},
    )
