"""The recorded scenarios: each one runs through ``Client`` and ``AsyncClient`` (one cassette each)
and asserts on the typed results. ``@scenario(...)`` names the operationIds a scenario covers; the
coverage gate in ``test_cassettes.py`` checks that together they cover every operation of the spec.

Calls are written once for both clients: ``await ctx(ctx.api.services.get(uuid))`` awaits only
for the async client, ``ctx.items(pager)`` / ``ctx.pages(pager)`` iterate either kind of pager.
"""

from __future__ import annotations

from typing import Any

import pytest

from dockercloud_api.models import (
    Action,
    ActionState,
    AvailabilityZone,
    Container,
    ContainerState,
    EnvVar,
    LinkSpec,
    Node,
    NodeCluster,
    NodeClusterState,
    NodeState,
    NodeType,
    Provider,
    Region,
    Registry,
    Repository,
    Service,
    ServiceCreate,
    ServiceState,
    Stack,
    StackServiceUpdate,
    StackState,
    TagOrigin,
    TagRef,
    Trigger,
    TriggerOperation,
)
from dockercloud_client import AuthenticationError, BadRequestError, NotFoundError

from .kit import ORG, UNKNOWN_UUID, Ctx, scenario

REGION = "/api/infra/v1/region/digitalocean/lon1/"
NODE_TYPE = "/api/infra/v1/nodetype/digitalocean/1gb/"
IMAGE = "tutum/hello-world"
WAIT = 10.0  # seconds; the emulator runs every transition at once, so nothing really waits


async def deployed_cluster(ctx: Ctx, api: Any, nodes: int = 1, tags: list[TagRef] | None = None) -> NodeCluster:
    """A deployed node cluster (setup of the scenarios that need nodes)."""
    cluster = await ctx(api.node_clusters.create(name="prod", node_type=NODE_TYPE, region=REGION,
                                                 target_num_nodes=nodes, tags=tags or []))  # fmt: skip
    deployed: NodeCluster = await ctx(api.node_clusters.deploy(cluster.uuid, wait=True, wait_timeout=WAIT))
    assert deployed.state is NodeClusterState.DEPLOYED
    return deployed


async def running_service(ctx: Ctx, api: Any, name: str = "web", containers: int = 1) -> Service:
    """A running service on a deployed cluster."""
    await deployed_cluster(ctx, api)
    service = await ctx(api.services.create(image=IMAGE, name=name, target_num_containers=containers))
    started: Service = await ctx(api.services.start(service.uuid, wait=True, wait_timeout=WAIT))
    assert started.state is ServiceState.RUNNING
    return started


# --------------------------------------------------------------------------- catalogue (global)


@scenario("providers_list", "providers_get")
async def scenario_providers(ctx: Ctx) -> None:
    providers = await ctx.items(ctx.api.providers.list())
    assert all(isinstance(p, Provider) for p in providers)
    assert "digitalocean" in {p.name for p in providers}
    provider = await ctx(ctx.api.providers.get("digitalocean"))
    assert isinstance(provider, Provider) and provider.name == "digitalocean"
    assert provider.resource_uri == "/api/infra/v1/provider/digitalocean/"
    assert isinstance(provider.regions, list) and REGION in provider.regions


@scenario("regions_list", "regions_get")
async def scenario_regions(ctx: Ctx) -> None:
    regions = await ctx.items(ctx.api.regions.list(provider="/api/infra/v1/provider/digitalocean/"))
    assert regions and all(isinstance(r, Region) for r in regions)
    assert REGION in {r.resource_uri for r in regions}
    region = await ctx(ctx.api.regions.get("digitalocean", "lon1"))
    assert isinstance(region, Region) and region.name == "lon1" and region.resource_uri == REGION
    assert NODE_TYPE in (region.node_types or [])


@scenario("availability_zones_list", "availability_zones_get")
async def scenario_availability_zones(ctx: Ctx) -> None:
    zones = await ctx.items(ctx.api.availability_zones.list())
    assert zones and all(isinstance(z, AvailabilityZone) for z in zones)
    zone = await ctx(ctx.api.availability_zones.get("aws", "us-east-1", "us-east-1a"))
    assert isinstance(zone, AvailabilityZone) and zone.name == "us-east-1a"
    assert zone.resource_uri == "/api/infra/v1/az/aws/us-east-1/us-east-1a/"


