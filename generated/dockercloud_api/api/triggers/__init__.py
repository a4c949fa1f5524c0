# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the triggers group: one method per operation."""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast, overload

import httpx

from ...models.action import Action
from ...models.error_body import ErrorBody
from ...models.list_meta import ListMeta
from ...models.trigger import Trigger
from ...models.trigger_create import TriggerCreate
from ...models.trigger_list import TriggerList
from ...models.trigger_operation import TriggerOperation
from ...types import UNSET, Unset, enum_input
from .. import (
    AsyncPaginator,
    AsyncRuntime,
    AsyncStartedAction,
    CallOptions,
    Paginator,
    ProgressCallback,
    RawResponse,
    Runtime,
    StartedAction,
    no_content,
)
from . import triggers_call as _triggers_call
from . import triggers_call_with_count as _triggers_call_with_count
from . import triggers_create as _triggers_create
from . import triggers_delete as _triggers_delete
from . import triggers_get as _triggers_get
from . import triggers_list as _triggers_list


def _triggers_list_objects(page: TriggerList) -> list[Trigger]:
    return page.objects


class Triggers:
    """The triggers operations (sync).

    Args:
        runtime: the client's runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def create(
        self,
        uuid: str,
        *,
        name: str | Unset = UNSET,
        operation: TriggerOperation | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Trigger:
        """Create a new trigger.

        Adds a trigger to the service; its `url` can then be called without credentials.

        Operation ``triggers_create``: ``POST /api/app/v1/service/{uuid}/trigger/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            name (str | Unset): Name of the trigger.
            operation (TriggerOperation | Unset): What calling a trigger does to its
                service. Default: TriggerOperation.REDEPLOY.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = TriggerCreate(
            name=name,
            operation=operation,
        )
        options = CallOptions(timeout, extra_headers)
        request = _triggers_create._get_kwargs(
            body=body,
        )

        return self._runtime.call("triggers_create", (uuid,), request, Trigger.from_dict, options)

    def get(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Trigger:
        """Get an existing trigger.

        Returns one trigger of a service.

        Operation ``triggers_get``: ``GET /api/app/v1/service/{uuid}/trigger/{trigger_uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            trigger_uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _triggers_get._get_kwargs()

        return self._runtime.call(
            "triggers_get",
            (
                uuid,
                trigger_uuid,
            ),
            request,
            Trigger.from_dict,
            options,
        )

    def delete(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a trigger.

        Revokes the trigger; its URL stops working.

        Operation ``triggers_delete``: ``DELETE /api/app/v1/service/{uuid}/trigger/{trigger_uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            trigger_uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _triggers_delete._get_kwargs()

        return self._runtime.call(
            "triggers_delete",
            (
                uuid,
                trigger_uuid,
            ),
            request,
            no_content,
            options,
        )

    @overload
    def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
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
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Action] | Action:
        """Call a trigger.

        Runs the trigger's operation (a redeploy, or a scale-up by one container) on the service. Needs
        no credentials: the trigger URL itself is the secret.  The answer is the Action the call
        started, not the service: whoever holds a trigger URL may start its operation but must not read
        the service's configuration (its environment variables hold secrets).  The reference shows no
        body for a trigger call; this one is ours.

        Operation ``triggers_call``: ``POST /api/app/v1/service/{uuid}/trigger/{trigger_uuid}/call/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            trigger_uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _triggers_call._get_kwargs()

        started = self._runtime.start(
            "triggers_call",
            (
                uuid,
                trigger_uuid,
            ),
            request,
            Action.from_dict,
            options,
        )
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    @overload
    def call_with_count(
        self,
        uuid: str,
        trigger_uuid: str,
        count: int,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Action]: ...

    @overload
    def call_with_count(
        self,
        uuid: str,
        trigger_uuid: str,
        count: int,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Action: ...

    @overload
    def call_with_count(
        self,
        uuid: str,
        trigger_uuid: str,
        count: int,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Action] | Action: ...

    def call_with_count(
        self,
        uuid: str,
        trigger_uuid: str,
        count: int,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Action] | Action:
        """Call a trigger.

        Calls a `SCALEUP` trigger and adds `count` containers instead of one.  The reference mentions
        this URL form only in prose.  Needs no credentials; answers the started Action, like
        `triggers_call`.

        Operation ``triggers_call_with_count``: ``POST /api/app/v1/service/{uuid}/trigger/{trigger_uuid}/call/{count}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            trigger_uuid (str):  An object's resource_uri is accepted too.
            count (int):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _triggers_call_with_count._get_kwargs()

        started = self._runtime.start(
            "triggers_call_with_count",
            (
                uuid,
                trigger_uuid,
                count,
            ),
            request,
            Action.from_dict,
            options,
        )
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    def list(
        self,
        uuid: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[TriggerList, Trigger]:
        """List all triggers.

        Returns the triggers of one service.

        Operation ``triggers_list``: ``GET /api/app/v1/service/{uuid}/trigger/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _triggers_list._get_kwargs(
            limit=limit,
            offset=offset,
        )

        return self._runtime.paginate(
            "triggers_list", (uuid,), request, TriggerList.from_dict, _triggers_list_objects, options
        )


class AsyncTriggers:
    """The triggers operations (asyncio).

    Args:
        runtime: the client's async runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def create(
        self,
        uuid: str,
        *,
        name: str | Unset = UNSET,
        operation: TriggerOperation | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Trigger:
        """Create a new trigger.

        Adds a trigger to the service; its `url` can then be called without credentials.

        Operation ``triggers_create``: ``POST /api/app/v1/service/{uuid}/trigger/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            name (str | Unset): Name of the trigger.
            operation (TriggerOperation | Unset): What calling a trigger does to its
                service. Default: TriggerOperation.REDEPLOY.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = TriggerCreate(
            name=name,
            operation=operation,
        )
        options = CallOptions(timeout, extra_headers)
        request = _triggers_create._get_kwargs(
            body=body,
        )

        return await self._runtime.call("triggers_create", (uuid,), request, Trigger.from_dict, options)

    async def get(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Trigger:
        """Get an existing trigger.

        Returns one trigger of a service.

        Operation ``triggers_get``: ``GET /api/app/v1/service/{uuid}/trigger/{trigger_uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            trigger_uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _triggers_get._get_kwargs()

        return await self._runtime.call(
            "triggers_get",
            (
                uuid,
                trigger_uuid,
            ),
            request,
            Trigger.from_dict,
            options,
        )

    async def delete(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a trigger.

        Revokes the trigger; its URL stops working.

        Operation ``triggers_delete``: ``DELETE /api/app/v1/service/{uuid}/trigger/{trigger_uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            trigger_uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _triggers_delete._get_kwargs()

        return await self._runtime.call(
            "triggers_delete",
            (
                uuid,
                trigger_uuid,
            ),
            request,
            no_content,
            options,
        )

    @overload
    async def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
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
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Action] | Action:
        """Call a trigger.

        Runs the trigger's operation (a redeploy, or a scale-up by one container) on the service. Needs
        no credentials: the trigger URL itself is the secret.  The answer is the Action the call
        started, not the service: whoever holds a trigger URL may start its operation but must not read
        the service's configuration (its environment variables hold secrets).  The reference shows no
        body for a trigger call; this one is ours.

        Operation ``triggers_call``: ``POST /api/app/v1/service/{uuid}/trigger/{trigger_uuid}/call/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            trigger_uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _triggers_call._get_kwargs()

        started = await self._runtime.start(
            "triggers_call",
            (
                uuid,
                trigger_uuid,
            ),
            request,
            Action.from_dict,
            options,
        )
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    @overload
    async def call_with_count(
        self,
        uuid: str,
        trigger_uuid: str,
        count: int,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Action]: ...

    @overload
    async def call_with_count(
        self,
        uuid: str,
        trigger_uuid: str,
        count: int,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Action: ...

    @overload
    async def call_with_count(
        self,
        uuid: str,
        trigger_uuid: str,
        count: int,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Action] | Action: ...

    async def call_with_count(
        self,
        uuid: str,
        trigger_uuid: str,
        count: int,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Action] | Action:
        """Call a trigger.

        Calls a `SCALEUP` trigger and adds `count` containers instead of one.  The reference mentions
        this URL form only in prose.  Needs no credentials; answers the started Action, like
        `triggers_call`.

        Operation ``triggers_call_with_count``: ``POST /api/app/v1/service/{uuid}/trigger/{trigger_uuid}/call/{count}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            trigger_uuid (str):  An object's resource_uri is accepted too.
            count (int):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _triggers_call_with_count._get_kwargs()

        started = await self._runtime.start(
            "triggers_call_with_count",
            (
                uuid,
                trigger_uuid,
                count,
            ),
            request,
            Action.from_dict,
            options,
        )
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    def list(
        self,
        uuid: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[TriggerList, Trigger]:
        """List all triggers.

        Returns the triggers of one service.

        Operation ``triggers_list``: ``GET /api/app/v1/service/{uuid}/trigger/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _triggers_list._get_kwargs(
            limit=limit,
            offset=offset,
        )

        return self._runtime.paginate(
            "triggers_list", (uuid,), request, TriggerList.from_dict, _triggers_list_objects, options
        )


class TriggersWithRawResponse:
    """``client.with_raw_response.triggers``: the triggers operations answering a ``RawResponse``.

    Args:
        runtime: the client's runtime.
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def create(
        self,
        uuid: str,
        *,
        name: str | Unset = UNSET,
        operation: TriggerOperation | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Trigger]:
        """``Triggers.create``, answering its HTTP response; ``.parse()`` gives the result."""
        body = TriggerCreate(
            name=name,
            operation=operation,
        )
        options = CallOptions(timeout, extra_headers)
        request = _triggers_create._get_kwargs(
            body=body,
        )

        return self._runtime.call_raw("triggers_create", (uuid,), request, Trigger.from_dict, options)

    def get(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Trigger]:
        """``Triggers.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _triggers_get._get_kwargs()

        return self._runtime.call_raw(
            "triggers_get",
            (
                uuid,
                trigger_uuid,
            ),
            request,
            Trigger.from_dict,
            options,
        )

    def delete(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """``Triggers.delete``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _triggers_delete._get_kwargs()

        return self._runtime.call_raw(
            "triggers_delete",
            (
                uuid,
                trigger_uuid,
            ),
            request,
            no_content,
            options,
        )

    def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Action]:
        """``Triggers.call``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _triggers_call._get_kwargs()

        return self._runtime.call_raw(
            "triggers_call",
            (
                uuid,
                trigger_uuid,
            ),
            request,
            Action.from_dict,
            options,
        )

    def call_with_count(
        self,
        uuid: str,
        trigger_uuid: str,
        count: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Action]:
        """``Triggers.call_with_count``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _triggers_call_with_count._get_kwargs()

        return self._runtime.call_raw(
            "triggers_call_with_count",
            (
                uuid,
                trigger_uuid,
                count,
            ),
            request,
            Action.from_dict,
            options,
        )

    def list(
        self,
        uuid: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[TriggerList]:
        """``Triggers.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _triggers_list._get_kwargs(
            limit=limit,
            offset=offset,
        )

        return self._runtime.call_raw("triggers_list", (uuid,), request, TriggerList.from_dict, options)


class AsyncTriggersWithRawResponse:
    """``async_client.with_raw_response.triggers``: the triggers operations answering a ``RawResponse``.

    Args:
        runtime: the client's async runtime.
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def create(
        self,
        uuid: str,
        *,
        name: str | Unset = UNSET,
        operation: TriggerOperation | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Trigger]:
        """``AsyncTriggers.create``, answering its HTTP response; ``.parse()`` gives the result."""
        body = TriggerCreate(
            name=name,
            operation=operation,
        )
        options = CallOptions(timeout, extra_headers)
        request = _triggers_create._get_kwargs(
            body=body,
        )

        return await self._runtime.call_raw("triggers_create", (uuid,), request, Trigger.from_dict, options)

    async def get(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Trigger]:
        """``AsyncTriggers.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _triggers_get._get_kwargs()

        return await self._runtime.call_raw(
            "triggers_get",
            (
                uuid,
                trigger_uuid,
            ),
            request,
            Trigger.from_dict,
            options,
        )

    async def delete(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """``AsyncTriggers.delete``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _triggers_delete._get_kwargs()

        return await self._runtime.call_raw(
            "triggers_delete",
            (
                uuid,
                trigger_uuid,
            ),
            request,
            no_content,
            options,
        )

    async def call(
        self,
        uuid: str,
        trigger_uuid: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Action]:
        """``AsyncTriggers.call``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _triggers_call._get_kwargs()

        return await self._runtime.call_raw(
            "triggers_call",
            (
                uuid,
                trigger_uuid,
            ),
            request,
            Action.from_dict,
            options,
        )

    async def call_with_count(
        self,
        uuid: str,
        trigger_uuid: str,
        count: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Action]:
        """``AsyncTriggers.call_with_count``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _triggers_call_with_count._get_kwargs()

        return await self._runtime.call_raw(
            "triggers_call_with_count",
            (
                uuid,
                trigger_uuid,
                count,
            ),
            request,
            Action.from_dict,
            options,
        )

    async def list(
        self,
        uuid: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[TriggerList]:
        """``AsyncTriggers.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _triggers_list._get_kwargs(
            limit=limit,
            offset=offset,
        )

        return await self._runtime.call_raw("triggers_list", (uuid,), request, TriggerList.from_dict, options)
