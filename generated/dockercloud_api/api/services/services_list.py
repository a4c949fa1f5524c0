# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.service_list import ServiceList
from ...models.service_state import ServiceState
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    uuid: str | Unset = UNSET,
    uuid_startswith: str | Unset = UNSET,
    state: ServiceState | Unset = UNSET,
    name: str | Unset = UNSET,
    stack_name: str | Unset = UNSET,
    stack: str | Unset = UNSET,
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

    params["name"] = name

    params["stack__name"] = stack_name

    params["stack"] = stack

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/app/v1/service/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ServiceList | None:
    if response.status_code == 200:
        response_200 = ServiceList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

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
) -> Response[ErrorBody | ServiceList]:
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
    state: ServiceState | Unset = UNSET,
    name: str | Unset = UNSET,
    stack_name: str | Unset = UNSET,
    stack: str | Unset = UNSET,
) -> Response[ErrorBody | ServiceList]:
    """List all services

     Returns the services of the namespace, including recently terminated ones.

    Args:
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        uuid (str | Unset):
        uuid_startswith (str | Unset):
        state (ServiceState | Unset): Lifecycle state of a service.  Note the lower-case r of `Not
            running` (stacks write `Not Running`).
        name (str | Unset):
        stack_name (str | Unset):
        stack (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ServiceList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        uuid=uuid,
        uuid_startswith=uuid_startswith,
        state=state,
        name=name,
        stack_name=stack_name,
        stack=stack,
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
    state: ServiceState | Unset = UNSET,
    name: str | Unset = UNSET,
    stack_name: str | Unset = UNSET,
    stack: str | Unset = UNSET,
) -> ErrorBody | ServiceList | None:
    """List all services

     Returns the services of the namespace, including recently terminated ones.

    Args:
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        uuid (str | Unset):
        uuid_startswith (str | Unset):
        state (ServiceState | Unset): Lifecycle state of a service.  Note the lower-case r of `Not
            running` (stacks write `Not Running`).
        name (str | Unset):
        stack_name (str | Unset):
        stack (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ServiceList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        uuid=uuid,
        uuid_startswith=uuid_startswith,
        state=state,
        name=name,
        stack_name=stack_name,
        stack=stack,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    uuid: str | Unset = UNSET,
    uuid_startswith: str | Unset = UNSET,
    state: ServiceState | Unset = UNSET,
    name: str | Unset = UNSET,
    stack_name: str | Unset = UNSET,
    stack: str | Unset = UNSET,
) -> Response[ErrorBody | ServiceList]:
    """List all services

     Returns the services of the namespace, including recently terminated ones.

    Args:
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        uuid (str | Unset):
        uuid_startswith (str | Unset):
        state (ServiceState | Unset): Lifecycle state of a service.  Note the lower-case r of `Not
            running` (stacks write `Not Running`).
        name (str | Unset):
        stack_name (str | Unset):
        stack (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ServiceList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        uuid=uuid,
        uuid_startswith=uuid_startswith,
        state=state,
        name=name,
        stack_name=stack_name,
        stack=stack,
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
    state: ServiceState | Unset = UNSET,
    name: str | Unset = UNSET,
    stack_name: str | Unset = UNSET,
    stack: str | Unset = UNSET,
) -> ErrorBody | ServiceList | None:
    """List all services

     Returns the services of the namespace, including recently terminated ones.

    Args:
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        uuid (str | Unset):
        uuid_startswith (str | Unset):
        state (ServiceState | Unset): Lifecycle state of a service.  Note the lower-case r of `Not
            running` (stacks write `Not Running`).
        name (str | Unset):
        stack_name (str | Unset):
        stack (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ServiceList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            name=name,
            stack_name=stack_name,
            stack=stack,
        )
    ).parsed
