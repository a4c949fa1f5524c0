"""Connection settings shared by every stream: keepalive, timeouts, retries, error mapping.

Everything here is pure (no I/O), so the retry and error rules are tested without a server.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import attrs
import httpx
from websockets.exceptions import (
    ConnectionClosed,
    InvalidHandshake,
    InvalidStatus,
    InvalidURI,
)

from .._backoff import RETRYABLE_STATUSES, Backoff
from .._redaction import redact_secrets
from ..errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    DockerCloudError,
    RateLimitError,
    StreamServerError,
    parse_retry_after,
    status_error_from_response,
)

__all__ = [
    "DEFAULT_HANDSHAKE_RETRY",
    "DEFAULT_RECONNECT",
    "MAX_HANDSHAKE_RETRY_AFTER",
    "ReconnectPolicy",
    "StreamOptions",
    "StreamServerError",
    "StreamSettings",
    "classify_handshake_error",
    "describe_close",
    "error_frame_exception",
    "retry_after",
]

#: Longest ``Retry-After`` of a refused handshake that is waited for; a longer one is raised at once.
MAX_HANDSHAKE_RETRY_AFTER = 60.0


@attrs.frozen(kw_only=True)
class ReconnectPolicy(Backoff):
    """How often and how patiently a stream (re)connects: the shared backoff, with a number of attempts.

    The waits are those of :class:`~dockercloud_client._backoff.Backoff` (``initial_delay``,
    ``max_delay``, ``multiplier``, ``jitter``, ``random``; the same names as ``RetryPolicy``'s), here
    0.5 s doubling up to 30 s, less up to 20 % of jitter; ``delay(n)`` is the wait after ``n + 1``
    consecutive failures.

    Attributes:
        attempts: consecutive connection attempts before giving up (at least 1). The count starts
            again after a connection that proved stable (it delivered a frame, or lasted
            ``stable_after`` seconds).
        stable_after: seconds after which a silent connection still counts as stable.
    """

    attempts: int = attrs.field(default=8, validator=attrs.validators.ge(1))
    max_delay: float = attrs.field(default=30.0, validator=attrs.validators.ge(0))
    jitter: float = attrs.field(default=0.2, validator=[attrs.validators.ge(0), attrs.validators.le(1)])
    stable_after: float = attrs.field(default=10.0, validator=attrs.validators.ge(0))

    @classmethod
    def once(cls) -> ReconnectPolicy:
        """A single attempt, no retry."""
        return cls(attempts=1)


#: Reconnection of an established event stream unless the caller passes its own (or None).
DEFAULT_RECONNECT = ReconnectPolicy()
#: Attempts of a stream's first connection (log and exec streams have no other; an event stream
#: uses its reconnection policy only once established): like a REST call, 3 attempts 0.5 and 1 s apart.
DEFAULT_HANDSHAKE_RETRY = ReconnectPolicy(attempts=3, initial_delay=0.5, max_delay=1.0)


@attrs.frozen
class StreamOptions:
    """Websocket settings of every stream.

    Attributes:
        ping_interval: seconds between keepalive pings (None disables them).
        ping_timeout: seconds to wait for the pong before the peer is declared dead and the
            connection is closed (code 1011); an event stream then reconnects.
        open_timeout: seconds allowed for the TCP, TLS and websocket handshakes.
        close_timeout: seconds allowed for the closing handshake.
        max_size: largest accepted frame in bytes (None: no limit).
        max_queue: frames received but not yet consumed before reading pauses (flow control).
            Kept well above a log ``tail`` (300): a stream closed with many unread frames waits
            ``close_timeout`` for the server's close frame behind them.
        proxy: ``True`` to use the proxy from the environment, a proxy URL, or None for none.
    """

    ping_interval: float | None = 10.0
    ping_timeout: float | None = 5.0
    open_timeout: float | None = 10.0
    close_timeout: float | None = 5.0
    max_size: int | None = 16 * 1024 * 1024
    max_queue: int = 1024
    proxy: str | Literal[True] | None = True


@attrs.frozen(kw_only=True)
class StreamSettings:
    """What every stream of a client connects with, kept once per client (and per namespace copy).

    Pass it as the first argument of a stream: ``EventStream(settings, type="service")``,
    ``LogStream(settings, "container", uuid)``, ``ExecSession(settings, uuid, "ls")``. The client
    builds it from its resolved configuration; ``client.events.stream()``, ``client.containers.logs()``
    and the other stream methods construct the streams with it.

    Attributes:
        url_base: stream host, e.g. ``wss://ws.cloud.docker.com``.
        authorization: the ``Authorization`` header value (never shown in ``repr``).
        namespace: namespace for namespaced streams, or None for the authenticated user.
        user_agent: the ``User-Agent`` header value.
        options: websocket settings (keepalive pings, timeouts, proxy).
        handshake_retry: attempts of a stream's first connection (log streams and exec sessions
            have no other; event streams then use their ``reconnect`` policy).
    """

    url_base: str
    authorization: str = attrs.field(repr=False)
    namespace: str | None = None
    user_agent: str = "dockercloud-client"
    options: StreamOptions = attrs.field(factory=StreamOptions)
    handshake_retry: ReconnectPolicy = DEFAULT_HANDSHAKE_RETRY

    def with_namespace(self, namespace: str | None) -> StreamSettings:
        """The same settings bound to another namespace."""
        return attrs.evolve(self, namespace=namespace)


def _status_error(exc: InvalidStatus, url: str, secrets: Sequence[str]) -> APIStatusError:
    response = exc.response
    request = httpx.Request("GET", url.replace("wss://", "https://", 1).replace("ws://", "http://", 1))
    http_response = httpx.Response(
        response.status_code,
        headers=list(response.headers.raw_items()),
        content=bytes(response.body or b""),
        request=request,
    )
    error = status_error_from_response(http_response, secrets)  # without the credentials a server echoed
    error.url = url
    return error


def classify_handshake_error(
    exc: BaseException, url: str, secrets: Sequence[str] = ()
) -> tuple[DockerCloudError, bool]:
    """Map a failed websocket connection attempt onto the client's exception tree.

    Args:
        exc: what ``websockets`` raised while connecting.
        url: the stream URL (no credentials in it).
        secrets: credentials (see ``_redaction.authorization_secrets``) to take out of what the
            server sent (a refusal's body and headers, a bad header's value) before it goes into
            the error.

    Returns:
        ``(error, retryable)``. A 401 is :class:`AuthenticationError` and never retryable; the
        statuses of ``_backoff.RETRYABLE_STATUSES`` (408, 429, 502, 503, 504; as for REST calls),
        refused or broken connections and timeouts are; every other status is not.
    """
    if isinstance(exc, InvalidStatus):
        error = _status_error(exc, url, secrets)
        return error, (not isinstance(error, AuthenticationError) and error.status_code in RETRYABLE_STATUSES)
    if isinstance(exc, InvalidURI):
        return ConfigurationError(f"invalid stream URL {url!r}: {exc}"), False
    if isinstance(exc, TimeoutError):
        return APITimeoutError(f"websocket handshake timed out: {exc or 'timeout'}", method="GET", url=url), True
    if isinstance(exc, InvalidHandshake | OSError | EOFError | ConnectionClosed):
        detail = redact_secrets(str(exc) or type(exc).__name__, secrets)  # it may quote a server's header
        return APIConnectionError(f"websocket connection failed: {detail}", method="GET", url=url), True
    detail = redact_secrets(repr(exc), secrets)
    return APIConnectionError(f"websocket connection failed: {detail}", method="GET", url=url), False


def retry_after(error: DockerCloudError) -> float | None:
    """Seconds a refused handshake asked to wait before the next attempt (``Retry-After``), or None."""
    if isinstance(error, RateLimitError):
        return error.retry_after
    if isinstance(error, APIStatusError):
        headers = {key.lower(): value for key, value in error.headers.items()}
        return parse_retry_after(headers.get("retry-after"))
    return None


def describe_close(exc: ConnectionClosed) -> str:
    """A short text for why a connection ended (close code and reason, or 'no close frame')."""
    frame = exc.rcvd or exc.sent
    if frame is None:
        return "connection lost without a close frame (1006)"
    return f"closed with code {frame.code}" + (f" ({frame.reason})" if frame.reason else "")


def error_frame_exception(message: str, url: str, frame: dict[str, object], unauthorized: bool) -> DockerCloudError:
    """The exception for an ``error`` frame: :class:`AuthenticationError` for ``UNAUTHORIZED``."""
    if unauthorized:
        return AuthenticationError(status_code=401, error=message, method="GET", url=url)
    return StreamServerError(message, url=url, frame=frame)
