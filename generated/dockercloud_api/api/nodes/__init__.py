# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the nodes group: one method per operation."""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast, overload

import httpx

from ...models.error_body import ErrorBody
from ...models.list_meta import ListMeta
from ...models.node import Node
from ...models.node_list import NodeList
from ...models.node_state import NodeState
from ...models.node_update import NodeUpdate
from ...models.tag_ref import TagRef
from ...types import UNSET, Unset, enum_input
from .. import (
    AsyncPaginator,
    AsyncRuntime,
    AsyncStartedAction,
    CallOptions,
    Lookup,
    Paginator,
    ProgressCallback,
    RawResponse,
    Runtime,
    StartedAction,
    no_content,
)
from . import nodes_get as _nodes_get
from . import nodes_health_check as _nodes_health_check
from . import nodes_list as _nodes_list
from . import nodes_terminate as _nodes_terminate
from . import nodes_update as _nodes_update
from . import nodes_upgrade_docker as _nodes_upgrade_docker


def _nodes_list_objects(page: NodeList) -> list[Node]:
    return page.objects


#: How ``find`` searches this group: the filters of its list operation.
_FIND = Lookup("node", "/api/infra/v1/node/", by_name=False, stack_filter=None)


class Nodes:
    """The nodes operations (sync).

    Args:
        runtime: the client's runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def find(self, identifier: str) -> Node:
        """The one node named by ``identifier``, resolved as the docker-cloud CLI did.

        Args:
            identifier: a full or short UUID or a resource URI.

        Raises:
            NotFoundError: no node matches.
            AmbiguousIdentifierError: several do; ``candidates`` lists them.
        """
        return self._runtime.find(_FIND, identifier, self.list, self.get)

    def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Node:
        """Get an existing node.

        Returns one node.

        Operation ``nodes_get``: ``GET /api/infra/v1/node/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _nodes_get._get_kwargs()

        return self._runtime.call("nodes_get", (uuid,), request, Node.from_dict, options)

    @overload
    def terminate(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Node]: ...

    @overload
    def terminate(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Node: ...

    @overload
    def terminate(
        self,
        uuid: str,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Node] | Node: ...

    def terminate(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Node] | Node:
        """Terminate a node.

        Destroys the node at its provider.

        Operation ``nodes_terminate``: ``DELETE /api/infra/v1/node/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _nodes_terminate._get_kwargs()

        started = self._runtime.start("nodes_terminate", (uuid,), request, Node.from_dict, options)
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    def update(
        self,
        uuid: str,
        *,
        nickname: str | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Node:
        """Update a node.

        Sets the node's nickname and/or replaces its tag list.

        Operation ``nodes_update``: ``PATCH /api/infra/v1/node/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            nickname (str | Unset): Display name (the node's `external_fqdn` until set).
            tags (list[TagRef] | Unset): New tag list of the node (replaces the user tags).
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = NodeUpdate(
            nickname=nickname,
            tags=tags,
        )
        options = CallOptions(timeout, extra_headers)
        request = _nodes_update._get_kwargs(
            body=body,
        )

        return self._runtime.call("nodes_update", (uuid,), request, Node.from_dict, options)

    @overload
    def upgrade_docker(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Node]: ...

    @overload
    def upgrade_docker(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Node: ...

    @overload
    def upgrade_docker(
        self,
        uuid: str,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Node] | Node: ...

    def upgrade_docker(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Node] | Node:
        """Upgrade Docker Daemon.

        Upgrades the node's Docker daemon; the containers on the node are restarted.

        Operation ``nodes_upgrade_docker``: ``POST /api/infra/v1/node/{uuid}/docker-upgrade/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _nodes_upgrade_docker._get_kwargs()

        started = self._runtime.start("nodes_upgrade_docker", (uuid,), request, Node.from_dict, options)
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    @overload
    def health_check(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Node]: ...

    @overload
    def health_check(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Node: ...

    @overload
    def health_check(
        self,
        uuid: str,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Node] | Node: ...

    def health_check(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[Node] | Node:
        """Perform a health check of a node.

        Checks that Docker Cloud can reach the node; the node becomes `Deployed` if it can and
        `Unreachable` if it cannot.

        Operation ``nodes_health_check``: ``POST /api/infra/v1/node/{uuid}/health-check/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _nodes_health_check._get_kwargs()

        started = self._runtime.start("nodes_health_check", (uuid,), request, Node.from_dict, options)
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: NodeState | str | Unset = UNSET,
        node_cluster: str | Unset = UNSET,
        node_type: str | Unset = UNSET,
        region: str | Unset = UNSET,
        docker_version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[NodeList, Node]:
        """List all nodes.

        Returns the nodes of the namespace, including recently terminated ones.

        Operation ``nodes_list``: ``GET /api/infra/v1/node/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            uuid_startswith (str | Unset):
            state (NodeState | Unset): Lifecycle state of a node.
            node_cluster (str | Unset):
            node_type (str | Unset):
            region (str | Unset):
            docker_version (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(NodeState, state, "state")

        request = _nodes_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            node_cluster=node_cluster,
            node_type=node_type,
            region=region,
            docker_version=docker_version,
        )

        return self._runtime.paginate("nodes_list", (), request, NodeList.from_dict, _nodes_list_objects, options)


class AsyncNodes:
    """The nodes operations (asyncio).

    Args:
        runtime: the client's async runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def find(self, identifier: str) -> Node:
        """The one node ``identifier`` names (see ``Nodes.find``)."""
        return await self._runtime.find(_FIND, identifier, self.list, self.get)

    async def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Node:
        """Get an existing node.

        Returns one node.

        Operation ``nodes_get``: ``GET /api/infra/v1/node/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _nodes_get._get_kwargs()

        return await self._runtime.call("nodes_get", (uuid,), request, Node.from_dict, options)

    @overload
    async def terminate(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Node]: ...

    @overload
    async def terminate(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Node: ...

    @overload
    async def terminate(
        self,
        uuid: str,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Node] | Node: ...

    async def terminate(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Node] | Node:
        """Terminate a node.

        Destroys the node at its provider.

        Operation ``nodes_terminate``: ``DELETE /api/infra/v1/node/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _nodes_terminate._get_kwargs()

        started = await self._runtime.start("nodes_terminate", (uuid,), request, Node.from_dict, options)
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    async def update(
        self,
        uuid: str,
        *,
        nickname: str | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Node:
        """Update a node.

        Sets the node's nickname and/or replaces its tag list.

        Operation ``nodes_update``: ``PATCH /api/infra/v1/node/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            nickname (str | Unset): Display name (the node's `external_fqdn` until set).
            tags (list[TagRef] | Unset): New tag list of the node (replaces the user tags).
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = NodeUpdate(
            nickname=nickname,
            tags=tags,
        )
        options = CallOptions(timeout, extra_headers)
        request = _nodes_update._get_kwargs(
            body=body,
        )

        return await self._runtime.call("nodes_update", (uuid,), request, Node.from_dict, options)

    @overload
    async def upgrade_docker(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Node]: ...

    @overload
    async def upgrade_docker(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Node: ...

    @overload
    async def upgrade_docker(
        self,
        uuid: str,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Node] | Node: ...

    async def upgrade_docker(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Node] | Node:
        """Upgrade Docker Daemon.

        Upgrades the node's Docker daemon; the containers on the node are restarted.

        Operation ``nodes_upgrade_docker``: ``POST /api/infra/v1/node/{uuid}/docker-upgrade/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _nodes_upgrade_docker._get_kwargs()

        started = await self._runtime.start("nodes_upgrade_docker", (uuid,), request, Node.from_dict, options)
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    @overload
    async def health_check(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Node]: ...

    @overload
    async def health_check(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Node: ...

    @overload
    async def health_check(
        self,
        uuid: str,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Node] | Node: ...

    async def health_check(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[Node] | Node:
        """Perform a health check of a node.

        Checks that Docker Cloud can reach the node; the node becomes `Deployed` if it can and
        `Unreachable` if it cannot.

        Operation ``nodes_health_check``: ``POST /api/infra/v1/node/{uuid}/health-check/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _nodes_health_check._get_kwargs()

        started = await self._runtime.start("nodes_health_check", (uuid,), request, Node.from_dict, options)
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: NodeState | str | Unset = UNSET,
        node_cluster: str | Unset = UNSET,
        node_type: str | Unset = UNSET,
        region: str | Unset = UNSET,
        docker_version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[NodeList, Node]:
        """List all nodes.

        Returns the nodes of the namespace, including recently terminated ones.

        Operation ``nodes_list``: ``GET /api/infra/v1/node/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            uuid_startswith (str | Unset):
            state (NodeState | Unset): Lifecycle state of a node.
            node_cluster (str | Unset):
            node_type (str | Unset):
            region (str | Unset):
            docker_version (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(NodeState, state, "state")

        request = _nodes_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            node_cluster=node_cluster,
            node_type=node_type,
            region=region,
            docker_version=docker_version,
        )

        return self._runtime.paginate("nodes_list", (), request, NodeList.from_dict, _nodes_list_objects, options)


class NodesWithRawResponse:
    """``client.with_raw_response.nodes``: the nodes operations answering a ``RawResponse``.

    Args:
        runtime: the client's runtime.
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Node]:
        """``Nodes.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _nodes_get._get_kwargs()

        return self._runtime.call_raw("nodes_get", (uuid,), request, Node.from_dict, options)

    def terminate(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Node]:
        """``Nodes.terminate``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _nodes_terminate._get_kwargs()

        return self._runtime.call_raw("nodes_terminate", (uuid,), request, Node.from_dict, options)

    def update(
        self,
        uuid: str,
        *,
        nickname: str | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Node]:
        """``Nodes.update``, answering its HTTP response; ``.parse()`` gives the result."""
        body = NodeUpdate(
            nickname=nickname,
            tags=tags,
        )
        options = CallOptions(timeout, extra_headers)
        request = _nodes_update._get_kwargs(
            body=body,
        )

        return self._runtime.call_raw("nodes_update", (uuid,), request, Node.from_dict, options)

    def upgrade_docker(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Node]:
        """``Nodes.upgrade_docker``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _nodes_upgrade_docker._get_kwargs()

        return self._runtime.call_raw("nodes_upgrade_docker", (uuid,), request, Node.from_dict, options)

    def health_check(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Node]:
        """``Nodes.health_check``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _nodes_health_check._get_kwargs()

        return self._runtime.call_raw("nodes_health_check", (uuid,), request, Node.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: NodeState | str | Unset = UNSET,
        node_cluster: str | Unset = UNSET,
        node_type: str | Unset = UNSET,
        region: str | Unset = UNSET,
        docker_version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeList]:
        """``Nodes.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(NodeState, state, "state")

        request = _nodes_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            node_cluster=node_cluster,
            node_type=node_type,
            region=region,
            docker_version=docker_version,
        )

        return self._runtime.call_raw("nodes_list", (), request, NodeList.from_dict, options)


class AsyncNodesWithRawResponse:
    """``async_client.with_raw_response.nodes``: the nodes operations answering a ``RawResponse``.

    Args:
        runtime: the client's async runtime.
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Node]:
        """``AsyncNodes.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _nodes_get._get_kwargs()

        return await self._runtime.call_raw("nodes_get", (uuid,), request, Node.from_dict, options)

    async def terminate(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Node]:
        """``AsyncNodes.terminate``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _nodes_terminate._get_kwargs()

        return await self._runtime.call_raw("nodes_terminate", (uuid,), request, Node.from_dict, options)

    async def update(
        self,
        uuid: str,
        *,
        nickname: str | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Node]:
        """``AsyncNodes.update``, answering its HTTP response; ``.parse()`` gives the result."""
        body = NodeUpdate(
            nickname=nickname,
            tags=tags,
        )
        options = CallOptions(timeout, extra_headers)
        request = _nodes_update._get_kwargs(
            body=body,
        )

        return await self._runtime.call_raw("nodes_update", (uuid,), request, Node.from_dict, options)

    async def upgrade_docker(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Node]:
        """``AsyncNodes.upgrade_docker``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _nodes_upgrade_docker._get_kwargs()

        return await self._runtime.call_raw("nodes_upgrade_docker", (uuid,), request, Node.from_dict, options)

    async def health_check(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Node]:
        """``AsyncNodes.health_check``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _nodes_health_check._get_kwargs()

        return await self._runtime.call_raw("nodes_health_check", (uuid,), request, Node.from_dict, options)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: NodeState | str | Unset = UNSET,
        node_cluster: str | Unset = UNSET,
        node_type: str | Unset = UNSET,
        region: str | Unset = UNSET,
        docker_version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeList]:
        """``AsyncNodes.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(NodeState, state, "state")

        request = _nodes_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            node_cluster=node_cluster,
            node_type=node_type,
            region=region,
            docker_version=docker_version,
        )

        return await self._runtime.call_raw("nodes_list", (), request, NodeList.from_dict, options)
