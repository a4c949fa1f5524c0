"""Nodes: the JSON object, what a node's deployment or termination does to containers, the operations
(upgrade, health-check, terminate, deploy) and the handlers; and the node tags."""

from __future__ import annotations

from starlette.responses import Response

from ..catalogue import Catalogue
from ..errors import ApiError
from ..http import Ctx, filtered_page, ok
from ..lifecycle import Lifecycle, PlanResult, derived
from ..lifecycle.engine import until_terminated
from ..lifecycle.guards import check_state
from ..routing import operation
from ..store import Namespace, Obj, new_uuid, uuid_of
from ..timefmt import rfc1123
from . import containers
from .common import lookup, run_plan

DOCKER_VERSIONS = ("1.11.2-cs5", "1.12.6-cs13", "17.03.0-ce")


def build_node(ns: Namespace, cluster: Obj, catalogue: Catalogue, index: int) -> Obj:
    """A new node of ``cluster`` in state ``Deploying``."""
    ident = new_uuid()
    key = "/".join(cluster["node_type"].rstrip("/").split("/")[-2:])
    spec = catalogue.node_type_spec(key)
    region_key = "/".join(cluster["region"].rstrip("/").split("/")[-2:])
    zones = catalogue.regions[region_key]["availability_zones"]
    fqdn = f"{ident[:8]}.{ns.name}.node.dockerapp.io"
    return {
        "availability_zone": zones[index % len(zones)] if zones else None,
        "cpu": spec.cpu,
        "current_num_containers": 0,
        "deployed_datetime": None,
        "destroyed_datetime": None,
        "disk": cluster["disk"],
        "docker_execdriver": "native-0.2",
        "docker_graphdriver": "aufs",
        "docker_version": DOCKER_VERSIONS[0],
        "external_fqdn": fqdn,
        "last_seen": None,
        "memory": spec.memory,
        "nickname": fqdn,
        "node_cluster": cluster["resource_uri"],
        "node_type": cluster["node_type"],
        "public_ip": containers.fake_ip(ident, "104.131"),
        "region": cluster["region"],
        "resource_uri": ns.uri("infra", "node", ident),
        "state": "Deploying",
        "tags": [dict(t) for t in cluster["tags"]],
        "tunnel": None,
        "uuid": ident,
        "_containers": [],  # uuids of every container placed here, in creation order
        "_active": 0,  # how many of them are not ending (lifecycle.core.count_on_node)
    }


def node_deployed(life: Lifecycle, ns: Namespace, node: Obj) -> None:
    """A node becomes Deployed; running EVERY_NODE services get a container on it."""
    node["deployed_datetime"] = rfc1123()
    node["last_seen"] = rfc1123()
    life.set_state(ns, "node", node, "Deployed")
    every_node_fill(life, ns)


def every_node_fill(life: Lifecycle, ns: Namespace) -> None:
    """Give new nodes a container of every running EVERY_NODE service (the others are not read)."""
    for svc in ns["services"].group("every_node", True):
        if svc["state"] not in ("Running", "Partly running"):
            continue
        have = {c["_node"] for c in ns.live_containers(svc)}
        for node in ns.deployed_nodes():
            if node["uuid"] not in have:
                containers.container_running(life, ns, containers.new_container(life, ns, svc, node))
        svc["target_num_containers"] = len(ns.live_containers(svc))
        derived.refresh_service(life, ns, svc)


def node_terminated(life: Lifecycle, ns: Namespace, node: Obj) -> None:
    """A node becomes Terminated with every container on it; their services are refreshed."""
    touched: list[Obj] = []
    for c in on_node(ns, node):
        if c["state"] != "Terminated":
            containers.container_terminated(life, ns, c)
            touched.append(ns["services"][c["_service"]])
    node["destroyed_datetime"] = rfc1123()
    life.set_state(ns, "node", node, "Terminated")
    for svc in {s["uuid"]: s for s in touched}.values():
        if svc["deployment_strategy"] == "EVERY_NODE":
            svc["target_num_containers"] = len(ns.live_containers(svc))
        derived.refresh_service(life, ns, svc)


def on_node(ns: Namespace, node: Obj) -> list[Obj]:
    """Every container placed on ``node``, in creation order."""
    return [ns["containers"][uuid] for uuid in node["_containers"]]


def cluster_of(life: Lifecycle, ns: Namespace, node: Obj) -> Obj | None:
    """The node cluster of a node, if it has one."""
    return ns["node_clusters"].get(uuid_of(node["node_cluster"])) if node.get("node_cluster") else None


def terminate(life: Lifecycle, ns: Namespace, node: Obj) -> PlanResult:
    """Deployed/Unreachable -> Terminating -> Terminated; the cluster's target goes down by one."""
    check_state(node, "node", node["nickname"], "terminate", ("Deployed", "Unreachable"))
    life.set_state(ns, "node", node, "Terminating")
    cluster = cluster_of(life, ns, node)
    if cluster is not None:
        cluster["target_num_nodes"] = max(0, cluster["target_num_nodes"] - 1)

    def finish() -> None:
        if node["state"] != "Terminated":
            node_terminated(life, ns, node)
        if cluster is not None:
            derived.refresh_cluster(life, ns, cluster)

    return PlanResult([finish], finish)


