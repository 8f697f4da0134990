"""Console accounts: hashed passwords, sessions that expire, the demo accounts, `careline user
add`."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from careline.settings import Settings
from cli.main import main
from desk.accounts import (
    ROLES,
    LoginSession,
    add_user,
    authenticate,
    find_session,
    find_user,
    read_users_file,
    seed_users,
    start_session,
)
from desk.db import session_scope
from desk.models import utcnow

PASSWORD = "correct horse battery"


def test_passwords_are_hashed_and_checked(db_url: str) -> None:
    with session_scope(db_url) as session:
        user = add_user(session, "alice", PASSWORD, "dispatcher")
        assert PASSWORD not in user.password_hash and user.password_hash.startswith("$argon2id$")
        assert authenticate(session, "alice", PASSWORD) is user
        assert authenticate(session, "alice", PASSWORD + "!") is None
        for bad in (("alice", PASSWORD, "dispatcher"), ("bob", "short", "admin")):
            with pytest.raises(ValueError):
                add_user(session, *bad)
        user.active = False
        assert authenticate(session, "alice", PASSWORD) is None


def test_sessions_expire_and_die_with_their_account(db_url: str) -> None:
    with session_scope(db_url) as session:
        user = add_user(session, "carol", PASSWORD, "engineer")
        token = start_session(session, user, timedelta(hours=1))
        assert isinstance(find_session(session, token), LoginSession)
        assert find_session(session, token, utcnow() + timedelta(hours=2)) is None
        stored = session.scalars(select(LoginSession.token_hash)).all()
        assert token not in stored
        user.active = False
        assert find_session(session, token) is None


def test_the_shipped_demo_accounts_seed_an_empty_desk_once(
    db_url: str, base_settings: Settings
) -> None:
    demo = read_users_file(base_settings.users_file)
    assert {u.role for u in demo} == set(ROLES)  # one demo account of every role
    with session_scope(db_url) as session:
        assert seed_users(session, base_settings.users_file) == len(demo)
        assert seed_users(session, base_settings.users_file) == 0
        assert authenticate(session, "dispatcher", "careline-demo").role == "dispatcher"


def test_user_add_reads_the_password_from_a_file_or_stdin(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CARELINE_DATABASE_URL", db_url)
    secret = tmp_path / "password.txt"
    secret.write_text(f"{PASSWORD}\n", encoding="utf-8")
    add = ["user", "add", "dora", "--role", "engineer", "--engineer", "e-sun"]
    assert main([*add, "--password-file", str(secret)]) == 0
    assert main([*add, "--password-file", str(secret)]) == 2  # taken
    assert main(["user", "add", "eve", "--role", "boss", "--password-file", str(secret)]) == 2
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    assert main(["user", "add", "fred", "--role", "manager", "--name", "Fred"]) == 0
    with session_scope(db_url) as session:
        assert authenticate(session, "dora", PASSWORD).engineer_id == "e-sun"
        assert authenticate(session, "fred", PASSWORD).name == "Fred"
        assert find_user(session, "eve") is None
