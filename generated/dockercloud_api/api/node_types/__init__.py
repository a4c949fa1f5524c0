# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the node_types group: one method per operation."""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast, overload

import httpx

from ...models.error_body import ErrorBody
from ...models.list_meta import ListMeta
from ...models.node_type import NodeType
from ...models.node_type_list import NodeTypeList
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
from . import node_types_get as _node_types_get
from . import node_types_list as _node_types_list


def _node_types_list_objects(page: NodeTypeList) -> list[NodeType]:
    return page.objects


class NodeTypes:
    """The node_types operations (sync).

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
    ) -> NodeType:
        """Get an individual node type.

        Returns one node type, identified by its provider and its name.

        Operation ``node_types_get``: ``GET /api/infra/v1/nodetype/{provider}/{name}/``.

        Args:
            provider (str):  An object's resource_uri is accepted too.
            name (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _node_types_get._get_kwargs()

        return self._runtime.call(
            "node_types_get",
            (
                provider,
                name,
            ),
            request,
            NodeType.from_dict,
            options,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        regions: str | Unset = UNSET,
        availability_zones: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[NodeTypeList, NodeType]:
        """List all node types.

        Returns the instance sizes of every supported provider.

        Operation ``node_types_list``: ``GET /api/infra/v1/nodetype/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            name (str | Unset):
            regions (str | Unset):
            availability_zones (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _node_types_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            regions=regions,
            availability_zones=availability_zones,
        )

        return self._runtime.paginate(
            "node_types_list", (), request, NodeTypeList.from_dict, _node_types_list_objects, options
        )


class AsyncNodeTypes:
    """The node_types operations (asyncio).

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
    ) -> NodeType:
        """Get an individual node type.

        Returns one node type, identified by its provider and its name.

        Operation ``node_types_get``: ``GET /api/infra/v1/nodetype/{provider}/{name}/``.

        Args:
            provider (str):  An object's resource_uri is accepted too.
            name (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _node_types_get._get_kwargs()

        return await self._runtime.call(
            "node_types_get",
            (
                provider,
                name,
            ),
            request,
            NodeType.from_dict,
            options,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        regions: str | Unset = UNSET,
        availability_zones: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[NodeTypeList, NodeType]:
        """List all node types.

        Returns the instance sizes of every supported provider.

        Operation ``node_types_list``: ``GET /api/infra/v1/nodetype/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            name (str | Unset):
            regions (str | Unset):
            availability_zones (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        request = _node_types_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            regions=regions,
            availability_zones=availability_zones,
        )

        return self._runtime.paginate(
            "node_types_list", (), request, NodeTypeList.from_dict, _node_types_list_objects, options
        )


class NodeTypesWithRawResponse:
    """``client.with_raw_response.node_types``: the node_types operations answering a ``RawResponse``.

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
    ) -> RawResponse[NodeType]:
        """``NodeTypes.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _node_types_get._get_kwargs()

        return self._runtime.call_raw(
            "node_types_get",
            (
                provider,
                name,
            ),
            request,
            NodeType.from_dict,
            options,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        regions: str | Unset = UNSET,
        availability_zones: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeTypeList]:
        """``NodeTypes.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _node_types_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            regions=regions,
            availability_zones=availability_zones,
        )

        return self._runtime.call_raw("node_types_list", (), request, NodeTypeList.from_dict, options)


class AsyncNodeTypesWithRawResponse:
    """``async_client.with_raw_response.node_types``: the node_types operations answering a ``RawResponse``.

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
    ) -> RawResponse[NodeType]:
        """``AsyncNodeTypes.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _node_types_get._get_kwargs()

        return await self._runtime.call_raw(
            "node_types_get",
            (
                provider,
                name,
            ),
            request,
            NodeType.from_dict,
            options,
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        name: str | Unset = UNSET,
        regions: str | Unset = UNSET,
        availability_zones: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeTypeList]:
        """``AsyncNodeTypes.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        request = _node_types_list._get_kwargs(
            limit=limit,
            offset=offset,
            name=name,
            regions=regions,
            availability_zones=availability_zones,
        )

        return await self._runtime.call_raw("node_types_list", (), request, NodeTypeList.from_dict, options)
