"""``client.with_raw_response``: every REST operation answering its HTTP response (``RawResponse``).

The groups and methods are those of the client (generated ``<Group>WithRawResponse`` classes), with
the same arguments but no ``wait=``: each sends one request and returns a
:class:`~dockercloud_api.api.RawResponse` (``status_code``, ``headers``, ``http_response``, and
``parse()`` for the model the regular method returns). Errors still raise. A ``list`` answers its
first (or ``offset=``) page; the handwritten additions (``triggers.call(count=)``, ``actions.wait``,
logs, exec, events) have no raw form (use ``triggers.call_with_count``).
"""

from __future__ import annotations

from dockercloud_api.api.actions import ActionsWithRawResponse, AsyncActionsWithRawResponse
from dockercloud_api.api.availability_zones import (
    AsyncAvailabilityZonesWithRawResponse,
    AvailabilityZonesWithRawResponse,
)
from dockercloud_api.api.containers import AsyncContainersWithRawResponse, ContainersWithRawResponse
from dockercloud_api.api.node_clusters import AsyncNodeClustersWithRawResponse, NodeClustersWithRawResponse
from dockercloud_api.api.node_types import AsyncNodeTypesWithRawResponse, NodeTypesWithRawResponse
from dockercloud_api.api.nodes import AsyncNodesWithRawResponse, NodesWithRawResponse
from dockercloud_api.api.providers import AsyncProvidersWithRawResponse, ProvidersWithRawResponse
from dockercloud_api.api.regions import AsyncRegionsWithRawResponse, RegionsWithRawResponse
from dockercloud_api.api.registries import AsyncRegistriesWithRawResponse, RegistriesWithRawResponse
from dockercloud_api.api.repositories import AsyncRepositoriesWithRawResponse, RepositoriesWithRawResponse
from dockercloud_api.api.services import AsyncServicesWithRawResponse, ServicesWithRawResponse
from dockercloud_api.api.stacks import AsyncStacksWithRawResponse, StacksWithRawResponse
from dockercloud_api.api.tags import AsyncTagsWithRawResponse, TagsWithRawResponse
from dockercloud_api.api.triggers import AsyncTriggersWithRawResponse, TriggersWithRawResponse

from ._runtime import AsyncRuntime, SyncRuntime


class ClientWithRawResponse:
    """The resource groups of a ``Client``, answering ``RawResponse`` objects.

    Args:
        runtime: the client's runtime (namespace, options and connection pool included).
    """

    actions: ActionsWithRawResponse
    providers: ProvidersWithRawResponse
    regions: RegionsWithRawResponse
    availability_zones: AvailabilityZonesWithRawResponse
    node_types: NodeTypesWithRawResponse
    registries: RegistriesWithRawResponse
    tags: TagsWithRawResponse
    node_clusters: NodeClustersWithRawResponse
    nodes: NodesWithRawResponse
    repositories: RepositoriesWithRawResponse
    stacks: StacksWithRawResponse
    services: ServicesWithRawResponse
    containers: ContainersWithRawResponse
    triggers: TriggersWithRawResponse

    def __init__(self, runtime: SyncRuntime) -> None:
        self.actions = ActionsWithRawResponse(runtime)
        self.providers = ProvidersWithRawResponse(runtime)
        self.regions = RegionsWithRawResponse(runtime)
        self.availability_zones = AvailabilityZonesWithRawResponse(runtime)
        self.node_types = NodeTypesWithRawResponse(runtime)
        self.registries = RegistriesWithRawResponse(runtime)
        self.tags = TagsWithRawResponse(runtime)
        self.node_clusters = NodeClustersWithRawResponse(runtime)
        self.nodes = NodesWithRawResponse(runtime)
        self.repositories = RepositoriesWithRawResponse(runtime)
        self.stacks = StacksWithRawResponse(runtime)
        self.services = ServicesWithRawResponse(runtime)
        self.containers = ContainersWithRawResponse(runtime)
        self.triggers = TriggersWithRawResponse(runtime)


class AsyncClientWithRawResponse:
    """The resource groups of an ``AsyncClient``, answering ``RawResponse`` objects (``await`` each call).

    Args:
        runtime: the client's async runtime.
    """

    actions: AsyncActionsWithRawResponse
    providers: AsyncProvidersWithRawResponse
    regions: AsyncRegionsWithRawResponse
    availability_zones: AsyncAvailabilityZonesWithRawResponse
    node_types: AsyncNodeTypesWithRawResponse
    registries: AsyncRegistriesWithRawResponse
    tags: AsyncTagsWithRawResponse
    node_clusters: AsyncNodeClustersWithRawResponse
    nodes: AsyncNodesWithRawResponse
    repositories: AsyncRepositoriesWithRawResponse
    stacks: AsyncStacksWithRawResponse
    services: AsyncServicesWithRawResponse
    containers: AsyncContainersWithRawResponse
    triggers: AsyncTriggersWithRawResponse

    def __init__(self, runtime: AsyncRuntime) -> None:
        self.actions = AsyncActionsWithRawResponse(runtime)
        self.providers = AsyncProvidersWithRawResponse(runtime)
        self.regions = AsyncRegionsWithRawResponse(runtime)
        self.availability_zones = AsyncAvailabilityZonesWithRawResponse(runtime)
        self.node_types = AsyncNodeTypesWithRawResponse(runtime)
        self.registries = AsyncRegistriesWithRawResponse(runtime)
        self.tags = AsyncTagsWithRawResponse(runtime)
        self.node_clusters = AsyncNodeClustersWithRawResponse(runtime)
        self.nodes = AsyncNodesWithRawResponse(runtime)
        self.repositories = AsyncRepositoriesWithRawResponse(runtime)
        self.stacks = AsyncStacksWithRawResponse(runtime)
        self.services = AsyncServicesWithRawResponse(runtime)
        self.containers = AsyncContainersWithRawResponse(runtime)
        self.triggers = AsyncTriggersWithRawResponse(runtime)
