"""Report pages: SLA compliance with its chart and CSV, and each hospital's quarterly PDF."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from careline.errors import InvalidInput
from careline.labels import TIER_IDS
from careline.timetext import duration_text
from desk.accounts import User
from desk.models import utcnow
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


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    title: str


@dataclass(frozen=True)
class ChartSeries:
    label: str
    css: str
    points: list[ChartPoint]

    @property
    def path(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)


@dataclass(frozen=True)
class Chart:
    """Geometry of the monthly in-time chart, drawn as inline SVG by the template."""

    width: int
    height: int
    left: int
    top: int
    bottom: int
    ticks: list[tuple[float, str]]
    gridlines: list[tuple[float, int]]
    series: list[ChartSeries]


def monthly_chart(monthly: list[Compliance], width: int = 760, height: int = 260) -> Chart:
    """Responded and resolved in time, % per month; at most about twelve month labels."""
    left, top, bottom, right = 44, 12, height - 28, width - 12
    step = (right - left) / max(len(monthly), 1)
    every = max(1, math.ceil(len(monthly) / 12))

    def x(i: int) -> float:
        return left + step * (i + 0.5)

    def y(pct: float) -> float:
        return bottom - (bottom - top) * pct / 100

    series = []
    for label, css, pct, part, whole in (
        (
            "responded in time 按时响应",
            "respond",
            "respond_pct",
            "respond_in_time",
            "respond_measured",
        ),
        (
            "resolved in time 按时解决",
            "resolve",
            "resolve_pct",
            "resolve_in_time",
            "resolve_measured",
        ),
    ):
        points = [
            ChartPoint(
                x(i),
                y(getattr(row, pct)),
                f"{row.month} {label}: {getattr(row, pct):.1f}% "
                f"({getattr(row, part)}/{getattr(row, whole)})",
            )
            for i, row in enumerate(monthly)
            if getattr(row, pct) is not None
        ]
        series.append(ChartSeries(label, css, points))
    ticks = [(x(i), row.month) for i, row in enumerate(monthly) if i % every == 0]
    gridlines = [(y(pct), pct) for pct in range(0, 101, 25)]
    return Chart(width, height, left, top, bottom, ticks, gridlines, series)


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
        "chart": monthly_chart(report.monthly()),
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
