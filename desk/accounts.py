"""Console accounts and login sessions: argon2 password hashes, server-side session rows."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import yaml
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Boolean, ForeignKey, Integer, String, delete, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from careline.errors import InvalidInput
from desk.models import Base, utcnow

CONSOLE_ROLES: tuple[str, ...] = ("dispatcher", "engineer", "manager", "admin")
ROLES: tuple[str, ...] = (*CONSOLE_ROLES, "staff")
MIN_PASSWORD_CHARS = 10
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")
_hasher = PasswordHasher()
# Checked when the username is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class User(Base):
    """A person who signs in: dispatchers, engineers, managers, admins; staff only chat."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    display_name: Mapped[str] = mapped_column(String(120), default="")
    engineer_id: Mapped[str | None] = mapped_column(String(60))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @property
    def name(self) -> str:
        return self.display_name or self.username

    @property
    def can_use_console(self) -> bool:
        return self.active and self.role in CONSOLE_ROLES


class LoginSession(Base):
    """One signed-in browser. Only the token's hash is stored, so a copied table opens nothing."""

    __tablename__ = "login_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]

    user: Mapped[User] = relationship()


# What an integration token may do; console users get theirs from their role (desk.web.auth).
SCOPES: dict[str, str] = {
    "tickets:create": "open tickets (each reported as api:<token name>)",
    "tickets:read": "read the tickets this token opened",
    "queue:read": "read every ticket and the open queue",
    "reports:read": "read the knowledge-base deflection and report figures",
}


class ApiToken(Base):
    """A hospital system or script calling the desk API. Only the token's hash is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scopes: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @property
    def scope_set(self) -> frozenset[str]:
        return frozenset(self.scopes.split())


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _check_new_account(username: str, password: str, role: str) -> None:
    if not _USERNAME.match(username):
        raise InvalidInput(
            f"username '{username}': 2-60 characters, lower-case letters, digits, '.', '_', '-'"
        )
    if role not in ROLES:
        raise InvalidInput(f"role '{role}' is not one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD_CHARS:
        raise InvalidInput(f"a password needs at least {MIN_PASSWORD_CHARS} characters")


def find_user(session: Session, username: str) -> User | None:
    return session.scalars(select(User).where(User.username == username)).first()


def add_user(
    session: Session,
    username: str,
    password: str,
    role: str,
    display_name: str = "",
    engineer_id: str | None = None,
) -> User:
    """A new active account; refuses weak passwords, unknown roles and taken usernames."""
    _check_new_account(username, password, role)
    if find_user(session, username) is not None:
        raise InvalidInput(f"user '{username}' exists already")
    user = User(
        username=username,
        password_hash=hash_password(password),
        role=role,
        display_name=display_name,
        engineer_id=engineer_id or None,
        active=True,
    )
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active user with this password, or None; upgrades the hash when parameters change."""
    user = find_user(session, username.strip().lower())
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def start_session(
    session: Session, user: User, lifetime: timedelta, now: datetime | None = None
) -> str:
    """A new login; returns the token for the cookie (never stored in clear)."""
    now = now or utcnow()
    token = secrets.token_urlsafe(32)
    session.add(
        LoginSession(
            token_hash=_token_hash(token),
            user_id=user.id,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            expires_at=now + lifetime,
        )
    )
    session.flush()
    return token


def find_session(session: Session, token: str, now: datetime | None = None) -> LoginSession | None:
    """The live session of an active user for this cookie token, or None."""
    if not token:
        return None
    login = session.scalars(
        select(LoginSession).where(LoginSession.token_hash == _token_hash(token))
    ).first()
    if login is None or login.expires_at <= (now or utcnow()) or not login.user.active:
        return None
    return login


def end_session(session: Session, token: str) -> None:
    login = session.scalars(
        select(LoginSession).where(LoginSession.token_hash == _token_hash(token))
    ).first()
    if login is not None:
        session.delete(login)


def purge_sessions(session: Session, now: datetime | None = None) -> int:
    """Delete expired logins and those of disabled users; returns how many went."""
    now = now or utcnow()
    disabled = select(User.id).where(User.active.is_(False))
    result = session.execute(
        delete(LoginSession).where(
            (LoginSession.expires_at <= now) | LoginSession.user_id.in_(disabled)
        )
    )
    return result.rowcount or 0


def disable_user(session: Session, username: str) -> User:
    """The account may no longer sign in, and every browser signed in as it is signed out."""
    user = find_user(session, username)
    if user is None:
        raise InvalidInput(f"no user '{username}'")
    user.active = False
    session.execute(delete(LoginSession).where(LoginSession.user_id == user.id))
    return user


def create_api_token(session: Session, name: str, scopes: list[str]) -> str:
    """A new integration token with these scopes; the token itself is shown once, here."""
    unknown = sorted(set(scopes) - set(SCOPES))
    if unknown or not scopes:
        raise InvalidInput(
            f"scopes must be some of {', '.join(SCOPES)}"
            + (f"; unknown: {', '.join(unknown)}" if unknown else "")
        )
    if not _USERNAME.match(name):
        raise InvalidInput(f"token name '{name}': 2-60 lower-case letters, digits, '.', '_', '-'")
    if session.scalars(select(ApiToken).where(ApiToken.name == name)).first():
        raise InvalidInput(f"a token named '{name}' exists already")
    token = f"clt_{secrets.token_urlsafe(32)}"
    session.add(ApiToken(name=name, token_hash=_token_hash(token), scopes=" ".join(scopes)))
    session.flush()
    return token


def find_api_token(session: Session, token: str) -> ApiToken | None:
    if not token:
        return None
    found = session.scalars(
        select(ApiToken).where(ApiToken.token_hash == _token_hash(token))
    ).first()
    return found if found is not None and found.active else None


def revoke_api_token(session: Session, name: str) -> None:
    found = session.scalars(select(ApiToken).where(ApiToken.name == name)).first()
    if found is None:
        raise InvalidInput(f"no token named '{name}'")
    found.active = False


@dataclass(frozen=True)
class SeedUser:
    username: str
    password_hash: str
    role: str
    display_name: str = ""
    engineer_id: str | None = None


def read_users_file(path: Path) -> list[SeedUser]:
    """Accounts to create on first start: argon2 hashes only, never clear-text passwords."""
    if not path.is_file():
        return []
    rows = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("users") or []
    users = [SeedUser(**row) for row in rows]
    for user in users:
        if user.role not in ROLES:
            raise InvalidInput(f"{path}: user '{user.username}' has unknown role '{user.role}'")
        if not user.password_hash.startswith("$argon2"):
            raise InvalidInput(f"{path}: user '{user.username}' needs an argon2 password_hash")
    return users


def seed_users(session: Session, path: Path) -> int:
    """Create the file's accounts when the desk has no account at all yet; returns how many."""
    if session.scalar(select(func.count()).select_from(User)):
        return 0
    users = read_users_file(path)
    for seed in users:
        session.add(
            User(
                username=seed.username,
                password_hash=seed.password_hash,
                role=seed.role,
                display_name=seed.display_name,
                engineer_id=seed.engineer_id,
                active=True,
            )
        )
    session.flush()
    return len(users)