@scenario("node_types_list", "node_types_get")
async def scenario_node_types(ctx: Ctx) -> None:
    types = await ctx.items(ctx.api.node_types.list())
    assert NODE_TYPE in {t.resource_uri for t in types}
    node_type = await ctx(ctx.api.node_types.get("digitalocean/1gb"))
    assert isinstance(node_type, NodeType) and node_type.name == "1gb" and node_type.resource_uri == NODE_TYPE


@scenario("registries_list", "registries_get")
async def scenario_registries(ctx: Ctx) -> None:
    registries = await ctx.items(ctx.api.registries.list())
    assert "registry-1.docker.io" in {r.host for r in registries}
    registry = await ctx(ctx.api.registries.get("registry-1.docker.io"))
    assert isinstance(registry, Registry) and registry.host == "registry-1.docker.io"


# --------------------------------------------------------------------------- infrastructure


@scenario("node_clusters_create", "node_clusters_get", "node_clusters_list", "node_clusters_deploy",
          "node_clusters_update", "node_clusters_terminate")  # fmt: skip
async def scenario_node_clusters(ctx: Ctx) -> None:
    cluster = await ctx(ctx.api.node_clusters.create(name="prod", node_type=NODE_TYPE, region=REGION))
    assert isinstance(cluster, NodeCluster) and cluster.state is NodeClusterState.INIT
    assert cluster.name == "prod" and cluster.target_num_nodes == 1 and cluster.current_num_nodes == 0
    got = await ctx(ctx.api.node_clusters.get(cluster.uuid))
    assert got.uuid == cluster.uuid and got.region == REGION
    started = await ctx(ctx.api.node_clusters.deploy(cluster.uuid))
    assert started.object.state is NodeClusterState.DEPLOYING
    assert started.action_uri.startswith("/api/audit/v1/action/")
    deployed = await ctx(started.wait(timeout=WAIT))
    assert deployed.state is NodeClusterState.DEPLOYED and deployed.current_num_nodes == 1
    listed = await ctx.items(ctx.api.node_clusters.list(state=NodeClusterState.DEPLOYED))
    assert [c.uuid for c in listed] == [cluster.uuid]
    scaled = await ctx(ctx.api.node_clusters.update(cluster.uuid, target_num_nodes=2, wait=True, wait_timeout=WAIT))
    assert scaled.target_num_nodes == 2 and scaled.current_num_nodes == 2 and len(scaled.nodes) == 2
    gone = await ctx(ctx.api.node_clusters.terminate(cluster.uuid, wait=True, wait_timeout=WAIT))
    assert gone.state is NodeClusterState.TERMINATED


@scenario("node_clusters_upgrade_docker")
async def scenario_node_clusters_upgrade_docker(ctx: Ctx) -> None:
    """Inferred operation (the Go SDK's NodeCluster.Upgrade): every deployed node gets a newer docker."""
    cluster = await deployed_cluster(ctx, ctx.api, nodes=2)
    before = {n.uuid: n.docker_version for n in await ctx.items(ctx.api.nodes.list(node_cluster=cluster.resource_uri))}
    started = await ctx(ctx.api.node_clusters.upgrade_docker(cluster.uuid))
    assert isinstance(started.object, NodeCluster) and started.action_uri.startswith("/api/audit/v1/action/")
    upgraded = await ctx(started.wait(timeout=WAIT))
    assert upgraded.state is NodeClusterState.DEPLOYED
    after = {n.uuid: n.docker_version for n in await ctx.items(ctx.api.nodes.list(node_cluster=cluster.resource_uri))}
    assert set(after) == set(before) and all(after[u] != before[u] for u in before), (before, after)


@scenario("nodes_list", "nodes_get", "nodes_update", "nodes_upgrade_docker", "nodes_health_check",
          "nodes_terminate", "tags_list")  # fmt: skip
async def scenario_nodes(ctx: Ctx) -> None:
    cluster = await deployed_cluster(ctx, ctx.api, nodes=2, tags=[TagRef(name="frontend")])
    nodes = await ctx.items(ctx.api.nodes.list(node_cluster=cluster.resource_uri))
    assert len(nodes) == 2 and all(isinstance(n, Node) and n.state is NodeState.DEPLOYED for n in nodes)
    node = await ctx(ctx.api.nodes.get(nodes[0].uuid))
    assert node.node_cluster == cluster.resource_uri and node.uuid == nodes[0].uuid
    renamed = await ctx(ctx.api.nodes.update(node.uuid, nickname="edge-1"))
    assert renamed.nickname == "edge-1"
    tags = await ctx.items(ctx.api.tags.list())
    assert ("frontend", TagOrigin.USER) in {(t.name, t.origin) for t in tags}
    upgraded = await ctx(ctx.api.nodes.upgrade_docker(node.uuid, wait=True, wait_timeout=WAIT))
    assert upgraded.state is NodeState.DEPLOYED and isinstance(upgraded.docker_version, str)
    checked = await ctx(ctx.api.nodes.health_check(node.uuid))
    assert checked.action_uri and isinstance(checked.object, Node)
    terminated = await ctx(ctx.api.nodes.terminate(node.uuid, wait=True, wait_timeout=WAIT))
    assert terminated.state is NodeState.TERMINATED


