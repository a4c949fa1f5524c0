# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the registries group: one method per operation."""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast, overload

import httpx

from ...models.error_body import ErrorBody
from ...models.list_meta import ListMeta
from ...models.registry import Registry
from ...models.registry_list import RegistryList
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
from . import registries_get as _registries_get
from . import registries_list as _registries_list


def _registries_list_objects(page: RegistryList) -> list[Registry]:
    return page.objects


class Registries:
    """The registries operations (sync).

    Args:
        runtime: the client's runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def get(
        self,
        host: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Registry:
        """Get an existing registry.

        Returns one registry.  (The reference's request line omits the `repo` subsystem; its example,
        and this path, include it.)

        Operation ``registries_get``: ``GET /api/repo/v1/registry/{host}/``.

        Args:
            host (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _registries_get._get_kwargs()

        return self._runtime.call("registries_get", (host,), request, Registry.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        name: str | Unset = UNSET,
        host: str | Unset = UNSET,
        is_docker_registry: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[RegistryList, Registry]:
        """List all registries.

        Returns the registries known to the namespace.

        Operation ``registries_list``: ``GET /api/repo/v1/registry/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            name (str | Unset):
            host (str | Unset):
            is_docker_registry (bool | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _registries_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            name=name,
            host=host,
            is_docker_registry=is_docker_registry,
        )

        return self._runtime.paginate(
            "registries_list", (), request, RegistryList.from_dict, _registries_list_objects, options
        )


class AsyncRegistries:
    """The registries operations (asyncio).

    Args:
        runtime: the client's async runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        host: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Registry:
        """Get an existing registry.

        Returns one registry.  (The reference's request line omits the `repo` subsystem; its example,
        and this path, include it.)

        Operation ``registries_get``: ``GET /api/repo/v1/registry/{host}/``.

        Args:
            host (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _registries_get._get_kwargs()

        return await self._runtime.call("registries_get", (host,), request, Registry.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        name: str | Unset = UNSET,
        host: str | Unset = UNSET,
        is_docker_registry: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[RegistryList, Registry]:
        """List all registries.

        Returns the registries known to the namespace.

        Operation ``registries_list``: ``GET /api/repo/v1/registry/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            name (str | Unset):
            host (str | Unset):
            is_docker_registry (bool | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _registries_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            name=name,
            host=host,
            is_docker_registry=is_docker_registry,
        )

        return self._runtime.paginate(
            "registries_list", (), request, RegistryList.from_dict, _registries_list_objects, options
        )


class RegistriesWithRawResponse:
    """``client.with_raw_response.registries``: the registries operations answering a ``RawResponse``.

    Args:
        runtime: the client's runtime.
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def get(
        self,
        host: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Registry]:
        """``Registries.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _registries_get._get_kwargs()

        return self._runtime.call_raw("registries_get", (host,), request, Registry.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        name: str | Unset = UNSET,
        host: str | Unset = UNSET,
        is_docker_registry: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RegistryList]:
        """``Registries.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _registries_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            name=name,
            host=host,
            is_docker_registry=is_docker_registry,
        )

        return self._runtime.call_raw("registries_list", (), request, RegistryList.from_dict, options)


class AsyncRegistriesWithRawResponse:
    """``async_client.with_raw_response.registries``: the registries operations answering a ``RawResponse``.

    Args:
        runtime: the client's async runtime.
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        host: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Registry]:
        """``AsyncRegistries.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _registries_get._get_kwargs()

        return await self._runtime.call_raw("registries_get", (host,), request, Registry.from_dict, options)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        name: str | Unset = UNSET,
        host: str | Unset = UNSET,
        is_docker_registry: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RegistryList]:
        """``AsyncRegistries.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _registries_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            name=name,
            host=host,
            is_docker_registry=is_docker_registry,
        )

        return await self._runtime.call_raw("registries_list", (), request, RegistryList.from_dict, options)