def upgrade(life: Lifecycle, ns: Namespace, node: Obj) -> PlanResult:
    """Deployed -> Upgrading -> Deployed with a newer docker version; containers restart."""
    check_state(node, "node", node["nickname"], "upgrade the docker daemon of", ("Deployed",))
    life.set_state(ns, "node", node, "Upgrading")
    cluster = cluster_of(life, ns, node)
    if cluster is not None:
        derived.refresh_cluster(life, ns, cluster)

    def finish() -> None:
        index = DOCKER_VERSIONS.index(node["docker_version"]) if node["docker_version"] in DOCKER_VERSIONS else 0
        node["docker_version"] = DOCKER_VERSIONS[min(index + 1, len(DOCKER_VERSIONS) - 1)]
        ns["nodes"].regroup(node)
        node["last_seen"] = rfc1123()
        life.set_state(ns, "node", node, "Deployed")
        for c in on_node(ns, node):
            if c["state"] == "Running":
                life.container_log(c, f"Docker daemon upgraded to {node['docker_version']}, restarting")
                containers.container_running(life, ns, c)
        if cluster is not None:
            derived.refresh_cluster(life, ns, cluster, force=True)

    return until_terminated(node, f"Node '{node['nickname']}'", PlanResult([finish], finish))


def health_check(life: Lifecycle, ns: Namespace, node: Obj) -> PlanResult:
    """Deployed/Unreachable -> Deployed (the emulated node always answers)."""
    check_state(node, "node", node["nickname"], "health-check", ("Deployed", "Unreachable"))

    def finish() -> None:
        node["last_seen"] = rfc1123()
        life.set_state(ns, "node", node, "Deployed")
        cluster = cluster_of(life, ns, node)
        if cluster is not None:
            derived.refresh_cluster(life, ns, cluster)

    return until_terminated(node, f"Node '{node['nickname']}'", PlanResult([finish]))


def deploy(life: Lifecycle, ns: Namespace, node: Obj) -> PlanResult:
    """python-dockercloud's ``Node.deploy``: redeploys the agent of a Deployed or Unreachable node.

    Inferred from the SDK's test fixtures (a "Node Deploy" action on a deployed node): the node goes
    Deploying -> Deployed and its containers keep running.
    """
    check_state(node, "node", node["nickname"], "deploy", ("Deployed", "Unreachable"))
    life.set_state(ns, "node", node, "Deploying")
    cluster = cluster_of(life, ns, node)
    if cluster is not None:
        derived.refresh_cluster(life, ns, cluster)

    def finish() -> None:
        node["last_seen"] = rfc1123()
        life.set_state(ns, "node", node, "Deployed")
        if cluster is not None:
            derived.refresh_cluster(life, ns, cluster, force=True)

    return until_terminated(node, f"Node '{node['nickname']}'", PlanResult([finish], finish))


def _node(ctx: Ctx) -> Obj:
    return lookup(ctx.ns["nodes"], ctx.param("uuid"), "node")


@operation("nodes_list")
async def nodes_list(ctx: Ctx) -> Response:
    """``nodes_list``: list the namespace's nodes, filtered."""
    return filtered_page(ctx, ctx.ns["nodes"])


@operation("nodes_get")
async def nodes_get(ctx: Ctx) -> Response:
    """``nodes_get``: get one node."""
    return ok(_node(ctx))


@operation("nodes_update")
async def nodes_update(ctx: Ctx) -> Response:
    """``nodes_update``: update a node's nickname or tags; 200."""
    node = _node(ctx)
    body = ctx.body()
    if node["state"] == "Terminated":
        raise ApiError(400, f"Cannot update node '{node['nickname']}': it is terminated.")
    if "nickname" in body:
        node["nickname"] = body["nickname"] or node["external_fqdn"]
    if "tags" in body:
        node["tags"] = [{"name": t["name"]} for t in body["tags"]]
    action = ctx.emu.lifecycle.record(ctx.ns, ctx.info(), "Node Update", node["resource_uri"])
    return ok(node, 200, action)


@operation("nodes_upgrade_docker")
async def nodes_upgrade_docker(ctx: Ctx) -> Response:
    """``nodes_upgrade_docker``: upgrade a node's docker daemon; 202."""
    return run_plan(ctx, "Node Upgrade Docker", _node(ctx), upgrade)


@operation("nodes_deploy")
async def nodes_deploy(ctx: Ctx) -> Response:
    """``nodes_deploy``: redeploy a node's agent; 202.

    Not in the docs: python-dockercloud's ``Node.deploy`` (``x-dockercloud-inferred``; not in the typed client).
    """
    return run_plan(ctx, "Node Deploy", _node(ctx), deploy)


@operation("nodes_health_check")
async def nodes_health_check(ctx: Ctx) -> Response:
    """``nodes_health_check``: check that a node is reachable; 202."""
    return run_plan(ctx, "Node Health Check", _node(ctx), health_check)


@operation("nodes_terminate")
async def nodes_terminate(ctx: Ctx) -> Response:
    """``nodes_terminate``: terminate a node (the docs' table: Deployed or Unreachable, checked by the plan); 202."""
    return run_plan(ctx, "Node Terminate", _node(ctx), terminate)


@operation("tags_list")
async def tags_list(ctx: Ctx) -> Response:
    """``tags_list``: tags of the user's live nodes (origin user) plus the automatic ones (origin tutum)."""
    seen: dict[tuple[str, str], Obj] = {}
    for ns in ctx.emu.store.iter_namespaces(ctx.visible):
        nodes = ns["nodes"]
        for node in nodes.group("state", *(s for s in nodes.group_values("state") if s != "Terminated")):
            for tag in node["tags"]:
                seen.setdefault((tag["name"], "user"), {"name": tag["name"], "origin": "user"})
            provider = uuid_of(node["region"].rstrip("/").rsplit("/", 1)[0])
            for auto in (provider, uuid_of(node["region"]), uuid_of(node["node_type"]), "byon=false"):
                seen.setdefault((auto, "tutum"), {"name": auto, "origin": "tutum"})
    return filtered_page(ctx, seen.values())
