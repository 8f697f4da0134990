"""A fault family: the unit the triage data set is written in and split by."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Family:
    """One underlying fault: label, where reports come from, log kinds and wordings."""

    name: str
    tier: str
    where: str  # space-separated PLACES pools for {loc} and signatures
    app: str  # application name used inside the logs
    logs: str  # space-separated LOG_TEMPLATES kinds
    zh: tuple[str, ...]
    en: tuple[str, ...]

    @property
    def subsystem(self) -> str:
        """The label id, taken from the family name's prefix."""
        return self.name.split("/", 1)[0]
