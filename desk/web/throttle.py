"""Failed console logins per username in a sliding window: guessing a password gets slow.

Kept in the desk process's memory (one desk process serves the console); a restart forgets
it, which costs an attacker nothing they could not get by waiting.
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass
class LoginThrottle:
    max_failures: int
    window: timedelta
    _failures: dict[str, deque[datetime]] = field(default_factory=lambda: defaultdict(deque))

    def blocked_until(self, username: str, now: datetime) -> datetime | None:
        """When this username may try again, or None if it may try now."""
        recent = self._recent(username, now)
        return recent[0] + self.window if len(recent) >= self.max_failures else None

    def failed(self, username: str, now: datetime) -> None:
        self._recent(username, now).append(now)

    def succeeded(self, username: str) -> None:
        self._failures.pop(self._key(username), None)

    def _recent(self, username: str, now: datetime) -> deque[datetime]:
        recent = self._failures[self._key(username)]
        while recent and recent[0] <= now - self.window:
            recent.popleft()
        return recent

    @staticmethod
    def _key(username: str) -> str:
        return username.strip().lower()
