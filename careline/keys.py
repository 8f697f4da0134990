"""Secrets kept in files beside the data: made on first use, readable by their owner only."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from careline.errors import NotBuilt


def secret_file(path: Path, create: bool = True) -> str:
    """The hex secret in `path` (32 random bytes when it is made here).

    Two processes starting at once keep whichever secret landed first: it is written to a
    private temporary file and linked into place, never overwritten.
    """
    if not path.exists():
        if not create:
            raise NotBuilt(f"secret file {path} is missing")
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_hex(32))
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass
        finally:
            temporary.unlink()
    return path.read_text(encoding="ascii").strip()