# --------------------------------------------------------------------------- repositories


@scenario("repositories_create", "repositories_get", "repositories_list", "repositories_update",
          "repositories_remove")  # fmt: skip
async def scenario_repositories(ctx: Ctx) -> None:
    name = "registry.example.com/demo/web"
    repo = await ctx(ctx.api.repositories.create(name=name, username="demo", password="s3cret"))
    assert isinstance(repo, Repository) and repo.name == name
    got = await ctx(ctx.api.repositories.get(name))
    assert got.name == name and got.resource_uri == repo.resource_uri
    listed = await ctx.items(ctx.api.repositories.list(name=name))
    assert [r.name for r in listed] == [name]
    updated = await ctx(ctx.api.repositories.update(name, username="demo2", password="0ther"))
    assert isinstance(updated, Repository) and updated.name == name
    assert await ctx(ctx.api.repositories.remove(name)) is None
    with pytest.raises(NotFoundError):
        await ctx(ctx.api.repositories.get(name))


# --------------------------------------------------------------------------- applications


@scenario("stacks_create", "stacks_get", "stacks_list", "stacks_update", "stacks_export", "stacks_start",
          "stacks_stop", "stacks_redeploy", "stacks_terminate")  # fmt: skip
async def scenario_stacks(ctx: Ctx) -> None:
    await deployed_cluster(ctx, ctx.api)
    services = [ServiceCreate(image=IMAGE, name="web", linked_to_service=[LinkSpec(to_service="db", name="DB")]),
                ServiceCreate(image="tutum/mysql", name="db")]  # fmt: skip
    stack = await ctx(ctx.api.stacks.create(name="shop", services=services))
    assert isinstance(stack, Stack) and stack.state is StackState.NOT_RUNNING and len(stack.services or []) == 2
    assert (await ctx(ctx.api.stacks.get(stack.uuid))).name == "shop"
    assert [s.uuid for s in await ctx.items(ctx.api.stacks.list(name="shop"))] == [stack.uuid]
    updated = await ctx(
        ctx.api.stacks.update(
            stack.uuid, services=[StackServiceUpdate(name="web", image=IMAGE, target_num_containers=2)]
        )
    )
    assert isinstance(updated, Stack) and updated.uuid == stack.uuid
    exported = await ctx(ctx.api.stacks.export(stack.uuid))
    assert set(exported.to_dict()) >= {"web", "db"}
    started = await ctx(ctx.api.stacks.start(stack.uuid))
    assert started.object.state is StackState.STARTING and started.action_uri
    assert (await ctx(started.wait(timeout=WAIT))).state is StackState.RUNNING
    stopped = await ctx(ctx.api.stacks.stop(stack.uuid, wait=True, wait_timeout=WAIT))
    assert stopped.state is StackState.STOPPED
    redeployed = await ctx(ctx.api.stacks.redeploy(stack.uuid, wait=True, wait_timeout=WAIT))
    assert redeployed.state is StackState.RUNNING
    terminated = await ctx(ctx.api.stacks.terminate(stack.uuid, wait=True, wait_timeout=WAIT))
    assert terminated.state is StackState.TERMINATED


@scenario("services_create", "services_get", "services_list", "services_update", "services_start",
          "services_stop", "services_scale", "services_redeploy", "services_terminate")  # fmt: skip
