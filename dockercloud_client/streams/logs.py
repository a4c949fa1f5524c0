"""Log streams of containers, services and actions, synchronous and asynchronous.

A log stream is one connection: it ends when the server closes it (``follow=False`` closes after
the tail) or on ``close()``. It does not reconnect, because a new connection would replay the tail.
"""

from __future__ import annotations

from typing import Any, TypeVar

from websockets.asyncio.client import ClientConnection as AsyncClientConnection
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection

from ._async import AsyncOneShot, AsyncSocket
from ._common import ConnectionT, OneShotState, SocketBase, check_frame
from ._sync import SyncOneShot, SyncSocket
from .decode import decode_log_frame
from .models import LogLine
from .policy import DEFAULT_HANDSHAKE_RETRY, StreamSettings
from .urls import LogTarget, logs_url

__all__ = ["DEFAULT_HANDSHAKE_RETRY", "AsyncLogStream", "LogStream"]

#: Seconds a ``follow=False`` log stream waits for its next line by default (the server sends the
#: tail and closes; a server that says nothing is an error, not a hang).
DEFAULT_LOG_TIMEOUT = 60.0

_SocketT = TypeVar("_SocketT", bound=SocketBase[Any])


def _line(url: str, raw: str | bytes) -> LogLine | None:
    frame = decode_log_frame(raw)
    if isinstance(frame, LogLine):
        return frame
    check_frame("log stream", url, frame)
    return None


class _LogStreamBase(OneShotState[_SocketT, ConnectionT]):
    """What :class:`LogStream` and :class:`AsyncLogStream` share: arguments, URL and state."""

    _what = "log stream"

    def __init__(
        self,
        settings: StreamSettings,
        resource: LogTarget,
        identifier: str,
        *,
        tail: int | None = 300,
        follow: bool = True,
        service: str | None = None,
        timeout: float | None = None,
    ) -> None:
        """Prepare the stream (nothing is connected yet).

        Args:
            settings: host, credentials, namespace (ignored for actions), user agent, websocket
                options and handshake retries.
            resource: ``container``, ``service`` or ``action``.
            identifier: uuid or resource URI of the object.
            tail: number of past lines sent first (None: server default, 300).
            follow: keep streaming new lines; False ends the stream after the tail.
            service: container logs only: the documented ``service`` filter (resource URI).
            timeout: seconds to wait for each next line (the first one: connecting included) before
                ``APITimeoutError`` (the stream is then closed). None: ``DEFAULT_LOG_TIMEOUT`` (60 s)
                with ``follow=False``, no limit with ``follow=True`` (a quiet container is normal;
                keepalive pings detect a dead server). ``math.inf``: no limit.
        """
        url = logs_url(
            settings.url_base, resource, identifier, settings.namespace, tail=tail, follow=follow, service=service
        )
        self._prepare(url, settings)
        self._timeout = timeout if timeout is not None else (None if follow else DEFAULT_LOG_TIMEOUT)
        # Connecting (every handshake attempt and wait) counts against the wait for the first line.
        self._connect_within = self._timeout


class LogStream(_LogStreamBase[SyncSocket, ClientConnection], SyncOneShot):
    """Iterator over :class:`LogLine` objects; also a context manager; ``close()`` from any thread.

    Attributes:
        url: the stream URL (no credentials).
    """

    @property
    def closed(self) -> bool:
        """Whether the stream ended or :meth:`close` was called."""
        return self._over()

    def connect(self) -> None:
        """Open the connection now (the iterator would open it on first use)."""
        self._connect()

    def __next__(self) -> LogLine:
        while True:
            if self.closed:
                raise StopIteration
            if self._ws is None:
                self.connect()
                if self._ws is None:
                    raise StopIteration
            try:
                raw = self._recv(self._timeout, "no log line", end=True)
            except ConnectionClosed as exc:
                self._end(exc)
                raise StopIteration from None
            try:
                line = _line(self.url, raw)
            except Exception:
                self.close()
                raise
            if line is not None:
                return line

    def close(self) -> None:
        """Stop the stream: safe from any thread and idempotent; the iteration then ends."""
        self._close()


class AsyncLogStream(_LogStreamBase[AsyncSocket, AsyncClientConnection], AsyncOneShot):
    """Asynchronous twin of :class:`LogStream`: ``async with`` / ``async for`` / ``aclose()``.

    Attributes:
        url: the stream URL (no credentials).
    """

    @property
    def closed(self) -> bool:
        """Whether the stream ended or :meth:`aclose` was called."""
        return self._over()

    async def connect(self) -> None:
        """Open the connection now (the iterator would open it on first use)."""
        await self._connect()

    async def __anext__(self) -> LogLine:
        while True:
            if self.closed:
                raise StopAsyncIteration
            if self._ws is None:
                await self.connect()
                if self._ws is None:
                    raise StopAsyncIteration
            try:
                raw = await self._recv(self._timeout, "no log line", end=True)
            except ConnectionClosed as exc:
                await self._end(exc)
                raise StopAsyncIteration from None
            try:
                line = _line(self.url, raw)
            except Exception:
                await self.aclose()
                raise
            if line is not None:
                return line

    async def aclose(self) -> None:
        """Stop the stream (idempotent); a pending ``__anext__`` then ends the iteration."""
        await self._aclose()
