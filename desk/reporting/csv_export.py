"""The compliance table and the breaches as CSV, for a spreadsheet or an auditor."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import timedelta
from zoneinfo import ZoneInfo

from careline.timetext import local_text
from desk.reporting.compliance import SlaReport


def _minutes(span: timedelta | None) -> str:
    return "" if span is None else f"{span.total_seconds() / 60:.1f}"


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


COMPLIANCE_HEADER = (
    "医院 hospital",
    "月份 month",
    "级别 tier",
    "工单数 tickets",
    "响应计时数 respond measured",
    "按时响应 responded in time",
    "按时响应率 responded in time %",
    "解决计时数 resolve measured",
    "按时解决 resolved in time",
    "按时解决率 resolved in time %",
    "平均响应分钟 mean minutes to acknowledge",
    "平均解决分钟 mean minutes to resolve",
    "超时次数 breaches",
    "到场计时数 arrive measured",
    "按时到场 arrived in time",
    "按时到场率 arrived in time %",
)


BREACH_HEADER = (
    "工单号 ticket",
    "医院 hospital",
    "级别 tier",
    "月份 month",
    "计时 clock",
    "应于 due",
    "实际 actual",
    "超时分钟 minutes late",
)


def _csv_bytes(header: Sequence[str], rows: Iterable[Sequence[str | int]]) -> bytes:
    """UTF-8 with a byte-order mark: Excel then opens Chinese text correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def compliance_csv(report: SlaReport) -> bytes:
    return _csv_bytes(
        COMPLIANCE_HEADER,
        (
            (
                row.hospital,
                row.month,
                row.tier,
                row.tickets,
                row.respond_measured,
                row.respond_in_time,
                _percent(row.respond_pct),
                row.resolve_measured,
                row.resolve_in_time,
                _percent(row.resolve_pct),
                _minutes(row.mean_acknowledge),
                _minutes(row.mean_resolve),
                row.breaches,
                row.arrive_measured,
                row.arrive_in_time,
                _percent(row.arrive_pct),
            )
            for row in report.rows()
        ),
    )


def breaches_csv(report: SlaReport) -> bytes:
    tz = ZoneInfo(report.timezone)
    return _csv_bytes(
        BREACH_HEADER,
        (
            (
                b.number,
                b.hospital,
                b.tier,
                b.month,
                b.clock,
                local_text(b.due, tz),
                local_text(b.stopped_at, tz) or "open",
                _minutes(b.late_by),
            )
            for b in report.breaches()
        ),
    )
