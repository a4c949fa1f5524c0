# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the nodes group: one method per operation."""

from typing import Literal, cast, overload

from ...models.error import Error
from ...models.list_meta import ListMeta
from ...models.node import Node
from ...models.node_list import NodeList
from ...models.node_state import NodeState
from ...models.node_update import NodeUpdate
from ...models.tag_ref import TagRef
from ...types import UNSET, Unset
from .. import AsyncPager, AsyncRuntime, AsyncStarted, Pager, Runtime, Started
from . import nodes_get as _nodes_get
from . import nodes_health_check as _nodes_health_check
from . import nodes_list as _nodes_list
from . import nodes_terminate as _nodes_terminate
from . import nodes_update as _nodes_update
from . import nodes_upgrade_docker as _nodes_upgrade_docker


def _nodes_list_objects(page: NodeList) -> list[Node]:
    return page.objects


class Nodes:
    """The nodes operations (sync).

    Args:
        runtime: the client's runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def get(
        self,
        uuid: str,
    ) -> Node:
        """Get an existing node.

        Returns one node.

        Operation ``nodes_get``: ``GET /api/infra/v1/node/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
        """

        (uuid,) = self._runtime.path_values("nodes_get", uuid)
        request = _nodes_get._get_kwargs(
            uuid=uuid,
        )

        return cast(Node, self._runtime.call("nodes_get", request, _nodes_get._parse_response))

    @overload
    def terminate(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        timeout: float | None = None,
    ) -> Started[Node]: ...

    @overload
    def terminate(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        timeout: float | None = None,
    ) -> Node: ...

    def terminate(
        self,
        uuid: str,
        *,
        wait: bool = False,
        timeout: float | None = None,
    ) -> Started[Node] | Node:
        """Terminate a node.

        Destroys the node at its provider.

        Operation ``nodes_terminate``: ``DELETE /api/infra/v1/node/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            timeout: seconds to wait with ``wait=True`` (default 600).
        """

        (uuid,) = self._runtime.path_values("nodes_terminate", uuid)
        request = _nodes_terminate._get_kwargs(
            uuid=uuid,
        )

        started = self._runtime.start("nodes_terminate", request, _nodes_terminate._parse_response, Node.from_dict)
        return (started.wait(timeout)) if wait else started

    def update(
        self,
        uuid: str,
        *,
        nickname: str | Unset = UNSET,
        tags: list[TagRef] | Unset = UNSET,
    ) -> Node:
        """Update a node.

        Sets the node's nickname and/or replaces its tag list.

        Operation ``nodes_update``: ``PATCH /api/infra/v1/node/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            nickname (str | Unset): Display name (the node's `external_fqdn` until set).
            tags (list[TagRef] | Unset): New tag list of the node (replaces the user tags).
        """

        (uuid,) = self._runtime.path_values("nodes_update", uuid)
        body = NodeUpdate(
            nickname=nickname,
            tags=tags,
        )
        request = _nodes_update._get_kwargs(
            uuid=uuid,
            body=body,
        )

        return cast(Node, self._runtime.call("nodes_update", request, _nodes_update._parse_response))

    @overload
    def upgrade_docker(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        timeout: float | None = None,
    ) -> Started[Node]: ...

    @overload
    def upgrade_docker(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        timeout: float | None = None,
    ) -> Node: ...

    def upgrade_docker(
        self,
        uuid: str,
        *,
        wait: bool = False,
        timeout: float | None = None,
    ) -> Started[Node] | Node:
        """Upgrade Docker Daemon.

        Upgrades the node's Docker daemon; the containers on the node are restarted.

        Operation ``nodes_upgrade_docker``: ``POST /api/infra/v1/node/{uuid}/docker-upgrade/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            timeout: seconds to wait with ``wait=True`` (default 600).
        """

        (uuid,) = self._runtime.path_values("nodes_upgrade_docker", uuid)
        request = _nodes_upgrade_docker._get_kwargs(
            uuid=uuid,
        )

        started = self._runtime.start(
            "nodes_upgrade_docker", request, _nodes_upgrade_docker._parse_response, Node.from_dict
        )
        return (started.wait(timeout)) if wait else started

    @overload
    def health_check(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        timeout: float | None = None,
    ) -> Started[Node]: ...

    @overload
    def health_check(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        timeout: float | None = None,
    ) -> Node: ...

    def health_check(
        self,
        uuid: str,
        *,
        wait: bool = False,
        timeout: float | None = None,
    ) -> Started[Node] | Node:
        """Perform a health check of a node.

        Checks that Docker Cloud can reach the node; the node becomes `Deployed` if it can and
        `Unreachable` if it cannot.

        Operation ``nodes_health_check``: ``POST /api/infra/v1/node/{uuid}/health-check/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            timeout: seconds to wait with ``wait=True`` (default 600).
        """

        (uuid,) = self._runtime.path_values("nodes_health_check", uuid)
        request = _nodes_health_check._get_kwargs(
            uuid=uuid,
        )

        started = self._runtime.start(
            "nodes_health_check", request, _nodes_health_check._parse_response, Node.from_dict
        )
        return (started.wait(timeout)) if wait else started

    def list(
        self,
        *,
        limit: int | Unset = 25,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        state: NodeState | Unset = UNSET,
        node_cluster: str | Unset = UNSET,
        node_type: str | Unset = UNSET,
        region: str | Unset = UNSET,
        docker_version: str | Unset = UNSET,
    ) -> Pager[NodeList, Node]:
        """List all nodes.

        Returns the nodes of the namespace, including recently terminated ones.

        Operation ``nodes_list``: ``GET /api/infra/v1/node/``.

        Args:
            limit (int | Unset):  Default: 25.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            state (NodeState | Unset): Lifecycle state of a node.
            node_cluster (str | Unset):
            node_type (str | Unset):
            region (str | Unset):
            docker_version (str | Unset):
        """

        request = _nodes_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            state=state,
            node_cluster=node_cluster,
            node_type=node_type,
            region=region,
            docker_version=docker_version,
        )

        return self._runtime.paginate("nodes_list", request, _nodes_list._parse_response, _nodes_list_objects)


class AsyncNodes:
    """The nodes operations (asyncio).

    Args:
        runtime: the client's async runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        uuid: str,
    ) -> Node:
        """Get an existing node.

        Returns one node.

        Operation ``nodes_get``: ``GET /api/infra/v1/node/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
        """

        (uuid,) = self._runtime.path_values("nodes_get", uuid)
        request = _nodes_get._get_kwargs(
            uuid=uuid,
        )

        return cast(Node, await self._runtime.call("nodes_get", request, _nodes_get._parse_response))

    @overload
    async def terminate(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        timeout: float | None = None,
    ) -> AsyncStarted[Node]: ...

    @overload
    async def terminate(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        timeout: float | None = None,
    ) -> Node: ...

    async def terminate(
        self,
        uuid: str,
        *,
        wait: bool = False,
        timeout: float | None = None,
    ) -> AsyncStarted[Node] | Node:
        """Terminate a node.

        Destroys the node at its provider.

        Operation ``nodes_terminate``: ``DELETE /api/infra/v1/node/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            timeout: seconds to wait with ``wait=True`` (default 600).
        """

        (uuid,) = self._runtime.path_values("nodes_terminate", uuid)
        request = _nodes_terminate._get_kwargs(
            uuid=uuid,
        )

        started = await self._runtime.start(
            "nodes_terminate", request, _nodes_terminate._parse_response, Node.from_dict
        )
        return (await started.wait(timeout)) if wait else started

    async def update(
        self,
        uuid: str,
        *,
        nickname: str | Unset = UNSET,
        tags: list[TagRef] | Unset = UNSET,
    ) -> Node:
        """Update a node.

        Sets the node's nickname and/or replaces its tag list.

        Operation ``nodes_update``: ``PATCH /api/infra/v1/node/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            nickname (str | Unset): Display name (the node's `external_fqdn` until set).
            tags (list[TagRef] | Unset): New tag list of the node (replaces the user tags).
        """

        (uuid,) = self._runtime.path_values("nodes_update", uuid)
        body = NodeUpdate(
            nickname=nickname,
            tags=tags,
        )
        request = _nodes_update._get_kwargs(
            uuid=uuid,
            body=body,
        )

        return cast(Node, await self._runtime.call("nodes_update", request, _nodes_update._parse_response))

    @overload
    async def upgrade_docker(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        timeout: float | None = None,
    ) -> AsyncStarted[Node]: ...

    @overload
    async def upgrade_docker(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        timeout: float | None = None,
    ) -> Node: ...

    async def upgrade_docker(
        self,
        uuid: str,
        *,
        wait: bool = False,
        timeout: float | None = None,
    ) -> AsyncStarted[Node] | Node:
        """Upgrade Docker Daemon.

        Upgrades the node's Docker daemon; the containers on the node are restarted.

        Operation ``nodes_upgrade_docker``: ``POST /api/infra/v1/node/{uuid}/docker-upgrade/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            timeout: seconds to wait with ``wait=True`` (default 600).
        """

        (uuid,) = self._runtime.path_values("nodes_upgrade_docker", uuid)
        request = _nodes_upgrade_docker._get_kwargs(
            uuid=uuid,
        )

        started = await self._runtime.start(
            "nodes_upgrade_docker", request, _nodes_upgrade_docker._parse_response, Node.from_dict
        )
        return (await started.wait(timeout)) if wait else started

    @overload
    async def health_check(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        timeout: float | None = None,
    ) -> AsyncStarted[Node]: ...

    @overload
    async def health_check(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        timeout: float | None = None,
    ) -> Node: ...

    async def health_check(
        self,
        uuid: str,
        *,
        wait: bool = False,
        timeout: float | None = None,
    ) -> AsyncStarted[Node] | Node:
        """Perform a health check of a node.

        Checks that Docker Cloud can reach the node; the node becomes `Deployed` if it can and
        `Unreachable` if it cannot.

        Operation ``nodes_health_check``: ``POST /api/infra/v1/node/{uuid}/health-check/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            timeout: seconds to wait with ``wait=True`` (default 600).
        """

        (uuid,) = self._runtime.path_values("nodes_health_check", uuid)
        request = _nodes_health_check._get_kwargs(
            uuid=uuid,
        )

        started = await self._runtime.start(
            "nodes_health_check", request, _nodes_health_check._parse_response, Node.from_dict
        )
        return (await started.wait(timeout)) if wait else started

    def list(
        self,
        *,
        limit: int | Unset = 25,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        state: NodeState | Unset = UNSET,
        node_cluster: str | Unset = UNSET,
        node_type: str | Unset = UNSET,
        region: str | Unset = UNSET,
        docker_version: str | Unset = UNSET,
    ) -> AsyncPager[NodeList, Node]:
        """List all nodes.

        Returns the nodes of the namespace, including recently terminated ones.

        Operation ``nodes_list``: ``GET /api/infra/v1/node/``.

        Args:
            limit (int | Unset):  Default: 25.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            state (NodeState | Unset): Lifecycle state of a node.
            node_cluster (str | Unset):
            node_type (str | Unset):
            region (str | Unset):
            docker_version (str | Unset):
        """

        request = _nodes_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            state=state,
            node_cluster=node_cluster,
            node_type=node_type,
            region=region,
            docker_version=docker_version,
        )

        return self._runtime.paginate("nodes_list", request, _nodes_list._parse_response, _nodes_list_objects)
