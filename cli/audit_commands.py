"""`careline audit verify` and `careline audit seal`: the auditor's check, one line either way."""

from __future__ import annotations

import getpass

from careline.settings import Settings
from cli.database import desk_session
from cli.inputs import CheckFailed
from desk.audit import AuditError, seal, verify


def cmd_audit_verify(settings: Settings) -> None:
    try:
        with desk_session(settings) as session:
            result = verify(session)
    except AuditError as exc:
        raise CheckFailed(str(exc)) from exc
    if not result.ok:
        raise CheckFailed(
            f"audit chain broken after {result.checked} good entries: {result.problem}"
        )
    print(f"audit chain intact: {result.checked} entries")


def cmd_audit_seal(settings: Settings, reason: str) -> None:
    """Seal the chain as it stands (after an investigation, or with a new key); recorded."""
    try:
        with desk_session(settings) as session:
            entry = seal(session, f"cli:{getpass.getuser()}", reason)
            print(f"audit chain sealed at entry {entry.id} (before: {entry.after})")
    except AuditError as exc:
        raise CheckFailed(str(exc)) from exc
