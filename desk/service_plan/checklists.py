"""config/inspections.yaml: the inspection checks per subsystem, when inspections fall due, and
the holiday-readiness checklist. The one reader of that file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from careline.errors import InvalidInput
from careline.labels import SUBSYSTEM_IDS

CHECK_KEYS = ("id", "zh", "en")


class ChecklistError(InvalidInput):
    """The checklist file says something the desk cannot use; the message names the entry."""


@dataclass(frozen=True)
class Check:
    id: str
    zh: str
    en: str
    subsystem: str = ""

    def as_dict(self) -> dict[str, str]:
        """The form an inspection or a plan keeps its copy of the check in."""
        return {"id": self.id, "subsystem": self.subsystem, "zh": self.zh, "en": self.en}


@dataclass(frozen=True)
class Checklists:
    checks: dict[str, tuple[Check, ...]]
    holiday_checks: tuple[Check, ...]
    due_days_before_quarter_end: int
    queue_days_ahead: int
    plan_days_ahead: int
    source: str = ""

    @classmethod
    def load(cls, path: Path) -> Checklists:
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ChecklistError(f"{path}: cannot read ({exc})") from exc
        return cls.from_dict(raw, str(path))

    @classmethod
    def from_dict(cls, raw: object, source: str) -> Checklists:
        """Validated whole: unknown subsystems, repeated ids and missing texts are errors."""
        if not isinstance(raw, dict):
            raise ChecklistError(f"{source}: expected a mapping with inspection, checks, holiday")
        inspection = _mapping(raw.get("inspection"), f"{source}: inspection")
        holiday = _mapping(raw.get("holiday"), f"{source}: holiday")
        checks_raw = _mapping(raw.get("checks"), f"{source}: checks")
        seen: set[str] = set()
        checks = {}
        for subsystem, entries in checks_raw.items():
            if subsystem not in SUBSYSTEM_IDS:
                raise ChecklistError(f"{source}: checks: '{subsystem}' is not a subsystem id")
            checks[subsystem] = _checks(entries, f"{source}: checks.{subsystem}", subsystem, seen)
        return cls(
            checks=checks,
            holiday_checks=_checks(holiday.get("checks"), f"{source}: holiday.checks", "", seen),
            due_days_before_quarter_end=_days(inspection, "due_days_before_quarter_end", source),
            queue_days_ahead=_days(inspection, "queue_days_ahead", source),
            plan_days_ahead=_days(holiday, "plan_days_ahead", source),
            source=source,
        )

    def for_subsystems(self, subsystems: list[str]) -> list[Check]:
        """The checks of an inspection covering these subsystems, in the plan's order."""
        missing = [s for s in subsystems if not self.checks.get(s)]
        if missing:
            raise ChecklistError(f"{self.source}: no inspection checks for {', '.join(missing)}")
        return [check for s in subsystems for check in self.checks[s]]


def _mapping(value: object, where: str) -> dict:
    if not isinstance(value, dict):
        raise ChecklistError(f"{where}: expected a mapping")
    return value


def _days(section: dict, key: str, source: str) -> int:
    value = section.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 366:
        raise ChecklistError(f"{source}: {key} must be a whole number of days (0-366)")
    return value


def _checks(entries: object, where: str, subsystem: str, seen: set[str]) -> tuple[Check, ...]:
    if not isinstance(entries, list) or not entries:
        raise ChecklistError(f"{where}: expected a non-empty list of checks")
    checks = []
    for index, entry in enumerate(entries):
        place = f"{where}[{index}]"
        if not isinstance(entry, dict):
            raise ChecklistError(f"{place}: expected a mapping of id, zh and en")
        unknown = sorted(str(k) for k in set(entry) - set(CHECK_KEYS))
        if unknown:
            raise ChecklistError(f"{place}: unknown keys {unknown} (quote a text with a comma)")
        missing = [k for k in CHECK_KEYS if not str(entry.get(k) or "").strip()]
        if missing:
            raise ChecklistError(f"{place}: missing {', '.join(missing)}")
        check = Check(str(entry["id"]), str(entry["zh"]), str(entry["en"]), subsystem)
        if check.id in seen:
            raise ChecklistError(f"{place}: check id '{check.id}' is used twice")
        seen.add(check.id)
        checks.append(check)
    return tuple(checks)
