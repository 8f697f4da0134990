"""The one kind of error that is the caller's, not the program's."""

from __future__ import annotations


class InvalidInput(ValueError):
    """What a person typed, sent or wrote in a file is wrong; the message says what and where.

    The command line answers it in one line with exit code 2 and the web with a 4xx; any other
    exception is a bug and keeps its traceback."""


class NotBuilt(FileNotFoundError):
    """Something `careline build` (or first use) makes is not there yet: a model, an index, a
    secret. The command line says which and how to make it, exit code 2. It is not the
    caller's mistake, so the web does not answer it as a bad request."""
