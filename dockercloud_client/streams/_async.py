"""Asyncio websocket plumbing shared by the asynchronous streams."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from websockets.asyncio.client import ClientConnection, connect

from ..errors import APIConnectionError, DockerCloudError
from .policy import ReconnectPolicy, StreamOptions, classify_handshake_error

logger = logging.getLogger("dockercloud_client.streams")


class AsyncSocket:
    """Asyncio twin of :class:`~dockercloud_client.streams._sync.SyncSocket`.

    Attributes:
        url: the stream URL.
    """

    def __init__(self, url: str, *, authorization: str, user_agent: str, options: StreamOptions) -> None:
        self.url = url
        self._headers = {"Authorization": authorization}
        self._user_agent = user_agent
        self._options = options
        self._closed = False
        self._closed_event: asyncio.Event | None = None
        self._ws: ClientConnection | None = None

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

    async def _connect_once(self) -> ClientConnection:
        o = self._options
        return await connect(
            self.url,
            additional_headers=self._headers,
            user_agent_header=self._user_agent,
            open_timeout=o.open_timeout,
            ping_interval=o.ping_interval,
            ping_timeout=o.ping_timeout,
            close_timeout=o.close_timeout,
            max_size=o.max_size,
            proxy=o.proxy,
        )

    async def connect(self, policy: ReconnectPolicy, failures: int = 0) -> tuple[ClientConnection, int] | None:
        """Open a connection, retrying retryable failures with backoff (see ``SyncSocket.connect``)."""
        attempts = 0
        last: DockerCloudError | None = None
        while failures < policy.attempts:
            if failures and await self._sleep(policy.delay(failures)):
                return None
            if self._closed:
                return None
            attempts += 1
            try:
                ws = await self._connect_once()
            except Exception as exc:
                error, retryable = classify_handshake_error(exc, self.url)
                if not retryable:
                    raise error from exc
                failures += 1
                last = error
                last.__cause__ = exc
                logger.info("stream %s: attempt %d failed: %s", self.url, attempts, error)
                continue
            if self._closed:
                await ws.close()
                return None
            self._ws = ws
            return ws, attempts
        if last is None:
            raise APIConnectionError(
                f"gave up: {failures} consecutive connections failed or dropped before delivering anything",
                method="GET",
                url=self.url,
            )
        last.add_note(f"gave up after {attempts} connection attempt(s) to {self.url}")
        raise last

    async def forget(self) -> None:
        """Drop the current connection (after it ended) without closing the stream."""
        ws, self._ws = self._ws, None
        if ws is not None:
            await ws.close()

    async def aclose(self) -> None:
        """Close the stream; idempotent. A pending ``recv`` in another task returns."""
        self._closed = True
        self._event().set()
        ws, self._ws = self._ws, None
        if ws is not None:
            await ws.close()
