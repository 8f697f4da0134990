"""Context rules that can only raise a tier: where it happens, how many, how dangerous."""

from __future__ import annotations

import re
from dataclasses import dataclass

from careline.labels import TIER_IDS


@dataclass(frozen=True)
class ContextRule:
    name: str
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None
    raises_to: str

    def applies(self, text: str) -> bool:
        return bool(self.pattern.search(text)) and (
            self.requires is None or bool(self.requires.search(text))
        )


_CRITICAL_AREA = re.compile(
    r"(?i)急诊|急救|抢救室|ICU|重症|手术室|手术中|产房|\bER\b|emergency|intensive care|"
    r"operating (room|theatre)|\bOR\b|in surgery"
)
_DOWN = re.compile(
    r"(?i)宕机|瘫痪|挂了|停机|停了|失灵|起不来|都(卡|登不|打不|用不|连不|进不)|登不(上|进)|进不去|"
    r"打不开|无法(登录|使用|连接)|用不了|\bdown\b|offline|not working|"
    r"won't (open|start|load|boot)|can(no|')t (log ?in|open|connect)|all fail|stopped|dead|died"
)
# "不是全部" / "not all" says the opposite of many: a negated mention does not count.
_MANY_USERS = re.compile(
    r"(?i)(?<!不是)(?<!并非)(所有|全部|整个|全院|全科|整层|整栋|任何|大家|多个(科室|病区|窗口))|"
    r"(?<!not )(all (windows|users|wards|stations|terminals|pcs|computers|sites))|"
    r"everyone|every(body| ward| window| pc| computer| site| station)|"
    r"whole (ward|department|hospital|floor|building|subnet|campus)|hospital-wide"
)
_PATIENT_SAFETY = re.compile(
    r"(?i)患者安全|用错药|发错药|给错药|危急值|抢救|输错|wrong (patient|drug|dose|medication)|"
    r"patient safety|critical (value|result)|resuscitat"
)

RULES: tuple[ContextRule, ...] = (
    ContextRule("critical_area_system_down", _DOWN, _CRITICAL_AREA, "P1"),
    ContextRule("system_fully_down", _DOWN, _MANY_USERS, "P1"),
    ContextRule("patient_safety_words", _PATIENT_SAFETY, None, "P1"),
    ContextRule("many_users_affected", _MANY_USERS, None, "P2"),
    ContextRule("critical_area", _CRITICAL_AREA, None, "P2"),
)


def _rank(tier: str) -> int:
    """P1 is the most severe: a lower index in TIER_IDS means more urgent."""
    return TIER_IDS.index(tier)


def apply_context(tier: str, text: str) -> tuple[str, list[str]]:
    """The tier after every rule that fires, never lower than the model's; and their names."""
    fired = [rule for rule in RULES if rule.applies(text)]
    raised = min([tier, *(r.raises_to for r in fired)], key=_rank)
    return raised, [r.name for r in fired if _rank(r.raises_to) < _rank(tier)]
