# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from typing import Any

from ...models.service_state import ServiceState
from ...types import UNSET, Unset


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
        "method": "GET",
        "params": params,
    }

    return _kwargs
