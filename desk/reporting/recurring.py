"""Recurring faults: one subsystem, similar reports, at least three times in a period."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from desk.models import Ticket
from triage.features import tokenize_words

# Recurring faults: at least this many tickets of one subsystem in the quarter whose
# descriptions share at least this share of their words (Jaccard), or the same log template.
RECURRING_MIN_TICKETS = 3


RECURRING_MIN_OVERLAP = 0.5


_WORD = re.compile(r"[^\W\d_]", re.UNICODE)


_STOPWORDS = frozenset(
    "的 了 是 在 有 和 就 都 也 又 很 还 我 我们 你 他 她 它 这 那 个 一个 不 没 没有 吗 呢 啊 吧 "
    "着 请 帮 帮忙 一下 现在 今天 刚才 已经 一直 老是 总是 会 能 可以 要 被 把 给 让 与 及 或 等 "
    "the a an is are was were be to of in on at for and or not no it this that my our we i "
    "can cannot please with from after again still keeps keep "
    "phone name id mrn".split()
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
