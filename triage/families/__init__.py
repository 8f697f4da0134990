"""Every fault family, one module per subsystem, in SPEC §3.1 order."""

from __future__ import annotations

from importlib import import_module

from careline.labels import SUBSYSTEM_IDS
from triage.family import Family

_MODULES = [import_module(f"triage.families.{subsystem}") for subsystem in SUBSYSTEM_IDS]

FAMILIES: tuple[Family, ...] = tuple(fam for module in _MODULES for fam in module.FAMILIES)
LOGS: dict[str, tuple[str, ...]] = {}
for _module in _MODULES:
    _clash = LOGS.keys() & _module.LOGS.keys()
    if _clash:
        raise ValueError(f"{_module.__name__}: log kind(s) {sorted(_clash)} defined twice")
    LOGS.update(_module.LOGS)
