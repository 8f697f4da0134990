"""The quarterly report as a PDF (reportlab, with a CJK font that needs no file)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import BinaryIO
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (
    Flowable,
    Image,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from careline.labels import SUBSYSTEM_BY_ID, TIER_IDS
from careline.timetext import duration_text, local_text
from desk.reporting.charts import compliance_chart, tickets_chart
from desk.reporting.compliance import pct_text
from desk.reporting.quarterly import QuarterlyReport
from desk.reporting.recurring import RECURRING_MIN_TICKETS

PDF_FONT = "STSong-Light"


def _register_font() -> None:
    """Reportlab's built-in Chinese CID font: no font file to ship or download."""
    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))


def _styles() -> dict[str, ParagraphStyle]:
    _register_font()
    body = ParagraphStyle("body", fontName=PDF_FONT, fontSize=9.5, leading=13)
    return {
        "title": ParagraphStyle("title", parent=body, fontSize=16, leading=22, spaceAfter=4),
        "h2": ParagraphStyle(
            "h2", parent=body, fontSize=12, leading=16, spaceBefore=12, spaceAfter=4
        ),
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10),
    }


def _table(
    rows: list[list[object]],
    styles: dict[str, ParagraphStyle],
    widths: list[float] | None = None,
    wrap: tuple[int, ...] = (),
) -> Table:
    """First row a header; header cells and the `wrap` columns are wrapped paragraphs, the
    rest plain text (fast enough for a table of thousands of breaches)."""
    cell = styles["cell"]
    cells = [[Paragraph(escape(str(value)), cell) for value in rows[0]]] + [
        [Paragraph(escape(str(v)), cell) if i in wrap else str(v) for i, v in enumerate(row)]
        for row in rows[1:]
    ]
    table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b8c2cc")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6eef7")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _summary_rows(report: QuarterlyReport) -> list[list[object]]:
    total = report.sla.total()
    return [
        ["指标 Measure", "本季度 This quarter"],
        ["工单数 Tickets", total.tickets],
        [
            "按时响应 Responded in time",
            f"{pct_text(total.respond_pct)} ({total.respond_in_time}/{total.respond_measured})",
        ],
        [
            "按时解决 Resolved in time",
            f"{pct_text(total.resolve_pct)} ({total.resolve_in_time}/{total.resolve_measured})",
        ],
        [
            "按时到场 On site in time",
            f"{pct_text(total.arrive_pct)} ({total.arrive_in_time}/{total.arrive_measured})",
        ],
        ["平均响应时间 Mean time to acknowledge", duration_text(total.mean_acknowledge)],
        ["平均解决时间 Mean time to resolve", duration_text(total.mean_resolve)],
        ["超时 Breaches", total.breaches],
        ["重复故障 Recurring faults", len(report.recurring)],
        [
            "知识库自助解决率 KB deflection",
            pct_text(100 * report.deflection.rate)
            if report.deflection.solved + report.deflection.not_solved
            else "-",
        ],
    ]


def _subsystem_rows(report: QuarterlyReport) -> list[list[object]]:
    rows: list[list[object]] = [["子系统 Subsystem", *TIER_IDS, "合计 Total"]]
    for subsystem, counts in report.by_subsystem_tier().items():
        label = SUBSYSTEM_BY_ID[subsystem].name_zh if subsystem in SUBSYSTEM_BY_ID else ""
        rows.append([f"{label} ({subsystem})", *(counts[t] for t in TIER_IDS), counts.total()])
    return rows


def _tier_rows(report: QuarterlyReport) -> list[list[object]]:
    rows: list[list[object]] = [
        [
            "级别 Tier",
            "工单 Tickets",
            "按时响应 Responded in time",
            "按时解决 Resolved in time",
            "按时到场 On site in time",
            "平均响应 Mean ack",
            "平均解决 Mean resolve",
            "超时 Breaches",
        ]
    ]
    for row in report.by_tier():
        rows.append(
            [
                row.tier,
                row.tickets,
                f"{pct_text(row.respond_pct)} ({row.respond_in_time}/{row.respond_measured})",
                f"{pct_text(row.resolve_pct)} ({row.resolve_in_time}/{row.resolve_measured})",
                f"{pct_text(row.arrive_pct)} ({row.arrive_in_time}/{row.arrive_measured})",
                duration_text(row.mean_acknowledge),
                duration_text(row.mean_resolve),
                row.breaches,
            ]
        )
    return rows


def _breach_rows(report: QuarterlyReport, tz: ZoneInfo) -> list[list[object]]:
    rows: list[list[object]] = [
        ["工单 Ticket", "级别 Tier", "计时 Clock", "应于 Due", "实际 Actual", "超时 Late by"]
    ]
    for b in report.sla.breaches():
        actual = local_text(b.stopped_at, tz) or "未完成 open"
        rows.append(
            [b.number, b.tier, b.clock, local_text(b.due, tz), actual, duration_text(b.late_by)]
        )
    return rows


def _listed(numbers: Sequence[str], limit: int = 12) -> str:
    """Ticket numbers for a table cell; a long list is cut so the row fits on a page."""
    more = len(numbers) - limit
    return ", ".join(numbers[:limit]) + (f" … (+{more})" if more > 0 else "")


def _recurring_rows(report: QuarterlyReport) -> list[list[object]]:
    rows: list[list[object]] = [
        [
            "子系统 Subsystem",
            "次数 Times",
            "工单 Tickets",
            "归并依据 Grouped because",
            "示例 Example",
        ]
    ]
    for fault in report.recurring:
        rows.append(
            [
                fault.subsystem,
                len(fault.numbers),
                _listed(fault.numbers),
                fault.because(),
                fault.example[:120],
            ]
        )
    return rows


