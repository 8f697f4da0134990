"""Where the watcher's lines come from: files followed like `tail -F`, and syslog on loopback
(UDP datagrams, or TCP with newline or octet-counted framing, RFC 6587).

Every line is cut to MAX_WATCH_LINE_CHARS and decoded leniently (binary junk becomes
replacement characters, never an exception); a syslog line loses its priority and version
header, so "<134>1 …" and a bare line of the same event are one template.
"""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from loguru import logger

from careline.limits import MAX_WATCH_LINE_CHARS
from desk.monitor.config import Source, WatchConfig

FILE_POLL_SECONDS = 0.5
TICK_SECONDS = 5.0
_SYSLOG_HEADER = re.compile(r"^<\d{1,3}>(?:1 )?")

Sink = Callable[[Source, str], None]


def syslog_text(payload: bytes) -> list[str]:
    """The lines of one datagram or frame, without syslog's priority header."""
    text = payload.decode("utf-8", errors="replace")
    return [_SYSLOG_HEADER.sub("", line)[:MAX_WATCH_LINE_CHARS] for line in text.splitlines()]


class FileFollower:
    """New lines of a file from where it ended when watching began; a rotated or truncated
    file is read again from its start."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle = None
        self._inode: int | None = None
        self._partial = b""

    def _open(self, at_end: bool) -> None:
        try:
            handle = self.path.open("rb")
        except FileNotFoundError:
            return
        self._close()
        self._handle = handle
        self._inode = os.fstat(handle.fileno()).st_ino
        if at_end:
            handle.seek(0, os.SEEK_END)

    def _close(self) -> None:
        if self._handle is not None:
            self._handle.close()
        self._handle, self._partial = None, b""

    def _rotated(self) -> bool:
        try:
            status = self.path.stat()
        except FileNotFoundError:
            return False
        return status.st_ino != self._inode or status.st_size < self._handle.tell()

    def start(self) -> None:
        self._open(at_end=True)

    def read(self) -> list[str]:
        if self._handle is None or self._rotated():
            self._open(at_end=False)
        if self._handle is None:
            return []
        data = self._partial + self._handle.read()
        *complete, self._partial = data.split(b"\n")
        if len(self._partial) > MAX_WATCH_LINE_CHARS * 4:  # a line that never ends
            complete.append(self._partial)
            self._partial = b""
        return [
            line.decode("utf-8", errors="replace").rstrip("\r")[:MAX_WATCH_LINE_CHARS]
            for line in complete
        ]


class _Datagrams(asyncio.DatagramProtocol):
    def __init__(self, source: Source, sink: Sink) -> None:
        self.source, self.sink = source, sink

    def datagram_received(self, data: bytes, addr: tuple) -> None:
        for line in syslog_text(data):
            self.sink(self.source, line)


async def _tcp_frames(reader: asyncio.StreamReader, source: Source, sink: Sink) -> None:
    """Octet-counted frames ("123 <134>…") or newline-terminated ones, as the sender chose."""
    while not reader.at_eof():
        head = await reader.readline()
        if not head:
            return
        count, _, rest = head.partition(b" ")
        if count.isdigit() and rest.startswith(b"<"):
            need = int(count) - len(rest)
            if need > 0:
                rest += await reader.readexactly(min(need, MAX_WATCH_LINE_CHARS * 4))
            head = rest
        for line in syslog_text(head):
            sink(source, line)


async def _listen(source: Source, sink: Sink) -> asyncio.AbstractServer | asyncio.BaseTransport:
    address = urlsplit(source.syslog or "")
    host, port = address.hostname or "127.0.0.1", address.port
    loop = asyncio.get_running_loop()
    if address.scheme == "udp":
        transport, _ = await loop.create_datagram_endpoint(
            lambda: _Datagrams(source, sink), local_addr=(host, port)
        )
        return transport
    return await asyncio.start_server(
        lambda reader, _writer: _tcp_frames(reader, source, sink), host, port
    )


async def _follow(follower: FileFollower, source: Source, sink: Sink) -> None:
    follower.start()
    while True:
        for line in follower.read():
            sink(source, line)
        await asyncio.sleep(FILE_POLL_SECONDS)


async def watch(
    config: WatchConfig,
    sink: Sink,
    tick: Callable[[], None],
    ready: Callable[[], None] = lambda: None,
    tick_seconds: float = TICK_SECONDS,
) -> None:
    """Follow every configured source until cancelled, calling `tick` every `tick_seconds`."""
    listeners = []
    tasks = []
    for source in config.sources:
        if source.syslog:
            listeners.append(await _listen(source, sink))
            logger.info("watch {}: syslog on {}", source.name, source.syslog)
        else:
            tasks.append(asyncio.create_task(_follow(FileFollower(source.file), source, sink)))
            logger.info("watch {}: following {}", source.name, source.file)
    ready()
    try:
        while True:
            await asyncio.sleep(tick_seconds)
            tick()
    finally:
        for task in tasks:
            task.cancel()
        for listener in listeners:
            listener.close()
