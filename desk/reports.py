"""SLA compliance per hospital, tier and month, and the quarterly service report a vendor owes
each hospital: response and resolution measured separately, every breach named (SPEC §1, §3.2).
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import BinaryIO
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from matplotlib.figure import Figure
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
from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, defer, selectinload

from careline.labels import SUBSYSTEM_BY_ID, TIER_IDS
from desk.feedback import Deflection
from desk.models import Hospital, KbFeedback, Ticket, utcnow
from desk.sla import pause_intervals
from triage.features import tokenize_words

ALL = "all"
GROUPS = ("hospital", "month", "tier")
# Recurring faults: at least this many tickets of one subsystem in the quarter whose
# descriptions share at least this share of their words (Jaccard), or the same log template.
RECURRING_MIN_TICKETS = 3
RECURRING_MIN_OVERLAP = 0.5
PDF_FONT = "STSong-Light"

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})\s*Q([1-4])$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]", re.UNICODE)
_STOPWORDS = frozenset(
    "的 了 是 在 有 和 就 都 也 又 很 还 我 我们 你 他 她 它 这 那 个 一个 不 没 没有 吗 呢 啊 吧 "
    "着 请 帮 帮忙 一下 现在 今天 刚才 已经 一直 老是 总是 会 能 可以 要 被 把 给 让 与 及 或 等 "
    "the a an is are was were be to of in on at for and or not no it this that my our we i "
    "can cannot please with from after again still keeps keep "
    "phone name id mrn".split()
)


@dataclass(frozen=True)
class Period:
    """Half-open [start, end) as aware datetimes; None leaves that end open."""

    start: datetime | None = None
    end: datetime | None = None


def parse_month(text: str) -> tuple[int, int]:
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValueError(f"month '{text}' is not YYYY-MM")
    return int(match.group(1)), int(match.group(2))


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def month_period(first: str | None, last: str | None, tz: ZoneInfo) -> Period:
    """From the start of month `first` to the end of month `last`, in the hospital's zone."""
    start = datetime(*parse_month(first), 1, tzinfo=tz) if first else None
    end = datetime(*_next_month(*parse_month(last)), 1, tzinfo=tz) if last else None
    if start and end and end <= start:
        raise ValueError(f"month range {first}..{last} is empty")
    return Period(start, end)


def parse_quarter(text: str) -> tuple[int, int]:
    match = _QUARTER.match(text.strip())
    if not match:
        raise ValueError(f"quarter '{text}' is not YYYYQn, e.g. 2026Q4")
    return int(match.group(1)), int(match.group(2))


def quarter_months(quarter: str) -> list[str]:
    year, number = parse_quarter(quarter)
    return [f"{year}-{month:02d}" for month in range(3 * number - 2, 3 * number + 1)]


def quarter_period(quarter: str, tz: ZoneInfo) -> Period:
    months = quarter_months(quarter)
    return month_period(months[0], months[-1], tz)


def month_of(moment: datetime, tz: ZoneInfo) -> str:
    """A ticket's reporting month is the one on the hospital's wall calendar."""
    return moment.astimezone(tz).strftime("%Y-%m")


@dataclass(frozen=True)
class ClockResult:
    """One SLA clock of one ticket: met, breached, or still running (breached is None)."""

    clock: str
    due: datetime
    stopped_at: datetime | None
    breached: bool | None
    late_by: timedelta


def judge_clock(clock: str, due: datetime, stopped: datetime | None, now: datetime) -> ClockResult:
    """A clock that is still running counts as breached once it is past due."""
    if stopped is not None:
        return ClockResult(clock, due, stopped, stopped > due, max(stopped - due, timedelta(0)))
    if now > due:
        return ClockResult(clock, due, None, True, now - due)
    return ClockResult(clock, due, None, None, timedelta(0))


@dataclass(frozen=True)
class TicketSla:
    number: str
    hospital: str
    subsystem: str
    tier: str
    month: str
    created_at: datetime
    respond: ClockResult
    resolve: ClockResult
    time_to_acknowledge: timedelta | None
    time_to_resolve: timedelta | None


