"""Node clusters: the JSON object, the operations (deploy, scale, terminate, docker upgrade) and the
handlers (list, create, get, deploy, update, terminate, docker-upgrade)."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ..errors import ApiError
from ..http import Ctx, filtered_page, ok
from ..lifecycle import Lifecycle, PlanResult, derived
from ..lifecycle.engine import until_terminated
from ..lifecycle.guards import check_not_ending, check_state
from ..routing import operation
from ..store import Namespace, Obj, canonical_uri, is_live, new_uuid, uuid_of
from ..timefmt import rfc1123
from .common import lookup, run_operation, run_plan, terminable
from .nodes import build_node, node_deployed, node_terminated
from .nodes import upgrade as upgrade_node


def build_nodecluster(ns: Namespace, body: dict[str, Any]) -> Obj:
    """A new node cluster in state ``Init``."""
    ident = new_uuid()
    return {
        "current_num_nodes": 0,
        "deployed_datetime": None,
        "destroyed_datetime": None,
        "disk": body.get("disk", 60),
        "name": body["name"],
        "nickname": body.get("nickname") or body["name"],
        "node_type": body["node_type"],
        "nodes": [],
        "provider_options": body.get("provider_options") or {},
        "region": body["region"],
        "resource_uri": ns.uri("infra", "nodecluster", ident),
        "state": "Init",
        "tags": [{"name": t["name"]} for t in body.get("tags", [])],
        "target_num_nodes": body.get("target_num_nodes", 1),
        "uuid": ident,
    }


def new_node(life: Lifecycle, ns: Namespace, cluster: Obj) -> Obj:
    """A new node of ``cluster`` (Deploying), stored and announced."""
    node = build_node(ns, cluster, life.store.catalogue, len(cluster["nodes"]))
    ns["nodes"][node["uuid"]] = node
    cluster["nodes"].append(node["resource_uri"])
    life.emit(ns, "node", node, "create")
    return node


def deploy(life: Lifecycle, ns: Namespace, cluster: Obj) -> PlanResult:
    """Init -> Deploying (nodes Deploying) -> Deployed (nodes Deployed)."""
    check_state(cluster, "node cluster", cluster["name"], "deploy", ("Init",))
    life.set_state(ns, "nodecluster", cluster, "Deploying")
    nodes: list[Obj] = []

    def create() -> None:
        nodes.extend(new_node(life, ns, cluster) for _ in range(cluster["target_num_nodes"]))
        derived.refresh_cluster(life, ns, cluster)

    def finish() -> None:
        for node in nodes:
            if node["state"] == "Deploying":
                node_deployed(life, ns, node)
        cluster["deployed_datetime"] = rfc1123()
        derived.refresh_cluster(life, ns, cluster, force=True)

    return until_terminated(cluster, f"Node cluster '{cluster['name']}'", PlanResult([create, finish], finish))


def scale(life: Lifecycle, ns: Namespace, cluster: Obj) -> PlanResult:
    """Deployed/Partly deployed/Empty cluster -> Scaling -> adds or terminates nodes."""
    check_state(cluster, "node cluster", cluster["name"], "scale", ("Deployed", "Partly deployed", "Empty cluster"))
    life.set_state(ns, "nodecluster", cluster, "Scaling")
    changed: list[Obj] = []

    def apply() -> None:
        live = [ns["nodes"][uuid_of(u)] for u in cluster["nodes"]]
        live = [n for n in live if n["state"] not in ("Terminated", "Terminating")]
        target = cluster["target_num_nodes"]
        if len(live) < target:
            changed.extend(new_node(life, ns, cluster) for _ in range(target - len(live)))
        else:
            for node in list(reversed(live))[: len(live) - target]:
                life.set_state(ns, "node", node, "Terminating")
                changed.append(node)
        derived.refresh_cluster(life, ns, cluster)

    def finish() -> None:
        for node in changed:
            if node["state"] == "Deploying":
                node_deployed(life, ns, node)
            elif node["state"] == "Terminating":
                node_terminated(life, ns, node)
        derived.refresh_cluster(life, ns, cluster, force=True)

    return until_terminated(cluster, f"Node cluster '{cluster['name']}'", PlanResult([apply, finish], finish))


def terminate(life: Lifecycle, ns: Namespace, cluster: Obj) -> PlanResult:
    """-> Terminating (nodes Terminating) -> Terminated."""
    check_not_ending(cluster, "Node cluster", cluster["name"])
    life.set_state(ns, "nodecluster", cluster, "Terminating")
    dying = [ns["nodes"][uuid_of(u)] for u in cluster["nodes"]]
    dying = [n for n in dying if n["state"] != "Terminated"]
    for node in dying:
        life.set_state(ns, "node", node, "Terminating")

    def finish() -> None:
        for node in [ns["nodes"][uuid_of(u)] for u in cluster["nodes"]]:  # also nodes added since
            if node["state"] != "Terminated":
                node_terminated(life, ns, node)
        cluster["current_num_nodes"] = 0
        cluster["destroyed_datetime"] = rfc1123()
        life.set_state(ns, "nodecluster", cluster, "Terminated")

    return PlanResult([finish], finish)


def upgrade(life: Lifecycle, ns: Namespace, cluster: Obj) -> PlanResult:
    """The Go SDK's ``NodeCluster.Upgrade``: every Deployed node of the cluster upgrades its docker daemon."""
    check_state(
        cluster, "node cluster", cluster["name"], "upgrade the docker daemons of", ("Deployed", "Partly deployed")
    )
    nodes = [ns["nodes"][uuid_of(u)] for u in cluster["nodes"]]
    plans = [upgrade_node(life, ns, n) for n in nodes if n["state"] == "Deployed"]
    finishes = [step for plan in plans for step in plan.steps]

    def finish() -> None:
        for step in finishes:
            step()

    return until_terminated(cluster, f"Node cluster '{cluster['name']}'", PlanResult([finish], finish))


