# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the availability_zones group: one method per operation."""

from typing import Literal, cast, overload

from ...models.availability_zone import AvailabilityZone
from ...models.availability_zone_list import AvailabilityZoneList
from ...models.error import Error
from ...models.list_meta import ListMeta
from ...types import UNSET, Unset
from .. import AsyncPager, AsyncRuntime, AsyncStarted, Pager, Runtime, Started
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
    ) -> AvailabilityZone:
        """Get an individual availability zone.

        Returns one availability zone, identified by provider, region and name.

        Operation ``availability_zones_get``: ``GET /api/infra/v1/az/{provider}/{region}/{name}/``.

        Args:
            provider (str):  An object's resource_uri is accepted too.
            region (str):  An object's resource_uri is accepted too.
            name (str):  An object's resource_uri is accepted too.
        """

        (
            provider,
            region,
            name,
        ) = self._runtime.path_values("availability_zones_get", provider, region, name)
        request = _availability_zones_get._get_kwargs(
            provider=provider,
            region=region,
            name=name,
        )

        return cast(
            AvailabilityZone,
            self._runtime.call("availability_zones_get", request, _availability_zones_get._parse_response),
        )

    def list(
        self,
        *,
        limit: int | Unset = 25,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        region: str | Unset = UNSET,
    ) -> Pager[AvailabilityZoneList, AvailabilityZone]:
        """List all availability zones.

        Returns the availability zones of every region (only AWS has them).

        Operation ``availability_zones_list``: ``GET /api/infra/v1/az/``.

        Args:
            limit (int | Unset):  Default: 25.
            offset (int | Unset):  Default: 0.
            name (str | Unset):
            region (str | Unset):
        """

        request = _availability_zones_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            region=region,
        )

        return self._runtime.paginate(
            "availability_zones_list",
            request,
            _availability_zones_list._parse_response,
            _availability_zones_list_objects,
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
    ) -> AvailabilityZone:
        """Get an individual availability zone.

        Returns one availability zone, identified by provider, region and name.

        Operation ``availability_zones_get``: ``GET /api/infra/v1/az/{provider}/{region}/{name}/``.

        Args:
            provider (str):  An object's resource_uri is accepted too.
            region (str):  An object's resource_uri is accepted too.
            name (str):  An object's resource_uri is accepted too.
        """

        (
            provider,
            region,
            name,
        ) = self._runtime.path_values("availability_zones_get", provider, region, name)
        request = _availability_zones_get._get_kwargs(
            provider=provider,
            region=region,
            name=name,
        )

        return cast(
            AvailabilityZone,
            await self._runtime.call("availability_zones_get", request, _availability_zones_get._parse_response),
        )

    def list(
        self,
        *,
        limit: int | Unset = 25,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        region: str | Unset = UNSET,
    ) -> AsyncPager[AvailabilityZoneList, AvailabilityZone]:
        """List all availability zones.

        Returns the availability zones of every region (only AWS has them).

        Operation ``availability_zones_list``: ``GET /api/infra/v1/az/``.

        Args:
            limit (int | Unset):  Default: 25.
            offset (int | Unset):  Default: 0.
            name (str | Unset):
            region (str | Unset):
        """

        request = _availability_zones_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            region=region,
        )

        return self._runtime.paginate(
            "availability_zones_list",
            request,
            _availability_zones_list._parse_response,
            _availability_zones_list_objects,
        )
