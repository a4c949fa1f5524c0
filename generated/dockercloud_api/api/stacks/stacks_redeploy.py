# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from typing import Any

from ...types import UNSET, Unset


def _get_kwargs(
    *,
    reuse_volumes: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["reuse_volumes"] = reuse_volumes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "params": params,
    }

    return _kwargs
