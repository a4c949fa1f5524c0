"""Blocking websocket plumbing shared by the synchronous streams (thread-safe ``close``)."""

from __future__ import annotations

import logging
import threading
import time

from websockets.sync.client import ClientConnection, connect

from ..errors import APIConnectionError, DockerCloudError
from .policy import ReconnectPolicy, StreamOptions, classify_handshake_error

logger = logging.getLogger("dockercloud_client.streams")


class SyncSocket:
    """One logical stream: connects (with bounded retries), can be closed from any thread.

    Attributes:
        url: the stream URL.
    """

    def __init__(self, url: str, *, authorization: str, user_agent: str, options: StreamOptions) -> None:
        self.url = url
        self._headers = {"Authorization": authorization}
        self._user_agent = user_agent
        self._options = options
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._ws: ClientConnection | None = None

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._closed.is_set()

    def _connect_once(self) -> ClientConnection:
        o = self._options
        return connect(
            self.url,
            additional_headers=self._headers,
            user_agent_header=self._user_agent,
            open_timeout=o.open_timeout,
            ping_interval=o.ping_interval,
            ping_timeout=o.ping_timeout,
            close_timeout=o.close_timeout,
            max_size=o.max_size,
            proxy=o.proxy,
            # We own the connection's lifetime (no ``with``): opt into that explicitly.
            legacy=True,
        )

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
        attempts = 0
        last: DockerCloudError | None = None
        while failures < policy.attempts:
            if failures and self._closed.wait(policy.delay(failures)):
                return None
            if self._closed.is_set():
                return None
            attempts += 1
            try:
                ws = self._connect_once()
            except Exception as exc:
                error, retryable = classify_handshake_error(exc, self.url)
                if not retryable:
                    raise error from exc
                failures += 1
                last = error
                last.__cause__ = exc
                logger.info("stream %s: attempt %d failed: %s", self.url, attempts, error)
                continue
            with self._lock:
                if self._closed.is_set():
                    ws.close()
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

    def forget(self) -> None:
        """Drop the current connection (after it ended) without closing the stream."""
        with self._lock:
            ws, self._ws = self._ws, None
        if ws is not None:
            ws.close()

    def close(self) -> None:
        """Close the stream; safe from any thread, idempotent. A blocked ``recv`` returns."""
        self._closed.set()
        with self._lock:
            ws, self._ws = self._ws, None
        if ws is not None:
            ws.close()


def monotonic() -> float:
    """Seconds on a monotonic clock."""
    return time.monotonic()
