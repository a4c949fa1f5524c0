"""What the synchronous and asynchronous streams share, without any I/O.

* :class:`SocketBase`: the settings of one logical stream and the arguments of each ``connect``;
* :class:`ConnectAttempts`: the bookkeeping of one ``connect`` call with bounded retries;
* :func:`check_frame`: what every stream does with error and unknown frames;
* :class:`StreamBase` and :class:`OneShotState`: the state of a stream, and of a stream that uses
  a single connection (logs, exec).

The blocking (``_sync``) and asyncio (``_async``) modules add the I/O on top.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from websockets.exceptions import ConnectionClosed, ConnectionClosedOK

from .._redaction import RedactingLogger, authorization_secrets
from ..errors import APIConnectionError, APITimeoutError, DockerCloudError
from .models import ErrorFrame, UnknownFrame
from .policy import (
    MAX_HANDSHAKE_RETRY_AFTER,
    ReconnectPolicy,
    StreamOptions,
    StreamSettings,
    classify_handshake_error,
    describe_close,
    error_frame_exception,
    retry_after,
)

logger = logging.getLogger("dockercloud_client.streams")
ConnectionT = TypeVar("ConnectionT")
_WEBSOCKETS_LOGGER = logging.getLogger("websockets.client")


class SocketBase(Generic[ConnectionT]):
    """The settings of one logical stream; the blocking and asyncio sockets add the I/O.

    Attributes:
        url: the stream URL.
        connection: the open websocket connection, or None (before connecting, after a drop, once
            closed). The one place it is kept: the streams read it from here, and ``close()`` from
            any thread clears it.
        secrets: the credentials and their parts, which no log record or error may show.
    """

    connection: ConnectionT | None

    def __init__(self, url: str, *, authorization: str, user_agent: str, options: StreamOptions) -> None:
        self.url = url
        self._headers = {"Authorization": authorization}
        self._user_agent = user_agent
        self._options = options
        self.secrets = authorization_secrets(authorization)
        # websockets logs every handshake header at DEBUG: its records go through this redaction.
        self._logger = RedactingLogger(_WEBSOCKETS_LOGGER, self.secrets)

    @property
    def closed(self) -> bool:
        """Whether the stream was closed."""
        raise NotImplementedError

    def _connect_arguments(self, open_timeout: float | None = None) -> dict[str, Any]:
        """Keyword arguments of ``websockets``' ``connect`` (the same for both clients).

        Args:
            open_timeout: a shorter handshake timeout than the options' (what is left of a deadline).
        """
        o = self._options
        if open_timeout is None or (o.open_timeout is not None and o.open_timeout < open_timeout):
            open_timeout = o.open_timeout
        return {
            "additional_headers": self._headers,
            "user_agent_header": self._user_agent,
            "open_timeout": open_timeout,
            "ping_interval": o.ping_interval,
            "ping_timeout": o.ping_timeout,
            "close_timeout": o.close_timeout,
            "max_size": o.max_size,
            "max_queue": o.max_queue,
            "proxy": o.proxy,
            "logger": self._logger,
        }


class ConnectAttempts:
    """Counts the attempts of one ``connect`` call and turns failures into the error to raise.

    Attributes:
        failures: consecutive failures so far (including those counted before this call).
        attempts: attempts made by this call.
    """

    def __init__(self, url: str, policy: ReconnectPolicy, failures: int, secrets: Sequence[str] = ()) -> None:
        self._url = url
        self._secrets = secrets
        self._policy = policy
        self._last: DockerCloudError | None = None
        self._retry_after: float | None = None
        self.failures = failures
        self.attempts = 0

    def remaining(self) -> bool:
        """Whether another attempt is allowed."""
        return self.failures < self._policy.attempts

    def delay(self) -> float:
        """Seconds to wait before the next attempt (call it only after a failure).

        A ``Retry-After`` of the last refused handshake lengthens the wait (see :meth:`failed`).
        """
        return max(self._policy.delay(self.failures - 1), self._retry_after or 0.0)

    def failed(self, exc: Exception) -> None:
        """Record a failed attempt; raise its error at once unless it is retryable.

        A refusal whose ``Retry-After`` asks for more than ``MAX_HANDSHAKE_RETRY_AFTER`` seconds is
        raised at once rather than waited for.
        """
        error, retryable = classify_handshake_error(exc, self._url, self._secrets)
        if not retryable:
            raise error from exc
        self._retry_after = retry_after(error)
        if self._retry_after is not None and self._retry_after > MAX_HANDSHAKE_RETRY_AFTER:
            raise error from exc
        self.failures += 1
        self._last = error
        self._last.__cause__ = exc
        logger.info("stream %s: attempt %d failed: %s", self._url, self.attempts, error)

    def give_up(self) -> DockerCloudError:
        """The error to raise once ``policy.attempts`` consecutive attempts failed."""
        if self._last is None:
            return APIConnectionError(
                f"gave up: {self.failures} consecutive connections failed or dropped before delivering anything",
                method="GET",
                url=self._url,
            )
        self._last.add_note(f"gave up after {self.attempts} connection attempt(s) to {self._url}")
        return self._last


def check_frame(stream: str, url: str, frame: object) -> None:
    """Raise for an error frame; log an unknown frame, which the stream then skips.

    Args:
        stream: what the stream is, for the log (``"log stream"``, ``"exec"``, ...).
        url: the stream URL.
        frame: a decoded frame.
    """
    if isinstance(frame, ErrorFrame):
        raise error_frame_exception(frame.message, url, frame.raw, frame.is_unauthorized)
    if isinstance(frame, UnknownFrame):
        logger.warning("%s %s: skipped a frame (%s): %.200s", stream, url, frame.reason, frame.text)


class Deadline:
    """The time left of an overall ``timeout`` on a monotonic clock (None: no limit)."""

    def __init__(self, timeout: float | None) -> None:
        self.timeout = None if timeout == math.inf else timeout
        self._at = None if self.timeout is None else time.monotonic() + self.timeout

    def remaining(self) -> float | None:
        """Seconds left (never negative), or None without a limit."""
        return None if self._at is None else max(0.0, self._at - time.monotonic())

    def bound(self, timeout: float | None) -> float | None:
        """The shorter of ``timeout`` and what is left (None: neither limits)."""
        if timeout == math.inf:
            timeout = None
        left = self.remaining()
        if left is None:
            return timeout
        return left if timeout is None else min(timeout, left)


SocketT = TypeVar("SocketT", bound=SocketBase[Any])


class StreamBase(Generic[SocketT, ConnectionT]):
    """A stream's URL, socket and current connection.

    Subclasses set ``_socket_type`` (the blocking or the asyncio socket).

    Attributes:
        url: the stream URL (no credentials).
    """

    _socket_type: type[SocketT]

    def _open_socket(self, url: str, settings: StreamSettings) -> None:
        self.url = url
        self._socket = self._socket_type(
            url, authorization=settings.authorization, user_agent=settings.user_agent, options=settings.options
        )

    @property
    def _ws(self) -> ConnectionT | None:
        """The socket's current connection (read it once into a local: another thread may close it)."""
        connection: ConnectionT | None = self._socket.connection
        return connection


