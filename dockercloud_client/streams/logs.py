"""Log streams of containers, services and actions, synchronous and asynchronous.

A log stream is one connection: it ends when the server closes it (``follow=False`` closes after
the tail) or on ``close()``. It does not reconnect, because a new connection would replay the tail.
"""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Self

from websockets.asyncio.client import ClientConnection as AsyncClientConnection
from websockets.exceptions import ConnectionClosed, ConnectionClosedOK
from websockets.sync.client import ClientConnection

from ..errors import APIConnectionError
from ._async import AsyncSocket
from ._sync import SyncSocket
from .decode import decode_log_frame
from .models import ErrorFrame, LogLine, UnknownFrame
from .policy import ReconnectPolicy, StreamOptions, describe_close, error_frame_exception
from .urls import LogTarget, logs_url

__all__ = ["DEFAULT_HANDSHAKE_RETRY", "AsyncLogStream", "LogStream"]

logger = logging.getLogger("dockercloud_client.streams")

#: Handshake retries of log and exec streams (a drop after the handshake is never retried).
DEFAULT_HANDSHAKE_RETRY = ReconnectPolicy(attempts=3)


def _line(url: str, raw: str | bytes) -> LogLine | None:
    frame = decode_log_frame(raw)
    if isinstance(frame, LogLine):
        return frame
    if isinstance(frame, ErrorFrame):
        raise error_frame_exception(frame.message, url, frame.raw, frame.is_unauthorized)
    if isinstance(frame, UnknownFrame):
        logger.warning("log stream %s: skipped a frame (%s): %.200s", url, frame.reason, frame.text)
    return None


def _ended(url: str, exc: ConnectionClosed) -> None:
    """The server ended the stream: normal closes end the iteration, others are errors."""
    if not isinstance(exc, ConnectionClosedOK):
        raise APIConnectionError(f"log stream lost: {describe_close(exc)}", method="GET", url=url) from exc


class LogStream:
    """Iterator over :class:`LogLine` objects; also a context manager; ``close()`` from any thread.

    Attributes:
        url: the stream URL (no credentials).
    """

    def __init__(
        self,
        *,
        url_base: str,
        authorization: str,
        namespace: str | None,
        user_agent: str,
        resource: LogTarget,
        identifier: str,
        tail: int | None = 300,
        follow: bool = True,
        service: str | None = None,
        retry: ReconnectPolicy = DEFAULT_HANDSHAKE_RETRY,
        options: StreamOptions | None = None,
    ) -> None:
        """Prepare the stream (nothing is connected yet).

        Args:
            url_base: stream host, e.g. ``wss://ws.cloud.docker.com``.
            authorization: the ``Authorization`` header value.
            namespace: namespace (ignored for actions), or None for the authenticated user.
            user_agent: the ``User-Agent`` header value.
            resource: ``container``, ``service`` or ``action``.
            identifier: uuid or resource URI of the object.
            tail: number of past lines sent first (None: server default, 300).
            follow: keep streaming new lines; False ends the stream after the tail.
            service: container logs only: the documented ``service`` filter (resource URI).
            retry: handshake retries (a 401 is never retried).
            options: websocket settings (keepalive, timeouts).
        """
        self.url = logs_url(url_base, resource, identifier, namespace, tail=tail, follow=follow, service=service)
        self._socket = SyncSocket(
            self.url, authorization=authorization, user_agent=user_agent, options=options or StreamOptions()
        )
        self._retry = retry
        self._ws: ClientConnection | None = None
        self._finished = False
        self._closed_by_us = False

    @property
    def closed(self) -> bool:
        """Whether the stream ended or :meth:`close` was called."""
        return self._finished or self._socket.closed

    def connect(self) -> None:
        """Open the connection now (the iterator would open it on first use)."""
        if self.closed or self._ws is not None:
            return
        result = self._socket.connect(self._retry)
        if result is not None:
            self._ws = result[0]

    def __enter__(self) -> Self:
        self.connect()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> LogLine:
        while True:
            if self.closed:
                raise StopIteration
            if self._ws is None:
                self.connect()
                if self._ws is None:
                    raise StopIteration
            try:
                raw = self._ws.recv()
            except ConnectionClosed as exc:
                closed_by_us = self._closed_by_us
                self._finished = True
                self._ws = None
                self._socket.close()
                if not closed_by_us:
                    _ended(self.url, exc)
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
        self._closed_by_us = True
        self._socket.close()


class AsyncLogStream:
    """Asynchronous twin of :class:`LogStream`: ``async with`` / ``async for`` / ``aclose()``.

    Attributes:
        url: the stream URL (no credentials).
    """

    def __init__(
        self,
        *,
        url_base: str,
        authorization: str,
        namespace: str | None,
        user_agent: str,
        resource: LogTarget,
        identifier: str,
        tail: int | None = 300,
        follow: bool = True,
        service: str | None = None,
        retry: ReconnectPolicy = DEFAULT_HANDSHAKE_RETRY,
        options: StreamOptions | None = None,
    ) -> None:
        """Prepare the stream; the arguments are those of :class:`LogStream`."""
        self.url = logs_url(url_base, resource, identifier, namespace, tail=tail, follow=follow, service=service)
        self._socket = AsyncSocket(
            self.url, authorization=authorization, user_agent=user_agent, options=options or StreamOptions()
        )
        self._retry = retry
        self._ws: AsyncClientConnection | None = None
        self._finished = False
        self._closed_by_us = False

    @property
    def closed(self) -> bool:
        """Whether the stream ended or :meth:`aclose` was called."""
        return self._finished or self._socket.closed

    async def connect(self) -> None:
        """Open the connection now (the iterator would open it on first use)."""
        if self.closed or self._ws is not None:
            return
        result = await self._socket.connect(self._retry)
        if result is not None:
            self._ws = result[0]

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> LogLine:
        while True:
            if self.closed:
                raise StopAsyncIteration
            if self._ws is None:
                await self.connect()
                if self._ws is None:
                    raise StopAsyncIteration
            try:
                raw = await self._ws.recv()
            except ConnectionClosed as exc:
                self._finished = True
                self._ws = None
                closed_by_us = self._closed_by_us
                await self._socket.aclose()
                if not closed_by_us:
                    _ended(self.url, exc)
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
        self._closed_by_us = True
        await self._socket.aclose()
