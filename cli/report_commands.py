"""`careline report sla|quarterly`: SLA compliance and the quarterly service report."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from zoneinfo import ZoneInfo

from careline.settings import Settings
from careline.timetext import duration_text, local_text
from cli.database import desk_session
from desk.reporting.compliance import SlaReport, pct_text, sla_report
from desk.reporting.csv_export import breaches_csv, compliance_csv
from desk.reporting.pdf import write_quarterly_pdf
from desk.reporting.periods import month_period
from desk.reporting.quarterly import quarterly_report


def _left(text: str, width: int) -> str:
    """Pad to a terminal width: Chinese characters take two columns."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(width - used, 1)


def print_sla(report: SlaReport) -> None:
    """The compliance table and the breaches, times on the hospital's clock."""
    tz = ZoneInfo(report.timezone)
    print(
        f"{'hospital':<24}{'month':<9}{'tier':<6}{'tickets':>8}{'responded':>11}"
        f"{'resolved':>10}{'on site':>9}{'mean ack':>13}{'mean resolve':>14}{'breaches':>10}"
    )
    for row in [*report.rows(), report.total()] if report.records else []:
        print(
            f"{_left(row.hospital, 24)}{row.month:<9}{row.tier:<6}{row.tickets:>8}"
            f"{pct_text(row.respond_pct):>11}{pct_text(row.resolve_pct):>10}"
            f"{pct_text(row.arrive_pct):>9}{duration_text(row.mean_acknowledge):>13}{duration_text(row.mean_resolve):>14}"
            f"{row.breaches:>10}"
        )
    if not report.records:
        print("no tickets in this range")
    for breach in report.breaches():
        actual = local_text(breach.stopped_at, tz) or "open"
        print(
            f"breach {breach.number} {breach.tier} {breach.clock}: due {local_text(breach.due, tz)}"
            f", actual {actual}, late by {duration_text(breach.late_by)}"
        )


def cmd_report_sla(
    settings: Settings,
    hospital: str | None,
    first: str | None,
    last: str | None,
    tier: str | None,
    csv_out: str | None,
    breaches_out: str | None,
) -> None:
    tz = ZoneInfo(settings.timezone)
    period = month_period(first, last, tz)
    with desk_session(settings) as session:
        report = sla_report(session, tz, hospital=hospital, tier=tier, period=period)
    print_sla(report)
    for out, data in ((csv_out, compliance_csv), (breaches_out, breaches_csv)):
        if out:
            path = Path(out)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data(report))
            print(f"written to {path}")


def cmd_report_quarterly(settings: Settings, hospital: str, quarter: str, pdf_out: str) -> None:
    tz = ZoneInfo(settings.timezone)
    with desk_session(settings) as session:
        report = quarterly_report(session, hospital, quarter, tz)
    path = Path(pdf_out)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as stream:
        write_quarterly_pdf(report, stream)
    total = report.sla.total()
    print(
        f"{report.hospital} {report.quarter}: {total.tickets} tickets, responded in time "
        f"{pct_text(total.respond_pct)}, resolved in time {pct_text(total.resolve_pct)}, "
        f"{total.breaches} breaches, {len(report.recurring)} recurring faults"
    )
    print(f"written to {path}")
