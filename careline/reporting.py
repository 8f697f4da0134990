"""Saved figures say when and on what machine they were measured (SPEC §5)."""

from __future__ import annotations

import json
import os
import platform
from datetime import UTC, datetime
from pathlib import Path

from careline.settings import REPO_ROOT


def save_report(path: Path, figures: dict) -> None:
    """Write `figures` as JSON, stamped with the time and the machine."""
    report = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores",
        **figures,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def shown_path(path: Path) -> str:
    """A path as a saved report names it: relative to the repository, so no machine's layout
    ends up in a committed file."""
    resolved = path.resolve()
    return str(resolved.relative_to(REPO_ROOT)) if resolved.is_relative_to(REPO_ROOT) else path.name
