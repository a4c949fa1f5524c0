"""The few handwritten additions to the generated resource classes.

* ``actions.wait(action_or_uri, timeout=...)``: poll an action until it succeeds.
* ``triggers.call(service, trigger, count=N)``: a ``SCALEUP`` trigger called with a count uses the
  ``triggers_call_with_count`` operation.
"""

from __future__ import annotations

from typing import Literal, cast, overload

from dockercloud_api.api import AsyncStarted, Started
from dockercloud_api.api.actions import Actions as _Actions
from dockercloud_api.api.actions import AsyncActions as _AsyncActions
from dockercloud_api.api.triggers import AsyncTriggers as _AsyncTriggers
from dockercloud_api.api.triggers import Triggers as _Triggers
from dockercloud_api.models.action import Action
from dockercloud_api.models.service import Service

from ._runtime import AsyncRuntime, SyncRuntime


def _action_uri(runtime: SyncRuntime | AsyncRuntime, action: Action | str) -> str:
    if isinstance(action, Action):
        return action.resource_uri
    (uuid,) = runtime.path_values("actions_get", action)
    return f"/api/audit/v1/action/{uuid}/"


class Actions(_Actions):
    """The actions operations, plus :meth:`wait`."""

    def __init__(self, runtime: SyncRuntime) -> None:
        super().__init__(runtime)
        self._sync_runtime = runtime

    def wait(self, action: Action | str, timeout: float | None = None) -> Action:
        """Poll an action until it is ``Success`` and return it.

        Args:
            action: an ``Action``, its UUID or its resource URI (e.g. ``started.action_uri``).
            timeout: seconds to wait (default 600).

        Raises:
            ActionFailedError: the action ended ``Failed`` or ``Canceled``.
            ActionTimeoutError: it did not end in time.
        """
        uri = _action_uri(self._sync_runtime, action)
        return cast(Action, self._sync_runtime.wait_action(uri, timeout))


class AsyncActions(_AsyncActions):
    """The actions operations (asyncio), plus :meth:`wait`."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        super().__init__(runtime)
        self._async_runtime = runtime

    async def wait(self, action: Action | str, timeout: float | None = None) -> Action:
        """Poll an action until it is ``Success`` and return it (see ``Actions.wait``)."""
        uri = _action_uri(self._async_runtime, action)
        return cast(Action, await self._async_runtime.wait_action(uri, timeout))


class Triggers(_Triggers):
    """The triggers operations; :meth:`call` takes an optional ``count``."""

    @overload
    def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        count: int | None = None,
        wait: Literal[False] = False,
        timeout: float | None = None,
    ) -> Started[Service]: ...

    @overload
    def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        count: int | None = None,
        wait: Literal[True],
        timeout: float | None = None,
    ) -> Service: ...

    def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        count: int | None = None,
        wait: bool = False,
        timeout: float | None = None,
    ) -> Started[Service] | Service:
        """Call a trigger (no credentials are sent: the trigger URL is the secret).

        Args:
            uuid: the service's UUID, or the trigger's ``resource_uri``.
            trigger_uuid: the trigger's UUID (omit it when ``uuid`` is the trigger's URI).
            count: containers a ``SCALEUP`` trigger adds (``triggers_call_with_count``); default one.
            wait: block until the started action succeeds and return the refreshed service.
            timeout: seconds to wait with ``wait=True`` (default 600).
        """
        if count is None:
            if wait:
                return super().call(uuid, trigger_uuid, wait=True, timeout=timeout)
            return super().call(uuid, trigger_uuid, wait=False)
        service, trigger = self._runtime.path_values("triggers_call", uuid, trigger_uuid)
        if wait:
            return self.call_with_count(service, trigger, count, wait=True, timeout=timeout)
        return self.call_with_count(service, trigger, count, wait=False)


class AsyncTriggers(_AsyncTriggers):
    """The triggers operations (asyncio); :meth:`call` takes an optional ``count``."""

    @overload
    async def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        count: int | None = None,
        wait: Literal[False] = False,
        timeout: float | None = None,
    ) -> AsyncStarted[Service]: ...

    @overload
    async def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        count: int | None = None,
        wait: Literal[True],
        timeout: float | None = None,
    ) -> Service: ...

    async def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        count: int | None = None,
        wait: bool = False,
        timeout: float | None = None,
    ) -> AsyncStarted[Service] | Service:
        """Call a trigger (see ``Triggers.call``)."""
        if count is None:
            if wait:
                return await super().call(uuid, trigger_uuid, wait=True, timeout=timeout)
            return await super().call(uuid, trigger_uuid, wait=False)
        service, trigger = self._runtime.path_values("triggers_call", uuid, trigger_uuid)
        if wait:
            return await self.call_with_count(service, trigger, count, wait=True, timeout=timeout)
        return await self.call_with_count(service, trigger, count, wait=False)
