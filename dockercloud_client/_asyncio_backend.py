"""httpcore's network layer on plain asyncio: what ``AsyncClient``'s connections read and write through.

Why: httpcore's default backend on asyncio goes through anyio, which opens a cancel scope (a timeout
scope with its own bookkeeping) for every read and every write, and looks up socket attributes through
anyio's typed-attribute machinery; at 0 ms of latency that was a large part of an ``AsyncClient``
request's CPU (``_pool.py`` has the figures). This backend is httpcore's own extension point
(``httpcore.AsyncNetworkBackend``): an ``asyncio.Protocol`` buffers what arrives, a read takes from the
buffer without a trip through the event loop when data is already there, and a timeout is one timer
handle, armed only when a read or a write has to wait. Each read, write and connection attempt is also
shortened to what is left of the call's deadline (``_deadline.bounded``). httpx's transport and httpcore's
pool and HTTP/1.1 state stay as they are, so what patches them (vcrpy, respx) still sees every request.

What stays as httpcore's anyio backend has it: errors are httpcore's own exceptions (``ConnectError``,
``ConnectTimeout``, ``ReadError``, ``ReadTimeout``, ``WriteError``, ``WriteTimeout``), which httpx maps
to its own; connections use happy eyeballs (250 ms) and ``TCP_NODELAY``; TLS skips the ``close_notify``
exchange on close; an idle connection is "readable" (so httpcore drops it) once its peer sent
anything or closed it.
"""

from __future__ import annotations

import asyncio
import select
import ssl
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

import httpcore

from ._deadline import SocketOption, bounded

__all__ = ["AsyncioBackend"]

#: Bytes buffered from a connection before reading from its socket pauses (until httpcore reads them).
_BUFFER_LIMIT = 256 * 1024
#: The delay of happy eyeballs (RFC 8305) between connection attempts, as anyio's ``connect_tcp`` uses.
_HAPPY_EYEBALLS_DELAY = 0.25


