"""The Docker Cloud events stream, synchronous and asynchronous, with explicit reconnection.

Iterating yields :class:`Event` objects and, after every reconnection, one
:class:`StreamReconnected` marker at the place where events may have been missed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, TypeAlias, TypeVar

from websockets.asyncio.client import ClientConnection as AsyncClientConnection
from websockets.exceptions import ConnectionClosed, ConnectionClosedOK
from websockets.sync.client import ClientConnection

from ..errors import APIConnectionError, APITimeoutError
from ._async import AsyncSocket, AsyncStreamMixin, recv_within
from ._common import ConnectionT, SocketBase, StreamBase, check_frame
from ._sync import SyncSocket, SyncStreamMixin, monotonic
from .decode import decode_event_frame
from .models import AuthFrame, Event, StreamReconnected, UnknownFrame
from .policy import DEFAULT_RECONNECT, ReconnectPolicy, StreamSettings, describe_close
from .urls import events_url

__all__ = ["AsyncEventStream", "EventItem", "EventStream"]

logger = logging.getLogger("dockercloud_client.streams")

EventItem: TypeAlias = Event | StreamReconnected
Filter: TypeAlias = str | Iterable[str] | None
ReconnectCallback: TypeAlias = Callable[[StreamReconnected], None]

_SocketT = TypeVar("_SocketT", bound=SocketBase[Any])


class _EventState:
    """Reconnection bookkeeping shared by the sync and async streams (no I/O)."""

    def __init__(self, url: str, reconnect: ReconnectPolicy | None, on_reconnect: ReconnectCallback | None) -> None:
        self.url = url
        self.reconnect = reconnect
        self.policy = reconnect or ReconnectPolicy.once()
        self.on_reconnect = on_reconnect
        self.failures = 0
        self.established = False
        self.connected_at = 0.0
        self.frames_on_connection = 0
        self.garbage_on_connection = 0
        self.gap: tuple[datetime, str] | None = None
        self.pending: StreamReconnected | None = None
        self.last_event_at: datetime | None = None
        self.reconnects = 0

    def opened(self, attempts: int) -> None:
        self.established = True
        self.connected_at = monotonic()
        self.frames_on_connection = 0
        self.garbage_on_connection = 0
        # Failed attempts count until the new connection proves stable (see ``dropped``).
        self.failures += attempts - 1
        if self.gap is not None:
            disconnected_at, reason = self.gap
            self.gap = None
            self.reconnects += 1
            marker = StreamReconnected(
                disconnected_at=disconnected_at,
                reconnected_at=datetime.now(UTC),
                attempts=attempts,
                reason=reason,
                last_event_at=self.last_event_at,
            )
            logger.warning("event stream %s reconnected after: %s; events may have been missed", self.url, reason)
            if self.on_reconnect is not None:
                self.on_reconnect(marker)
            self.pending = marker

    def take_pending(self) -> StreamReconnected | None:
        """The reconnection marker to yield before the next event, once."""
        marker, self.pending = self.pending, None
        return marker

    def dropped(self, exc: ConnectionClosed) -> bool:
        """Record a connection that ended; return whether to reconnect.

        Without a reconnection policy, a normal close ends the stream (False) and any other loss
        raises ``APIConnectionError``.
        """
        reason = describe_close(exc)
        if self.reconnect is None:
            if isinstance(exc, ConnectionClosedOK):
                return False
            raise APIConnectionError(f"event stream lost: {reason}", method="GET", url=self.url) from exc
        lasted = monotonic() - self.connected_at >= self.policy.stable_after
        stable = self.frames_on_connection > 0 or (self.garbage_on_connection == 0 and lasted)
        # A connection that dropped before proving itself (a valid frame, or a quiet while without
        # garbage) counts as a failed attempt, so a server that accepts and drops at once, or sends
        # garbage and closes cleanly, cannot keep the client in a loop.
        self.failures = 0 if stable else self.failures + 1
        if self.gap is None:
            self.gap = (datetime.now(UTC), reason)
        logger.info("event stream %s dropped (%s); reconnecting", self.url, reason)
        return True

    def item(self, raw: str | bytes) -> Event | None:
        """Decode a frame; an Event to yield, None to skip, or raise for an error frame."""
        frame = decode_event_frame(raw)
        if type(frame) is Event:  # nearly every frame: tested first
            self.frames_on_connection += 1
            when = frame.datetime
            if when is not None:  # tolerant decoding: an event may come without it
                self.last_event_at = when
            return frame
        if isinstance(frame, UnknownFrame):
            self.garbage_on_connection += 1
        else:
            self.frames_on_connection += 1
        check_frame("event stream", self.url, frame)
        if isinstance(frame, AuthFrame):
            logger.debug("event stream %s: auth frame %s", self.url, frame.raw)
        return None


class _EventStreamBase(StreamBase[_SocketT, ConnectionT]):
    """What :class:`EventStream` and :class:`AsyncEventStream` share: arguments, URL and state."""

    def __init__(
        self,
        settings: StreamSettings,
        *,
        type: Filter = None,
        object: Filter = None,
        parent: Filter = None,
        reconnect: ReconnectPolicy | None = DEFAULT_RECONNECT,
        on_reconnect: ReconnectCallback | None = None,
        idle_timeout: float | None = None,
    ) -> None:
        """Prepare the stream (nothing is connected yet).

        Args:
            settings: host, credentials, namespace, user agent, websocket options, and the attempts
                of the first connection (``handshake_retry``: short, so that a wrong host or
                credentials fail fast; ``reconnect`` applies once the stream was established).
            type: only events of these type(s), e.g. ``"service"``.
            object: only events about these resource URI(s).
            parent: only events whose parents include these resource URI(s).
            reconnect: reconnection policy; None to end the stream when the connection ends (a normal
                close then stops the iteration, any other loss raises ``APIConnectionError``).
            on_reconnect: called with each :class:`StreamReconnected` marker, before it is yielded.
            idle_timeout: seconds without any frame before ``APITimeoutError`` (the stream is then
                closed); None (default): no limit, keepalive pings detect a dead server.
        """
        url = events_url(settings.url_base, settings.namespace, type=type, object=object, parent=parent)
        self._open_socket(url, settings)
        self._state = _EventState(self.url, reconnect, on_reconnect)
        self._first_connect = settings.handshake_retry
        self._idle_timeout = idle_timeout

    @property
    def reconnects(self) -> int:
        """How many times the stream reconnected."""
        return self._state.reconnects

    def _needs_connection(self) -> bool:
        return not self._socket.closed and self._ws is None

    def _opened(self, result: tuple[ConnectionT, int] | None) -> None:
        if result is not None:
            self._state.opened(result[1])

    def _policy(self) -> ReconnectPolicy:
        """The first connection's short policy, then the reconnection policy."""
        return self._state.policy if self._state.established else self._first_connect

    def _idle(self) -> APITimeoutError:
        return APITimeoutError(f"no event within {self._idle_timeout:g} s", method="GET", url=self.url)


