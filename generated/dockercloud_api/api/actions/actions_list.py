# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
import datetime
from typing import Any

from ...models.action_state import ActionState
from ...types import UNSET, Unset, format_timestamp


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
        "method": "GET",
        "params": params,
    }

    return _kwargs
