# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the providers group: one method per operation."""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast, overload

import httpx

from ...models.error_body import ErrorBody
from ...models.list_meta import ListMeta
from ...models.provider import Provider
from ...models.provider_list import ProviderList
from ...types import UNSET, Unset, enum_input
from .. import (
    AsyncPaginator,
    AsyncRuntime,
    AsyncStartedAction,
    CallOptions,
    Paginator,
    ProgressCallback,
    RawResponse,
    Runtime,
    StartedAction,
    no_content,
)
from . import providers_get as _providers_get
from . import providers_list as _providers_list


def _providers_list_objects(page: ProviderList) -> list[Provider]:
    return page.objects


class Providers:
    """The providers operations (sync).

    Args:
        runtime: the client's runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def get(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Provider:
        """Get an individual provider.

        Returns one provider.

        Operation ``providers_get``: ``GET /api/infra/v1/provider/{name}/``.

        Args:
            name (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _providers_get._get_kwargs()

        return self._runtime.call("providers_get", (name,), request, Provider.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[ProviderList, Provider]:
        """List all providers.

        Returns the cloud providers Docker Cloud can deploy nodes on.

        Operation ``providers_list``: ``GET /api/infra/v1/provider/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            name (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _providers_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
        )

        return self._runtime.paginate(
            "providers_list", (), request, ProviderList.from_dict, _providers_list_objects, options
        )


class AsyncProviders:
    """The providers operations (asyncio).

    Args:
        runtime: the client's async runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Provider:
        """Get an individual provider.

        Returns one provider.

        Operation ``providers_get``: ``GET /api/infra/v1/provider/{name}/``.

        Args:
            name (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _providers_get._get_kwargs()

        return await self._runtime.call("providers_get", (name,), request, Provider.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ProviderList, Provider]:
        """List all providers.

        Returns the cloud providers Docker Cloud can deploy nodes on.

        Operation ``providers_list``: ``GET /api/infra/v1/provider/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            name (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _providers_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
        )

        return self._runtime.paginate(
            "providers_list", (), request, ProviderList.from_dict, _providers_list_objects, options
        )


class ProvidersWithRawResponse:
    """``client.with_raw_response.providers``: the providers operations answering a ``RawResponse``.

    Args:
        runtime: the client's runtime.
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def get(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Provider]:
        """``Providers.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _providers_get._get_kwargs()

        return self._runtime.call_raw("providers_get", (name,), request, Provider.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProviderList]:
        """``Providers.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _providers_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
        )

        return self._runtime.call_raw("providers_list", (), request, ProviderList.from_dict, options)


class AsyncProvidersWithRawResponse:
    """``async_client.with_raw_response.providers``: the providers operations answering a ``RawResponse``.

    Args:
        runtime: the client's async runtime.
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Provider]:
        """``AsyncProviders.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _providers_get._get_kwargs()

        return await self._runtime.call_raw("providers_get", (name,), request, Provider.from_dict, options)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProviderList]:
        """``AsyncProviders.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _providers_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
        )

        return await self._runtime.call_raw("providers_list", (), request, ProviderList.from_dict, options)
