"""How the Rasa server, the action server and the desk recognise each other: a shared token in
one header, compared in constant time; and the marks a relayed message may carry besides its
text. Imported on both Pythons (no settings file read here)."""

from __future__ import annotations

import hmac
import os

SERVICE_TOKEN_HEADER = "X-Careline-Token"
# The supervisor hands the token to its children in this variable (settings.shared_token).
SERVICE_TOKEN_ENV = "CARELINE_SERVICE_TOKEN"
# Message metadata, the only keys Rasa's REST channel passes on (bot/channels.py).
# The text was read from a photo or screenshot on the chat page: the actions keep it on the ticket.
SCREENSHOT_METADATA = "screenshot"
# The site the chat page was opened for (/chat?site=…): version questions are answered for it.
SITE_METADATA = "site"
SITE_ID_PATTERN = r"[A-Za-z0-9_.-]{1,40}"


def environment_token() -> str:
    token = os.environ.get(SERVICE_TOKEN_ENV, "")
    if not token:
        raise RuntimeError(f"{SERVICE_TOKEN_ENV} is not set: start the services with careline up")
    return token


def token_matches(sent: str | None, expected: str) -> bool:
    return bool(sent) and hmac.compare_digest(sent.encode(), expected.encode())
