"""Answers to malformed requests: the field and what is wrong with it, never the input itself.

FastAPI's own handler echoes each wrong value back, so a 10 MB log comes back as 10 MB and a
name in a rejected field is repeated to whoever sent it; a lone surrogate in that echo cannot
even be encoded, and the handler fails with a 500.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

MAX_LOC_CHARS = 64


def _loc_part(part: object) -> str | int:
    """A path element as sent (a field name or list index), made printable and kept short."""
    if isinstance(part, int):
        return part
    text = str(part).encode("utf-8", "replace").decode("utf-8")
    return text[:MAX_LOC_CHARS]


def validation_errors(exc: RequestValidationError) -> list[dict]:
    return [
        {
            "loc": [_loc_part(part) for part in error.get("loc", ())],
            "msg": str(error.get("msg", "")),
            "type": str(error.get("type", "")),
        }
        for error in exc.errors()
    ]


async def _validation_failed(request: Request, exc: RequestValidationError) -> JSONResponse:
    return JSONResponse({"detail": validation_errors(exc)}, status_code=422)


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation_failed)