def _deflection_text(report: QuarterlyReport) -> str:
    d = report.deflection
    answered = d.solved + d.not_solved
    text = (
        f"知识库文章被反馈 {answered} 次，其中 {d.solved} 次解决了问题而无需开单"
        f"（{pct_text(100 * d.rate) if answered else '-'}）。"
        f" Knowledge-base answers rated: {answered}; solved without a ticket: {d.solved}."
        " Ratings are not tied to a hospital: the figure covers every staff chat on the desk."
    )
    if report.top_articles:
        text += " Top articles: " + ", ".join(f"{a} ({n})" for a, n in report.top_articles)
    return text


def write_quarterly_pdf(report: QuarterlyReport, out: BinaryIO) -> None:
    """The quarterly service report as a PDF with Chinese text and charts."""
    styles = _styles()
    tz = ZoneInfo(report.sla.timezone)
    width = A4[0] - 36 * mm
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=f"{report.hospital} {report.quarter}",
        author="Careline",
    )
    doc.build(_quarterly_story(report, styles, tz, width))


def _quarterly_story(
    report: QuarterlyReport, styles: dict[str, ParagraphStyle], tz: ZoneInfo, width: float
) -> list[Flowable]:
    """The report's sections in reading order: summary, volumes, SLA, breaches, repeats."""
    months = report.months
    counts = report.by_subsystem_tier()
    story = [
        Paragraph(
            escape(f"{report.hospital} 季度服务报告 · Quarterly service report {report.quarter}"),
            styles["title"],
        ),
        Paragraph(
            escape(
                f"{months[0]} to {months[-1]}, times in {report.sla.timezone}; "
                f"generated {local_text(report.sla.generated_at, tz)}"
            ),
            styles["body"],
        ),
        Paragraph("概览 Summary", styles["h2"]),
        _table(_summary_rows(report), styles, [width * 0.6, width * 0.4]),
        Paragraph("工单分布 Tickets by subsystem and tier", styles["h2"]),
        _table(_subsystem_rows(report), styles, wrap=(0,)),
    ]
    if counts:
        chart = tickets_chart(counts)
        story += [Spacer(1, 4 * mm), _image(chart, width * 0.8)]
    story += [
        Paragraph("SLA 达成 Compliance by tier", styles["h2"]),
        _table(_tier_rows(report), styles),
        Spacer(1, 4 * mm),
        _image(compliance_chart(report.sla.monthly(), months), width * 0.8),
        Paragraph("超时明细 Breaches", styles["h2"]),
        _table(_breach_rows(report, tz), styles),
        Paragraph(
            f"重复故障 Recurring faults (≥ {RECURRING_MIN_TICKETS} in the quarter)", styles["h2"]
        ),
        _table(
            _recurring_rows(report),
            styles,
            [width * 0.14, width * 0.08, width * 0.2, width * 0.26, width * 0.32],
            wrap=(2, 3, 4),
        ),
        Paragraph("知识库自助解决 Knowledge-base deflection", styles["h2"]),
        Paragraph(escape(_deflection_text(report)), styles["body"]),
        Paragraph("备件 Spare parts", styles["h2"]),
        _table(_parts_rows(report), styles, [width * 0.2, width * 0.6, width * 0.2], wrap=(1,)),
    ]
    story += [
        Paragraph(escape(f"停产且无库存 End of life: {w}"), styles["body"])
        for w in report.parts.end_of_life
    ]
    return story + _inspection_story(report, styles, tz, width)


def _inspection_story(
    report: QuarterlyReport, styles: dict[str, ParagraphStyle], tz: ZoneInfo, width: float
) -> list[Flowable]:
    """The quarter's system inspections (巡检): one row each, then every check of those done
    with its result and what the engineer found."""
    story: list[Flowable] = [Paragraph("系统巡检 System inspections", styles["h2"])]
    if not report.inspections:
        return [*story, Paragraph("本季度无巡检计划 · No inspection planned.", styles["body"])]
    rows: list[list[object]] = [
        ["地点 Where", "到期 Due", "完成 Done", "工程师 Engineer", "通过 Passed", "未通过 Failed"]
    ]
    for item in report.inspections:
        rows.append(
            [
                item.where,
                item.due_on.isoformat(),
                local_text(item.completed_at, tz) if item.completed_at else "未完成 open",
                item.engineer or "-",
                item.passed if item.done else "-",
                len(item.failed) if item.done else "-",
            ]
        )
    story.append(_table(rows, styles, wrap=(0, 2)))
    checked = [(item, check) for item in report.inspections for check in item.checks]
    if checked:
        rows = [["地点 Where", "检查项 Check", "结果 Result", "发现 Found"]]
        rows += [
            [item.where, check.text, "通过 pass" if check.passed else "未通过 FAIL", check.note]
            for item, check in checked
        ]
        widths = [width * 0.18, width * 0.42, width * 0.12, width * 0.28]
        story += [Spacer(1, 3 * mm), _table(rows, styles, widths, wrap=(0, 1, 3))]
    return story


def _parts_rows(report: QuarterlyReport) -> list[list[object]]:
    """Parts fitted and parts no depot had (ordered from the supplier), pieces each."""
    rows: list[list[object]] = [["备件 Part", "名称 Name", "件数 Pieces"]]
    for title, counted in (
        ("已更换 Fitted", report.parts.fitted),
        ("缺货 Stocked out (ordered)", report.parts.stockouts),
    ):
        rows.append([title, "", ""])
        rows += [[part.number, part.name, pieces] for part, pieces in counted] or [["-", "", 0]]
    return rows


def _image(png: io.BytesIO, width: float) -> Image:
    """A PNG scaled to `width`, keeping its aspect ratio."""
    image = Image(png)
    image.drawHeight = image.imageHeight * width / image.imageWidth
    image.drawWidth = width
    return image
