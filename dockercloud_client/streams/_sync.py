"""Blocking websocket plumbing shared by the synchronous streams (thread-safe ``close``)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from types import TracebackType
from typing import Any, Self

from websockets.exceptions import ConnectionClosed, ConnectionClosedOK
from websockets.sync.client import ClientConnection, reconnect
from websockets.sync.utils import Deadline as OpenDeadline

from ._common import ConnectAttempts, Deadline, OneShotState, SocketBase
from .policy import ReconnectPolicy, StreamOptions


class _NoRedirects(reconnect):
    """websockets' connector, except that a redirect is an error, as for REST calls (credentials
    must not follow a ``Location`` to another host), and that each socket it opens is handed to
    ``on_socket`` before the websocket handshake, so that ``close()`` can abort that handshake."""

    def __init__(self, url: str, *, on_socket: Callable[[socket.socket], None], **kwargs: Any) -> None:
        super().__init__(url, **kwargs)
        self._on_socket = on_socket

    def process_redirect(self, exc: Exception) -> Exception | str:
        return exc

    def open_socket(self, deadline: OpenDeadline) -> socket.socket:
        sock = super().open_socket(deadline)
        self._on_socket(sock)
        return sock

    def enable_tls(self, sock: socket.socket, deadline: OpenDeadline) -> socket.socket:
        tls = super().enable_tls(sock, deadline)
        self._on_socket(tls)  # the plain socket was detached: shutting it down would not reach this one
        return tls


def _abort(sock: socket.socket) -> None:
    """Shut a handshaking socket down: websockets' reader sees EOF and the handshake fails at once."""
    with suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


class SyncSocket(SocketBase[ClientConnection]):
    """One logical stream: connects (with bounded retries), can be closed from any thread.

    Attributes:
        url: the stream URL.
    """

    def __init__(self, url: str, *, authorization: str, user_agent: str, options: StreamOptions) -> None:
        super().__init__(url, authorization=authorization, user_agent=user_agent, options=options)
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self.connection = None
        # The socket of the handshake in progress, if any: close() shuts it down.
        self._handshaking: socket.socket | None = None
        # Sends in progress (see ``sending``).
        self._sending = 0

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._closed.is_set()

    def _connect_once(self, open_timeout: float | None) -> ClientConnection:
        # We own the connection's lifetime (no ``with``).
        try:
            connector = _NoRedirects(self.url, on_socket=self._handshake_on, **self._connect_arguments(open_timeout))
            connection = connector.connect()
        finally:
            with self._lock:
                self._handshaking = None
        connection.pending_legacy_warning = False
        return connection

    def _handshake_on(self, sock: socket.socket) -> None:
        with self._lock:
            self._handshaking = sock
            closed = self._closed.is_set()
        if closed:  # close() ran before it could see this socket
            _abort(sock)

    def connect(
        self, policy: ReconnectPolicy, failures: int = 0, *, deadline: Deadline | None = None
    ) -> tuple[ClientConnection, int] | None:
        """Open a connection, retrying retryable failures with backoff.

        Args:
            policy: attempts and delays.
            failures: consecutive failures already counted (the first delay depends on it).
            deadline: a bound on the whole connection (handshakes and waits), if any.

        Returns:
            ``(connection, attempts used)`` (all but the last attempt failed), or None when the
            stream was closed meanwhile.

        Raises:
            DockerCloudError: a non-retryable failure (``AuthenticationError`` on 401), or the last
                failure once ``policy.attempts`` consecutive attempts failed or the deadline passed.
        """
        deadline = deadline or Deadline(None)
        attempts = ConnectAttempts(self.url, policy, failures, self.secrets)
        while attempts.remaining():
            if attempts.failures:
                wait = attempts.delay()
                left = deadline.remaining()
                if left is not None and wait >= left:
                    break
                if self._closed.wait(wait):
                    return None
            if self._closed.is_set():
                return None
            attempts.attempts += 1
            try:
                ws = self._connect_once(deadline.bound(None))
            except Exception as exc:
                if self._closed.is_set():  # close() aborted the handshake: no error, the stream ends
                    return None
                attempts.failed(exc)
                continue
            with self._lock:
                if self._closed.is_set():
                    ws.close()
                    return None
                self.connection = ws
            return ws, attempts.attempts
        raise attempts.give_up()

    @contextmanager
    def sending(self) -> Iterator[ClientConnection]:
        """The connection, for one send that ``close()`` can abort.

        A send to a peer that does not read blocks once the socket buffers are full, and holds the
        lock that websockets' ``close()`` needs: ``close()`` shuts the socket down instead.

        Raises:
            ConnectionClosedOK: the stream has no connection (closed, or not connected).
        """
        with self._lock:
            ws = self.connection
            if ws is None or self._closed.is_set():
                raise ConnectionClosedOK(None, None)
            self._sending += 1
        try:
            yield ws
        finally:
            with self._lock:
                self._sending -= 1

    def forget(self, close_timeout: float | None = None) -> None:
        """Drop the current connection (after it ended) without closing the stream.

        Args:
            close_timeout: wait at most this long for the closing handshake (default: the options').
        """
        with self._lock:
            ws, self.connection = self.connection, None
        if ws is not None:
            if close_timeout is not None:
                ws.close_timeout = min(close_timeout, ws.close_timeout or close_timeout)
            ws.close()

    def close(self, close_timeout: float | None = None) -> None:
        """Close the stream; safe from any thread, idempotent. A blocked ``recv`` or ``send`` returns,
        and so does a websocket handshake in progress (not a TCP connect or TLS handshake:
        ``open_timeout`` bounds those)."""
        self._closed.set()
        with self._lock:
            handshaking = self._handshaking
            blocked = self.connection if self._sending else None
        if handshaking is not None:
            _abort(handshaking)
        if blocked is not None:  # a send may be blocked (see ``sending``): it fails, close() goes on
            _abort(blocked.socket)
        self.forget(close_timeout)


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
            self._socket.connect(self._retry, deadline=self._connect_deadline())

    def _recv(self, timeout: float | None, what: str, *, end: bool) -> str | bytes:
        """The next frame within ``timeout`` and the stream's deadline, else ``APITimeoutError``.

        Args:
            timeout: seconds to wait (None: until the deadline, if any).
            what: what did not come, for the message (``"no log line"``).
            end: close the stream on a timeout (it is closed anyway once the deadline passed).
        """
        ws = self._ws
        if ws is None:  # closed from another thread since the caller looked
            raise ConnectionClosedOK(None, None)
        wait = self._deadline.bound(timeout)
        try:
            # As bytes, for the tolerant decoders: invalid UTF-8 (a binary program's output) reads as
            # U+FFFD instead of failing the connection with 1007 and losing the rest of the stream.
            return ws.recv(timeout=wait, decode=False)
        except TimeoutError:
            if end or self._deadline.remaining() == 0:
                self._close(close_timeout=0.0)
            raise self._timed_out(what, wait) from None

    def _end(self, exc: ConnectionClosed) -> None:
        """The connection ended: close the stream; raise unless it ended normally or by ``close``."""
        closed_by_us = self._ended()
        self._socket.close()
        self._raise_if_lost(exc, closed_by_us)

    def _close(self, close_timeout: float | None = None) -> None:
        self._closed_by_us = True
        self._socket.close(self._deadline.bound(close_timeout))


def monotonic() -> float:
    """Seconds on a monotonic clock."""
    return time.monotonic()
