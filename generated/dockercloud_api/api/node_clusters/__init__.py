# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Resource classes of the node_clusters group: one method per operation."""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast, overload

import httpx

from ...models.error_body import ErrorBody
from ...models.list_meta import ListMeta
from ...models.node_cluster import NodeCluster
from ...models.node_cluster_create import NodeClusterCreate
from ...models.node_cluster_list import NodeClusterList
from ...models.node_cluster_state import NodeClusterState
from ...models.node_cluster_update import NodeClusterUpdate
from ...models.provider_options import ProviderOptions
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
from . import node_clusters_create as _node_clusters_create
from . import node_clusters_deploy as _node_clusters_deploy
from . import node_clusters_get as _node_clusters_get
from . import node_clusters_list as _node_clusters_list
from . import node_clusters_terminate as _node_clusters_terminate
from . import node_clusters_update as _node_clusters_update
from . import node_clusters_upgrade_docker as _node_clusters_upgrade_docker


def _node_clusters_list_objects(page: NodeClusterList) -> list[NodeCluster]:
    return page.objects


#: How ``find`` searches this group: the filters of its list operation.
_FIND = Lookup("node cluster", "/api/infra/v1/nodecluster/", by_name=True, stack_filter=None)


class NodeClusters:
    """The node_clusters operations (sync).

    Args:
        runtime: the client's runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def find(self, identifier: str) -> NodeCluster:
        """The one node cluster named by ``identifier``, resolved as the docker-cloud CLI did.

        Args:
            identifier: a full or short UUID, a name or a resource URI.

        Raises:
            NotFoundError: no node cluster matches.
            AmbiguousIdentifierError: several do; ``candidates`` lists them.
        """
        return self._runtime.find(_FIND, identifier, self.list, self.get)

    def create(
        self,
        *,
        name: str,
        node_type: str,
        region: str,
        disk: int | Unset = UNSET,
        nickname: str | Unset = UNSET,
        target_num_nodes: int | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        provider_options: ProviderOptions | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NodeCluster:
        """Create a new node cluster.

        Records a new node cluster in state `Init`; no node is deployed until `deploy` is called.

        Operation ``node_clusters_create``: ``POST /api/infra/v1/nodecluster/``.

        Args:
            name (str): Name of the node cluster.
            node_type (str): Resource URI of the node type of the nodes.
            region (str): Resource URI of the region to deploy in.
            disk (int | Unset): Disk size for images and containers, in GB.  Ignored on
                Digital Ocean; Softlayer only accepts 10, 20, 25, 30, 40, 50, 75, 100, 125, 150,
                175, 200, 250, 300, 350, 400, 500, 750, 1000, 1500 or 2000. Default: 60.
            nickname (str | Unset): Display name; defaults to `name`.
            target_num_nodes (int | Unset): Number of nodes to deploy. Default: 1.
            tags (list[TagRef] | Unset): Tags of the node cluster and its nodes.
            provider_options (ProviderOptions | Unset): Provider-specific deployment
                options; only AWS defines any.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = NodeClusterCreate(
            name=name,
            node_type=node_type,
            region=region,
            disk=disk,
            nickname=nickname,
            target_num_nodes=target_num_nodes,
            tags=tags,
            provider_options=provider_options,
        )
        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_create._get_kwargs(
            body=body,
        )

        return self._runtime.call("node_clusters_create", (), request, NodeCluster.from_dict, options)

    def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NodeCluster:
        """Get an existing node cluster.

        Returns one node cluster.

        Operation ``node_clusters_get``: ``GET /api/infra/v1/nodecluster/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_get._get_kwargs()

        return self._runtime.call("node_clusters_get", (uuid,), request, NodeCluster.from_dict, options)

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
    ) -> StartedAction[NodeCluster]: ...

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
    ) -> NodeCluster: ...

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
    ) -> StartedAction[NodeCluster] | NodeCluster: ...

    def terminate(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[NodeCluster] | NodeCluster:
        """Terminate a node cluster.

        Terminates every node of the cluster and then the cluster itself.  This cannot be undone.

        Operation ``node_clusters_terminate``: ``DELETE /api/infra/v1/nodecluster/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_terminate._get_kwargs()

        started = self._runtime.start("node_clusters_terminate", (uuid,), request, NodeCluster.from_dict, options)
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    @overload
    def update(
        self,
        uuid: str,
        *,
        target_num_nodes: int | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[NodeCluster]: ...

    @overload
    def update(
        self,
        uuid: str,
        *,
        target_num_nodes: int | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NodeCluster: ...

    @overload
    def update(
        self,
        uuid: str,
        *,
        target_num_nodes: int | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[NodeCluster] | NodeCluster: ...

    def update(
        self,
        uuid: str,
        *,
        target_num_nodes: int | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[NodeCluster] | NodeCluster:
        """Update an existing node cluster.

        Changes the target number of nodes and/or replaces the tag list, then applies the change
        (deploying or terminating nodes as needed), hence `202`.

        Operation ``node_clusters_update``: ``PATCH /api/infra/v1/nodecluster/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            target_num_nodes (int | Unset): Number of nodes to scale the cluster to.
            tags (list[TagRef] | Unset): New tag list of the cluster and its nodes (replaces
                the user tags).
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = NodeClusterUpdate(
            target_num_nodes=target_num_nodes,
            tags=tags,
        )
        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_update._get_kwargs(
            body=body,
        )

        started = self._runtime.start("node_clusters_update", (uuid,), request, NodeCluster.from_dict, options)
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    @overload
    def deploy(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[NodeCluster]: ...

    @overload
    def deploy(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NodeCluster: ...

    @overload
    def deploy(
        self,
        uuid: str,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[NodeCluster] | NodeCluster: ...

    def deploy(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[NodeCluster] | NodeCluster:
        """Deploy a node cluster.

        Provisions the nodes of a node cluster in state `Init` in its region and provider.

        Operation ``node_clusters_deploy``: ``POST /api/infra/v1/nodecluster/{uuid}/deploy/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_deploy._get_kwargs()

        started = self._runtime.start("node_clusters_deploy", (uuid,), request, NodeCluster.from_dict, options)
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

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
    ) -> StartedAction[NodeCluster]: ...

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
    ) -> NodeCluster: ...

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
    ) -> StartedAction[NodeCluster] | NodeCluster: ...

    def upgrade_docker(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartedAction[NodeCluster] | NodeCluster:
        """Upgrade the Docker daemon of every node of a node cluster.

        Upgrades the Docker daemon of every `Deployed` node of a `Deployed` or `Partly deployed` node
        cluster, as node docker-upgrade does for one node.  [inferred] Not in the reference: the Go SDK
        calls it (`NodeCluster.Upgrade`); the state rule and the answer follow node docker-upgrade.

        Operation ``node_clusters_upgrade_docker``: ``POST /api/infra/v1/nodecluster/{uuid}/docker-upgrade/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_upgrade_docker._get_kwargs()

        started = self._runtime.start("node_clusters_upgrade_docker", (uuid,), request, NodeCluster.from_dict, options)
        return (started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: NodeClusterState | str | Unset = UNSET,
        name: str | Unset = UNSET,
        region: str | Unset = UNSET,
        node_type: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[NodeClusterList, NodeCluster]:
        """List all node clusters.

        Returns the node clusters of the namespace, including recently terminated ones.

        Operation ``node_clusters_list``: ``GET /api/infra/v1/nodecluster/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            uuid_startswith (str | Unset):
            state (NodeClusterState | Unset): Lifecycle state of a node cluster.
            name (str | Unset):
            region (str | Unset):
            node_type (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(NodeClusterState, state, "state")

        request = _node_clusters_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            name=name,
            region=region,
            node_type=node_type,
        )

        return self._runtime.paginate(
            "node_clusters_list", (), request, NodeClusterList.from_dict, _node_clusters_list_objects, options
        )


class AsyncNodeClusters:
    """The node_clusters operations (asyncio).

    Args:
        runtime: the client's async runtime (``dockercloud_client`` passes its own).
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def find(self, identifier: str) -> NodeCluster:
        """The one node cluster ``identifier`` names (see ``NodeClusters.find``)."""
        return await self._runtime.find(_FIND, identifier, self.list, self.get)

    async def create(
        self,
        *,
        name: str,
        node_type: str,
        region: str,
        disk: int | Unset = UNSET,
        nickname: str | Unset = UNSET,
        target_num_nodes: int | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        provider_options: ProviderOptions | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NodeCluster:
        """Create a new node cluster.

        Records a new node cluster in state `Init`; no node is deployed until `deploy` is called.

        Operation ``node_clusters_create``: ``POST /api/infra/v1/nodecluster/``.

        Args:
            name (str): Name of the node cluster.
            node_type (str): Resource URI of the node type of the nodes.
            region (str): Resource URI of the region to deploy in.
            disk (int | Unset): Disk size for images and containers, in GB.  Ignored on
                Digital Ocean; Softlayer only accepts 10, 20, 25, 30, 40, 50, 75, 100, 125, 150,
                175, 200, 250, 300, 350, 400, 500, 750, 1000, 1500 or 2000. Default: 60.
            nickname (str | Unset): Display name; defaults to `name`.
            target_num_nodes (int | Unset): Number of nodes to deploy. Default: 1.
            tags (list[TagRef] | Unset): Tags of the node cluster and its nodes.
            provider_options (ProviderOptions | Unset): Provider-specific deployment
                options; only AWS defines any.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = NodeClusterCreate(
            name=name,
            node_type=node_type,
            region=region,
            disk=disk,
            nickname=nickname,
            target_num_nodes=target_num_nodes,
            tags=tags,
            provider_options=provider_options,
        )
        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_create._get_kwargs(
            body=body,
        )

        return await self._runtime.call("node_clusters_create", (), request, NodeCluster.from_dict, options)

    async def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NodeCluster:
        """Get an existing node cluster.

        Returns one node cluster.

        Operation ``node_clusters_get``: ``GET /api/infra/v1/nodecluster/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_get._get_kwargs()

        return await self._runtime.call("node_clusters_get", (uuid,), request, NodeCluster.from_dict, options)

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
    ) -> AsyncStartedAction[NodeCluster]: ...

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
    ) -> NodeCluster: ...

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
    ) -> AsyncStartedAction[NodeCluster] | NodeCluster: ...

    async def terminate(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[NodeCluster] | NodeCluster:
        """Terminate a node cluster.

        Terminates every node of the cluster and then the cluster itself.  This cannot be undone.

        Operation ``node_clusters_terminate``: ``DELETE /api/infra/v1/nodecluster/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_terminate._get_kwargs()

        started = await self._runtime.start("node_clusters_terminate", (uuid,), request, NodeCluster.from_dict, options)
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    @overload
    async def update(
        self,
        uuid: str,
        *,
        target_num_nodes: int | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[NodeCluster]: ...

    @overload
    async def update(
        self,
        uuid: str,
        *,
        target_num_nodes: int | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NodeCluster: ...

    @overload
    async def update(
        self,
        uuid: str,
        *,
        target_num_nodes: int | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[NodeCluster] | NodeCluster: ...

    async def update(
        self,
        uuid: str,
        *,
        target_num_nodes: int | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[NodeCluster] | NodeCluster:
        """Update an existing node cluster.

        Changes the target number of nodes and/or replaces the tag list, then applies the change
        (deploying or terminating nodes as needed), hence `202`.

        Operation ``node_clusters_update``: ``PATCH /api/infra/v1/nodecluster/{uuid}/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            target_num_nodes (int | Unset): Number of nodes to scale the cluster to.
            tags (list[TagRef] | Unset): New tag list of the cluster and its nodes (replaces
                the user tags).
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        body = NodeClusterUpdate(
            target_num_nodes=target_num_nodes,
            tags=tags,
        )
        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_update._get_kwargs(
            body=body,
        )

        started = await self._runtime.start("node_clusters_update", (uuid,), request, NodeCluster.from_dict, options)
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    @overload
    async def deploy(
        self,
        uuid: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[NodeCluster]: ...

    @overload
    async def deploy(
        self,
        uuid: str,
        *,
        wait: Literal[True],
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NodeCluster: ...

    @overload
    async def deploy(
        self,
        uuid: str,
        *,
        wait: bool,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[NodeCluster] | NodeCluster: ...

    async def deploy(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[NodeCluster] | NodeCluster:
        """Deploy a node cluster.

        Provisions the nodes of a node cluster in state `Init` in its region and provider.

        Operation ``node_clusters_deploy``: ``POST /api/infra/v1/nodecluster/{uuid}/deploy/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_deploy._get_kwargs()

        started = await self._runtime.start("node_clusters_deploy", (uuid,), request, NodeCluster.from_dict, options)
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

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
    ) -> AsyncStartedAction[NodeCluster]: ...

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
    ) -> NodeCluster: ...

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
    ) -> AsyncStartedAction[NodeCluster] | NodeCluster: ...

    async def upgrade_docker(
        self,
        uuid: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncStartedAction[NodeCluster] | NodeCluster:
        """Upgrade the Docker daemon of every node of a node cluster.

        Upgrades the Docker daemon of every `Deployed` node of a `Deployed` or `Partly deployed` node
        cluster, as node docker-upgrade does for one node.  [inferred] Not in the reference: the Go SDK
        calls it (`NodeCluster.Upgrade`); the state rule and the answer follow node docker-upgrade.

        Operation ``node_clusters_upgrade_docker``: ``POST /api/infra/v1/nodecluster/{uuid}/docker-upgrade/``.

        Args:
            uuid (str):  An object's resource_uri is accepted too.
            wait: block until the started action succeeds and return the refreshed object.
            wait_timeout: seconds to wait with ``wait=True`` (default 600).
            on_progress: with ``wait=True``, called with the ``Action`` after every poll.
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_upgrade_docker._get_kwargs()

        started = await self._runtime.start(
            "node_clusters_upgrade_docker", (uuid,), request, NodeCluster.from_dict, options
        )
        return (await started.wait(wait_timeout, on_progress=on_progress)) if wait else started

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: NodeClusterState | str | Unset = UNSET,
        name: str | Unset = UNSET,
        region: str | Unset = UNSET,
        node_type: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[NodeClusterList, NodeCluster]:
        """List all node clusters.

        Returns the node clusters of the namespace, including recently terminated ones.

        Operation ``node_clusters_list``: ``GET /api/infra/v1/nodecluster/``.

        Args:
            limit (int | Unset): objects per page. Default: iterating the items asks for the
                largest pages the API allows; pages(), first_page() and with_raw_response for
                the API's default.
            offset (int | Unset):  Default: 0.
            uuid (str | Unset):
            uuid_startswith (str | Unset):
            state (NodeClusterState | Unset): Lifecycle state of a node cluster.
            name (str | Unset):
            region (str | Unset):
            node_type (str | Unset):
            timeout: seconds (or an ``httpx.Timeout``) for this call's requests; default: the client's.
            extra_headers: headers to add to the request (or to replace).
        """

        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(NodeClusterState, state, "state")

        request = _node_clusters_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            name=name,
            region=region,
            node_type=node_type,
        )

        return self._runtime.paginate(
            "node_clusters_list", (), request, NodeClusterList.from_dict, _node_clusters_list_objects, options
        )


class NodeClustersWithRawResponse:
    """``client.with_raw_response.node_clusters``: the node_clusters operations answering a ``RawResponse``.

    Args:
        runtime: the client's runtime.
    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def create(
        self,
        *,
        name: str,
        node_type: str,
        region: str,
        disk: int | Unset = UNSET,
        nickname: str | Unset = UNSET,
        target_num_nodes: int | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        provider_options: ProviderOptions | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeCluster]:
        """``NodeClusters.create``, answering its HTTP response; ``.parse()`` gives the result."""
        body = NodeClusterCreate(
            name=name,
            node_type=node_type,
            region=region,
            disk=disk,
            nickname=nickname,
            target_num_nodes=target_num_nodes,
            tags=tags,
            provider_options=provider_options,
        )
        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_create._get_kwargs(
            body=body,
        )

        return self._runtime.call_raw("node_clusters_create", (), request, NodeCluster.from_dict, options)

    def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeCluster]:
        """``NodeClusters.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_get._get_kwargs()

        return self._runtime.call_raw("node_clusters_get", (uuid,), request, NodeCluster.from_dict, options)

    def terminate(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeCluster]:
        """``NodeClusters.terminate``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_terminate._get_kwargs()

        return self._runtime.call_raw("node_clusters_terminate", (uuid,), request, NodeCluster.from_dict, options)

    def update(
        self,
        uuid: str,
        *,
        target_num_nodes: int | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeCluster]:
        """``NodeClusters.update``, answering its HTTP response; ``.parse()`` gives the result."""
        body = NodeClusterUpdate(
            target_num_nodes=target_num_nodes,
            tags=tags,
        )
        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_update._get_kwargs(
            body=body,
        )

        return self._runtime.call_raw("node_clusters_update", (uuid,), request, NodeCluster.from_dict, options)

    def deploy(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeCluster]:
        """``NodeClusters.deploy``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_deploy._get_kwargs()

        return self._runtime.call_raw("node_clusters_deploy", (uuid,), request, NodeCluster.from_dict, options)

    def upgrade_docker(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeCluster]:
        """``NodeClusters.upgrade_docker``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_upgrade_docker._get_kwargs()

        return self._runtime.call_raw("node_clusters_upgrade_docker", (uuid,), request, NodeCluster.from_dict, options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: NodeClusterState | str | Unset = UNSET,
        name: str | Unset = UNSET,
        region: str | Unset = UNSET,
        node_type: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeClusterList]:
        """``NodeClusters.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(NodeClusterState, state, "state")

        request = _node_clusters_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            name=name,
            region=region,
            node_type=node_type,
        )

        return self._runtime.call_raw("node_clusters_list", (), request, NodeClusterList.from_dict, options)


class AsyncNodeClustersWithRawResponse:
    """``async_client.with_raw_response.node_clusters``: the node_clusters operations answering a ``RawResponse``.

    Args:
        runtime: the client's async runtime.
    """

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def create(
        self,
        *,
        name: str,
        node_type: str,
        region: str,
        disk: int | Unset = UNSET,
        nickname: str | Unset = UNSET,
        target_num_nodes: int | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        provider_options: ProviderOptions | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeCluster]:
        """``AsyncNodeClusters.create``, answering its HTTP response; ``.parse()`` gives the result."""
        body = NodeClusterCreate(
            name=name,
            node_type=node_type,
            region=region,
            disk=disk,
            nickname=nickname,
            target_num_nodes=target_num_nodes,
            tags=tags,
            provider_options=provider_options,
        )
        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_create._get_kwargs(
            body=body,
        )

        return await self._runtime.call_raw("node_clusters_create", (), request, NodeCluster.from_dict, options)

    async def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeCluster]:
        """``AsyncNodeClusters.get``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_get._get_kwargs()

        return await self._runtime.call_raw("node_clusters_get", (uuid,), request, NodeCluster.from_dict, options)

    async def terminate(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeCluster]:
        """``AsyncNodeClusters.terminate``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_terminate._get_kwargs()

        return await self._runtime.call_raw("node_clusters_terminate", (uuid,), request, NodeCluster.from_dict, options)

    async def update(
        self,
        uuid: str,
        *,
        target_num_nodes: int | Unset = UNSET,
        tags: Sequence[TagRef | Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeCluster]:
        """``AsyncNodeClusters.update``, answering its HTTP response; ``.parse()`` gives the result."""
        body = NodeClusterUpdate(
            target_num_nodes=target_num_nodes,
            tags=tags,
        )
        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_update._get_kwargs(
            body=body,
        )

        return await self._runtime.call_raw("node_clusters_update", (uuid,), request, NodeCluster.from_dict, options)

    async def deploy(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeCluster]:
        """``AsyncNodeClusters.deploy``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_deploy._get_kwargs()

        return await self._runtime.call_raw("node_clusters_deploy", (uuid,), request, NodeCluster.from_dict, options)

    async def upgrade_docker(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeCluster]:
        """``AsyncNodeClusters.upgrade_docker``, answering its HTTP response; ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)
        request = _node_clusters_upgrade_docker._get_kwargs()

        return await self._runtime.call_raw(
            "node_clusters_upgrade_docker", (uuid,), request, NodeCluster.from_dict, options
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = 0,
        uuid: str | Unset = UNSET,
        uuid_startswith: str | Unset = UNSET,
        state: NodeClusterState | str | Unset = UNSET,
        name: str | Unset = UNSET,
        region: str | Unset = UNSET,
        node_type: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NodeClusterList]:
        """``AsyncNodeClusters.list``, answering its HTTP response (one page); ``.parse()`` gives the result."""
        options = CallOptions(timeout, extra_headers)

        state = state if isinstance(state, Unset) else enum_input(NodeClusterState, state, "state")

        request = _node_clusters_list._get_kwargs(
            limit=limit,
            offset=offset,
            uuid=uuid,
            uuid_startswith=uuid_startswith,
            state=state,
            name=name,
            region=region,
            node_type=node_type,
        )

        return await self._runtime.call_raw("node_clusters_list", (), request, NodeClusterList.from_dict, options)
