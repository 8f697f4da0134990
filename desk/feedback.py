"""Answers to "did this solve it?" after a knowledge-base article (counted in
desk.reporting.deflection)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk.models import KbFeedback


@dataclass(frozen=True)
class Deflection:
    solved: int
    not_solved: int

    @property
    def rate(self) -> float:
        total = self.solved + self.not_solved
        return self.solved / total if total else 0.0


def record_kb_feedback(
    session: Session, article_id: str, language: str, solved: bool, conversation: str
) -> None:
    session.add(
        KbFeedback(
            article_id=article_id, language=language, solved=solved, conversation=conversation
        )
    )
