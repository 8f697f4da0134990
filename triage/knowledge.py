"""Knowledge-base articles as extra subsystem training text.

The labelled cases hold a few faults per subsystem; the articles name many more (kiosks, nurse
call, DNS, blood bank...). Each title, nickname and symptom/cause/step line is one short text
labelled with its article's subsystem, grouped by article so cross-validation never splits one.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge_base.corpus import load_articles

MIN_LINE_CHARS = 7


@dataclass(frozen=True)
class Passage:
    text: str
    subsystem: str
    group: str


def article_passages() -> list[Passage]:
    passages = []
    for article in load_articles():
        group = f"kb:{article.key}"
        texts = [article.title, *article.aliases]
        for section in article.sections.values():
            texts += [line.strip("-* ").strip() for line in section.splitlines()]
        passages += [
            Passage(text, article.subsystem, group)
            for text in texts
            if len(text) >= MIN_LINE_CHARS or text in article.aliases or text == article.title
        ]
    return passages
