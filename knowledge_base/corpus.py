"""Articles as Markdown files with YAML front matter, validated on load."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from careline.labels import SUBSYSTEM_IDS

ARTICLES_DIR = Path(__file__).resolve().parent / "articles"
EVAL_DIR = Path(__file__).resolve().parent / "eval"
DEV_QUERIES = EVAL_DIR / "dev.jsonl"
TEST_QUERIES = EVAL_DIR / "test.jsonl"
LANGUAGES = ("zh", "en")
REQUIRED_FIELDS = ("id", "lang", "subsystem", "title", "applies_to", "last_reviewed", "escalate_if")
_STEP = re.compile(r"^\s*\d+[.、)]\s*(.+)$")
_SECTION = re.compile(r"^##\s+(.+)$")


class ArticleError(ValueError):
    """An article that would mislead staff: the build stops and names file and field."""


@dataclass(frozen=True)
class Article:
    id: str
    lang: str
    subsystem: str
    title: str
    aliases: tuple[str, ...]
    applies_to: str
    last_reviewed: date
    escalate_if: str
    sections: dict[str, str]
    steps: tuple[str, ...]

    @property
    def key(self) -> str:
        """Unique per language version: the zh and en files of one topic share `id`."""
        return f"{self.id}.{self.lang}"


def _split_front_matter(path: Path, text: str) -> tuple[dict, str]:
    if not text.startswith("---"):
        raise ArticleError(f"{path}: no front matter (the file must start with '---')")
    _, head, body = text.split("---", 2)
    try:
        meta = yaml.safe_load(head)
    except yaml.YAMLError as exc:
        raise ArticleError(f"{path}: front matter is not valid YAML: {exc}") from exc
    if not isinstance(meta, dict):
        raise ArticleError(f"{path}: front matter must be a mapping")
    return meta, body


def _sections(body: str) -> dict[str, str]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in body.splitlines():
        heading = _SECTION.match(line)
        if heading:
            current = heading.group(1).strip()
            sections[current] = []
        elif current is not None and line.strip():
            sections[current].append(line.strip())
    return {name: "\n".join(lines) for name, lines in sections.items()}


def parse_article(path: Path) -> Article:
    meta, body = _split_front_matter(path, path.read_text(encoding="utf-8"))
    for name in REQUIRED_FIELDS:
        if not meta.get(name):
            raise ArticleError(f"{path}: field '{name}' is missing or empty")
    if meta["subsystem"] not in SUBSYSTEM_IDS:
        raise ArticleError(
            f"{path}: field 'subsystem' is '{meta['subsystem']}', not a SPEC §3.1 id"
        )
    if meta["lang"] not in LANGUAGES:
        raise ArticleError(f"{path}: field 'lang' is '{meta['lang']}', expected one of {LANGUAGES}")
    if not isinstance(meta["last_reviewed"], date):
        raise ArticleError(f"{path}: field 'last_reviewed' must be a date (YYYY-MM-DD)")
    sections = _sections(body)
    steps = tuple(m.group(1) for line in body.splitlines() if (m := _STEP.match(line)))
    if not steps:
        raise ArticleError(f"{path}: body has no numbered steps")
    return Article(
        id=str(meta["id"]),
        lang=meta["lang"],
        subsystem=meta["subsystem"],
        title=str(meta["title"]),
        aliases=tuple(str(a) for a in meta.get("aliases") or ()),
        applies_to=str(meta["applies_to"]),
        last_reviewed=meta["last_reviewed"],
        escalate_if=str(meta["escalate_if"]),
        sections=sections,
        steps=steps,
    )


def load_articles(directory: Path = ARTICLES_DIR) -> list[Article]:
    articles = [parse_article(p) for p in sorted(directory.rglob("*.md"))]
    seen: dict[str, Article] = {}
    for article in articles:
        if article.key in seen:
            raise ArticleError(f"duplicate article id '{article.id}' in language '{article.lang}'")
        seen[article.key] = article
    if not articles:
        raise ArticleError(f"{directory}: no articles found")
    return articles


def content_hash(directory: Path = ARTICLES_DIR) -> str:
    """Changes whenever any article's bytes or name change: the index is rebuilt then."""
    digest = hashlib.sha256()
    for path in sorted(directory.rglob("*.md")):
        digest.update(path.relative_to(directory).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