class _Connection(asyncio.Protocol):
    """Buffers a connection's incoming bytes and wakes the one reader or writer waiting on it."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.chunks: deque[bytes] = deque()
        self.buffered = 0
        self.eof = False
        self.lost: BaseException | None = None  # why the connection ended (None while open or after a clean close)
        self.closed = False
        self.paused_reading = False
        self._paused_writing = False
        self._waiter: asyncio.Future[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # stream transports only

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.buffered += len(data)
        if self.buffered > _BUFFER_LIMIT and self.transport is not None and not self.paused_reading:
            self.paused_reading = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False  # the transport closes itself: HTTP/1.1 never writes after the server's end

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.eof = True
        self.lost = exc
        self._wake()

    def pause_writing(self) -> None:
        self._paused_writing = True

    def resume_writing(self) -> None:
        self._paused_writing = False
        self._wake()

    def _wake(self) -> None:
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def take(self, max_bytes: int) -> bytes:
        """Up to ``max_bytes`` of what is buffered (which must not be empty)."""
        chunk = self.chunks.popleft()
        if len(chunk) > max_bytes:
            chunk, rest = chunk[:max_bytes], chunk[max_bytes:]
            self.chunks.appendleft(rest)
        self.buffered -= len(chunk)
        if self.paused_reading and self.buffered <= _BUFFER_LIMIT // 2 and self.transport is not None:
            self.paused_reading = False
            self.transport.resume_reading()
        return chunk

    def readable(self) -> bool:
        return bool(self.chunks) or self.eof

    def writable(self) -> bool:
        return not self._paused_writing or self.closed

    async def wait_until(self, ready: Callable[[], bool], timeout: float | None, expired: type[Exception]) -> None:
        """Wait until ``ready()``, raising ``expired`` once ``timeout`` seconds have passed."""
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while not ready():
            self._waiter = waiter = loop.create_future()
            timer = None if deadline is None else loop.call_at(deadline, _expire, waiter, expired)
            try:
                await waiter
            finally:
                self._waiter = None
                if timer is not None:
                    timer.cancel()


def _expire(waiter: asyncio.Future[None], expired: type[Exception]) -> None:
    if not waiter.done():
        waiter.set_exception(expired("timed out"))


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One connection (plain or TLS) as httpcore reads and writes it."""

    def __init__(self, transport: asyncio.Transport, connection: _Connection) -> None:
        self._transport = transport
        self._connection = connection

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        connection = self._connection
        timeout = bounded(timeout, httpcore.ReadTimeout)  # checked even when bytes wait: a flood has no pause
        if not connection.readable():
            await connection.wait_until(connection.readable, timeout, httpcore.ReadTimeout)
        if connection.chunks:
            return connection.take(max_bytes)
        if connection.lost is not None:
            raise httpcore.ReadError(str(connection.lost) or type(connection.lost).__name__)
        return b""  # the peer closed the connection

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        connection = self._connection
        timeout = bounded(timeout, httpcore.WriteTimeout)
        if connection.closed or self._transport.is_closing():
            raise httpcore.WriteError(str(connection.lost or "the connection is closed"))
        self._transport.write(buffer)
        if not connection.writable():  # over the transport's high-water mark: wait for it to drain
            await connection.wait_until(connection.writable, timeout, httpcore.WriteTimeout)
        if connection.lost is not None:
            raise httpcore.WriteError(str(connection.lost))

    async def aclose(self) -> None:
        # As anyio's socket streams close: the loop closes the socket on its next step (so let it take that
        # step now), and whatever is left (a TLS close_notify exchange and its 30 s timer) is dropped.
        if not self._transport.is_closing():
            self._transport.close()
            await asyncio.sleep(0)
        self._transport.abort()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> AsyncioStream:
        loop = asyncio.get_running_loop()
        timeout = bounded(timeout, httpcore.ConnectTimeout)
        try:
            async with asyncio.timeout(timeout):
                transport = await loop.start_tls(
                    self._transport, self._connection, ssl_context, server_hostname=server_hostname
                )
        except TimeoutError:
            self._transport.abort()
            raise httpcore.ConnectTimeout("TLS handshake timed out") from None
        except (OSError, ssl.SSLError) as exc:  # ssl.SSLError is an OSError; named for the reader
            self._transport.abort()
            raise httpcore.ConnectError(str(exc)) from exc
        if transport is None:  # only when the loop closes meanwhile
            raise httpcore.ConnectError("the connection closed during the TLS handshake")
        self._connection.transport = transport  # pausing reads now pauses the decrypted stream
        return AsyncioStream(transport, self._connection)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return self._connection.readable() or _socket_readable(self._transport)
        name = {"client_addr": "sockname", "server_addr": "peername"}.get(info, info)
        if name in ("ssl_object", "sockname", "peername", "socket"):
            return self._transport.get_extra_info(name)
        return None


def _socket_readable(transport: asyncio.BaseTransport) -> bool:
    """Whether the socket holds bytes (or an end) the loop has not delivered yet; a closed socket counts."""
    sock = transport.get_extra_info("socket")
    fd = -1 if sock is None else sock.fileno()
    if fd < 0:
        return True
    if hasattr(select, "poll"):
        poll = select.poll()
        poll.register(fd, select.POLLIN)
        return bool(poll.poll(0))
    return bool(select.select([fd], [], [], 0)[0])  # Windows: no poll (and no limit on descriptor numbers)


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Opens httpcore's connections on the running asyncio loop (see the module docstring)."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> AsyncioStream:
        loop = asyncio.get_running_loop()
        local = None if local_address is None else (local_address, 0)
        timeout = bounded(timeout, httpcore.ConnectTimeout)
        try:
            async with asyncio.timeout(timeout):
                transport, connection = await loop.create_connection(
                    _Connection, host, port, local_addr=local, happy_eyeballs_delay=_HAPPY_EYEBALLS_DELAY
                )
        except TimeoutError:  # before OSError: it is one
            raise httpcore.ConnectTimeout(f"connecting to {host}:{port} timed out") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        return _opened(transport, connection, socket_options)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> AsyncioStream:
        loop = asyncio.get_running_loop()
        timeout = bounded(timeout, httpcore.ConnectTimeout)
        try:
            async with asyncio.timeout(timeout):
                transport, connection = await loop.create_unix_connection(_Connection, path)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"connecting to {path} timed out") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        return _opened(transport, connection, socket_options)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def _opened(
    transport: asyncio.BaseTransport, connection: _Connection, socket_options: Iterable[SocketOption] | None
) -> AsyncioStream:
    sock = transport.get_extra_info("socket")
    for option in socket_options or ():
        sock.setsockopt(*option)
    return AsyncioStream(transport, connection)  # type: ignore[arg-type]  # a stream transport