def waiting_time(ticket: Ticket) -> timedelta:
    """Wall-clock time spent waiting on the hospital (paused_seconds is on the resolution
    clock, business hours for P3, so it cannot be taken from a wall-clock span)."""
    return sum((end - start for start, end in pause_intervals(ticket) if end), timedelta(0))


def ticket_sla(ticket: Ticket, tz: ZoneInfo, now: datetime) -> TicketSla:
    """Both clocks of a ticket, judged as the SLA engine does: a resolution deadline already
    moved by past pauses, and a paused ticket judged at the moment it paused. Time to resolve
    leaves out the time spent waiting on the hospital."""
    resolve_now = ticket.paused_at or now
    return TicketSla(
        number=ticket.number or f"#{ticket.id}",
        hospital=ticket.hospital,
        subsystem=ticket.subsystem,
        tier=ticket.tier,
        month=month_of(ticket.created_at, tz),
        created_at=ticket.created_at,
        respond=judge_clock("respond", ticket.respond_by, ticket.responded_at, now),
        resolve=judge_clock("resolve", ticket.resolve_by, ticket.resolved_at, resolve_now),
        time_to_acknowledge=(
            ticket.responded_at - ticket.created_at if ticket.responded_at else None
        ),
        time_to_resolve=(
            ticket.resolved_at - ticket.created_at - waiting_time(ticket)
            if ticket.resolved_at
            else None
        ),
    )


@dataclass(frozen=True)
class Compliance:
    """Counts behind the percentages, so that rows can be checked and added up."""

    hospital: str
    month: str
    tier: str
    tickets: int
    respond_measured: int
    respond_in_time: int
    resolve_measured: int
    resolve_in_time: int
    mean_acknowledge: timedelta | None
    mean_resolve: timedelta | None
    breaches: int

    @property
    def respond_pct(self) -> float | None:
        return _pct(self.respond_in_time, self.respond_measured)

    @property
    def resolve_pct(self) -> float | None:
        return _pct(self.resolve_in_time, self.resolve_measured)


