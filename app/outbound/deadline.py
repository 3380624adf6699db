"""A total deadline for one outbound HTTP attempt.

httpx's timeouts bound each network operation, not the request: a receiver that drips a byte
every few seconds never trips a read timeout and holds the attempt as long as it likes. A timer
shuts the attempt's sockets down when the deadline passes, so the blocked read fails at once.
The sockets are the ones httpcore opens for this request, handed over by its `trace` hook; the
worker's client keeps no idle connections, so every attempt opens (and traces) its own.
"""

import socket
import threading
from contextlib import suppress
from types import TracebackType
from typing import Any


class AttemptDeadline:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._streams: list[Any] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's `trace` extension: keep each network stream the attempt opens."""
        stream = info.get("return_value")
        if not event.endswith(".complete") or not hasattr(stream, "get_extra_info"):
            return
        with self._lock:
            self._streams.append(stream)
            if self.expired:
                _shut(stream)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for stream in self._streams:
                _shut(stream)

    def __enter__(self) -> "AttemptDeadline":
        self._timer.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._timer.cancel()


def _shut(stream: Any) -> None:
    sock = stream.get_extra_info("socket")
    if isinstance(sock, socket.socket):
        # A TLS stream's socket replaced (detached) the plain one: that one is closed already.
        with suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
