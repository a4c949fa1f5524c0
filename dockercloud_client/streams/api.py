"""The narrow interface the core client wires: one object per client holding the stream settings.

The core builds a :class:`Streams` (or :class:`AsyncStreams`) from its resolved configuration and
exposes its methods as ``client.events.stream``, ``client.containers.logs/exec/run``,
``client.services.logs`` and ``client.actions.logs``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Self, TypeVar

import attrs

from .events import AsyncEventStream, EventStream, ReconnectCallback
from .exec import AsyncExecSession, ExecSession, arun, run
from .logs import AsyncLogStream, LogStream
from .policy import DEFAULT_HANDSHAKE_RETRY, DEFAULT_RECONNECT, ReconnectPolicy, StreamOptions
from .urls import LogTarget

__all__ = ["AsyncStreams", "Streams"]

T = TypeVar("T")


@attrs.frozen(kw_only=True)
class _Base:
    url_base: str
    authorization: str = attrs.field(repr=False)
    namespace: str | None = None
    user_agent: str = "dockercloud-client"
    options: StreamOptions = attrs.field(factory=StreamOptions)
    handshake_retry: ReconnectPolicy = DEFAULT_HANDSHAKE_RETRY

    def with_namespace(self, namespace: str | None) -> Self:
        """The same settings bound to another namespace."""
        return attrs.evolve(self, namespace=namespace)

    def _new(self, stream: Callable[..., T], **arguments: Any) -> T:
        """``stream(...)`` with this factory's host, credentials, namespace, user agent and options."""
        return stream(
            url_base=self.url_base,
            authorization=self.authorization,
            namespace=self.namespace,
            user_agent=self.user_agent,
            options=self.options,
            **arguments,
        )

    def _logs(
        self,
        stream: Callable[..., T],
        resource: LogTarget,
        identifier: str,
        tail: int | None,
        follow: bool,
        service: str | None,
        timeout: float | None,
    ) -> T:
        return self._new(
            stream,
            resource=resource,
            identifier=identifier,
            tail=tail,
            follow=follow,
            service=service,
            retry=self.handshake_retry,
            timeout=timeout,
        )

    def _exec(self, session: Callable[..., T], container: str, command: str) -> T:
        return self._new(session, identifier=container, command=command, retry=self.handshake_retry)


@attrs.frozen(kw_only=True)
class Streams(_Base):
    """Factory of synchronous streams bound to one stream host, credentials and namespace.

    Attributes:
        url_base: stream host, e.g. ``wss://ws.cloud.docker.com``.
        authorization: the ``Authorization`` header value (never shown in ``repr``).
        namespace: namespace for namespaced streams, or None for the authenticated user.
        user_agent: the ``User-Agent`` header value.
        options: websocket settings (keepalive pings, timeouts, proxy).
        handshake_retry: attempts of a stream's first connection (log streams and exec sessions
            have no other; event streams then use their ``reconnect`` policy).
    """

    def events(
        self,
        *,
        type: str | Iterable[str] | None = None,
        object: str | Iterable[str] | None = None,
        parent: str | Iterable[str] | None = None,
        reconnect: ReconnectPolicy | None = DEFAULT_RECONNECT,
        on_reconnect: ReconnectCallback | None = None,
        idle_timeout: float | None = None,
    ) -> EventStream:
        """``client.events.stream(...)``: the events stream; see :class:`EventStream`."""
        return self._new(
            EventStream,
            type=type,
            object=object,
            parent=parent,
            reconnect=reconnect,
            on_reconnect=on_reconnect,
            first_connect=self.handshake_retry,
            idle_timeout=idle_timeout,
        )

    def container_logs(
        self,
        container: str,
        *,
        tail: int | None = 300,
        follow: bool = True,
        service: str | None = None,
        timeout: float | None = None,
    ) -> LogStream:
        """``client.containers.logs(uuid, tail=300, follow=True)``; uuid or resource URI."""
        return self._logs(LogStream, "container", container, tail, follow, service, timeout)

    def service_logs(
        self,
        service: str,
        *,
        tail: int | None = 300,
        follow: bool = True,
        timeout: float | None = None,
    ) -> LogStream:
        """``client.services.logs(uuid, ...)``: lines of every container, with ``source``."""
        return self._logs(LogStream, "service", service, tail, follow, None, timeout)

    def action_logs(
        self,
        action: str,
        *,
        tail: int | None = 300,
        follow: bool = True,
        timeout: float | None = None,
    ) -> LogStream:
        """``client.actions.logs(uuid, ...)``: never namespaced."""
        return self._logs(LogStream, "action", action, tail, follow, None, timeout)

    def exec(self, container: str, command: str = "sh") -> ExecSession:
        """``client.containers.exec(uuid, command)``: an interactive session; see :class:`ExecSession`."""
        return self._exec(ExecSession, container, command)

    def run(
        self,
        container: str,
        command: str,
        *,
        timeout: float | None = 60.0,
        stdin: str | bytes | None = None,
        stderr: bool = True,
    ) -> str:
        """``client.containers.run(uuid, command, timeout=...)``: run a command, return its output.

        Raises:
            APITimeoutError: the command did not end within ``timeout`` seconds.
        """
        return run(self.exec(container, command), timeout=timeout, stdin=stdin, stderr=stderr)


@attrs.frozen(kw_only=True)
class AsyncStreams(_Base):
    """Factory of asynchronous streams; the twin of :class:`Streams` (same attributes)."""

    def events(
        self,
        *,
        type: str | Iterable[str] | None = None,
        object: str | Iterable[str] | None = None,
        parent: str | Iterable[str] | None = None,
        reconnect: ReconnectPolicy | None = DEFAULT_RECONNECT,
        on_reconnect: ReconnectCallback | None = None,
        idle_timeout: float | None = None,
    ) -> AsyncEventStream:
        """``async_client.events.stream(...)``; see :class:`AsyncEventStream`."""
        return self._new(
            AsyncEventStream,
            type=type,
            object=object,
            parent=parent,
            reconnect=reconnect,
            on_reconnect=on_reconnect,
            first_connect=self.handshake_retry,
            idle_timeout=idle_timeout,
        )

    def container_logs(
        self,
        container: str,
        *,
        tail: int | None = 300,
        follow: bool = True,
        service: str | None = None,
        timeout: float | None = None,
    ) -> AsyncLogStream:
        """Container logs; see :meth:`Streams.container_logs`."""
        return self._logs(AsyncLogStream, "container", container, tail, follow, service, timeout)

    def service_logs(
        self,
        service: str,
        *,
        tail: int | None = 300,
        follow: bool = True,
        timeout: float | None = None,
    ) -> AsyncLogStream:
        """Service logs; see :meth:`Streams.service_logs`."""
        return self._logs(AsyncLogStream, "service", service, tail, follow, None, timeout)

    def action_logs(
        self,
        action: str,
        *,
        tail: int | None = 300,
        follow: bool = True,
        timeout: float | None = None,
    ) -> AsyncLogStream:
        """Action logs (never namespaced)."""
        return self._logs(AsyncLogStream, "action", action, tail, follow, None, timeout)

    def exec(self, container: str, command: str = "sh") -> AsyncExecSession:
        """An interactive exec session; see :class:`AsyncExecSession`."""
        return self._exec(AsyncExecSession, container, command)

    async def run(
        self,
        container: str,
        command: str,
        *,
        timeout: float | None = 60.0,
        stdin: str | bytes | None = None,
        stderr: bool = True,
    ) -> str:
        """Run a command and return its output; see :meth:`Streams.run`."""
        return await arun(self.exec(container, command), timeout=timeout, stdin=stdin, stderr=stderr)
