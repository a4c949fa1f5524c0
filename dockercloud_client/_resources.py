"""The few handwritten additions to the generated resource classes.

* ``actions.wait(action_or_uri, timeout=...)``: poll an action until it succeeds.
* ``triggers.call(service, trigger, count=N)``: a ``SCALEUP`` trigger called with a count uses the
  ``triggers_call_with_count`` operation.
* The Stream API (websockets, :mod:`dockercloud_client.streams`): ``events.stream(...)``,
  ``containers.logs/exec/run``, ``services.logs`` and ``actions.logs``. Each group gets the
  client's :class:`~dockercloud_client.streams.StreamSettings` (stream host, credentials, user
  agent, namespace) and builds the stream itself: this is the one facade over the stream classes.
  A ``with_namespace`` copy streams from its own namespace.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal, overload

import httpx

from dockercloud_api.api import AsyncStartedAction, ProgressCallback, StartedAction
from dockercloud_api.api.actions import Actions as _Actions
from dockercloud_api.api.actions import AsyncActions as _AsyncActions
from dockercloud_api.api.containers import AsyncContainers as _AsyncContainers
from dockercloud_api.api.containers import Containers as _Containers
from dockercloud_api.api.services import AsyncServices as _AsyncServices
from dockercloud_api.api.services import Services as _Services
from dockercloud_api.api.triggers import AsyncTriggers as _AsyncTriggers
from dockercloud_api.api.triggers import Triggers as _Triggers
from dockercloud_api.models.action import Action

from ._runtime import AsyncRuntime, SyncRuntime
from .streams import (
    AsyncEventStream,
    AsyncExecSession,
    AsyncLogStream,
    EventStream,
    ExecSession,
    LogStream,
    ReconnectPolicy,
    StreamSettings,
)
from .streams.events import ReconnectCallback
from .streams.exec import arun, run
from .streams.policy import DEFAULT_RECONNECT


def _action_uri(runtime: SyncRuntime | AsyncRuntime, action: Action | str) -> str:
    if isinstance(action, Action):
        return action.resource_uri
    return runtime.path("actions_get", action)


class Actions(_Actions):
    """The actions operations, plus :meth:`wait` and :meth:`logs`."""

    def __init__(self, runtime: SyncRuntime, streams: StreamSettings) -> None:
        super().__init__(runtime)
        self._sync_runtime = runtime
        self._streams = streams

    def logs(
        self, uuid: str, *, tail: int | None = 300, follow: bool = True, timeout: float | None = None
    ) -> LogStream:
        """Stream the log of an action (never namespaced).

        Args:
            uuid: the action's UUID or resource URI.
            tail: how many past lines to send first (None: the server's default).
            follow: keep streaming new lines until ``close()``; False ends after the tail.
            timeout: seconds to wait for each next line before ``APITimeoutError``; default 60 s
                with ``follow=False``, no limit with ``follow=True`` (``math.inf``: never).

        Returns:
            An iterator of :class:`~dockercloud_client.streams.LogLine` that is also a context
            manager; the connection opens on ``with`` or on the first ``next()``.
        """
        return LogStream(self._streams, "action", uuid, tail=tail, follow=follow, timeout=timeout)

    def wait(
        self, action: Action | str, timeout: float | None = None, *, on_progress: ProgressCallback | None = None
    ) -> Action:
        """Poll an action until it is ``Success`` and return it.

        Args:
            action: an ``Action``, its UUID or its resource URI (e.g. ``started.action_uri``).
            timeout: seconds to wait (default 600).
            on_progress: called with the ``Action`` after every poll.

        Raises:
            ActionFailedError: the action ended ``Failed`` or ``Canceled``.
            ActionTimeoutError: it did not end in time.
        """
        uri = _action_uri(self._sync_runtime, action)
        return self._sync_runtime.wait_action(uri, timeout, on_progress)


class AsyncActions(_AsyncActions):
    """The actions operations (asyncio), plus :meth:`wait` and :meth:`logs`."""

    def __init__(self, runtime: AsyncRuntime, streams: StreamSettings) -> None:
        super().__init__(runtime)
        self._async_runtime = runtime
        self._streams = streams

    def logs(
        self, uuid: str, *, tail: int | None = 300, follow: bool = True, timeout: float | None = None
    ) -> AsyncLogStream:
        """Stream the log of an action (``async with`` / ``async for``; see ``Actions.logs``)."""
        return AsyncLogStream(self._streams, "action", uuid, tail=tail, follow=follow, timeout=timeout)

    async def wait(
        self, action: Action | str, timeout: float | None = None, *, on_progress: ProgressCallback | None = None
    ) -> Action:
        """Poll an action until it is ``Success`` and return it (see ``Actions.wait``)."""
        uri = _action_uri(self._async_runtime, action)
        return await self._async_runtime.wait_action(uri, timeout, on_progress)


class Triggers(_Triggers):
    """The triggers operations; :meth:`call` takes an optional ``count``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        super().__init__(runtime)
        self._sync_runtime = runtime

    @overload
    def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        count: int | None = None,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Action]: ...

    @overload
    def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        count: int | None = None,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Action: ...

    @overload
    def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        count: int | None = None,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Action] | Action: ...

    def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        count: int | None = None,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Action] | Action:
        """Call a trigger (no credentials are sent: the trigger URL is the secret).

        Args:
            uuid: the service's UUID, or the trigger's ``resource_uri``.
            trigger_uuid: the trigger's UUID (omit it when ``uuid`` is the trigger's URI).
            count: containers a ``SCALEUP`` trigger adds (``triggers_call_with_count``); default one.
            wait: block until the started action succeeds and return it (the answer is the action, never
                the service: a trigger URL starts an operation but does not read the service).
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """
        if count is None:
            return super().call(
                uuid, trigger_uuid, wait=wait, wait_timeout=wait_timeout, on_progress=on_progress,
                timeout=timeout, extra_headers=extra_headers,
            )  # fmt: skip
        # A trigger's resource URI in ``uuid`` gives both uuids (and its namespace) for the longer path.
        service, trigger = self._sync_runtime.path_values("triggers_call", uuid, trigger_uuid)
        return self.call_with_count(
            service, trigger, count, wait=wait, wait_timeout=wait_timeout, on_progress=on_progress,
            timeout=timeout, extra_headers=extra_headers,
        )  # fmt: skip


