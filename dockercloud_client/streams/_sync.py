"""Blocking websocket plumbing shared by the synchronous streams (thread-safe ``close``)."""

from __future__ import annotations

import threading
import time
from types import TracebackType
from typing import Self

from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from ._common import ConnectAttempts, OneShotState, SocketBase
from .policy import ReconnectPolicy, StreamOptions


class SyncSocket(SocketBase):
    """One logical stream: connects (with bounded retries), can be closed from any thread.

    Attributes:
        url: the stream URL.
    """

    def __init__(self, url: str, *, authorization: str, user_agent: str, options: StreamOptions) -> None:
        super().__init__(url, authorization=authorization, user_agent=user_agent, options=options)
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._ws: ClientConnection | None = None

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._closed.is_set()

    def _connect_once(self) -> ClientConnection:
        # We own the connection's lifetime (no ``with``): opt into that explicitly.
        return connect(self.url, **self._connect_arguments(), legacy=True)

    def connect(self, policy: ReconnectPolicy, failures: int = 0) -> tuple[ClientConnection, int] | None:
        """Open a connection, retrying retryable failures with backoff.

        Args:
            policy: attempts and delays.
            failures: consecutive failures already counted (the first delay depends on it).

        Returns:
            ``(connection, attempts used)`` (all but the last attempt failed), or None when the
            stream was closed meanwhile.

        Raises:
            DockerCloudError: a non-retryable failure (``AuthenticationError`` on 401), or the last
                failure once ``policy.attempts`` consecutive attempts failed.
        """
        attempts = ConnectAttempts(self.url, policy, failures)
        while attempts.remaining():
            if attempts.failures and self._closed.wait(attempts.delay()):
                return None
            if self._closed.is_set():
                return None
            attempts.attempts += 1
            try:
                ws = self._connect_once()
            except Exception as exc:
                attempts.failed(exc)
                continue
            with self._lock:
                if self._closed.is_set():
                    ws.close()
                    return None
                self._ws = ws
            return ws, attempts.attempts
        raise attempts.give_up()

    def forget(self) -> None:
        """Drop the current connection (after it ended) without closing the stream."""
        with self._lock:
            ws, self._ws = self._ws, None
        if ws is not None:
            ws.close()

    def close(self) -> None:
        """Close the stream; safe from any thread, idempotent. A blocked ``recv`` returns."""
        self._closed.set()
        self.forget()


class SyncStreamMixin:
    """``with`` and ``for`` for the blocking streams: ``connect()`` on enter, ``close()`` on exit."""

    def connect(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self.connect()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __iter__(self) -> Self:
        return self


class SyncOneShot(OneShotState[SyncSocket, ClientConnection], SyncStreamMixin):
    """The blocking I/O of a single-connection stream (:class:`LogStream`, :class:`ExecSession`)."""

    _socket_type = SyncSocket

    def _connect(self) -> None:
        if self._needs_connection():
            self._opened(self._socket.connect(self._retry))

    def _end(self, exc: ConnectionClosed) -> None:
        """The connection ended: close the stream; raise unless it ended normally or by ``close``."""
        closed_by_us = self._ended()
        self._socket.close()
        self._raise_if_lost(exc, closed_by_us)

    def _close(self) -> None:
        self._closed_by_us = True
        self._socket.close()


def monotonic() -> float:
    """Seconds on a monotonic clock."""
    return time.monotonic()
