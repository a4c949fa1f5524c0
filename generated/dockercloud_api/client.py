# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""The resource groups of a client, one per tag of the spec: attributes, types and construction."""

from .api import AsyncRuntime, Runtime
from .api.actions import (
    Actions,
    ActionsWithRawResponse,
    AsyncActions,
    AsyncActionsWithRawResponse,
)
from .api.availability_zones import (
    AsyncAvailabilityZones,
    AsyncAvailabilityZonesWithRawResponse,
    AvailabilityZones,
    AvailabilityZonesWithRawResponse,
)
from .api.containers import (
    AsyncContainers,
    AsyncContainersWithRawResponse,
    Containers,
    ContainersWithRawResponse,
)
from .api.node_clusters import (
    AsyncNodeClusters,
    AsyncNodeClustersWithRawResponse,
    NodeClusters,
    NodeClustersWithRawResponse,
)
from .api.node_types import (
    AsyncNodeTypes,
    AsyncNodeTypesWithRawResponse,
    NodeTypes,
    NodeTypesWithRawResponse,
)
from .api.nodes import (
    AsyncNodes,
    AsyncNodesWithRawResponse,
    Nodes,
    NodesWithRawResponse,
)
from .api.providers import (
    AsyncProviders,
    AsyncProvidersWithRawResponse,
    Providers,
    ProvidersWithRawResponse,
)
from .api.regions import (
    AsyncRegions,
    AsyncRegionsWithRawResponse,
    Regions,
    RegionsWithRawResponse,
)
from .api.registries import (
    AsyncRegistries,
    AsyncRegistriesWithRawResponse,
    Registries,
    RegistriesWithRawResponse,
)
from .api.repositories import (
    AsyncRepositories,
    AsyncRepositoriesWithRawResponse,
    Repositories,
    RepositoriesWithRawResponse,
)
from .api.services import (
    AsyncServices,
    AsyncServicesWithRawResponse,
    Services,
    ServicesWithRawResponse,
)
from .api.stacks import (
    AsyncStacks,
    AsyncStacksWithRawResponse,
    Stacks,
    StacksWithRawResponse,
)
from .api.tags import AsyncTags, AsyncTagsWithRawResponse, Tags, TagsWithRawResponse
from .api.triggers import (
    AsyncTriggers,
    AsyncTriggersWithRawResponse,
    Triggers,
    TriggersWithRawResponse,
)


class ResourceGroups:
    """The sync resource groups, one attribute per tag (``client.services``, ...)."""

    actions: Actions
    providers: Providers
    regions: Regions
    availability_zones: AvailabilityZones
    node_types: NodeTypes
    node_clusters: NodeClusters
    nodes: Nodes
    tags: Tags
    registries: Registries
    repositories: Repositories
    stacks: Stacks
    services: Services
    containers: Containers
    triggers: Triggers

    def _attach_groups(self, runtime: Runtime) -> None:
        """Create every resource group on ``runtime``."""
        self.actions = Actions(runtime)
        self.providers = Providers(runtime)
        self.regions = Regions(runtime)
        self.availability_zones = AvailabilityZones(runtime)
        self.node_types = NodeTypes(runtime)
        self.node_clusters = NodeClusters(runtime)
        self.nodes = Nodes(runtime)
        self.tags = Tags(runtime)
        self.registries = Registries(runtime)
        self.repositories = Repositories(runtime)
        self.stacks = Stacks(runtime)
        self.services = Services(runtime)
        self.containers = Containers(runtime)
        self.triggers = Triggers(runtime)


