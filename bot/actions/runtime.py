"""The knowledge base and the desk, loaded once per action-server process."""

from __future__ import annotations

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
