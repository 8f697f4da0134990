"""The Rasa model as a built artefact: trained in the Rasa environment (Python 3.10) from the
config, domain, rules, NLU files and the generated subsystem names, loaded by the Rasa server."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from loguru import logger

from bot.training_data import (
    CONFIG_FILE,
    DOMAIN_FILE,
    jieba_dictionary,
    jieba_dictionary_mismatch,
    training_data_paths,
    write_subsystem_nlu,
)
from careline.artefacts import Artefact
from careline.reporting import shown_path
from careline.settings import REPO_ROOT, Settings
from knowledge_base.artefact import KB_INDEX
from triage.artefact import TRIAGE_MODEL

MODEL_NAME = "careline"
FINGERPRINT_FILE = "fingerprint"


class RasaModel(Artefact):
    name = "Rasa model"

    @staticmethod
    def path(settings: Settings) -> Path:
        return settings.rasa_dir / "models" / f"{MODEL_NAME}.tar.gz"

    def prepare(self, settings: Settings) -> None:
        """The subsystem names and jieba dictionary generated from aliases.yml and the labels."""
        write_subsystem_nlu(settings)
        if mismatch := jieba_dictionary_mismatch(settings):
            logger.warning(mismatch)

    def fingerprint(self, settings: Settings) -> str:
        """A hash of everything the model is trained from, the generated subsystem names and
        jieba dictionary included (so a change to aliases.yml or the labels retrains)."""
        digest = hashlib.sha256()
        roots = (
            CONFIG_FILE,
            DOMAIN_FILE,
            *training_data_paths(settings),
            jieba_dictionary(settings),
        )
        for root in roots:
            if not root.exists():
                continue
            for path in sorted([root] if root.is_file() else root.rglob("*.yml")):
                digest.update(shown_path(path).encode())
                digest.update(path.read_bytes())
        return digest.hexdigest()

    def built_fingerprint(self, settings: Settings) -> str | None:
        stamp = settings.rasa_dir / FINGERPRINT_FILE
        if not self.path(settings).exists() or not stamp.exists():
            return None
        return stamp.read_text()

    def build(self, settings: Settings) -> None:
        """Train in the Rasa environment; its own progress bars show the epochs."""
        fingerprint = self.fingerprint(settings)
        logger.info("training the Rasa model (a few minutes on 2 cores)")
        model = self.path(settings)
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
            MODEL_NAME,
            "--force",
        ]
        subprocess.run(command, cwd=REPO_ROOT, check=True)
        (settings.rasa_dir / FINGERPRINT_FILE).write_text(fingerprint)

    def load(self, settings: Settings) -> Path:
        """The model archive; the Rasa server loads it in its own process."""
        return self.path(settings)


RASA_MODEL = RasaModel()
# What the support line runs on, in build order.
ARTEFACTS = (KB_INDEX, TRIAGE_MODEL, RASA_MODEL)
