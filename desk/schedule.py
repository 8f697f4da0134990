"""Background work of the desk service: a job run on a fixed schedule beside the event loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from loguru import logger


async def every(seconds: float, job: Callable[[], object], failure: str) -> None:
    """Run `job` in a worker thread every `seconds` until cancelled. A failed run is logged
    (with `failure` as its message) and the next one follows on schedule."""
    while True:
        try:
            await asyncio.to_thread(job)
        except Exception:
            logger.exception(failure)
        await asyncio.sleep(seconds)
