# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the availability_zones group: one method per operation."""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast, overload

import httpx

from ...models.availability_zone import AvailabilityZone
from ...models.availability_zone_list import AvailabilityZoneList
from ...models.error_body import ErrorBody
from ...models.list_meta import ListMeta
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
from . import availability_zones_get as _availability_zones_get
from . import availability_zones_list as _availability_zones_list


def _availability_zones_list_objects(page: AvailabilityZoneList) -> list[AvailabilityZone]:
    return page.objects


class AvailabilityZones:
    """The availability_zones operations (sync).

    Args:
        runtime: the client's runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def get(
        self,
        provider: str,
        region: str | None = None,
        name: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AvailabilityZone:
        """Get an individual availability zone.

        Returns one availability zone, identified by provider, region and name.

        Operation ``availability_zones_get``: ``GET /api/infra/v1/az/{provider}/{region}/{name}/``.

        Args:
            provider (str):  An object's resource_uri is accepted too.
            region (str):  An object's resource_uri is accepted too.
            name (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _availability_zones_get._get_kwargs()

        return self._runtime.call(
            "availability_zones_get",
            (
                provider,
                region,
                name,
            ),
            request,
            AvailabilityZone.from_dict,
            options,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        region: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[AvailabilityZoneList, AvailabilityZone]:
        """List all availability zones.

        Returns the availability zones of every region (only AWS has them).

        Operation ``availability_zones_list``: ``GET /api/infra/v1/az/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            name (str | Unset):
            region (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _availability_zones_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            region=region,
        )

        return self._runtime.paginate(
            "availability_zones_list",
            (),
            request,
            AvailabilityZoneList.from_dict,
            _availability_zones_list_objects,
            options,
        )


class AsyncAvailabilityZones:
    """The availability_zones operations (asyncio).

    Args:
        runtime: the client's async runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        provider: str,
        region: str | None = None,
        name: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AvailabilityZone:
        """Get an individual availability zone.

        Returns one availability zone, identified by provider, region and name.

        Operation ``availability_zones_get``: ``GET /api/infra/v1/az/{provider}/{region}/{name}/``.

        Args:
            provider (str):  An object's resource_uri is accepted too.
            region (str):  An object's resource_uri is accepted too.
            name (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _availability_zones_get._get_kwargs()

        return await self._runtime.call(
            "availability_zones_get",
            (
                provider,
                region,
                name,
            ),
            request,
            AvailabilityZone.from_dict,
            options,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        region: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[AvailabilityZoneList, AvailabilityZone]:
        """List all availability zones.

        Returns the availability zones of every region (only AWS has them).

        Operation ``availability_zones_list``: ``GET /api/infra/v1/az/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            name (str | Unset):
            region (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _availability_zones_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            region=region,
        )

        return self._runtime.paginate(
            "availability_zones_list",
            (),
            request,
            AvailabilityZoneList.from_dict,
            _availability_zones_list_objects,
            options,
        )


class AvailabilityZonesWithRawResponse:
    """``client.with_raw_response.availability_zones``: the availability_zones operations answering a ``RawResponse``.

    Args:
        runtime: the client's runtime.
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def get(
        self,
        provider: str,
        region: str | None = None,
        name: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AvailabilityZone]:
        """``AvailabilityZones.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _availability_zones_get._get_kwargs()

        return self._runtime.call_raw(
            "availability_zones_get",
            (
                provider,
                region,
                name,
            ),
            request,
            AvailabilityZone.from_dict,
            options,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        region: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AvailabilityZoneList]:
        """``AvailabilityZones.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _availability_zones_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            region=region,
        )

        return self._runtime.call_raw("availability_zones_list", (), request, AvailabilityZoneList.from_dict, options)


class AsyncAvailabilityZonesWithRawResponse:
    """``async_client.with_raw_response.availability_zones``: the availability_zones operations answering a ``RawResponse``.

    Args:
        runtime: the client's async runtime.
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        provider: str,
        region: str | None = None,
        name: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AvailabilityZone]:
        """``AsyncAvailabilityZones.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _availability_zones_get._get_kwargs()

        return await self._runtime.call_raw(
            "availability_zones_get",
            (
                provider,
                region,
                name,
            ),
            request,
            AvailabilityZone.from_dict,
            options,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        region: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AvailabilityZoneList]:
        """``AsyncAvailabilityZones.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _availability_zones_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            region=region,
        )

        return await self._runtime.call_raw(
            "availability_zones_list", (), request, AvailabilityZoneList.from_dict, options
        )
