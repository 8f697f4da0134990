"""The knowledge base and the desk, loaded once per action-server worker."""

from __future__ import annotations

import os
from functools import lru_cache

from careline.settings import get_settings
from desk.tickets import Desk
from knowledge_base.encoders import get_encoder
from knowledge_base.index import KnowledgeBase


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    settings = get_settings()
    return KnowledgeBase(get_encoder(settings.encoder, settings.st_model_path), settings.kb_dir)


@lru_cache(maxsize=1)
def desk() -> Desk:
    return Desk.from_settings(get_settings())


def warm_up() -> None:
    """Load models and run one query, so the first nurse at 3 a.m. waits no longer than the rest."""
    knowledge_base().search("warm-up", k=1)
    desk().triage.classify("warm-up")


# Sanic's primary process only supervises; its worker (which serves requests) loads everything
# before it reports ready, so the health check passes only once answers are fast.
if os.environ.get("SANIC_WORKER_NAME"):
    warm_up()
