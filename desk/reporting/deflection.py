"""Knowledge-base deflection: how many "did this solve it?" answers were yes, questions closed
without a ticket, and the articles that solved most."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.feedback import Deflection
from desk.models import KbFeedback
from desk.reporting.periods import ALL_TIME, Period, within


def deflection(session: Session, period: Period = ALL_TIME) -> Deflection:
    counts = dict(
        session.execute(
            select(KbFeedback.solved, func.count())
            .where(*within(KbFeedback.at, period))
            .group_by(KbFeedback.solved)
        ).all()
    )
    return Deflection(solved=counts.get(True, 0), not_solved=counts.get(False, 0))


def most_solving_articles(
    session: Session, period: Period = ALL_TIME, limit: int = 5
) -> list[tuple[str, int]]:
    """Articles by how many answers said they solved it, most first."""
    rows = session.execute(
        select(KbFeedback.article_id, func.count())
        .where(KbFeedback.solved.is_(True), *within(KbFeedback.at, period))
        .group_by(KbFeedback.article_id)
        .order_by(func.count().desc(), KbFeedback.article_id)
        .limit(limit)
    ).all()
    return [(article, count) for article, count in rows]
