"""What the actions work with: the settings, the knowledge base and the desk, made once per
action-server worker when it starts (`bot.action_server`) and replaceable as a whole by tests."""

from __future__ import annotations

from dataclasses import dataclass

from careline.logs import configure_logging
from careline.settings import Settings, load_settings
from desk.tickets import Desk
from knowledge_base.artefact import KB_INDEX
from knowledge_base.index import KnowledgeBase


@dataclass(frozen=True)
class Runtime:
    settings: Settings
    knowledge_base: KnowledgeBase
    desk: Desk

    @classmethod
    def from_settings(cls, settings: Settings) -> Runtime:
        return cls(settings, KB_INDEX.load(settings), Desk.from_settings(settings))

    def warm_up(self) -> None:
        """One query through each model, so the first nurse at 3 a.m. waits no longer than
        the rest."""
        self.knowledge_base.search("warm-up", k=1)
        self.desk.triage.classify("warm-up")


_current: list[Runtime] = []


def use(runtime: Runtime) -> None:
    """Make `runtime` the one every action uses from now on."""
    _current[:] = [runtime]


def start() -> Runtime:
    """The worker's runtime from the configuration, loaded and warmed before it serves."""
    settings = load_settings()
    configure_logging("actions", settings)
    runtime = Runtime.from_settings(settings)
    runtime.warm_up()
    use(runtime)
    return runtime


def runtime() -> Runtime:
    """The runtime in use; started on first use when no server started one (a script)."""
    return _current[0] if _current else start()
