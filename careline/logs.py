"""One loguru configuration for every Careline process, redacting whatever it writes."""

from __future__ import annotations

import logging
import re
import sys
import traceback

from loguru import logger

from careline.redaction import redact
from careline.settings import Settings


class _InterceptHandler(logging.Handler):
    """Send records of libraries that use the standard logging module through loguru."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            level: str | int = logger.level(record.levelname).name
        except ValueError:
            level = record.levelno
        logger.opt(exception=record.exc_info, depth=6).log(level, record.getMessage())


# Libraries that report routine events as warnings: one line per chat turn buries real ones.
_QUIET_LOGGERS = {
    "rasa_sdk.forms": logging.ERROR,
    "faiss.loader": logging.WARNING,
    "drain3": logging.WARNING,  # announces every template miner, i.e. every triaged paste
    "alembic": logging.WARNING,  # lists every migration step at each start
}


# Newlines, carriage returns, escapes and other control characters in a message would let text
# from a request start a line of its own in the log (or recolour a terminal): they are shown
# escaped, so every record stays one line.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _one_line(text: str) -> str:
    return _CONTROL.sub(lambda m: repr(m.group(0))[1:-1], text)


def _redacted_traceback(exception: object) -> str:
    """The traceback as text, redacted (an SQL error repeats the values it could not store),
    every line indented under its record so none can pass for a record of its own."""
    kind, value, trace = exception
    text = redact("".join(traceback.format_exception(kind, value, trace)))
    return "".join(f"\n    | {line}" for line in text.splitlines())


def _redact_record(record: dict) -> None:
    record["message"] = _one_line(redact(record["message"]))
    if record["exception"] is not None:
        record["message"] += _redacted_traceback(record["exception"])
        record["exception"] = None


def configure_logging(process: str, settings: Settings) -> None:
    """Log to stderr and to var/log/<process>.log; personal data never reaches either."""
    settings.log_dir.mkdir(parents=True, exist_ok=True)
    fmt = "{time:YYYY-MM-DD HH:mm:ss.SSS} | {level: <7} | " + process + " | {name}: {message}"
    logger.remove()
    logger.configure(patcher=_redact_record)
    # Tracebacks are written by the patcher, redacted; loguru's own would show variable values.
    logger.add(sys.stderr, level=settings.log_level, format=fmt, diagnose=False)
    logger.add(
        settings.log_dir / f"{process}.log",
        level=settings.log_level,
        format=fmt,
        diagnose=False,
        rotation="20 MB",
        retention=5,
        encoding="utf-8",
    )
    logging.basicConfig(handlers=[_InterceptHandler()], level=0, force=True)
    for name, level in _QUIET_LOGGERS.items():
        logging.getLogger(name).setLevel(level)
