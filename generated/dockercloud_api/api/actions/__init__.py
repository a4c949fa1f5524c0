# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the actions group: one method per operation."""

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast, overload

import httpx

from ...models.action import Action
from ...models.action_list import ActionList
from ...models.action_state import ActionState
from ...models.error_body import ErrorBody
from ...models.list_meta import ListMeta
from ...types import UNSET, Unset, enum_input
from .. import (
    AsyncPaginator,
    AsyncRuntime,
    AsyncStartedAction,
    CallOptions,
    Lookup,
    Paginator,
    ProgressCallback,
    RawResponse,
    Runtime,
    StartedAction,
    no_content,
)
from . import actions_cancel as _actions_cancel
from . import actions_get as _actions_get
from . import actions_list as _actions_list
from . import actions_retry as _actions_retry


def _actions_list_objects(page: ActionList) -> list[Action]:
    return page.objects


#: How ``find`` searches this group: the filters of its list operation.
_FIND = Lookup("action", "/api/audit/v1/action/", by_name=False, stack_filter=None)


class Actions:
    """The actions operations (sync).

    Args:
        runtime: the client's runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def find(self, identifier: str) -> Action:
        """The one action named by ``identifier``, resolved as the docker-cloud CLI did.

        Args:
            identifier: a full or short UUID or a resource URI.

        Raises:
            NotFoundError: no action matches.
            AmbiguousIdentifierError: several do; ``candidates`` lists them.
        """
        return self._runtime.find(_FIND, identifier, self.list, self.get)

    def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Action:
        """Get an action by UUID.

        Returns one action record.

        Operation ``actions_get``: ``GET /api/audit/v1/action/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _actions_get._get_kwargs()

        return self._runtime.call("actions_get", (uuid,), request, Action.from_dict, options)

    def cancel(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Action:
        """Cancel an action.

        Asks for a `Pending` or `In progress` action to be stopped; answers the action, now `Canceling`.

        Operation ``actions_cancel``: ``POST /api/audit/v1/action/{uuid}/cancel/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _actions_cancel._get_kwargs()

        return self._runtime.call("actions_cancel", (uuid,), request, Action.from_dict, options)

    def retry(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Action:
        """Retry an action.

        Runs a finished (`Success`, `Failed` or `Canceled`) action again and answers the action.

        Operation ``actions_retry``: ``POST /api/audit/v1/action/{uuid}/retry/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _actions_retry._get_kwargs()

        return self._runtime.call("actions_retry", (uuid,), request, Action.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: ActionState | str | Unset = UNSET,
        start_date_gte: datetime.datetime | Unset = UNSET,
        start_date_lte: datetime.datetime | Unset = UNSET,
        end_date_gte: datetime.datetime | Unset = UNSET,
        end_date_lte: datetime.datetime | Unset = UNSET,
        object_: str | Unset = UNSET,
        include_related: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[ActionList, Action]:
        """List all actions.

        Returns the recorded actions, oldest first.  With `object` (and optionally
        `include_related=true`) only the actions on that object (and on its related objects) are
        returned.

        Operation ``actions_list``: ``GET /api/audit/v1/action/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            uuid_startswith (str | Unset):
            state (ActionState | Unset): Lifecycle state of an action: `Pending` -> `In
                progress` -> `Success` or `Failed`; cancelling goes `Canceling` -> `Canceled`.
                The states in `x-dockercloud-terminal-states` never change again.  To wait for
                an action, GET it (`actions_get`, or its resource URI as is) with the waits of
                `x-dockercloud-polling` between polls until its state is terminal: `Success` is
                the only successful end.
            start_date_gte (datetime.datetime | Unset):
            start_date_lte (datetime.datetime | Unset):
            end_date_gte (datetime.datetime | Unset):
            end_date_lte (datetime.datetime | Unset):
            object_ (str | Unset):
            include_related (bool | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(ActionState, state, "state")

        request = _actions_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            start_date_gte=start_date_gte,
            start_date_lte=start_date_lte,
            end_date_gte=end_date_gte,
            end_date_lte=end_date_lte,
            object_=object_,
            include_related=include_related,
        )

        return self._runtime.paginate("actions_list", (), request, ActionList.from_dict, _actions_list_objects, options)


class AsyncActions:
    """The actions operations (asyncio).

    Args:
        runtime: the client's async runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def find(self, identifier: str) -> Action:
        """The one action ``identifier`` names (see ``Actions.find``)."""
        return await self._runtime.find(_FIND, identifier, self.list, self.get)

    async def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Action:
        """Get an action by UUID.

        Returns one action record.

        Operation ``actions_get``: ``GET /api/audit/v1/action/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _actions_get._get_kwargs()

        return await self._runtime.call("actions_get", (uuid,), request, Action.from_dict, options)

    async def cancel(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Action:
        """Cancel an action.

        Asks for a `Pending` or `In progress` action to be stopped; answers the action, now `Canceling`.

        Operation ``actions_cancel``: ``POST /api/audit/v1/action/{uuid}/cancel/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _actions_cancel._get_kwargs()

        return await self._runtime.call("actions_cancel", (uuid,), request, Action.from_dict, options)

    async def retry(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Action:
        """Retry an action.

        Runs a finished (`Success`, `Failed` or `Canceled`) action again and answers the action.

        Operation ``actions_retry``: ``POST /api/audit/v1/action/{uuid}/retry/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _actions_retry._get_kwargs()

        return await self._runtime.call("actions_retry", (uuid,), request, Action.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: ActionState | str | Unset = UNSET,
        start_date_gte: datetime.datetime | Unset = UNSET,
        start_date_lte: datetime.datetime | Unset = UNSET,
        end_date_gte: datetime.datetime | Unset = UNSET,
        end_date_lte: datetime.datetime | Unset = UNSET,
        object_: str | Unset = UNSET,
        include_related: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ActionList, Action]:
        """List all actions.

        Returns the recorded actions, oldest first.  With `object` (and optionally
        `include_related=true`) only the actions on that object (and on its related objects) are
        returned.

        Operation ``actions_list``: ``GET /api/audit/v1/action/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            uuid_startswith (str | Unset):
            state (ActionState | Unset): Lifecycle state of an action: `Pending` -> `In
                progress` -> `Success` or `Failed`; cancelling goes `Canceling` -> `Canceled`.
                The states in `x-dockercloud-terminal-states` never change again.  To wait for
                an action, GET it (`actions_get`, or its resource URI as is) with the waits of
                `x-dockercloud-polling` between polls until its state is terminal: `Success` is
                the only successful end.
            start_date_gte (datetime.datetime | Unset):
            start_date_lte (datetime.datetime | Unset):
            end_date_gte (datetime.datetime | Unset):
            end_date_lte (datetime.datetime | Unset):
            object_ (str | Unset):
            include_related (bool | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(ActionState, state, "state")

        request = _actions_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            start_date_gte=start_date_gte,
            start_date_lte=start_date_lte,
            end_date_gte=end_date_gte,
            end_date_lte=end_date_lte,
            object_=object_,
            include_related=include_related,
        )

        return self._runtime.paginate("actions_list", (), request, ActionList.from_dict, _actions_list_objects, options)


class ActionsWithRawResponse:
    """``client.with_raw_response.actions``: the actions operations answering a ``RawResponse``.

    Args:
        runtime: the client's runtime.
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Action]:
        """``Actions.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _actions_get._get_kwargs()

        return self._runtime.call_raw("actions_get", (uuid,), request, Action.from_dict, options)

    def cancel(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Action]:
        """``Actions.cancel``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _actions_cancel._get_kwargs()

        return self._runtime.call_raw("actions_cancel", (uuid,), request, Action.from_dict, options)

    def retry(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Action]:
        """``Actions.retry``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _actions_retry._get_kwargs()

        return self._runtime.call_raw("actions_retry", (uuid,), request, Action.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: ActionState | str | Unset = UNSET,
        start_date_gte: datetime.datetime | Unset = UNSET,
        start_date_lte: datetime.datetime | Unset = UNSET,
        end_date_gte: datetime.datetime | Unset = UNSET,
        end_date_lte: datetime.datetime | Unset = UNSET,
        object_: str | Unset = UNSET,
        include_related: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ActionList]:
        """``Actions.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(ActionState, state, "state")

        request = _actions_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            start_date_gte=start_date_gte,
            start_date_lte=start_date_lte,
            end_date_gte=end_date_gte,
            end_date_lte=end_date_lte,
            object_=object_,
            include_related=include_related,
        )

        return self._runtime.call_raw("actions_list", (), request, ActionList.from_dict, options)


class AsyncActionsWithRawResponse:
    """``async_client.with_raw_response.actions``: the actions operations answering a ``RawResponse``.

    Args:
        runtime: the client's async runtime.
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Action]:
        """``AsyncActions.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _actions_get._get_kwargs()

        return await self._runtime.call_raw("actions_get", (uuid,), request, Action.from_dict, options)

    async def cancel(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Action]:
        """``AsyncActions.cancel``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _actions_cancel._get_kwargs()

        return await self._runtime.call_raw("actions_cancel", (uuid,), request, Action.from_dict, options)

    async def retry(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Action]:
        """``AsyncActions.retry``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _actions_retry._get_kwargs()

        return await self._runtime.call_raw("actions_retry", (uuid,), request, Action.from_dict, options)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: ActionState | str | Unset = UNSET,
        start_date_gte: datetime.datetime | Unset = UNSET,
        start_date_lte: datetime.datetime | Unset = UNSET,
        end_date_gte: datetime.datetime | Unset = UNSET,
        end_date_lte: datetime.datetime | Unset = UNSET,
        object_: str | Unset = UNSET,
        include_related: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ActionList]:
        """``AsyncActions.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(ActionState, state, "state")

        request = _actions_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            start_date_gte=start_date_gte,
            start_date_lte=start_date_lte,
            end_date_gte=end_date_gte,
            end_date_lte=end_date_lte,
            object_=object_,
            include_related=include_related,
        )

        return await self._runtime.call_raw("actions_list", (), request, ActionList.from_dict, options)
