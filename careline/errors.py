"""The one kind of error that is the caller's, not the program's."""

from __future__ import annotations


class InvalidInput(ValueError):
    """What a person typed, sent or wrote in a file is wrong; the message says what and where.

    The command line answers it in one line with exit code 2 and the web with a 4xx; any other
    exception is a bug and keeps its traceback."""
