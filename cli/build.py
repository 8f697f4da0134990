"""`careline build`: the desk database, then each artefact the line runs on, each only when it
is missing or its inputs changed."""

from __future__ import annotations

from loguru import logger

from bot.rasa_model import ARTEFACTS, RASA_MODEL
from careline.artefacts import ensure_all
from careline.settings import Settings
from desk.contracts import prepare_database


def build_desk_database(settings: Settings) -> None:
    counts = prepare_database(settings)
    logger.info(
        "desk database ready: {} hospitals, {} sites, {} contracts",
        counts.hospitals,
        counts.sites,
        counts.contracts,
    )


def build_all(settings: Settings, force: bool = False, rasa: bool = True) -> None:
    build_desk_database(settings)
    ensure_all([a for a in ARTEFACTS if rasa or a is not RASA_MODEL], settings, force)
