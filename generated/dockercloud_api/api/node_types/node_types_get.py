# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.node_type import NodeType
from ...types import Response


def _get_kwargs(
    provider: str,
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/infra/v1/nodetype/{provider}/{name}/".format(
            provider=quote(str(provider), safe=""),
            name=quote(str(name), safe=""),
        ),
        "path_params": {
            "provider": provider,
            "name": name,
        },
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | NodeType | None:
    if response.status_code == 200:
        response_200 = NodeType.from_dict(response.json())

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
) -> Response[ErrorBody | NodeType]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider: str,
    name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | NodeType]:
    """Get an individual node type

     Returns one node type, identified by its provider and its name.

    Args:
        provider (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | NodeType]
    """

    kwargs = _get_kwargs(
        provider=provider,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: str,
    name: str,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | NodeType | None:
    """Get an individual node type

     Returns one node type, identified by its provider and its name.

    Args:
        provider (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | NodeType
    """

    return sync_detailed(
        provider=provider,
        name=name,
        client=client,
    ).parsed


async def asyncio_detailed(
    provider: str,
    name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | NodeType]:
    """Get an individual node type

     Returns one node type, identified by its provider and its name.

    Args:
        provider (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | NodeType]
    """

    kwargs = _get_kwargs(
        provider=provider,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: str,
    name: str,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | NodeType | None:
    """Get an individual node type

     Returns one node type, identified by its provider and its name.

    Args:
        provider (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | NodeType
    """

    return (
        await asyncio_detailed(
            provider=provider,
            name=name,
            client=client,
        )
    ).parsed