class EventStream(_EventStreamBase[SyncSocket, ClientConnection], SyncStreamMixin):
    """Iterator over Docker Cloud events; also a context manager; ``close()`` works from any thread.

    The connection opens on ``__enter__`` or on the first ``next()``. When it drops (server
    close, network failure, keepalive timeout) and ``reconnect`` is set, the stream reconnects
    with backoff and yields a :class:`StreamReconnected` marker before the next event (and calls
    ``on_reconnect`` with it). A 401 handshake raises ``AuthenticationError`` at once; other
    failures raise after ``reconnect.attempts`` consecutive attempts.

    Example::

        with EventStream(StreamSettings(url_base=..., authorization=...), type="service") as events:
            for item in events:
                if isinstance(item, StreamReconnected):
                    resync()
                else:
                    print(item.type, item.action, item.resource_uri, item.state)

    Attributes:
        url: the stream URL (no credentials).
    """

    _socket_type = SyncSocket

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._socket.closed

    def connect(self) -> None:
        """Open the connection now (the iterator would open it on first use)."""
        if self._needs_connection():
            self._opened(self._socket.connect(self._policy(), self._state.failures))

    def __next__(self) -> EventItem:
        state = self._state
        socket = self._socket
        while True:
            ws = socket.connection  # read once: close() from another thread clears it
            if ws is None or state.pending is not None:  # not connected, closed, or a marker to yield first
                marker = self._between_connections()
                if marker is not None:
                    return marker
                continue
            try:
                # Bytes, even of a text frame: the decoder parses them without building a str first.
                raw = ws.recv(self._idle_timeout, False)
            except TimeoutError:
                socket.close(close_timeout=0.0)
                raise self._idle() from None
            except ConnectionClosed as exc:
                socket.forget()
                if socket.closed or not state.dropped(exc):
                    raise StopIteration from None
                continue
            try:
                event = state.item(raw)
            except Exception:
                self.close()
                raise
            if event is not None:
                return event

    def _between_connections(self) -> StreamReconnected | None:
        """End the iteration if the stream was closed; else the marker owed, or None once connected."""
        if self._socket.closed:
            raise StopIteration
        marker = self._state.take_pending()
        if marker is None:
            self.connect()
            if self._socket.connection is None:  # closed meanwhile
                raise StopIteration
        return marker

    def close(self) -> None:
        """Stop the stream: safe from any thread and idempotent; the iteration then ends."""
        self._socket.close()


class AsyncEventStream(_EventStreamBase[AsyncSocket, AsyncClientConnection], AsyncStreamMixin):
    """Asynchronous twin of :class:`EventStream`: ``async with`` / ``async for`` / ``aclose()``.

    Attributes:
        url: the stream URL (no credentials).
    """

    _socket_type = AsyncSocket

    @property
    def closed(self) -> bool:
        """Whether :meth:`aclose` was called."""
        return self._socket.closed

    async def connect(self) -> None:
        """Open the connection now (the iterator would open it on first use)."""
        if self._needs_connection():
            self._opened(await self._socket.connect(self._policy(), self._state.failures))

    async def __anext__(self) -> EventItem:
        state = self._state
        socket = self._socket
        while True:
            ws = socket.connection
            if ws is None or state.pending is not None:
                marker = await self._between_connections()
                if marker is not None:
                    return marker
                continue
            try:
                raw = await recv_within(ws, self._idle_timeout, decode=False)
            except TimeoutError:
                await socket.aclose(close_timeout=0.0)
                raise self._idle() from None
            except ConnectionClosed as exc:
                await socket.forget()
                if socket.closed or not state.dropped(exc):
                    raise StopAsyncIteration from None
                continue
            try:
                event = state.item(raw)
            except Exception:
                await self.aclose()
                raise
            if event is not None:
                return event

    async def _between_connections(self) -> StreamReconnected | None:
        """End the iteration if the stream was closed; else the marker owed, or None once connected."""
        if self._socket.closed:
            raise StopAsyncIteration
        marker = self._state.take_pending()
        if marker is None:
            await self.connect()
            if self._socket.connection is None:
                raise StopAsyncIteration
        return marker

    async def aclose(self) -> None:
        """Stop the stream (idempotent); a pending ``__anext__`` then ends the iteration."""
        await self._socket.aclose()