def _cluster(ctx: Ctx) -> Obj:
    return lookup(ctx.ns["node_clusters"], ctx.param("uuid"), "node cluster")


@operation("node_clusters_list")
async def node_clusters_list(ctx: Ctx) -> Response:
    """``node_clusters_list``: list the namespace's node clusters, filtered."""
    return filtered_page(ctx, ctx.ns["node_clusters"])


@operation("node_clusters_create")
async def node_clusters_create(ctx: Ctx) -> Response:
    """``node_clusters_create``: create a node cluster; 201, state Init."""
    body = ctx.body()
    catalogue = ctx.emu.store.catalogue
    region_key = "/".join(canonical_uri(body["region"]).rstrip("/").split("/")[-2:])
    type_key = "/".join(canonical_uri(body["node_type"]).rstrip("/").split("/")[-2:])
    if not canonical_uri(body["region"]).startswith("/api/infra/v1/region/") or region_key not in catalogue.regions:
        raise ApiError(
            400,
            f"Invalid value for 'region': {body['region']!r} is not a known region resource URI "
            "(e.g. /api/infra/v1/region/digitalocean/lon1/).",
        )
    type_uri = canonical_uri(body["node_type"])
    if not type_uri.startswith("/api/infra/v1/nodetype/") or type_key not in catalogue.nodetypes:
        raise ApiError(
            400,
            f"Invalid value for 'node_type': {body['node_type']!r} is not a known node type "
            "resource URI (e.g. /api/infra/v1/nodetype/digitalocean/1gb/).",
        )
    if region_key.split("/")[0] != type_key.split("/")[0]:
        raise ApiError(400, "The node type and the region belong to different providers.")
    provider = catalogue.specs[region_key.split("/")[0]]
    if provider.name == "digitalocean":
        body.pop("disk", None)  # "Not available for Digital Ocean": ignored (the docs' own example sends it)
    if "disk" in body and provider.disk_sizes and body["disk"] not in provider.disk_sizes:
        raise ApiError(
            400,
            f"Invalid value for 'disk': {provider.label} disks must be one of "
            f"{', '.join(str(d) for d in provider.disk_sizes)} GB.",
        )
    if "provider_options" in body:
        body["provider_options"] = provider_options(body["provider_options"])
    if body.get("provider_options") and provider.name != "aws":
        raise ApiError(400, "Invalid field 'provider_options': only supported on AWS.")
    ns = ctx.ns
    if is_live(ns["node_clusters"].named(body["name"])):
        raise ApiError(409, f"A node cluster named '{body['name']}' already exists.")
    body["region"] = catalogue.regions[region_key]["resource_uri"]
    body["node_type"] = catalogue.nodetypes[type_key]["resource_uri"]
    cluster = build_nodecluster(ns, body)
    ns["node_clusters"][cluster["uuid"]] = cluster
    ctx.emu.lifecycle.emit(ns, "nodecluster", cluster, "create")
    action = ctx.emu.lifecycle.record(ns, ctx.info(), "Cluster Create", cluster["resource_uri"])
    return ok(cluster, 201, action)


