"""The report charts, drawn once with matplotlib: PNG for the PDF, inline SVG for the web."""

from __future__ import annotations

import io
import math
from collections import Counter
from html import escape

import matplotlib
from matplotlib.figure import Figure

from careline.labels import TIER_IDS
from desk.reporting.compliance import Compliance

# Set once at import and never changed: the web server draws in several threads, so no
# rc_context. Real text in the SVG (readable, no glyph outlines) and ids that are the same
# on every render.
matplotlib.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "careline-charts"})
# A page spanning years keeps its month labels apart: at most about this many are written.
MAX_MONTH_LABELS = 12


def _png(figure: Figure) -> io.BytesIO:
    """Figures without pyplot: no global state, safe in the web server's worker threads, and
    nothing to close (no figure manager holds them)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=150, bbox_inches="tight")
    buffer.seek(0)
    return buffer


def _svg(figure: Figure, title: str) -> str:
    """An <svg> element for a page: no XML prolog or creation date, and an accessible name."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = buffer.getvalue()
    element = svg[svg.index("<svg ") :]
    return element.replace(
        "<svg ", f'<svg class="chart" role="img" aria-label="{escape(title)}" ', 1
    )


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


def _compliance_figure(monthly: list[Compliance], months: list[str]) -> Figure:
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
    every = max(1, math.ceil(len(months) / MAX_MONTH_LABELS))
    axes.set_xticks(positions[::every], months[::every])
    axes.set_xlim(-0.5, len(months) - 0.5)
    axes.set_ylim(0, 105)
    axes.set_ylabel("%")
    axes.grid(axis="y", alpha=0.3)
    axes.legend(loc="lower left")
    return figure


def compliance_chart(monthly: list[Compliance], months: list[str]) -> io.BytesIO:
    """The monthly compliance chart as PNG, for the quarterly PDF."""
    return _png(_compliance_figure(monthly, months))


def compliance_svg(monthly: list[Compliance], months: list[str]) -> str:
    """The same chart as an <svg> element, for the compliance page."""
    title = "responded and resolved in time per month"
    return _svg(_compliance_figure(monthly, months), title)