def _pct(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


def _mean(spans: Iterable[timedelta | None]) -> timedelta | None:
    known = [span for span in spans if span is not None]
    return sum(known, timedelta(0)) / len(known) if known else None


def _compliance(key: tuple[str, str, str], rows: list[TicketSla]) -> Compliance:
    responds = [r.respond for r in rows if r.respond.breached is not None]
    resolves = [r.resolve for r in rows if r.resolve.breached is not None]
    return Compliance(
        *key,
        tickets=len(rows),
        respond_measured=len(responds),
        respond_in_time=sum(not c.breached for c in responds),
        resolve_measured=len(resolves),
        resolve_in_time=sum(not c.breached for c in resolves),
        mean_acknowledge=_mean(r.time_to_acknowledge for r in rows),
        mean_resolve=_mean(r.time_to_resolve for r in rows),
        breaches=sum(bool(c.breached) for c in responds + resolves),
    )


def summarize(records: Iterable[TicketSla], by: Sequence[str] = GROUPS) -> list[Compliance]:
    """One row per value of the `by` fields; the other fields read "all"."""
    groups: dict[tuple[str, str, str], list[TicketSla]] = defaultdict(list)
    for record in records:
        key = tuple(getattr(record, g) if g in by else ALL for g in GROUPS)
        groups[key].append(record)  # type: ignore[index]
    return [_compliance(key, rows) for key, rows in sorted(groups.items())]


@dataclass(frozen=True)
class Breach:
    number: str
    hospital: str
    tier: str
    month: str
    clock: str
    due: datetime
    stopped_at: datetime | None
    late_by: timedelta


@dataclass(frozen=True)
class SlaReport:
    timezone: str
    generated_at: datetime
    records: list[TicketSla]

    def rows(self) -> list[Compliance]:
        return summarize(self.records)

    def monthly(self) -> list[Compliance]:
        return summarize(self.records, ("month",))

    def total(self) -> Compliance:
        return _compliance((ALL, ALL, ALL), self.records)

    def breaches(self) -> list[Breach]:
        return [
            Breach(r.number, r.hospital, r.tier, r.month, c.clock, c.due, c.stopped_at, c.late_by)
            for r in self.records
            for c in (r.respond, r.resolve)
            if c.breached
        ]


def _hospital_condition(session: Session, key: str) -> ColumnElement[bool]:
    """A hospital given by id or by name: tickets carry its name, newer ones its id too."""
    known = session.execute(
        select(Hospital.id, Hospital.name).where(or_(Hospital.id == key, Hospital.name == key))
    ).all()
    names = {key, *(name for _, name in known)}
    ids = {key, *(hospital_id for hospital_id, _ in known)}
    return or_(Ticket.hospital.in_(names), Ticket.hospital_id.in_(ids))


def _tickets(
    session: Session, period: Period, hospital: str | None, tier: str | None
) -> list[Ticket]:
    """Tickets opened in the period; linked reports of a major incident are measured once,
    on their parent."""
    query = select(Ticket).where(Ticket.parent_id.is_(None), *_within(Ticket.created_at, period))
    if hospital:
        query = query.where(_hospital_condition(session, hospital))
    if tier:
        query = query.where(func.coalesce(Ticket.tier_confirmed, Ticket.tier_predicted) == tier)
    query = query.options(selectinload(Ticket.history), defer(Ticket.log_excerpt))
    query = query.order_by(Ticket.created_at, Ticket.id)
    return list(session.scalars(query))


def sla_report(
    session: Session,
    tz: ZoneInfo,
    *,
    hospital: str | None = None,
    tier: str | None = None,
    period: Period = Period(),
    now: datetime | None = None,
) -> SlaReport:
    if tier and tier not in TIER_IDS:
        raise ValueError(f"tier '{tier}' is not one of {', '.join(TIER_IDS)}")
    now = now or utcnow()
    records = [ticket_sla(t, tz, now) for t in _tickets(session, period, hospital, tier)]
    return SlaReport(str(tz), now, records)


def hospitals(session: Session) -> list[str]:
    """Every hospital under contract or with tickets, for the report filters."""
    named = session.scalars(select(Hospital.name)).all()
    return sorted({*named, *session.scalars(select(Ticket.hospital).distinct())})


def recent_quarters(now: datetime, tz: ZoneInfo, count: int = 4) -> list[str]:
    """This quarter and the ones before it, newest first, on the hospital's calendar."""
    local = now.astimezone(tz)
    index = local.year * 4 + (local.month - 1) // 3
    return [f"{i // 4}Q{i % 4 + 1}" for i in range(index, index - count, -1)]


def _minutes(span: timedelta | None) -> str:
    return "" if span is None else f"{span.total_seconds() / 60:.1f}"


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def local_time(moment: datetime | None, tz: ZoneInfo) -> str:
    return "" if moment is None else moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def human_span(span: timedelta | None) -> str:
    """A duration as a manager reads it: "2 d 3 h", "1 h 5 min", "12 min"."""
    if span is None:
        return "-"
    minutes = round(span.total_seconds() / 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h"
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"


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
                local_time(b.due, tz),
                local_time(b.stopped_at, tz) or "open",
                _minutes(b.late_by),
            )
            for b in report.breaches()
        ),
    )


@dataclass(frozen=True)
class RecurringFault:
    subsystem: str
    numbers: tuple[str, ...]
    shared_terms: tuple[str, ...]
    template: str
    example: str
    first_seen: datetime
    last_seen: datetime

    def because(self) -> str:
        """Why these tickets were grouped, in words an auditor can check."""
        if self.template:
            return f"same log template: {self.template}"
        return "shared words: " + ", ".join(self.shared_terms)


def description_terms(text: str) -> frozenset[str]:
    """Content words of a description: no function words, numbers or placeholders."""
    return frozenset(w for w in tokenize_words(text) if _WORD.search(w) and w not in _STOPWORDS)


def _top_template(ticket: Ticket) -> str:
    return next((e["template"] for e in ticket.evidence or [] if e.get("template")), "")


