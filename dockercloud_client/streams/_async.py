"""Asyncio websocket plumbing shared by the asynchronous streams."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from types import TracebackType
from typing import Self

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, ConnectionClosedOK

from ._common import ConnectAttempts, Deadline, OneShotState, SocketBase
from .policy import ReconnectPolicy, StreamOptions


class _NoRedirects(connect):
    """websockets' connector, except that a redirect is an error, as for REST calls (credentials
    must not follow a ``Location`` to another host)."""

    def process_redirect(self, exc: Exception) -> Exception | str:
        return exc


async def recv_within(ws: ClientConnection, timeout: float | None, *, decode: bool | None = None) -> str | bytes:
    """``ws.recv(decode)`` bounded by ``timeout`` seconds (None: no bound); raises ``TimeoutError``."""
    if timeout is None:
        return await ws.recv(decode)
    return await asyncio.wait_for(ws.recv(decode), timeout)


class AsyncSocket(SocketBase[ClientConnection]):
    """Asyncio twin of :class:`~dockercloud_client.streams._sync.SyncSocket`.

    Attributes:
        url: the stream URL.
    """

    def __init__(self, url: str, *, authorization: str, user_agent: str, options: StreamOptions) -> None:
        super().__init__(url, authorization=authorization, user_agent=user_agent, options=options)
        self._closed = False
        self._closed_event: asyncio.Event | None = None
        self.connection = None
        # The handshake in progress, if any: aclose() cancels it.
        self._handshake: asyncio.Future[ClientConnection] | None = None
        # Sends in progress (see ``sending``).
        self._sending = 0

    @property
    def closed(self) -> bool:
        """Whether :meth:`aclose` was called."""
        return self._closed

    def _event(self) -> asyncio.Event:
        if self._closed_event is None:
            self._closed_event = asyncio.Event()
            if self._closed:
                self._closed_event.set()
        return self._closed_event

    async def _sleep(self, delay: float) -> bool:
        """Wait ``delay`` seconds; True if the stream was closed meanwhile."""
        if delay > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._event().wait(), delay)
        return self._closed

    async def _connect_once(self, open_timeout: float | None) -> ClientConnection:
        return await _NoRedirects(self.url, **self._connect_arguments(open_timeout))

    async def connect(
        self, policy: ReconnectPolicy, failures: int = 0, *, deadline: Deadline | None = None
    ) -> tuple[ClientConnection, int] | None:
        """Open a connection, retrying retryable failures with backoff (see ``SyncSocket.connect``)."""
        deadline = deadline or Deadline(None)
        attempts = ConnectAttempts(self.url, policy, failures, self.secrets)
        while attempts.remaining():
            if attempts.failures:
                wait = attempts.delay()
                left = deadline.remaining()
                if left is not None and wait >= left:
                    break
                if await self._sleep(wait):
                    return None
            if self._closed:
                return None
            attempts.attempts += 1
            self._handshake = asyncio.ensure_future(self._connect_once(deadline.bound(None)))
            try:
                ws = await self._handshake
            except asyncio.CancelledError:
                current = asyncio.current_task()
                if self._closed and (current is None or not current.cancelling()):
                    return None  # aclose() cancelled the handshake (not our caller's task): the stream ends
                raise
            except Exception as exc:
                if self._closed:
                    return None
                attempts.failed(exc)
                continue
            finally:
                self._handshake = None
            if self._closed:
                await ws.close()
                return None
            self.connection = ws
            return ws, attempts.attempts
        raise attempts.give_up()

    @contextlib.contextmanager
    def sending(self) -> Iterator[ClientConnection]:
        """The connection, for one send that ``aclose()`` can abort (see ``SyncSocket.sending``).

        Raises:
            ConnectionClosedOK: the stream has no connection (closed, or not connected).
        """
        ws = self.connection
        if ws is None or self._closed:
            raise ConnectionClosedOK(None, None)
        self._sending += 1
        try:
            yield ws
        finally:
            self._sending -= 1

    async def forget(self, close_timeout: float | None = None) -> None:
        """Drop the current connection (after it ended) without closing the stream."""
        ws, self.connection = self.connection, None
        if ws is not None:
            if close_timeout is not None:
                ws.close_timeout = min(close_timeout, ws.close_timeout or close_timeout)
            await ws.close()

    async def aclose(self, close_timeout: float | None = None) -> None:
        """Close the stream; idempotent. A pending ``recv``, ``send`` or handshake in another task returns."""
        self._closed = True
        self._event().set()
        if self._handshake is not None:
            self._handshake.cancel()  # websockets aborts the half-open connection
        if self._sending and self.connection is not None:  # a send may wait for a peer that does not read
            self.connection.transport.abort()
        await self.forget(close_timeout)


class AsyncStreamMixin:
    """``async with`` and ``async for`` for the asyncio streams: ``connect()``, then ``aclose()``."""

    async def connect(self) -> None:
        raise NotImplementedError

    async def aclose(self) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> Self:
        return self


class AsyncOneShot(OneShotState[AsyncSocket, ClientConnection], AsyncStreamMixin):
    """The asyncio I/O of a single-connection stream (:class:`AsyncLogStream`, :class:`AsyncExecSession`)."""

    _socket_type = AsyncSocket

    async def _connect(self) -> None:
        if self._needs_connection():
            await self._socket.connect(self._retry, deadline=self._connect_deadline())

    async def _recv(self, timeout: float | None, what: str, *, end: bool) -> str | bytes:
        """The next frame within ``timeout`` and the stream's deadline (see ``SyncOneShot._recv``)."""
        ws = self._ws
        if ws is None:  # closed by another task since the caller looked
            raise ConnectionClosedOK(None, None)
        wait = self._deadline.bound(timeout)
        try:
            return await recv_within(ws, wait, decode=False)  # as bytes: see SyncOneShot._recv
        except TimeoutError:
            if end or self._deadline.remaining() == 0:
                await self._aclose(close_timeout=0.0)
            raise self._timed_out(what, wait) from None

    async def _end(self, exc: ConnectionClosed) -> None:
        """The connection ended: close the stream; raise unless it ended normally or by ``aclose``."""
        closed_by_us = self._ended()
        await self._socket.aclose()
        self._raise_if_lost(exc, closed_by_us)

    async def _aclose(self, close_timeout: float | None = None) -> None:
        self._closed_by_us = True
        await self._socket.aclose(self._deadline.bound(close_timeout))
