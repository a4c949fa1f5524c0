"""The deadline of the call in progress, applied to every read, write and connection attempt of the client's own
connections.

Why: httpcore gives each read of a response the request's ``read`` timeout afresh, so per-read timeouts never
stop a server that keeps sending a little: a head trickled a few bytes at a time (h11 accepts up to 100 KiB of
it), or informational (1xx) responses without end (httpcore reads past any number of them). The retrying
transport's own checks run between attempts and between chunks of the body, not while the head is read. So
the transport publishes what is left of its call (:func:`within`, a context variable: one per thread and per
asyncio task) and the network streams shorten each wait to it (:func:`bounded`): ``AsyncClient``'s
(``_asyncio_backend``) and ``Client``'s (:func:`sync_transport`, httpcore's own sync streams wrapped).
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

__all__ = ["DeadlineBackend", "SocketOption", "bounded", "sync_transport", "within"]

#: Seconds left of the call in progress in this thread or task (None: no deadline), or None outside a call.
_REMAINING: ContextVar[Callable[[], float | None] | None] = ContextVar("dockercloud_client.deadline", default=None)

#: What httpcore passes as ``socket_options`` to a network backend.
SocketOption = tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]


@contextmanager
def within(remaining: Callable[[], float | None]) -> Iterator[None]:
    """Bound the network waits of this thread or task by ``remaining()`` seconds while the block runs."""
    token = _REMAINING.set(remaining)
    try:
        yield
    finally:
        _REMAINING.reset(token)


def bounded(timeout: float | None, expired: type[Exception]) -> float | None:
    """``timeout`` of one network wait, shortened to what is left of the call's deadline.

    Raises:
        expired: the deadline has already passed (httpcore's ``ReadTimeout``, ``WriteTimeout`` or
            ``ConnectTimeout``, which httpx maps to its own).
    """
    remaining = _REMAINING.get()
    left = None if remaining is None else remaining()
    if left is None:
        return timeout
    if left <= 0:
        raise expired("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A sync network stream whose every wait ends by the call's deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> DeadlineStream:
        timeout = bounded(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync backend, its streams wrapped in :class:`DeadlineStream`."""

    def __init__(self, backend: httpcore.NetworkBackend | None = None) -> None:
        self._backend = backend or httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> DeadlineStream:
        timeout = bounded(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[SocketOption] | None = None
    ) -> DeadlineStream:
        timeout = bounded(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def sync_transport(proxy: str | None) -> httpx.HTTPTransport:
    """``Client``'s transport: httpx's, its connections (a proxy's too) opened through :class:`DeadlineBackend`.

    httpx's constructor takes no network backend, so it is set on the httpcore pool the transport built, before
    that pool has opened anything (as ``_pool.lane_transport`` does for ``AsyncClient``).
    """
    transport = httpx.HTTPTransport(proxy=proxy)
    transport._pool._network_backend = DeadlineBackend()
    return transport