@dataclass(frozen=True)
class _Signature:
    """What two reports are compared on: the description's words and the top log template."""

    terms: frozenset[str]
    template: str

    @classmethod
    def of(cls, ticket: Ticket) -> _Signature:
        return cls(description_terms(ticket.description), _top_template(ticket))

    def similar(self, other: _Signature) -> bool:
        if self.template and self.template == other.template:
            return True
        union = self.terms | other.terms
        overlap = len(self.terms & other.terms) / len(union) if union else 0.0
        return overlap >= RECURRING_MIN_OVERLAP


def _clusters(signatures: list[_Signature]) -> list[list[int]]:
    """Single-link groups of similar reports (union-find over similar pairs), as indices."""
    parent = list(range(len(signatures)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(signatures):
        for j in range(i + 1, len(signatures)):
            if a.similar(signatures[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(signatures)):
        groups[root(i)].append(i)
    return list(groups.values())


def _recurring(group: list[Ticket], signatures: list[_Signature]) -> RecurringFault:
    """Words and a template count as shared when more than half of the group has them."""
    majority = len(group) / 2
    words = Counter(term for s in signatures for term in s.terms)
    shared = sorted((w for w, n in words.items() if n > majority), key=lambda w: (-words[w], w))
    templates = Counter(s.template for s in signatures if s.template)
    template, seen = templates.most_common(1)[0] if templates else ("", 0)
    return RecurringFault(
        subsystem=group[0].subsystem,
        numbers=tuple(t.number or f"#{t.id}" for t in group),
        shared_terms=tuple(shared[:6]),
        template=template if seen > majority else "",
        example=group[0].description,
        first_seen=min(t.created_at for t in group),
        last_seen=max(t.created_at for t in group),
    )


def _subsystem_faults(tickets: list[Ticket]) -> list[RecurringFault]:
    """Identical signatures are compared once: recurring reports often read the same."""
    signatures = [_Signature.of(t) for t in tickets]
    unique = list(dict.fromkeys(signatures))
    cluster_of = {unique[i]: n for n, group in enumerate(_clusters(unique)) for i in group}
    members: dict[int, list[int]] = defaultdict(list)
    for i, signature in enumerate(signatures):
        members[cluster_of[signature]].append(i)
    return [
        _recurring([tickets[i] for i in group], [signatures[i] for i in group])
        for group in members.values()
        if len(group) >= RECURRING_MIN_TICKETS
    ]


def recurring_faults(tickets: Iterable[Ticket]) -> list[RecurringFault]:
    """Same subsystem and a similar description (or log template) at least three times."""
    by_subsystem: dict[str, list[Ticket]] = defaultdict(list)
    for ticket in tickets:
        by_subsystem[ticket.subsystem].append(ticket)
    faults = [f for group in by_subsystem.values() for f in _subsystem_faults(group)]
    return sorted(faults, key=lambda f: (-len(f.numbers), f.subsystem))


def _within(column: ColumnElement[datetime], period: Period) -> list[ColumnElement[bool]]:
    """SQL conditions keeping `column` inside the period."""
    conditions: list[ColumnElement[bool]] = []
    if period.start:
        conditions.append(column >= period.start)
    if period.end:
        conditions.append(column < period.end)
    return conditions


def kb_deflection(session: Session, period: Period) -> tuple[Deflection, list[tuple[str, int]]]:
    """Answers to "did this solve it?" in the period, and the articles that solved most."""
    where = _within(KbFeedback.at, period)
    counts = dict(
        session.execute(
            select(KbFeedback.solved, func.count()).where(*where).group_by(KbFeedback.solved)
        ).all()
    )
    top = session.execute(
        select(KbFeedback.article_id, func.count())
        .where(KbFeedback.solved.is_(True), *where)
        .group_by(KbFeedback.article_id)
        .order_by(func.count().desc(), KbFeedback.article_id)
        .limit(5)
    ).all()
    deflection = Deflection(solved=counts.get(True, 0), not_solved=counts.get(False, 0))
    return deflection, [(article, n) for article, n in top]


def resolve_hospital(session: Session, key: str) -> str:
    """The hospital's display name from its id or name; unknown hospitals are an error."""
    named = session.scalars(
        select(Hospital.name).where(or_(Hospital.id == key, Hospital.name == key))
    ).first()
    if named:
        return named
    if session.scalars(select(Ticket.id).where(Ticket.hospital == key).limit(1)).first():
        return key
    raise ValueError(f"no hospital '{key}' in the desk database")


@dataclass(frozen=True)
class QuarterlyReport:
    hospital: str
    quarter: str
    sla: SlaReport
    recurring: list[RecurringFault]
    deflection: Deflection
    top_articles: list[tuple[str, int]]

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
    tickets = _tickets(session, period, hospital, None)
    sla = SlaReport(str(tz), now, [ticket_sla(t, tz, now) for t in tickets])
    deflection, top = kb_deflection(session, period)
    year, number = parse_quarter(quarter)
    return QuarterlyReport(
        name, f"{year}Q{number}", sla, recurring_faults(tickets), deflection, top
    )


def _png(figure: Figure) -> io.BytesIO:
    """Figures without pyplot: no global state, safe in the web server's worker threads."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=150, bbox_inches="tight")
    buffer.seek(0)
    return buffer


TIER_COLOURS = {"P1": "#b00020", "P2": "#e08a00", "P3": "#35607f"}


def tickets_chart(counts: dict[str, Counter[str]]) -> io.BytesIO:
    """Stacked bars of tickets per subsystem and tier (English labels: no CJK font needed)."""
    figure = Figure(figsize=(7, 0.35 * max(len(counts), 3) + 1))
    axes = figure.subplots()
    names = list(counts)[::-1]
    left = [0] * len(names)
    for tier in TIER_IDS:
        values = [counts[name][tier] for name in names]
        axes.barh(names, values, left=left, color=TIER_COLOURS[tier], label=tier)
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.set_xlabel("tickets")
    axes.legend(loc="lower right")
    axes.xaxis.get_major_locator().set_params(integer=True)
    return _png(figure)


def compliance_chart(monthly: list[Compliance], months: list[str]) -> io.BytesIO:
    """Responded and resolved in time, % per month; months without tickets stay empty."""
    by_month = {row.month: row for row in monthly}
    figure = Figure(figsize=(7, 2.8))
    axes = figure.subplots()
    positions = range(len(months))
    for label, attribute, style, colour in (
        ("responded in time %", "respond_pct", "o-", "#0b5cab"),
        ("resolved in time %", "resolve_pct", "s--", "#2e8b57"),
    ):
        values = [getattr(by_month[m], attribute) if m in by_month else None for m in months]
        axes.plot(
            positions,
            [float("nan") if v is None else v for v in values],
            style,
            color=colour,
            label=label,
        )
    axes.set_xticks(positions, months)
    axes.set_xlim(-0.5, len(months) - 0.5)
    axes.set_ylim(0, 105)
    axes.set_ylabel("%")
    axes.grid(axis="y", alpha=0.3)
    axes.legend(loc="lower left")
    return _png(figure)


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


def pct_text(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}%"


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
        ["平均响应时间 Mean time to acknowledge", human_span(total.mean_acknowledge)],
        ["平均解决时间 Mean time to resolve", human_span(total.mean_resolve)],
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
                human_span(row.mean_acknowledge),
                human_span(row.mean_resolve),
                row.breaches,
            ]
        )
    return rows


def _breach_rows(report: QuarterlyReport, tz: ZoneInfo) -> list[list[object]]:
    rows: list[list[object]] = [
        ["工单 Ticket", "级别 Tier", "计时 Clock", "应于 Due", "实际 Actual", "超时 Late by"]
    ]
    for b in report.sla.breaches():
        actual = local_time(b.stopped_at, tz) or "未完成 open"
        rows.append(
            [b.number, b.tier, b.clock, local_time(b.due, tz), actual, human_span(b.late_by)]
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
                f"generated {local_time(report.sla.generated_at, tz)}"
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
    ]
    return story


def _image(png: io.BytesIO, width: float) -> Image:
    """A PNG scaled to `width`, keeping its aspect ratio."""
    image = Image(png)
    image.drawHeight = image.imageHeight * width / image.imageWidth
    image.drawWidth = width
    return image
