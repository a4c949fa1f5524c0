# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.registry_list import RegistryList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    uuid: str | Unset = UNSET,
    name: str | Unset = UNSET,
    host: str | Unset = UNSET,
    is_docker_registry: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["uuid"] = uuid

    params["name"] = name

    params["host"] = host

    params["is_docker_registry"] = is_docker_registry

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/repo/v1/registry/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | RegistryList | None:
    if response.status_code == 200:
        response_200 = RegistryList.from_dict(response.json())

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
) -> Response[ErrorBody | RegistryList]:
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
    name: str | Unset = UNSET,
    host: str | Unset = UNSET,
    is_docker_registry: bool | Unset = UNSET,
) -> Response[ErrorBody | RegistryList]:
    """List all registries

     Returns the registries known to the namespace.

    Args:
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        uuid (str | Unset):
        name (str | Unset):
        host (str | Unset):
        is_docker_registry (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RegistryList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        uuid=uuid,
        name=name,
        host=host,
        is_docker_registry=is_docker_registry,
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
    name: str | Unset = UNSET,
    host: str | Unset = UNSET,
    is_docker_registry: bool | Unset = UNSET,
) -> ErrorBody | RegistryList | None:
    """List all registries

     Returns the registries known to the namespace.

    Args:
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        uuid (str | Unset):
        name (str | Unset):
        host (str | Unset):
        is_docker_registry (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RegistryList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        uuid=uuid,
        name=name,
        host=host,
        is_docker_registry=is_docker_registry,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    uuid: str | Unset = UNSET,
    name: str | Unset = UNSET,
    host: str | Unset = UNSET,
    is_docker_registry: bool | Unset = UNSET,
) -> Response[ErrorBody | RegistryList]:
    """List all registries

     Returns the registries known to the namespace.

    Args:
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        uuid (str | Unset):
        name (str | Unset):
        host (str | Unset):
        is_docker_registry (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RegistryList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        uuid=uuid,
        name=name,
        host=host,
        is_docker_registry=is_docker_registry,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    uuid: str | Unset = UNSET,
    name: str | Unset = UNSET,
    host: str | Unset = UNSET,
    is_docker_registry: bool | Unset = UNSET,
) -> ErrorBody | RegistryList | None:
    """List all registries

     Returns the registries known to the namespace.

    Args:
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        uuid (str | Unset):
        name (str | Unset):
        host (str | Unset):
        is_docker_registry (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RegistryList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            uuid=uuid,
            name=name,
            host=host,
            is_docker_registry=is_docker_registry,
        )
    ).parsed
