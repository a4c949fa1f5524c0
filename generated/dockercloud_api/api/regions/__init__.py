# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the regions group: one method per operation."""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast, overload

import httpx

from ...models.error_body import ErrorBody
from ...models.list_meta import ListMeta
from ...models.region import Region
from ...models.region_list import RegionList
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
from . import regions_get as _regions_get
from . import regions_list as _regions_list


def _regions_list_objects(page: RegionList) -> list[Region]:
    return page.objects


class Regions:
    """The regions operations (sync).

    Args:
        runtime: the client's runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def get(
        self,
        provider: str,
        name: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Region:
        """Get an individual region.

        Returns one region, identified by its provider and its name.

        Operation ``regions_get``: ``GET /api/infra/v1/region/{provider}/{name}/``.

        Args:
            provider (str):  An object's resource_uri is accepted too.
            name (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _regions_get._get_kwargs()

        return self._runtime.call(
            "regions_get",
            (
                provider,
                name,
            ),
            request,
            Region.from_dict,
            options,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[RegionList, Region]:
        """List all regions.

        Returns the regions of every supported provider.

        Operation ``regions_list``: ``GET /api/infra/v1/region/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            name (str | Unset):
            provider (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _regions_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            provider=provider,
        )

        return self._runtime.paginate("regions_list", (), request, RegionList.from_dict, _regions_list_objects, options)


class AsyncRegions:
    """The regions operations (asyncio).

    Args:
        runtime: the client's async runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        provider: str,
        name: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Region:
        """Get an individual region.

        Returns one region, identified by its provider and its name.

        Operation ``regions_get``: ``GET /api/infra/v1/region/{provider}/{name}/``.

        Args:
            provider (str):  An object's resource_uri is accepted too.
            name (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _regions_get._get_kwargs()

        return await self._runtime.call(
            "regions_get",
            (
                provider,
                name,
            ),
            request,
            Region.from_dict,
            options,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[RegionList, Region]:
        """List all regions.

        Returns the regions of every supported provider.

        Operation ``regions_list``: ``GET /api/infra/v1/region/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            name (str | Unset):
            provider (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _regions_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            provider=provider,
        )

        return self._runtime.paginate("regions_list", (), request, RegionList.from_dict, _regions_list_objects, options)


class RegionsWithRawResponse:
    """``client.with_raw_response.regions``: the regions operations answering a ``RawResponse``.

    Args:
        runtime: the client's runtime.
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def get(
        self,
        provider: str,
        name: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Region]:
        """``Regions.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _regions_get._get_kwargs()

        return self._runtime.call_raw(
            "regions_get",
            (
                provider,
                name,
            ),
            request,
            Region.from_dict,
            options,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RegionList]:
        """``Regions.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _regions_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            provider=provider,
        )

        return self._runtime.call_raw("regions_list", (), request, RegionList.from_dict, options)


class AsyncRegionsWithRawResponse:
    """``async_client.with_raw_response.regions``: the regions operations answering a ``RawResponse``.

    Args:
        runtime: the client's async runtime.
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        provider: str,
        name: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Region]:
        """``AsyncRegions.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _regions_get._get_kwargs()

        return await self._runtime.call_raw(
            "regions_get",
            (
                provider,
                name,
            ),
            request,
            Region.from_dict,
            options,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RegionList]:
        """``AsyncRegions.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _regions_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            provider=provider,
        )

        return await self._runtime.call_raw("regions_list", (), request, RegionList.from_dict, options)