def provider_options(options: dict[str, Any]) -> dict[str, Any]:
    """Drop empty option objects, then require the ids of those left (400 otherwise).

    The Go SDK sends ``{"vpc": {"id": ""}, "iam": {}}`` for options the user did not set.
    """
    kept = {name: value for name, value in options.items() if any(value.values())}
    for name, key in (("vpc", "id"), ("iam", "instance_profile_name")):
        if name in kept and not kept[name].get(key):
            raise ApiError(400, f"Missing required field 'provider_options.{name}.{key}'.")
    return kept


@operation("node_clusters_get")
async def node_clusters_get(ctx: Ctx) -> Response:
    """``node_clusters_get``: get one node cluster."""
    return ok(_cluster(ctx))


@operation("node_clusters_deploy")
async def node_clusters_deploy(ctx: Ctx) -> Response:
    """``node_clusters_deploy``: deploy a node cluster; 202, Init -> Deploying -> Deployed."""
    return run_plan(ctx, "Cluster Deploy", _cluster(ctx), deploy)


@operation("node_clusters_update")
async def node_clusters_update(ctx: Ctx) -> Response:
    """``node_clusters_update``: update a node cluster; 202; scales it to the new ``target_num_nodes``."""
    cluster = _cluster(ctx)
    body = ctx.body()
    life = ctx.emu.lifecycle
    if cluster["state"] in ("Terminating", "Terminated"):
        raise ApiError(400, f"Cannot update node cluster '{cluster['name']}' in state '{cluster['state']}'.")
    target_changed = "target_num_nodes" in body and body["target_num_nodes"] != cluster["target_num_nodes"]
    if target_changed and cluster["state"] in ("Deploying", "Scaling"):
        raise ApiError(400, f"Cannot scale node cluster '{cluster['name']}' while it is {cluster['state'].lower()}.")
    if "tags" in body:
        cluster["tags"] = [{"name": t["name"]} for t in body["tags"]]
    if "target_num_nodes" in body:
        cluster["target_num_nodes"] = body["target_num_nodes"]
    ns = ctx.ns

    def plan() -> PlanResult:
        if cluster["state"] in ("Deployed", "Partly deployed", "Empty cluster") and (
            cluster["current_num_nodes"] != cluster["target_num_nodes"]
            or any(ns["nodes"][uuid_of(u)]["state"] == "Deploying" for u in cluster["nodes"])
        ):
            return scale(life, ns, cluster)
        return PlanResult([])

    return run_operation(ctx, "Cluster Update", cluster, plan)


@operation("node_clusters_upgrade_docker")
async def node_clusters_upgrade_docker(ctx: Ctx) -> Response:
    """``node_clusters_upgrade_docker``: upgrade the docker daemons of a node cluster's nodes; 202.

    Not in the docs: the Go SDK's ``NodeCluster.Upgrade`` (the spec marks it ``x-dockercloud-inferred``).
    """
    return run_plan(ctx, "Cluster Upgrade Docker", _cluster(ctx), upgrade)


@operation("node_clusters_terminate")
async def node_clusters_terminate(ctx: Ctx) -> Response:
    """``node_clusters_terminate``: terminate a node cluster and its nodes; 202."""
    return run_plan(ctx, "Cluster Terminate", terminable(_cluster(ctx), "Node cluster"), terminate)
