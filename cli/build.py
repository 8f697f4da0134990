"""Build each artifact only when it is missing or its inputs changed."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from loguru import logger

from careline.reporting import shown_path
from careline.settings import REPO_ROOT, Settings
from cli.rasa_inputs import (
    CONFIG_FILE,
    DOMAIN_FILE,
    jieba_dictionary,
    jieba_dictionary_mismatch,
    training_data_paths,
    write_subsystem_nlu,
)
from desk.contracts import import_contracts
from desk.db import session_scope
from knowledge_base.corpus import DEV_QUERIES
from knowledge_base.encoders import Encoder, get_encoder
from knowledge_base.evaluation import calibrate, load_queries
from knowledge_base.index import META_FILE, KnowledgeBase, build_index, is_stale
from triage.dataset import generate_cases
from triage.knowledge import article_passages
from triage.model import (
    MODEL_FILE,
    MODEL_VERSION,
    data_hash,
    labels_of,
    samples_of,
    train_release_model,
)

RASA_MODEL_NAME = "careline"


def build_kb(settings: Settings, force: bool = False) -> bool:
    """Index the articles and, when development queries exist, calibrate the confidence."""
    encoder = get_encoder(settings.encoder, settings.st_model_path)
    if not force and not is_stale(settings.kb_dir, encoder.name):
        logger.info("knowledge base index is up to date ({})", encoder.name)
        return False
    build_kb_index(encoder, settings.kb_dir, settings.kb_hnsw_min_vectors)
    return True


def build_kb_index(encoder: Encoder, index_dir: Path, hnsw_min_vectors: int) -> KnowledgeBase:
    build_index(encoder, index_dir, hnsw_min_vectors=hnsw_min_vectors)
    try:
        kb = KnowledgeBase(encoder, index_dir)
        if DEV_QUERIES.exists():
            calibrate(kb, load_queries(DEV_QUERIES), index_dir, DEV_QUERIES.name)
    except Exception:
        (index_dir / META_FILE).unlink()  # half-built: the next build must start over
        raise
    return kb


def _triage_is_stale(settings: Settings, cases: list[dict]) -> bool:
    meta_file = settings.triage_dir / "triage.meta.json"
    if not (settings.triage_dir / MODEL_FILE).exists() or not meta_file.exists():
        return True
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    return (
        meta.get("data_hash") != data_hash(samples_of(cases), labels_of(cases), article_passages())
        or meta.get("version") != MODEL_VERSION
    )


def build_triage(settings: Settings, force: bool = False) -> bool:
    cases = generate_cases()
    if not force and not _triage_is_stale(settings, cases):
        logger.info("triage model is up to date ({} cases)", len(cases))
        return False
    logger.info("training triage model on {} cases", len(cases))
    train_release_model(cases).save(settings.triage_dir)
    return True


def rasa_fingerprint(settings: Settings) -> str:
    """A hash of everything the model is trained from: config, domain, rules, the NLU files, the
    generated subsystem names and jieba dictionary (so a change to aliases.yml or the labels
    retrains)."""
    digest = hashlib.sha256()
    roots = (CONFIG_FILE, DOMAIN_FILE, *training_data_paths(settings), jieba_dictionary(settings))
    for root in roots:
        if not root.exists():
            continue
        for path in sorted([root] if root.is_file() else root.rglob("*.yml")):
            digest.update(shown_path(path).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def rasa_model_path(settings: Settings) -> Path:
    return settings.rasa_dir / "models" / f"{RASA_MODEL_NAME}.tar.gz"


def build_rasa(settings: Settings, force: bool = False) -> bool:
    """Train in the Rasa environment; its own progress bars show the epochs."""
    write_subsystem_nlu(settings)
    if mismatch := jieba_dictionary_mismatch(settings):
        logger.warning(mismatch)
    stamp = settings.rasa_dir / "fingerprint"
    fingerprint = rasa_fingerprint(settings)
    model = rasa_model_path(settings)
    if not force and model.exists() and stamp.exists() and stamp.read_text() == fingerprint:
        logger.info("Rasa model is up to date")
        return False
    logger.info("training the Rasa model (a few minutes on 2 cores)")
    command = [
        str(settings.rasa_venv / "bin" / "rasa"),
        "train",
        "--config",
        str(CONFIG_FILE),
        "--domain",
        str(DOMAIN_FILE),
        "--data",
        *map(str, training_data_paths(settings)),
        "--out",
        str(model.parent),
        "--fixed-model-name",
        RASA_MODEL_NAME,
        "--force",
    ]
    subprocess.run(command, cwd=REPO_ROOT, check=True)
    stamp.write_text(fingerprint)
    return True


def build_desk_database(settings: Settings) -> None:
    """Migrate the desk database and bring its hospitals, sites and contracts up to the file."""
    with session_scope(settings.db_url) as session:
        counts = import_contracts(session, settings.contracts_file)
    logger.info(
        "desk database ready: {} hospitals, {} sites, {} contracts",
        counts.hospitals,
        counts.sites,
        counts.contracts,
    )


def build_all(settings: Settings, force: bool = False, rasa: bool = True) -> None:
    build_desk_database(settings)
    build_kb(settings, force)
    build_triage(settings, force)
    if rasa:
        build_rasa(settings, force)