class AsyncTriggers(_AsyncTriggers):
    """The triggers operations (asyncio); :meth:`call` takes an optional ``count``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        super().__init__(runtime)
        self._async_runtime = runtime

    @overload
    async def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        count: int | None = None,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Action]: ...

    @overload
    async def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        count: int | None = None,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Action: ...

    @overload
    async def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        count: int | None = None,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Action] | Action: ...

    async def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        count: int | None = None,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Action] | Action:
        """Call a trigger (see ``Triggers.call``)."""
        if count is None:
            return await super().call(
                uuid, trigger_uuid, wait=wait, wait_timeout=wait_timeout, on_progress=on_progress,
                timeout=timeout, extra_headers=extra_headers,
            )  # fmt: skip
        service, trigger = self._async_runtime.path_values("triggers_call", uuid, trigger_uuid)
        return await self.call_with_count(
            service, trigger, count, wait=wait, wait_timeout=wait_timeout, on_progress=on_progress,
            timeout=timeout, extra_headers=extra_headers,
        )  # fmt: skip


class Events:
    """The Docker Cloud event stream (``client.events``)."""

    def __init__(self, streams: StreamSettings) -> None:
        self._streams = streams

    def stream(
        self,
        *,
        type: str | Iterable[str] | None = None,
        object: str | Iterable[str] | None = None,
        parent: str | Iterable[str] | None = None,
        reconnect: ReconnectPolicy | None = DEFAULT_RECONNECT,
        on_reconnect: ReconnectCallback | None = None,
        idle_timeout: float | None = None,
    ) -> EventStream:
        """Stream the events of the client's namespace as they happen.

        Example::

            with client.events.stream(type="service") as events:
                for item in events:  # Event, or a StreamReconnected marker after a reconnection
                    print(item)

        Args:
            type: only events of these type(s), e.g. ``"service"`` or ``["service", "container"]``.
            object: only events about these resource URI(s).
            parent: only events whose parents include these resource URI(s), e.g. a stack's.
            reconnect: how to reconnect after the connection drops; None ends the stream instead.
            on_reconnect: called with each :class:`~dockercloud_client.streams.StreamReconnected`.
            idle_timeout: seconds without any frame before ``APITimeoutError``; None (default): no
                limit (keepalive pings detect a dead server).

        Returns:
            An :class:`~dockercloud_client.streams.EventStream`: an iterator that is also a context
            manager, whose ``close()`` may be called from another thread.
        """
        return EventStream(
            self._streams,
            type=type,
            object=object,
            parent=parent,
            reconnect=reconnect,
            on_reconnect=on_reconnect,
            idle_timeout=idle_timeout,
        )


class AsyncEvents:
    """The Docker Cloud event stream (``async_client.events``)."""

    def __init__(self, streams: StreamSettings) -> None:
        self._streams = streams

    def stream(
        self,
        *,
        type: str | Iterable[str] | None = None,
        object: str | Iterable[str] | None = None,
        parent: str | Iterable[str] | None = None,
        reconnect: ReconnectPolicy | None = DEFAULT_RECONNECT,
        on_reconnect: ReconnectCallback | None = None,
        idle_timeout: float | None = None,
    ) -> AsyncEventStream:
        """Stream events (``async with`` / ``async for`` / ``aclose()``; see ``Events.stream``)."""
        return AsyncEventStream(
            self._streams,
            type=type,
            object=object,
            parent=parent,
            reconnect=reconnect,
            on_reconnect=on_reconnect,
            idle_timeout=idle_timeout,
        )


class Containers(_Containers):
    """The containers operations, plus :meth:`logs`, :meth:`exec` and :meth:`run` (Stream API)."""

    def __init__(self, runtime: SyncRuntime, streams: StreamSettings) -> None:
        super().__init__(runtime)
        self._streams = streams

    def logs(
        self, uuid: str, *, tail: int | None = 300, follow: bool = True, timeout: float | None = None
    ) -> LogStream:
        """Stream a container's log.

        Args:
            uuid: the container's UUID or resource URI.
            tail: how many past lines to send first (None: the server's default).
            follow: keep streaming new lines until ``close()``; False ends after the tail.
            timeout: seconds to wait for each next line before ``APITimeoutError``; default 60 s
                with ``follow=False``, no limit with ``follow=True`` (``math.inf``: never).

        Returns:
            An iterator of :class:`~dockercloud_client.streams.LogLine`, also a context manager.
        """
        return LogStream(self._streams, "container", uuid, tail=tail, follow=follow, timeout=timeout)

    def exec(self, uuid: str, command: str = "sh") -> ExecSession:
        """Start an interactive command in a container.

        Iterate the session for :class:`~dockercloud_client.streams.ExecOutput`; ``send()``
        writes to its stdin and ``close_stdin()`` ends the input. Use it in a ``with`` block.

        Args:
            uuid: the container's UUID or resource URI.
            command: the command line to run.
        """
        return ExecSession(self._streams, uuid, command)

    def run(
        self,
        uuid: str,
        command: str,
        *,
        timeout: float | None = 60.0,
        stdin: str | bytes | None = None,
        stderr: bool = True,
    ) -> str:
        """Run a command in a container and return its output.

        Args:
            uuid: the container's UUID or resource URI.
            command: the command line to run.
            timeout: seconds the command may take (None: no limit).
            stdin: text sent to the command before its input is closed.
            stderr: include what it wrote to stderr.

        Raises:
            APITimeoutError: the command did not end within ``timeout`` seconds.
            StreamServerError: the server refused the command (e.g. the container is not running).
        """
        return run(ExecSession(self._streams, uuid, command), timeout=timeout, stdin=stdin, stderr=stderr)


class AsyncContainers(_AsyncContainers):
    """The containers operations (asyncio), plus ``logs``, ``exec`` and ``run`` (Stream API)."""

    def __init__(self, runtime: AsyncRuntime, streams: StreamSettings) -> None:
        super().__init__(runtime)
        self._streams = streams

    def logs(
        self, uuid: str, *, tail: int | None = 300, follow: bool = True, timeout: float | None = None
    ) -> AsyncLogStream:
        """Stream a container's log (see ``Containers.logs``)."""
        return AsyncLogStream(self._streams, "container", uuid, tail=tail, follow=follow, timeout=timeout)

    def exec(self, uuid: str, command: str = "sh") -> AsyncExecSession:
        """Start an interactive command in a container (see ``Containers.exec``)."""
        return AsyncExecSession(self._streams, uuid, command)

    async def run(
        self,
        uuid: str,
        command: str,
        *,
        timeout: float | None = 60.0,
        stdin: str | bytes | None = None,
        stderr: bool = True,
    ) -> str:
        """Run a command in a container and return its output (see ``Containers.run``)."""
        return await arun(AsyncExecSession(self._streams, uuid, command), timeout=timeout, stdin=stdin, stderr=stderr)


class Services(_Services):
    """The services operations, plus :meth:`logs` (Stream API)."""

    def __init__(self, runtime: SyncRuntime, streams: StreamSettings) -> None:
        super().__init__(runtime)
        self._streams = streams

    def logs(
        self, uuid: str, *, tail: int | None = 300, follow: bool = True, timeout: float | None = None
    ) -> LogStream:
        """Stream the logs of every container of a service (each line names its ``source``).

        Args:
            uuid: the service's UUID or resource URI.
            tail: how many past lines to send first (None: the server's default).
            follow: keep streaming new lines until ``close()``; False ends after the tail.
            timeout: seconds to wait for each next line before ``APITimeoutError``; default 60 s
                with ``follow=False``, no limit with ``follow=True`` (``math.inf``: never).
        """
        return LogStream(self._streams, "service", uuid, tail=tail, follow=follow, timeout=timeout)


class AsyncServices(_AsyncServices):
    """The services operations (asyncio), plus ``logs`` (Stream API)."""

    def __init__(self, runtime: AsyncRuntime, streams: StreamSettings) -> None:
        super().__init__(runtime)
        self._streams = streams

    def logs(
        self, uuid: str, *, tail: int | None = 300, follow: bool = True, timeout: float | None = None
    ) -> AsyncLogStream:
        """Stream the logs of every container of a service (see ``Services.logs``)."""
        return AsyncLogStream(self._streams, "service", uuid, tail=tail, follow=follow, timeout=timeout)
