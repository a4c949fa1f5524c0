# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_list import ActionList
from ...models.action_state import ActionState
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset, format_timestamp


def _get_kwargs(
    *,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    uuid: str | Unset = UNSET,
    uuid_startswith: str | Unset = UNSET,
    state: ActionState | Unset = UNSET,
    start_date_gte: datetime.datetime | Unset = UNSET,
    start_date_lte: datetime.datetime | Unset = UNSET,
    end_date_gte: datetime.datetime | Unset = UNSET,
    end_date_lte: datetime.datetime | Unset = UNSET,
    object_: str | Unset = UNSET,
    include_related: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["uuid"] = uuid

    params["uuid__startswith"] = uuid_startswith

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

    json_start_date_gte: str | Unset = UNSET
    if not isinstance(start_date_gte, Unset):
        json_start_date_gte = format_timestamp(start_date_gte)
    params["start_date__gte"] = json_start_date_gte

    json_start_date_lte: str | Unset = UNSET
    if not isinstance(start_date_lte, Unset):
        json_start_date_lte = format_timestamp(start_date_lte)
    params["start_date__lte"] = json_start_date_lte

    json_end_date_gte: str | Unset = UNSET
    if not isinstance(end_date_gte, Unset):
        json_end_date_gte = format_timestamp(end_date_gte)
    params["end_date__gte"] = json_end_date_gte

    json_end_date_lte: str | Unset = UNSET
    if not isinstance(end_date_lte, Unset):
        json_end_date_lte = format_timestamp(end_date_lte)
    params["end_date__lte"] = json_end_date_lte

    params["object"] = object_

    params["include_related"] = include_related

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/audit/v1/action/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActionList | ErrorBody | None:
    if response.status_code == 200:
        response_200 = ActionList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorBody.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ErrorBody.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActionList | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    uuid: str | Unset = UNSET,
    uuid_startswith: str | Unset = UNSET,
    state: ActionState | Unset = UNSET,
    start_date_gte: datetime.datetime | Unset = UNSET,
    start_date_lte: datetime.datetime | Unset = UNSET,
    end_date_gte: datetime.datetime | Unset = UNSET,
    end_date_lte: datetime.datetime | Unset = UNSET,
    object_: str | Unset = UNSET,
    include_related: bool | Unset = UNSET,
) -> Response[ActionList | ErrorBody]:
    """List all actions

     Returns the recorded actions, oldest first.  With `object` (and optionally `include_related=true`)
    only the actions on that object (and on its related objects) are returned.

    Args:
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        uuid (str | Unset):
        uuid_startswith (str | Unset):
        state (ActionState | Unset): Lifecycle state of an action.
        start_date_gte (datetime.datetime | Unset):
        start_date_lte (datetime.datetime | Unset):
        end_date_gte (datetime.datetime | Unset):
        end_date_lte (datetime.datetime | Unset):
        object_ (str | Unset):
        include_related (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionList | ErrorBody]
    """

    kwargs = _get_kwargs(
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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    uuid: str | Unset = UNSET,
    uuid_startswith: str | Unset = UNSET,
    state: ActionState | Unset = UNSET,
    start_date_gte: datetime.datetime | Unset = UNSET,
    start_date_lte: datetime.datetime | Unset = UNSET,
    end_date_gte: datetime.datetime | Unset = UNSET,
    end_date_lte: datetime.datetime | Unset = UNSET,
    object_: str | Unset = UNSET,
    include_related: bool | Unset = UNSET,
) -> ActionList | ErrorBody | None:
    """List all actions

     Returns the recorded actions, oldest first.  With `object` (and optionally `include_related=true`)
    only the actions on that object (and on its related objects) are returned.

    Args:
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        uuid (str | Unset):
        uuid_startswith (str | Unset):
        state (ActionState | Unset): Lifecycle state of an action.
        start_date_gte (datetime.datetime | Unset):
        start_date_lte (datetime.datetime | Unset):
        end_date_gte (datetime.datetime | Unset):
        end_date_lte (datetime.datetime | Unset):
        object_ (str | Unset):
        include_related (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionList | ErrorBody
    """

    return sync_detailed(
        client=client,
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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    uuid: str | Unset = UNSET,
    uuid_startswith: str | Unset = UNSET,
    state: ActionState | Unset = UNSET,
    start_date_gte: datetime.datetime | Unset = UNSET,
    start_date_lte: datetime.datetime | Unset = UNSET,
    end_date_gte: datetime.datetime | Unset = UNSET,
    end_date_lte: datetime.datetime | Unset = UNSET,
    object_: str | Unset = UNSET,
    include_related: bool | Unset = UNSET,
) -> Response[ActionList | ErrorBody]:
    """List all actions

     Returns the recorded actions, oldest first.  With `object` (and optionally `include_related=true`)
    only the actions on that object (and on its related objects) are returned.

    Args:
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        uuid (str | Unset):
        uuid_startswith (str | Unset):
        state (ActionState | Unset): Lifecycle state of an action.
        start_date_gte (datetime.datetime | Unset):
        start_date_lte (datetime.datetime | Unset):
        end_date_gte (datetime.datetime | Unset):
        end_date_lte (datetime.datetime | Unset):
        object_ (str | Unset):
        include_related (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionList | ErrorBody]
    """

    kwargs = _get_kwargs(
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

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    uuid: str | Unset = UNSET,
    uuid_startswith: str | Unset = UNSET,
    state: ActionState | Unset = UNSET,
    start_date_gte: datetime.datetime | Unset = UNSET,
    start_date_lte: datetime.datetime | Unset = UNSET,
    end_date_gte: datetime.datetime | Unset = UNSET,
    end_date_lte: datetime.datetime | Unset = UNSET,
    object_: str | Unset = UNSET,
    include_related: bool | Unset = UNSET,
) -> ActionList | ErrorBody | None:
    """List all actions

     Returns the recorded actions, oldest first.  With `object` (and optionally `include_related=true`)
    only the actions on that object (and on its related objects) are returned.

    Args:
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        uuid (str | Unset):
        uuid_startswith (str | Unset):
        state (ActionState | Unset): Lifecycle state of an action.
        start_date_gte (datetime.datetime | Unset):
        start_date_lte (datetime.datetime | Unset):
        end_date_gte (datetime.datetime | Unset):
        end_date_lte (datetime.datetime | Unset):
        object_ (str | Unset):
        include_related (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionList | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
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
    ).parsed
