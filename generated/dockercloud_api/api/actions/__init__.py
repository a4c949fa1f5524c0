# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the actions group: one method per operation."""

import datetime
from typing import Literal, cast, overload

from ...models.action import Action
from ...models.action_list import ActionList
from ...models.action_state import ActionState
from ...models.error import Error
from ...models.list_meta import ListMeta
from ...types import UNSET, Unset
from .. import AsyncPager, AsyncRuntime, AsyncStarted, Pager, Runtime, Started
from . import actions_cancel as _actions_cancel
from . import actions_get as _actions_get
from . import actions_list as _actions_list
from . import actions_retry as _actions_retry


def _actions_list_objects(page: ActionList) -> list[Action]:
    return page.objects


class Actions:
    """The actions operations (sync).

    Args:
        runtime: the client's runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def get(
        self,
        uuid: str,
    ) -> Action:
        """Get an action by UUID.

        Returns one action record.

        Operation ``actions_get``: ``GET /api/audit/v1/action/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
        """

        (uuid,) = self._runtime.path_values("actions_get", uuid)
        request = _actions_get._get_kwargs(
            uuid=uuid,
        )

        return cast(Action, self._runtime.call("actions_get", request, _actions_get._parse_response))

    def cancel(
        self,
        uuid: str,
    ) -> Action:
        """Cancel an action.

        Asks for a `Pending` or `In progress` action to be stopped; answers the action, now `Canceling`.

        Operation ``actions_cancel``: ``POST /api/audit/v1/action/{uuid}/cancel/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
        """

        (uuid,) = self._runtime.path_values("actions_cancel", uuid)
        request = _actions_cancel._get_kwargs(
            uuid=uuid,
        )

        return cast(Action, self._runtime.call("actions_cancel", request, _actions_cancel._parse_response))

    def retry(
        self,
        uuid: str,
    ) -> Action:
        """Retry an action.

        Runs a finished (`Success`, `Failed` or `Canceled`) action again and answers the action.

        Operation ``actions_retry``: ``POST /api/audit/v1/action/{uuid}/retry/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
        """

        (uuid,) = self._runtime.path_values("actions_retry", uuid)
        request = _actions_retry._get_kwargs(
            uuid=uuid,
        )

        return cast(Action, self._runtime.call("actions_retry", request, _actions_retry._parse_response))

    def list(
        self,
        *,
        limit: int | Unset = 25,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        state: ActionState | Unset = UNSET,
        start_date_gte: datetime.datetime | Unset = UNSET,
        start_date_lte: datetime.datetime | Unset = UNSET,
        end_date_gte: datetime.datetime | Unset = UNSET,
        end_date_lte: datetime.datetime | Unset = UNSET,
        object_: str | Unset = UNSET,
        include_related: bool | Unset = UNSET,
    ) -> Pager[ActionList, Action]:
        """List all actions.

        Returns the recorded actions, oldest first.  With `object` (and optionally
        `include_related=true`) only the actions on that object (and on its related objects) are
        returned.

        Operation ``actions_list``: ``GET /api/audit/v1/action/``.

        Args:
            limit (int | Unset):  Default: 25.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            state (ActionState | Unset): Lifecycle state of an action.
            start_date_gte (datetime.datetime | Unset):
            start_date_lte (datetime.datetime | Unset):
            end_date_gte (datetime.datetime | Unset):
            end_date_lte (datetime.datetime | Unset):
            object_ (str | Unset):
            include_related (bool | Unset):
        """

        request = _actions_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            state=state,
            start_date_gte=start_date_gte,
            start_date_lte=start_date_lte,
            end_date_gte=end_date_gte,
            end_date_lte=end_date_lte,
            object_=object_,
            include_related=include_related,
        )

        return self._runtime.paginate("actions_list", request, _actions_list._parse_response, _actions_list_objects)


class AsyncActions:
    """The actions operations (asyncio).

    Args:
        runtime: the client's async runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        uuid: str,
    ) -> Action:
        """Get an action by UUID.

        Returns one action record.

        Operation ``actions_get``: ``GET /api/audit/v1/action/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
        """

        (uuid,) = self._runtime.path_values("actions_get", uuid)
        request = _actions_get._get_kwargs(
            uuid=uuid,
        )

        return cast(Action, await self._runtime.call("actions_get", request, _actions_get._parse_response))

    async def cancel(
        self,
        uuid: str,
    ) -> Action:
        """Cancel an action.

        Asks for a `Pending` or `In progress` action to be stopped; answers the action, now `Canceling`.

        Operation ``actions_cancel``: ``POST /api/audit/v1/action/{uuid}/cancel/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
        """

        (uuid,) = self._runtime.path_values("actions_cancel", uuid)
        request = _actions_cancel._get_kwargs(
            uuid=uuid,
        )

        return cast(Action, await self._runtime.call("actions_cancel", request, _actions_cancel._parse_response))

    async def retry(
        self,
        uuid: str,
    ) -> Action:
        """Retry an action.

        Runs a finished (`Success`, `Failed` or `Canceled`) action again and answers the action.

        Operation ``actions_retry``: ``POST /api/audit/v1/action/{uuid}/retry/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
        """

        (uuid,) = self._runtime.path_values("actions_retry", uuid)
        request = _actions_retry._get_kwargs(
            uuid=uuid,
        )

        return cast(Action, await self._runtime.call("actions_retry", request, _actions_retry._parse_response))

    def list(
        self,
        *,
        limit: int | Unset = 25,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        state: ActionState | Unset = UNSET,
        start_date_gte: datetime.datetime | Unset = UNSET,
        start_date_lte: datetime.datetime | Unset = UNSET,
        end_date_gte: datetime.datetime | Unset = UNSET,
        end_date_lte: datetime.datetime | Unset = UNSET,
        object_: str | Unset = UNSET,
        include_related: bool | Unset = UNSET,
    ) -> AsyncPager[ActionList, Action]:
        """List all actions.

        Returns the recorded actions, oldest first.  With `object` (and optionally
        `include_related=true`) only the actions on that object (and on its related objects) are
        returned.

        Operation ``actions_list``: ``GET /api/audit/v1/action/``.

        Args:
            limit (int | Unset):  Default: 25.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            state (ActionState | Unset): Lifecycle state of an action.
            start_date_gte (datetime.datetime | Unset):
            start_date_lte (datetime.datetime | Unset):
            end_date_gte (datetime.datetime | Unset):
            end_date_lte (datetime.datetime | Unset):
            object_ (str | Unset):
            include_related (bool | Unset):
        """

        request = _actions_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            state=state,
            start_date_gte=start_date_gte,
            start_date_lte=start_date_lte,
            end_date_gte=end_date_gte,
            end_date_lte=end_date_lte,
            object_=object_,
            include_related=include_related,
        )

        return self._runtime.paginate("actions_list", request, _actions_list._parse_response, _actions_list_objects)
