"""The report charts, drawn with matplotlib as PNG for the PDF."""

from __future__ import annotations

import io
from collections import Counter

from matplotlib.figure import Figure

from careline.labels import TIER_IDS
from desk.reporting.compliance import Compliance


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
