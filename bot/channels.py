"""Rasa's REST channel, open only to Careline: the desk's chat relay, the terminal chat and the
tests send the service token; a message without a sender, too long, or not text is refused
before the NLU pipeline sees it (the NLU's cost grows with the message: one of 200 KB was
reported to take 49 s). Of a message's metadata only the desk's marks are kept
(the screenshot flag, the site's id).
Configured in credentials.yml."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request

from careline.limits import MAX_MESSAGE_CHARS, MAX_SENDER_CHARS
from careline.service_auth import (
    SCREENSHOT_METADATA,
    SERVICE_TOKEN_HEADER,
    SITE_ID_PATTERN,
    SITE_METADATA,
    environment_token,
    token_matches,
)

# A message's JSON, its escapes included, cannot be longer than this many bytes.
_SITE_ID = re.compile(SITE_ID_PATTERN)
_MAX_BODY_BYTES = 12 * MAX_MESSAGE_CHARS + 4_096


def refusal(request: Request, token: str) -> tuple[int, str] | None:
    """Why this call may not reach the assistant (status and reason), or None if it may."""
    if not token_matches(request.headers.get(SERVICE_TOKEN_HEADER), token):
        return 401, f"the {SERVICE_TOKEN_HEADER} header is missing or wrong"
    if request.method != "POST":
        return None
    if len(request.body or b"") > _MAX_BODY_BYTES:
        return 413, f"a message may hold at most {MAX_MESSAGE_CHARS} characters"
    try:
        body = json.loads(request.body or b"")
    except (ValueError, UnicodeDecodeError):
        return 400, "the body must be a JSON object with sender and message"
    if not isinstance(body, dict):
        return 400, "the body must be a JSON object with sender and message"
    sender, message = body.get("sender"), body.get("message")
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
        return 400, f"sender must be a conversation id of 1 to {MAX_SENDER_CHARS} characters"
    if not isinstance(message, str):
        return 400, "message must be text"
    if len(message) > MAX_MESSAGE_CHARS:
        return 413, f"a message may hold at most {MAX_MESSAGE_CHARS} characters"
    return None


class GuardedRestInput(RestInput):
    """The stock REST channel at the same address (/webhooks/rest/webhook), behind `refusal`."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def __init__(self, token: str) -> None:
        self.token = token

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> GuardedRestInput:
        return cls(environment_token())

    def get_metadata(self, request: Request) -> dict[str, Any] | None:
        """Only the desk's marks pass into the conversation (a text read from a screenshot, the
        site the page was opened for); any other metadata a caller sends is dropped."""
        metadata = (request.json or {}).get("metadata")
        if not isinstance(metadata, dict):
            return None
        kept: dict[str, Any] = {}
        if metadata.get(SCREENSHOT_METADATA) is True:
            kept[SCREENSHOT_METADATA] = True
        site = metadata.get(SITE_METADATA)
        if isinstance(site, str) and _SITE_ID.fullmatch(site):
            kept[SITE_METADATA] = site
        return kept or None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        webhook = super().blueprint(on_new_message)

        async def guard(request: Request) -> response.HTTPResponse | None:
            if request.path.endswith("/webhook"):
                refused = refusal(request, self.token)
                if refused:
                    return response.json({"error": refused[1]}, status=refused[0])
            return None

        webhook.middleware(guard, "request")
        return webhook
