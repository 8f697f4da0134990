"""config/watch.yaml: the sources `careline watch` follows, their site and subsystem, and the
detector's rules."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from careline.config_files import read_model
from careline.labels import SUBSYSTEM_IDS
from careline.settings import REPO_ROOT
from triage.watch.detector import WatchRules, checked_pattern

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _subsystem(value: str | None) -> str | None:
    if value is not None and value not in SUBSYSTEM_IDS:
        raise ValueError(f"unknown subsystem {value!r} (one of {', '.join(SUBSYSTEM_IDS)})")
    return value


class Hint(BaseModel):
    """Lines matching `pattern` belong to another subsystem or site than the source's."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    pattern: str
    subsystem: str | None = None
    site: str | None = None

    _check_subsystem = field_validator("subsystem")(_subsystem)

    _compiles = field_validator("pattern")(checked_pattern)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.IGNORECASE)


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(min_length=1, max_length=60)
    file: Path | None = None
    syslog: str | None = None
    site: str = Field(min_length=1)
    subsystem: str
    hints: tuple[Hint, ...] = ()

    _check_subsystem = field_validator("subsystem")(_subsystem)

    @field_validator("file")
    @classmethod
    def _from_repository(cls, value: Path | None) -> Path | None:
        """Relative to the repository, like every path of the settings."""
        return value if value is None or value.is_absolute() else REPO_ROOT / value

    @field_validator("syslog")
    @classmethod
    def _loopback_syslog(cls, value: str | None) -> str | None:
        if value is None:
            return value
        parts = urlsplit(value)
        if parts.scheme not in ("udp", "tcp") or parts.port is None:
            raise ValueError("a syslog source is udp://HOST:PORT or tcp://HOST:PORT")
        if parts.hostname not in LOOPBACK:
            raise ValueError("a syslog source listens on loopback only (127.0.0.1)")
        return value

    @model_validator(mode="after")
    def _one_kind(self) -> Source:
        if (self.file is None) == (self.syslog is None):
            raise ValueError(f"source {self.name}: give exactly one of file or syslog")
        return self

    def sites(self) -> set[str]:
        """Every site this source's lines may be filed for."""
        return {self.site, *(hint.site for hint in self.hints if hint.site)}

    def place_of(self, line: str) -> tuple[str, str]:
        """(site, subsystem) of one line: the first matching hint's, else the source's."""
        for hint in self.hints:
            if hint.regex.search(line):
                return hint.site or self.site, hint.subsystem or self.subsystem
        return self.site, self.subsystem


class WatchConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rules: WatchRules = WatchRules()
    sources: tuple[Source, ...] = ()

    @model_validator(mode="after")
    def _unique_names(self) -> WatchConfig:
        names = [s.name for s in self.sources]
        if duplicate := next((n for n in names if names.count(n) > 1), None):
            raise ValueError(f"two sources are named {duplicate}")
        return self

    @classmethod
    def load(cls, path: Path) -> WatchConfig:
        return read_model(path, cls)