class ResourceGroupsWithRawResponse:
    """The sync resource groups answering ``RawResponse`` objects (``client.with_raw_response``).

    Args:
        runtime: the client's runtime (namespace, options and connection pool included).
    """

    actions: ActionsWithRawResponse
    providers: ProvidersWithRawResponse
    regions: RegionsWithRawResponse
    availability_zones: AvailabilityZonesWithRawResponse
    node_types: NodeTypesWithRawResponse
    node_clusters: NodeClustersWithRawResponse
    nodes: NodesWithRawResponse
    tags: TagsWithRawResponse
    registries: RegistriesWithRawResponse
    repositories: RepositoriesWithRawResponse
    stacks: StacksWithRawResponse
    services: ServicesWithRawResponse
    containers: ContainersWithRawResponse
    triggers: TriggersWithRawResponse

    def __init__(self, runtime: Runtime) -> None:
        self.actions = ActionsWithRawResponse(runtime)
        self.providers = ProvidersWithRawResponse(runtime)
        self.regions = RegionsWithRawResponse(runtime)
        self.availability_zones = AvailabilityZonesWithRawResponse(runtime)
        self.node_types = NodeTypesWithRawResponse(runtime)
        self.node_clusters = NodeClustersWithRawResponse(runtime)
        self.nodes = NodesWithRawResponse(runtime)
        self.tags = TagsWithRawResponse(runtime)
        self.registries = RegistriesWithRawResponse(runtime)
        self.repositories = RepositoriesWithRawResponse(runtime)
        self.stacks = StacksWithRawResponse(runtime)
        self.services = ServicesWithRawResponse(runtime)
        self.containers = ContainersWithRawResponse(runtime)
        self.triggers = TriggersWithRawResponse(runtime)


class AsyncResourceGroups:
    """The asyncio resource groups, one attribute per tag (``client.services``, ...)."""

    actions: AsyncActions
    providers: AsyncProviders
    regions: AsyncRegions
    availability_zones: AsyncAvailabilityZones
    node_types: AsyncNodeTypes
    node_clusters: AsyncNodeClusters
    nodes: AsyncNodes
    tags: AsyncTags
    registries: AsyncRegistries
    repositories: AsyncRepositories
    stacks: AsyncStacks
    services: AsyncServices
    containers: AsyncContainers
    triggers: AsyncTriggers

    def _attach_groups(self, runtime: AsyncRuntime) -> None:
        """Create every resource group on ``runtime``."""
        self.actions = AsyncActions(runtime)
        self.providers = AsyncProviders(runtime)
        self.regions = AsyncRegions(runtime)
        self.availability_zones = AsyncAvailabilityZones(runtime)
        self.node_types = AsyncNodeTypes(runtime)
        self.node_clusters = AsyncNodeClusters(runtime)
        self.nodes = AsyncNodes(runtime)
        self.tags = AsyncTags(runtime)
        self.registries = AsyncRegistries(runtime)
        self.repositories = AsyncRepositories(runtime)
        self.stacks = AsyncStacks(runtime)
        self.services = AsyncServices(runtime)
        self.containers = AsyncContainers(runtime)
        self.triggers = AsyncTriggers(runtime)


class AsyncResourceGroupsWithRawResponse:
    """The asyncio resource groups answering ``RawResponse`` objects (``client.with_raw_response``).

    Args:
        runtime: the client's runtime (namespace, options and connection pool included).
    """

    actions: AsyncActionsWithRawResponse
    providers: AsyncProvidersWithRawResponse
    regions: AsyncRegionsWithRawResponse
    availability_zones: AsyncAvailabilityZonesWithRawResponse
    node_types: AsyncNodeTypesWithRawResponse
    node_clusters: AsyncNodeClustersWithRawResponse
    nodes: AsyncNodesWithRawResponse
    tags: AsyncTagsWithRawResponse
    registries: AsyncRegistriesWithRawResponse
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
        self.node_clusters = AsyncNodeClustersWithRawResponse(runtime)
        self.nodes = AsyncNodesWithRawResponse(runtime)
        self.tags = AsyncTagsWithRawResponse(runtime)
        self.registries = AsyncRegistriesWithRawResponse(runtime)
        self.repositories = AsyncRepositoriesWithRawResponse(runtime)
        self.stacks = AsyncStacksWithRawResponse(runtime)
        self.services = AsyncServicesWithRawResponse(runtime)
        self.containers = AsyncContainersWithRawResponse(runtime)
        self.triggers = AsyncTriggersWithRawResponse(runtime)
