"""Settings from config/careline.toml, overridden by CARELINE_* environment variables."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from functools import cached_property
from pathlib import Path

from careline.errors import InvalidInput
from careline.keys import secret_file

REPO_ROOT = Path(__file__).resolve().parent.parent
CONFIG_FILE = REPO_ROOT / "config" / "careline.toml"


@dataclass(frozen=True)
class Settings:
    var_dir: Path
    database_url: str
    encoder: str
    st_model_path: str
    kb_min_score: float
    kb_hnsw_min_vectors: int
    roster_file: Path
    roster_source: str
    hospital: str
    timezone: str
    business_day_start: str
    business_day_end: str
    rasa_venv: Path
    rasa_port: int
    actions_port: int
    desk_port: int
    host: str
    log_level: str
    contracts_file: Path
    travel_file: Path
    sites_file: Path
    parts_dir: Path
    watch_file: Path
    inspections_file: Path
    calendar_dir: Path
    sla_warning_fractions: str
    escalation_webhook_url: str
    notice_webhook_url: str
    escalation_check_seconds: int
    users_file: Path
    session_hours: int
    login_max_failures: int
    login_lockout_minutes: int
    audit_key_file: str
    incident_window_minutes: int
    incident_similarity: float
    service_token: str
    tracker_store_url: str
    lock_store_url: str
    desk_origin: str
    max_body_bytes: int

    @property
    def kb_dir(self) -> Path:
        return self.var_dir / "kb"

    @property
    def triage_dir(self) -> Path:
        return self.var_dir / "triage"

    @property
    def rasa_dir(self) -> Path:
        return self.var_dir / "rasa"

    @property
    def tracker_db_path(self) -> Path:
        """The embedded conversation store of a single Rasa server."""
        return self.rasa_dir / "tracker.db"

    @property
    def service_token_path(self) -> Path:
        return self.var_dir / "service.token"

    @property
    def outbox_dir(self) -> Path:
        """Reports kept while the desk database was down (desk/outbox.py)."""
        return self.var_dir / "outbox"

    @property
    def notices_dir(self) -> Path:
        """Notices to hospitals waiting for their delivery (desk/outbox.py `keep_notice`)."""
        return self.outbox_dir / "notices"

    @property
    def log_dir(self) -> Path:
        return self.var_dir / "log"

    @property
    def audit_key_path(self) -> Path:
        """The audit seal's key, kept outside the database (the var dir unless configured)."""
        if self.audit_key_file:
            return _coerce(self.audit_key_file, Path)
        return self.var_dir / "audit.key"

    @cached_property
    def shared_token(self) -> str:
        """What the Rasa server, the action server and the desk show each other: the configured
        token, or one made on first use in the var dir (read once; every chat turn sends it)."""
        return self.service_token or secret_file(self.service_token_path)

    @property
    def db_url(self) -> str:
        """The configured URL, or the embedded SQLite file so a fresh machine needs no server."""
        return self.database_url or f"sqlite:///{self.var_dir / 'careline.db'}"

    def url(self, service: str) -> str:
        return f"http://{self.host}:{getattr(self, f'{service}_port')}"


def _coerce(raw: str | int | float, typ: type) -> object:
    if typ is Path:
        path = Path(str(raw))
        return path if path.is_absolute() else REPO_ROOT / path
    return typ(raw)


def load_settings(config_file: Path = CONFIG_FILE) -> Settings:
    """Read the file, then let the environment override any key (how CI and tests redirect)."""
    values = tomllib.loads(config_file.read_text(encoding="utf-8"))
    types = {"Path": Path, "str": str, "int": int, "float": float}
    kwargs = {}
    for field in fields(Settings):
        raw = os.environ.get(f"CARELINE_{field.name.upper()}", values.get(field.name))
        if raw is None:
            raise InvalidInput(f"{config_file}: missing setting '{field.name}'")
        kwargs[field.name] = _coerce(raw, types[str(field.type)])
    return Settings(**kwargs)
