"""What `careline build` makes from files in the repository: the knowledge-base index, the triage
model and the Rasa model. Each owner package declares its artefact here in one shape (the
fingerprint of its inputs, the fingerprint recorded when it was built, how to build it, how to
load it), so deciding what is stale is one rule instead of one per artefact."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable

from loguru import logger

from careline.settings import Settings


class Artefact(ABC):
    """A built thing that is rebuilt only when the fingerprint of its inputs changes."""

    name: str

    def prepare(self, settings: Settings) -> None:
        """Write the inputs that are derived from other files, before the fingerprint is taken."""
        return None

    @abstractmethod
    def fingerprint(self, settings: Settings) -> str:
        """A hash of every input as it is now (files, format version, model name)."""

    @abstractmethod
    def built_fingerprint(self, settings: Settings) -> str | None:
        """The fingerprint recorded beside the built thing, or None when nothing is built."""

    @abstractmethod
    def build(self, settings: Settings) -> None:
        """Make the artefact and record its fingerprint beside it."""

    @abstractmethod
    def load(self, settings: Settings) -> object:
        """The built thing, ready to use (or the path a separate process loads)."""

    def is_current(self, settings: Settings) -> bool:
        return self.built_fingerprint(settings) == self.fingerprint(settings)

    def ensure(self, settings: Settings, force: bool = False) -> bool:
        """Build when stale (or forced); True when it was built."""
        self.prepare(settings)
        if not force and self.is_current(settings):
            logger.info("{} is up to date", self.name)
            return False
        logger.info("building the {}", self.name)
        self.build(settings)
        return True


def ensure_all(artefacts: Iterable[Artefact], settings: Settings, force: bool = False) -> None:
    for artefact in artefacts:
        artefact.ensure(settings, force)
