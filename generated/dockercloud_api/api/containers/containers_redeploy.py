# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.container import Container
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    uuid: str,
    *,
    reuse_volumes: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["reuse_volumes"] = reuse_volumes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/app/v1/container/{uuid}/redeploy/".format(
            uuid=quote(str(uuid), safe=""),
        ),
        "path_params": {
            "uuid": uuid,
        },
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Container | ErrorBody | None:
    if response.status_code == 202:
        response_202 = Container.from_dict(response.json())

        return response_202

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
) -> Response[Container | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient,
    reuse_volumes: bool | Unset = True,
) -> Response[Container | ErrorBody]:
    """Redeploy a container

     Replaces the container with a new one built from its service's current definition.  (The reference's
    HTTP example wrongly calls `/start/`; the request line says `/redeploy/`.)

    Args:
        uuid (str):
        reuse_volumes (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Container | ErrorBody]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        reuse_volumes=reuse_volumes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: str,
    *,
    client: AuthenticatedClient,
    reuse_volumes: bool | Unset = True,
) -> Container | ErrorBody | None:
    """Redeploy a container

     Replaces the container with a new one built from its service's current definition.  (The reference's
    HTTP example wrongly calls `/start/`; the request line says `/redeploy/`.)

    Args:
        uuid (str):
        reuse_volumes (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Container | ErrorBody
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        reuse_volumes=reuse_volumes,
    ).parsed


async def asyncio_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient,
    reuse_volumes: bool | Unset = True,
) -> Response[Container | ErrorBody]:
    """Redeploy a container

     Replaces the container with a new one built from its service's current definition.  (The reference's
    HTTP example wrongly calls `/start/`; the request line says `/redeploy/`.)

    Args:
        uuid (str):
        reuse_volumes (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Container | ErrorBody]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        reuse_volumes=reuse_volumes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: str,
    *,
    client: AuthenticatedClient,
    reuse_volumes: bool | Unset = True,
) -> Container | ErrorBody | None:
    """Redeploy a container

     Replaces the container with a new one built from its service's current definition.  (The reference's
    HTTP example wrongly calls `/start/`; the request line says `/redeploy/`.)

    Args:
        uuid (str):
        reuse_volumes (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Container | ErrorBody
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            reuse_volumes=reuse_volumes,
        )
    ).parsed
