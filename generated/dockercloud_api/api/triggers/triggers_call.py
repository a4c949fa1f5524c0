# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action import Action
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    uuid: str,
    trigger_uuid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/app/v1/service/{uuid}/trigger/{trigger_uuid}/call/".format(
            uuid=quote(str(uuid), safe=""),
            trigger_uuid=quote(str(trigger_uuid), safe=""),
        ),
        "path_params": {
            "uuid": uuid,
            "trigger_uuid": trigger_uuid,
        },
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Action | ErrorBody | None:
    if response.status_code == 202:
        response_202 = Action.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Action | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: str,
    trigger_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Action | ErrorBody]:
    """Call a trigger

     Runs the trigger's operation (a redeploy, or a scale-up by one container) on the service. Needs no
    credentials: the trigger URL itself is the secret.  The answer is the Action the call started, not
    the service: whoever holds a trigger URL may start its operation but must not read the service's
    configuration (its environment variables hold secrets).  The reference shows no body for a trigger
    call; this one is ours.

    Args:
        uuid (str):
        trigger_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Action | ErrorBody]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        trigger_uuid=trigger_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: str,
    trigger_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Action | ErrorBody | None:
    """Call a trigger

     Runs the trigger's operation (a redeploy, or a scale-up by one container) on the service. Needs no
    credentials: the trigger URL itself is the secret.  The answer is the Action the call started, not
    the service: whoever holds a trigger URL may start its operation but must not read the service's
    configuration (its environment variables hold secrets).  The reference shows no body for a trigger
    call; this one is ours.

    Args:
        uuid (str):
        trigger_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Action | ErrorBody
    """

    return sync_detailed(
        uuid=uuid,
        trigger_uuid=trigger_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    uuid: str,
    trigger_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Action | ErrorBody]:
    """Call a trigger

     Runs the trigger's operation (a redeploy, or a scale-up by one container) on the service. Needs no
    credentials: the trigger URL itself is the secret.  The answer is the Action the call started, not
    the service: whoever holds a trigger URL may start its operation but must not read the service's
    configuration (its environment variables hold secrets).  The reference shows no body for a trigger
    call; this one is ours.

    Args:
        uuid (str):
        trigger_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Action | ErrorBody]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        trigger_uuid=trigger_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: str,
    trigger_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Action | ErrorBody | None:
    """Call a trigger

     Runs the trigger's operation (a redeploy, or a scale-up by one container) on the service. Needs no
    credentials: the trigger URL itself is the secret.  The answer is the Action the call started, not
    the service: whoever holds a trigger URL may start its operation but must not read the service's
    configuration (its environment variables hold secrets).  The reference shows no body for a trigger
    call; this one is ours.

    Args:
        uuid (str):
        trigger_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Action | ErrorBody
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            trigger_uuid=trigger_uuid,
            client=client,
        )
    ).parsed
