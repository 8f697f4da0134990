"""`careline user add|disable` and `careline token create|revoke`: who may sign in or call the
desk API. Passwords are read from a file or standard input, never from the command line."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from careline.errors import InvalidInput
from careline.settings import Settings


def read_password(password_file: str | None) -> str:
    """First line of the file or of stdin; asked twice when a person types it at a terminal."""
    if password_file:
        path = Path(password_file)
        if not path.is_file():
            raise InvalidInput(f"{path}: no such file")
        return path.read_text(encoding="utf-8").splitlines()[0] if path.stat().st_size else ""
    if sys.stdin.isatty():
        first = getpass.getpass("password: ")
        if getpass.getpass("again: ") != first:
            raise InvalidInput("the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_user_add(
    settings: Settings,
    username: str,
    role: str,
    display_name: str,
    engineer_id: str | None,
    password_file: str | None,
) -> None:
    from cli.database import desk_session
    from desk.accounts import add_user

    password = read_password(password_file)
    with desk_session(settings) as session:
        user = add_user(session, username, password, role, display_name, engineer_id)
        print(f"user {user.username} added with role {user.role}")


def cmd_user_disable(settings: Settings, username: str) -> None:
    from cli.database import desk_session
    from desk.accounts import disable_user

    with desk_session(settings) as session:
        disable_user(session, username)
    print(f"user {username} disabled; every browser signed in as {username} is signed out")


def cmd_token_create(settings: Settings, name: str, scopes: list[str]) -> None:
    from cli.database import desk_session
    from desk.accounts import create_api_token

    with desk_session(settings) as session:
        token = create_api_token(session, name, scopes)
    print(token)
    print(f"token {name} ({' '.join(scopes)}): shown once, keep it secret", file=sys.stderr)


def cmd_token_revoke(settings: Settings, name: str) -> None:
    from cli.database import desk_session
    from desk.accounts import revoke_api_token

    with desk_session(settings) as session:
        revoke_api_token(session, name)
    print(f"token {name} revoked")