async def scenario_services(ctx: Ctx) -> None:
    await deployed_cluster(ctx, ctx.api)
    service = await ctx(ctx.api.services.create(image=IMAGE, name="web", target_num_containers=1,
                                                container_envvars=[EnvVar(key="MODE", value="demo")]))  # fmt: skip
    assert isinstance(service, Service) and service.state is ServiceState.NOT_RUNNING
    assert service.image_name == IMAGE + ":latest" and service.target_num_containers == 1
    assert (await ctx(ctx.api.services.get(service.uuid))).name == "web"
    started = await ctx(ctx.api.services.start(service.uuid))
    assert started.object.state is ServiceState.STARTING and started.action_uri
    running = await ctx(started.wait(timeout=WAIT))
    assert running.state is ServiceState.RUNNING and running.running_num_containers == 1
    listed = await ctx.items(ctx.api.services.list(state=ServiceState.RUNNING))
    assert [s.uuid for s in listed] == [service.uuid]
    updated = await ctx(ctx.api.services.update(service.uuid, target_num_containers=3))
    assert updated.target_num_containers == 3
    scaled = await ctx(ctx.api.services.scale(service.uuid, wait=True, wait_timeout=WAIT))
    assert scaled.current_num_containers == 3 and scaled.state is ServiceState.RUNNING
    redeployed = await ctx(ctx.api.services.redeploy(service.uuid, wait=True, wait_timeout=WAIT))
    assert redeployed.state is ServiceState.RUNNING
    stopped = await ctx(ctx.api.services.stop(service.uuid, wait=True, wait_timeout=WAIT))
    assert stopped.state is ServiceState.STOPPED
    terminated = await ctx(ctx.api.services.terminate(service.uuid, wait=True, wait_timeout=WAIT))
    assert terminated.state is ServiceState.TERMINATED


@scenario("containers_list", "containers_get", "containers_stop", "containers_start", "containers_redeploy",
          "containers_terminate")  # fmt: skip
async def scenario_containers(ctx: Ctx) -> None:
    service = await running_service(ctx, ctx.api, containers=2)
    containers = await ctx.items(ctx.api.containers.list(service=service.resource_uri))
    assert len(containers) == 2 and all(isinstance(c, Container) for c in containers)
    assert {c.state for c in containers} == {ContainerState.RUNNING}
    container = await ctx(ctx.api.containers.get(containers[0].uuid))
    assert container.service == service.resource_uri and container.name.startswith("web-")
    stopped = await ctx(ctx.api.containers.stop(container.uuid, wait=True, wait_timeout=WAIT))
    assert stopped.state is ContainerState.STOPPED
    started = await ctx(ctx.api.containers.start(container.uuid, wait=True, wait_timeout=WAIT))
    assert started.state is ContainerState.RUNNING
    redeploying = await ctx(ctx.api.containers.redeploy(container.uuid))
    assert isinstance(redeploying.object, Container) and redeploying.action_uri
    await ctx(ctx.api.actions.wait(redeploying.action_uri, timeout=WAIT))
    terminated = await ctx(ctx.api.containers.terminate(containers[1].uuid, wait=True, wait_timeout=WAIT))
    assert terminated.state is ContainerState.TERMINATED


@scenario("triggers_create", "triggers_list", "triggers_get", "triggers_call", "triggers_call_with_count",
          "triggers_delete")  # fmt: skip
async def scenario_triggers(ctx: Ctx) -> None:
    service = await running_service(ctx, ctx.api)
    trigger = await ctx(ctx.api.triggers.create(service.uuid, name="scale", operation=TriggerOperation.SCALEUP))
    assert isinstance(trigger, Trigger) and trigger.operation is TriggerOperation.SCALEUP
    assert (
        trigger.url is not None
        and trigger.url.endswith("/call/")
        and trigger.resource_uri.startswith(service.resource_uri)
    )
    listed = await ctx.items(ctx.api.triggers.list(service.uuid))
    assert [t.resource_uri for t in listed] == [trigger.resource_uri]
    got = await ctx(ctx.api.triggers.get(trigger.resource_uri))
    assert got.name == "scale"
    once = await ctx(ctx.api.triggers.call(trigger.resource_uri, wait=True, wait_timeout=WAIT))
    assert isinstance(once, Action) and once.object == service.resource_uri  # the action only, not the service
    assert (await ctx(ctx.api.services.get(service.uuid))).target_num_containers == 2
    thrice = await ctx(ctx.api.triggers.call(trigger.resource_uri, count=3, wait=True, wait_timeout=WAIT))
    assert isinstance(thrice, Action) and thrice.state is ActionState.SUCCESS
    scaled = await ctx(ctx.api.services.get(service.uuid))
    assert scaled.target_num_containers == 5 and scaled.current_num_containers == 5
    assert await ctx(ctx.api.triggers.delete(trigger.resource_uri)) is None
    assert await ctx.items(ctx.api.triggers.list(service.uuid)) == []


# --------------------------------------------------------------------------- actions