class OneShotState(StreamBase[SocketT, ConnectionT]):
    """A stream on a single connection, which ends with it and never reconnects (logs, exec)."""

    #: What the stream is, in error messages (``"log stream"``, ``"exec session"``).
    _what: str

    def _prepare(self, url: str, settings: StreamSettings) -> None:
        self._open_socket(url, settings)
        self._retry = settings.handshake_retry
        self._finished = False
        self._closed_by_us = False
        self._deadline = Deadline(None)
        self._connect_within: float | None = None

    def limit(self, timeout: float | None) -> None:
        """Bound the whole stream to ``timeout`` seconds from now: connection, reads, sends and closing."""
        self._deadline = Deadline(timeout)

    def _connect_deadline(self) -> Deadline:
        """The stream's deadline, or a sooner one for connecting (``_connect_within`` seconds)."""
        left = self._deadline.remaining()
        if self._connect_within is None or (left is not None and left <= self._connect_within):
            return self._deadline
        return Deadline(self._connect_within)

    def _timed_out(self, what: str, timeout: float | None) -> APITimeoutError:
        return APITimeoutError(f"{what} within {timeout:g} s", method="GET", url=self.url)

    def _over(self) -> bool:
        """Whether the stream ended or was closed."""
        return self._finished or self._socket.closed

    def _needs_connection(self) -> bool:
        return not self._over() and self._ws is None

    def _ended(self) -> bool:
        """Mark the stream finished; return whether our own ``close`` ended its connection."""
        closed_by_us = self._closed_by_us
        self._finished = True
        return closed_by_us

    def _lost(self, exc: ConnectionClosed) -> APIConnectionError:
        return APIConnectionError(f"{self._what} lost: {describe_close(exc)}", method="GET", url=self.url)

    def _raise_if_lost(self, exc: ConnectionClosed, closed_by_us: bool) -> None:
        """A normal close, or one we asked for, ends the stream; any other is an error."""
        if not closed_by_us and not isinstance(exc, ConnectionClosedOK):
            raise self._lost(exc) from exc
