"""Failed console logins in a sliding window, per address and username and per address alone.

A guesser is slowed where they stand: their address may no longer try that username, then no
username at all. The real user, signing in from their own address, is never locked out by
somebody else's failures.

Kept in the desk process's memory; a restart forgets it, which costs an attacker nothing they
could not get by waiting. With several desk replicas each keeps its own count (the load
balancer's sticky sessions keep one address on one replica).
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta

# An address failing for many usernames is guessing, not mistyping: blocked after this many
# times the per-username limit.
ADDRESS_FACTOR = 4


@dataclass
class LoginThrottle:
    max_failures: int
    window: timedelta
    _failures: dict[tuple[str, str], deque[datetime]] = field(
        default_factory=lambda: defaultdict(deque)
    )

    def blocked_until(self, address: str, username: str, now: datetime) -> datetime | None:
        """When this address may try this username again, or None if it may try now."""
        limits = (
            (self._recent((address, _name(username)), now), self.max_failures),
            (self._recent((address, ""), now), self.max_failures * ADDRESS_FACTOR),
        )
        blocked = [recent[0] + self.window for recent, limit in limits if len(recent) >= limit]
        return max(blocked) if blocked else None

    def failed(self, address: str, username: str, now: datetime) -> None:
        self._recent((address, _name(username)), now).append(now)
        self._recent((address, ""), now).append(now)

    def succeeded(self, address: str, username: str) -> None:
        self._failures.pop((address, _name(username)), None)

    def _recent(self, key: tuple[str, str], now: datetime) -> deque[datetime]:
        recent = self._failures[key]
        while recent and recent[0] <= now - self.window:
            recent.popleft()
        return recent


def _name(username: str) -> str:
    return username.strip().lower() or "(empty)"