@scenario("actions_list", "actions_get", "actions_retry")
async def scenario_actions(ctx: Ctx) -> None:
    cluster = await ctx(ctx.api.node_clusters.create(name="prod", node_type=NODE_TYPE, region=REGION))
    started = await ctx(ctx.api.node_clusters.deploy(cluster.uuid))
    action = await ctx(ctx.api.actions.get(started.action_uri))
    assert isinstance(action, Action) and action.object == cluster.resource_uri
    assert action.state is ActionState.SUCCESS and (action.action or "").startswith("Cluster")
    actions = await ctx.items(ctx.api.actions.list(state=ActionState.SUCCESS))
    assert action.uuid in {a.uuid for a in actions}
    retried = await ctx(ctx.api.actions.retry(action.uuid))
    assert isinstance(retried, Action) and retried.uuid == action.uuid
    assert retried.state is ActionState.IN_PROGRESS


@scenario("actions_cancel", slow=True)
async def scenario_actions_cancel(ctx: Ctx) -> None:
    cluster = await ctx(ctx.api.node_clusters.create(name="slow", node_type=NODE_TYPE, region=REGION))
    started = await ctx(ctx.api.node_clusters.deploy(cluster.uuid))
    assert started.object.state is NodeClusterState.DEPLOYING
    canceled = await ctx(ctx.api.actions.cancel(started.action_uri))
    assert isinstance(canceled, Action) and canceled.state is ActionState.CANCELING
    assert canceled.can_be_canceled is False


# --------------------------------------------------------------------------- errors and behaviours


@scenario()
async def scenario_error_401_wrong_key(ctx: Ctx) -> None:
    wrong = ctx.client(apikey="wrong-apikey")
    with pytest.raises(AuthenticationError) as info:
        await ctx.items(wrong.services.list())
    assert info.value.status_code == 401 and isinstance(info.value.error, str) and info.value.error


@scenario()
async def scenario_error_404_unknown_uuid(ctx: Ctx) -> None:
    with pytest.raises(NotFoundError) as info:
        await ctx(ctx.api.services.get(UNKNOWN_UUID))
    assert info.value.status_code == 404 and info.value.error


@scenario()
async def scenario_error_400_invalid_body(ctx: Ctx) -> None:
    with pytest.raises(BadRequestError) as info:
        await ctx(ctx.api.services.create(image=IMAGE, target_num_containers=-1))
    assert info.value.status_code == 400 and "target_num_containers" in str(info.value.error)


@scenario()
async def scenario_retry_429_then_success(ctx: Ctx) -> None:
    created = await ctx(ctx.api.services.create(image=IMAGE, name="web"))
    ctx.inject_fault(path="/api/app/v1/service/*/", method="GET", status=429, retry_after=1)
    service = await ctx(ctx.api.services.get(created.uuid))
    assert isinstance(service, Service) and service.uuid == created.uuid and service.name == "web"
    assert ctx.sleeps == [1.0]  # the client honoured Retry-After (the injected sleep records it)


@scenario()
async def scenario_pagination_three_pages(ctx: Ctx) -> None:
    for index in range(5):
        await ctx(ctx.api.services.create(image=IMAGE, name=f"svc-{index}"))
    pages = await ctx.pages(ctx.api.services.list(limit=2))
    assert [len(p.objects) for p in pages] == [2, 2, 1]
    assert [p.meta.total_count for p in pages] == [5, 5, 5]
    names = [s.name for s in await ctx.items(ctx.api.services.list(limit=2))]
    assert sorted(names) == [f"svc-{i}" for i in range(5)]


@scenario()
async def scenario_namespaced_organisation(ctx: Ctx) -> None:
    org = ctx.api.with_namespace(ORG)
    service = await ctx(org.services.create(image=IMAGE, name="org-web"))
    assert service.resource_uri.startswith(f"/api/app/v1/{ORG}/service/")
    listed = await ctx.items(org.services.list())
    assert [s.uuid for s in listed] == [service.uuid]
    assert await ctx.items(ctx.api.services.list()) == []  # the user's own namespace is separate
    assert (await ctx(org.services.get(service.uuid))).name == "org-web"


@scenario()
async def scenario_partial_update_falsy(ctx: Ctx) -> None:
    service = await ctx(ctx.api.services.create(image=IMAGE, name="web", autoredeploy=True, target_num_containers=2,
                                                container_envvars=[EnvVar(key="A", value="1")]))  # fmt: skip
    updated = await ctx(ctx.api.services.update(service.uuid, autoredeploy=False, target_num_containers=0,
                                                container_envvars=[]))  # fmt: skip
    assert updated.autoredeploy is False
    assert updated.target_num_containers == 0
    assert updated.container_envvars == []
