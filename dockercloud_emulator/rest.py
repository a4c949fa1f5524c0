"""REST handlers for every documented operation (R1-R61 plus the trigger call with count).

:data:`ROUTES` lists ``(path, {method: handler}, namespaced, needs_auth)``; paths are written
without the namespace segment, :mod:`dockercloud_emulator.app` adds the namespaced variants.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse, Response

from .errors import ApiError, not_found
from .http import Ctx, Filter, Handler, accepted, apply_filters, date_filter, no_content, ok, paginate
from .lifecycle import Plan, PlanResult
from .resources import (
    build_nodecluster,
    build_repository,
    build_service,
    build_stack,
    build_trigger,
    export_stack,
    image_with_tag,
    port_out,
)
from .store import DOCKER_HUB, Namespace, Obj, canonical_uri
from .validation import (
    MAX_CONTAINERS,
    NODE_UPDATE,
    NODECLUSTER_CREATE,
    NODECLUSTER_UPDATE,
    REPOSITORY_CREATE,
    REPOSITORY_UPDATE,
    SERVICE_CREATE,
    SERVICE_UPDATE,
    STACK_CREATE,
    STACK_UPDATE,
    TRIGGER_CREATE,
    parse_bool,
    validate_object,
)

ACTION_STATES = ("Pending", "In progress", "Canceling", "Canceled", "Success", "Failed")
CLUSTER_STATES = (
    "Init",
    "Deploying",
    "Deployed",
    "Partly deployed",
    "Scaling",
    "Terminating",
    "Terminated",
    "Empty cluster",
)
NODE_STATES = ("Deploying", "Deployed", "Unreachable", "Upgrading", "Terminating", "Terminated")
SERVICE_STATES = (
    "Not running",
    "Starting",
    "Running",
    "Partly running",
    "Scaling",
    "Redeploying",
    "Stopping",
    "Stopped",
    "Terminating",
    "Terminated",
)
CONTAINER_STATES = ("Starting", "Running", "Stopping", "Stopped", "Terminating", "Terminated")


def _uuid_of(uri: str) -> str:
    return uri.rstrip("/").rsplit("/", 1)[-1]


def _get(collection: dict[str, Obj], key: str, what: str) -> Obj:
    obj = collection.get(key)
    if obj is None:
        raise not_found(what)
    return obj


def _run(ctx: Ctx, name: str, obj: Obj, plan: Plan) -> JSONResponse:
    action = ctx.emu.lifecycle.run(ctx.ns, ctx.info(), name, obj, plan)
    return accepted(obj, action)


def _reuse_volumes(ctx: Ctx) -> bool:
    value = ctx.request.query_params.get("reuse_volumes")
    return True if value is None else parse_bool(value, "reuse_volumes")


# ---------------------------------------------------------------------------------------------- actions
def _visible_action(ctx: Ctx) -> Obj:
    action = ctx.emu.store.actions.get(ctx.param("uuid"))
    if action is None or action["_ns"] not in ctx.visible:
        raise not_found("action")
    return action


async def action_list(ctx: Ctx) -> Response:
    """R1."""
    store = ctx.emu.store
    items = [a for a in store.actions.values() if a["_ns"] in ctx.visible]
    items = apply_filters(ctx, items, {"uuid": Filter(), "state": Filter("enum", enum=ACTION_STATES)})
    for name, attr, greater in (
        ("start_date__gte", "_start_ts", True),
        ("start_date__lte", "_start_ts", False),
        ("end_date__gte", "_end_ts", True),
        ("end_date__lte", "_end_ts", False),
    ):
        items = date_filter(ctx, items, name, attr, greater)
    objects = ctx.query_all("object")
    if objects:
        related = {canonical_uri(o) for o in objects}
        include = ctx.request.query_params.get("include_related")
        if include is not None and parse_bool(include, "include_related"):
            for uri in list(related):
                related |= _related_uris(ctx, uri)
        items = [a for a in items if canonical_uri(a["object"]) in related]
    elif "include_related" in ctx.request.query_params:
        parse_bool(ctx.request.query_params["include_related"], "include_related")
    items.sort(key=lambda a: a["_order"])
    return paginate(ctx, items)


def _related_uris(ctx: Ctx, uri: str) -> set[str]:
    """The ``include_related`` relationship table of the Action docs."""
    found = ctx.emu.store.find_by_uri(uri)
    if found is None:
        return set()
    ns, kind, obj = found
    out: set[str] = {obj["resource_uri"]}
    if kind == "containers":
        out.add(obj["service"])
        svc = ns.services.get(obj["_service"])
        if svc is not None and svc.get("stack"):
            out.add(svc["stack"])
    elif kind == "services":
        out.update(ns.containers[c]["resource_uri"] for c in obj["_containers"])
        if obj.get("stack"):
            out.add(obj["stack"])
    elif kind == "stacks":
        for s_uri in obj["services"]:
            svc = ns.services.get(_uuid_of(s_uri))
            if svc is not None:
                out.add(svc["resource_uri"])
                out.update(ns.containers[c]["resource_uri"] for c in svc["_containers"])
    elif kind == "nodes":
        if obj.get("node_cluster"):
            out.add(obj["node_cluster"])
    elif kind == "nodeclusters":
        out.update(obj["nodes"])
    return {canonical_uri(u) for u in out}


async def action_get(ctx: Ctx) -> Response:
    """R2."""
    return ok(_visible_action(ctx))


async def action_cancel(ctx: Ctx) -> Response:
    """R3."""
    action = _visible_action(ctx)
    ctx.emu.lifecycle.cancel(action)
    return ok(action, 200, action)


async def action_retry(ctx: Ctx) -> Response:
    """R4."""
    action = _visible_action(ctx)
    ctx.emu.lifecycle.retry(action)
    return ok(action, 200, action)


# ---------------------------------------------------------------------------------------------- catalogue
async def provider_list(ctx: Ctx) -> Response:
    """R5."""
    return paginate(ctx, apply_filters(ctx, ctx.emu.store.catalogue.providers.values(), {"name": Filter()}))


async def provider_get(ctx: Ctx) -> Response:
    """R6."""
    return ok(_get(ctx.emu.store.catalogue.providers, ctx.param("name"), "provider"))


async def region_list(ctx: Ctx) -> Response:
    """R7."""
    return paginate(
        ctx, apply_filters(ctx, ctx.emu.store.catalogue.regions.values(), {"name": Filter(), "provider": Filter("uri")})
    )


async def region_get(ctx: Ctx) -> Response:
    """R8."""
    return ok(_get(ctx.emu.store.catalogue.regions, f"{ctx.param('provider')}/{ctx.param('name')}", "region"))


async def az_list(ctx: Ctx) -> Response:
    """R9."""
    return paginate(
        ctx, apply_filters(ctx, ctx.emu.store.catalogue.azs.values(), {"name": Filter(), "region": Filter("uri")})
    )


async def az_get(ctx: Ctx) -> Response:
    """R10."""
    key = f"{ctx.param('provider')}/{ctx.param('region')}/{ctx.param('name')}"
    return ok(_get(ctx.emu.store.catalogue.azs, key, "availability zone"))


async def nodetype_list(ctx: Ctx) -> Response:
    """R11."""
    return paginate(
        ctx,
        apply_filters(
            ctx,
            ctx.emu.store.catalogue.nodetypes.values(),
            {"name": Filter(), "regions": Filter("uri_in"), "availability_zones": Filter("uri_in")},
        ),
    )


async def nodetype_get(ctx: Ctx) -> Response:
    """R12."""
    return ok(_get(ctx.emu.store.catalogue.nodetypes, f"{ctx.param('provider')}/{ctx.param('name')}", "node type"))


# ---------------------------------------------------------------------------------------------- node clusters
def _cluster(ctx: Ctx) -> Obj:
    return _get(ctx.ns.nodeclusters, ctx.param("uuid"), "node cluster")


async def nodecluster_list(ctx: Ctx) -> Response:
    """R13."""
    return paginate(
        ctx,
        apply_filters(
            ctx,
            ctx.ns.nodeclusters.values(),
            {
                "uuid": Filter(),
                "state": Filter("enum", enum=CLUSTER_STATES),
                "name": Filter(),
                "region": Filter("uri"),
                "node_type": Filter("uri"),
            },
        ),
    )


async def nodecluster_create(ctx: Ctx) -> Response:
    """R14: 201, state Init."""
    body = ctx.body(NODECLUSTER_CREATE)
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
    if body.get("provider_options") and provider.name != "aws":
        raise ApiError(400, "Invalid field 'provider_options': only supported on AWS.")
    ns = ctx.ns
    if any(c["name"] == body["name"] and c["state"] != "Terminated" for c in ns.nodeclusters.values()):
        raise ApiError(409, f"A node cluster named '{body['name']}' already exists.")
    body["region"] = catalogue.regions[region_key]["resource_uri"]
    body["node_type"] = catalogue.nodetypes[type_key]["resource_uri"]
    cluster = build_nodecluster(ns, body)
    ns.nodeclusters[cluster["uuid"]] = cluster
    ctx.emu.lifecycle.emit(ns, "nodecluster", cluster, "create")
    action = ctx.emu.lifecycle.record(ns, ctx.info(), "Cluster Create", cluster["resource_uri"])
    return ok(cluster, 201, action)


async def nodecluster_get(ctx: Ctx) -> Response:
    """R15."""
    return ok(_cluster(ctx))


async def nodecluster_deploy(ctx: Ctx) -> Response:
    """R16: 202, Init -> Deploying -> Deployed."""
    cluster = _cluster(ctx)
    return _run(ctx, "Cluster Deploy", cluster, lambda: ctx.emu.lifecycle.cluster_deploy(ctx.ns, cluster))


async def nodecluster_update(ctx: Ctx) -> Response:
    """R17: 202; scales the cluster to the new ``target_num_nodes``."""
    cluster = _cluster(ctx)
    body = ctx.body(NODECLUSTER_UPDATE)
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
            or any(ns.nodes[_uuid_of(u)]["state"] == "Deploying" for u in cluster["nodes"])
        ):
            return life.cluster_scale(ns, cluster)
        return PlanResult([])

    return _run(ctx, "Cluster Update", cluster, plan)


async def nodecluster_terminate(ctx: Ctx) -> Response:
    """R18: 202."""
    cluster = _cluster(ctx)
    return _run(ctx, "Cluster Terminate", cluster, lambda: ctx.emu.lifecycle.cluster_terminate(ctx.ns, cluster))


# ---------------------------------------------------------------------------------------------- nodes
def _node(ctx: Ctx) -> Obj:
    return _get(ctx.ns.nodes, ctx.param("uuid"), "node")


async def node_list(ctx: Ctx) -> Response:
    """R19."""
    return paginate(
        ctx,
        apply_filters(
            ctx,
            ctx.ns.nodes.values(),
            {
                "uuid": Filter(),
                "state": Filter("enum", enum=NODE_STATES),
                "node_cluster": Filter("uri"),
                "node_type": Filter("uri"),
                "region": Filter("uri"),
                "docker_version": Filter(),
            },
        ),
    )


async def node_get(ctx: Ctx) -> Response:
    """R20."""
    return ok(_node(ctx))


async def node_update(ctx: Ctx) -> Response:
    """R21: 200, edits nickname/tags."""
    node = _node(ctx)
    body = ctx.body(NODE_UPDATE)
    if node["state"] == "Terminated":
        raise ApiError(400, f"Cannot update node '{node['nickname']}': it is terminated.")
    if "nickname" in body:
        node["nickname"] = body["nickname"] or node["external_fqdn"]
    if "tags" in body:
        node["tags"] = [{"name": t["name"]} for t in body["tags"]]
    action = ctx.emu.lifecycle.record(ctx.ns, ctx.info(), "Node Update", node["resource_uri"])
    return ok(node, 200, action)


async def node_upgrade(ctx: Ctx) -> Response:
    """R22: 202."""
    node = _node(ctx)
    return _run(ctx, "Node Upgrade Docker", node, lambda: ctx.emu.lifecycle.node_upgrade(ctx.ns, node))


async def node_health_check(ctx: Ctx) -> Response:
    """R23: 202."""
    node = _node(ctx)
    return _run(ctx, "Node Health Check", node, lambda: ctx.emu.lifecycle.node_health_check(ctx.ns, node))


async def node_terminate(ctx: Ctx) -> Response:
    """R24: 202."""
    node = _node(ctx)
    return _run(ctx, "Node Terminate", node, lambda: ctx.emu.lifecycle.node_terminate(ctx.ns, node))


async def tag_list(ctx: Ctx) -> Response:
    """R61: tags of the user's live nodes (user tags) plus automatic ones (origin tutum)."""
    seen: dict[tuple[str, str], Obj] = {}
    for ns in ctx.emu.store.iter_namespaces(ctx.visible):
        for node in ns.nodes.values():
            if node["state"] == "Terminated":
                continue
            for tag in node["tags"]:
                seen.setdefault((tag["name"], "user"), {"name": tag["name"], "origin": "user"})
            provider = _uuid_of(node["region"].rstrip("/").rsplit("/", 1)[0])
            for auto in (provider, _uuid_of(node["region"]), _uuid_of(node["node_type"]), "byon=false"):
                seen.setdefault((auto, "tutum"), {"name": auto, "origin": "tutum"})
    items = apply_filters(ctx, seen.values(), {"name": Filter(), "origin": Filter("enum", enum=("user", "tutum"))})
    return paginate(ctx, items)


# ---------------------------------------------------------------------------------------------- registries
async def registry_list(ctx: Ctx) -> Response:
    """R25."""
    return paginate(
        ctx,
        apply_filters(
            ctx,
            ctx.ns.registries(),
            {"uuid": Filter(), "name": Filter(), "host": Filter(), "is_docker_registry": Filter("bool")},
        ),
    )


async def registry_get(ctx: Ctx) -> Response:
    """R26."""
    host = ctx.param("host")
    for registry in ctx.ns.registries():
        if registry["host"] == host:
            return ok(registry)
    raise not_found("registry")


def _repository(ctx: Ctx) -> Obj:
    repo = _get(ctx.ns.repositories, ctx.param("name"), "repository")
    _refresh_in_use(ctx.ns, repo)
    return repo


def _refresh_in_use(ns: Namespace, repo: Obj) -> None:
    name = repo["name"]
    repo["in_use"] = any(
        s["state"] != "Terminated" and (s["image_name"] == name or s["image_name"].startswith(name + ":"))
        for s in ns.services.values()
    )


async def repository_list(ctx: Ctx) -> Response:
    """R27."""
    for repo in ctx.ns.repositories.values():
        _refresh_in_use(ctx.ns, repo)
    return paginate(
        ctx, apply_filters(ctx, ctx.ns.repositories.values(), {"name": Filter(), "registry": Filter("uri")})
    )


async def repository_create(ctx: Ctx) -> Response:
    """R28: 201."""
    body = ctx.body(REPOSITORY_CREATE)
    name = body["name"].strip().strip("/")
    if not name or " " in name or "//" in name:
        raise ApiError(
            400, f"Invalid value for 'name': {body['name']!r} is not a repository name such as my.registry.com/myrepo."
        )
    body["name"] = name
    ns = ctx.ns
    if name in ns.repositories:
        raise ApiError(409, f"The repository '{name}' has already been added.")
    repo = build_repository(ns, body)
    if repo["_host"] == DOCKER_HUB and not name.count("/"):
        raise ApiError(400, f"Invalid value for 'name': {name!r} must include the registry host or namespace.")
    ns.repositories[name] = repo
    _refresh_in_use(ns, repo)
    action = ctx.emu.lifecycle.record(ns, ctx.info(), "Repository Add", repo["resource_uri"])
    return ok(repo, 201, action)


async def repository_get(ctx: Ctx) -> Response:
    """R29."""
    return ok(_repository(ctx))


async def repository_update(ctx: Ctx) -> Response:
    """R30: 200."""
    repo = _repository(ctx)
    body = ctx.body(REPOSITORY_UPDATE)
    if "username" in body:
        repo["_username"] = body["username"]
    if "password" in body:
        repo["_password"] = body["password"]
    action = ctx.emu.lifecycle.record(ctx.ns, ctx.info(), "Repository Update", repo["resource_uri"])
    return ok(repo, 200, action)


async def repository_remove(ctx: Ctx) -> Response:
    """R31: 204."""
    repo = _repository(ctx)
    del ctx.ns.repositories[repo["name"]]
    action = ctx.emu.lifecycle.record(ctx.ns, ctx.info(), "Repository Remove", repo["resource_uri"])
    return no_content(action)


# ---------------------------------------------------------------------------------------------- services
def _service(ctx: Ctx) -> Obj:
    return _get(ctx.ns.services, ctx.param("uuid"), "service")


def _link(ns: Namespace, svc: Obj, target: Obj, name: str | None) -> None:
    link = {
        "from_service": svc["resource_uri"],
        "name": name or target["name"].upper().replace("-", "_"),
        "to_service": target["resource_uri"],
    }
    svc["linked_to_service"].append(link)
    target["linked_from_service"].append(dict(link))


def _unlink(ns: Namespace, svc: Obj) -> None:
    for link in svc["linked_to_service"]:
        target = ns.services.get(_uuid_of(link["to_service"]))
        if target is not None:
            target["linked_from_service"] = [
                x for x in target["linked_from_service"] if x["from_service"] != svc["resource_uri"]
            ]
    svc["linked_to_service"] = []


def _resolve_links(ns: Namespace, links: list[dict[str, Any]], by_name: dict[str, Obj]) -> list[tuple[Obj, Any]]:
    out = []
    for i, link in enumerate(links):
        ref = link["to_service"]
        target = by_name.get(ref)
        if target is None:
            found = ns.services.get(_uuid_of(canonical_uri(ref))) if ref.startswith("/api/") else None
            if found is None or found["state"] == "Terminated":
                raise ApiError(
                    400,
                    f"Invalid value for 'linked_to_service[{i}].to_service': {ref!r} is not a "
                    "service of this namespace (give its resource URI, or its name within a stack).",
                )
            target = found
        out.append((target, link.get("name")))
    return out


def _check_bindings(ns: Namespace, bindings: list[dict[str, Any]]) -> None:
    for i, binding in enumerate(bindings):
        if not binding.get("container_path") and not binding.get("volumes_from"):
            raise ApiError(400, f"Invalid value for 'bindings[{i}]': give 'container_path' or 'volumes_from'.")


def _check_ports(ports: list[dict[str, Any]]) -> None:
    seen: set[tuple[int, str]] = set()
    for i, port in enumerate(ports):
        key = (port["inner_port"], port["protocol"])
        if key in seen:
            raise ApiError(400, f"Invalid value for 'container_ports[{i}]': port {key[0]}/{key[1]} is repeated.")
        seen.add(key)
        if port["inner_port"] > 65535 or (port.get("outer_port") or 0) > 65535:
            raise ApiError(400, f"Invalid value for 'container_ports[{i}]': ports must be at most 65535.")


def _new_service(ctx: Ctx, body: dict[str, Any], stack: Obj | None) -> Obj:
    ns = ctx.ns
    _check_bindings(ns, body.get("bindings", []))
    _check_ports(body.get("container_ports", []))
    if not body["image"].strip():
        raise ApiError(400, "Invalid value for 'image': must not be empty.")
    svc = build_service(ns, body)
    stack_uri = stack["resource_uri"] if stack else None
    if any(
        s["name"] == svc["name"] and s["state"] != "Terminated" and s.get("stack") == stack_uri
        for s in ns.services.values()
    ):
        raise ApiError(409, f"A service named '{svc['name']}' already exists" + (" in this stack." if stack else "."))
    svc["stack"] = stack_uri
    svc["_order"] = ctx.emu.store.order()
    return svc


async def service_list(ctx: Ctx) -> Response:
    """R41."""
    return paginate(
        ctx,
        apply_filters(
            ctx,
            ctx.ns.services.values(),
            {"uuid": Filter(), "state": Filter("enum", enum=SERVICE_STATES), "name": Filter(), "stack": Filter("uri")},
        ),
    )


async def service_create(ctx: Ctx) -> Response:
    """R42: 201, state Not running."""
    body = ctx.body(SERVICE_CREATE)
    ns = ctx.ns
    svc = _new_service(ctx, body, None)
    links = _resolve_links(ns, body.get("linked_to_service", []), {})
    ns.services[svc["uuid"]] = svc
    for target, name in links:
        _link(ns, svc, target, name)
    ctx.emu.lifecycle.emit(ns, "service", svc, "create")
    action = ctx.emu.lifecycle.record(ns, ctx.info(), "Service Create", svc["resource_uri"])
    return ok(svc, 201, action)


async def service_get(ctx: Ctx) -> Response:
    """R43."""
    return ok(_service(ctx))


def _apply_service_update(ctx: Ctx, svc: Obj, body: dict[str, Any], by_name: dict[str, Obj]) -> None:
    ns = ctx.ns
    if svc["state"] in ("Terminating", "Terminated"):
        raise ApiError(400, f"Cannot update service '{svc['name']}' in state '{svc['state']}'.")
    strategy = body.get("deployment_strategy")
    if (
        strategy is not None
        and strategy != svc["deployment_strategy"]
        and "EVERY_NODE" in (strategy, svc["deployment_strategy"])
    ):
        raise ApiError(400, "A service cannot be updated to or from a deployment strategy of EVERY_NODE.")
    if "container_ports" in body:
        _check_ports(body["container_ports"])
    links = _resolve_links(ns, body["linked_to_service"], by_name) if "linked_to_service" in body else None
    if "image" in body:
        if not body["image"].strip():
            raise ApiError(400, "Invalid value for 'image': must not be empty.")
        svc["image_name"] = image_with_tag(body["image"])
    simple = (
        "autorestart",
        "autodestroy",
        "cpu_shares",
        "memory",
        "privileged",
        "sequential_deployment",
        "target_num_containers",
        "deployment_strategy",
        "autoredeploy",
        "net",
        "pid",
    )
    for key in simple:
        if key in body:
            svc[key] = body[key]
    for key in ("entrypoint", "run_command"):
        if key in body:
            svc[key] = body[key] or ""
    if "working_dir" in body:
        svc["working_dir"] = body["working_dir"] or "/"
    if "nickname" in body:
        svc["nickname"] = body["nickname"] or svc["name"]
    if "roles" in body:
        svc["roles"] = list(body["roles"])
    if "tags" in body:
        svc["tags"] = [{"name": t["name"]} for t in body["tags"]]
    if "container_envvars" in body:
        svc["container_envvars"] = [{"key": e["key"], "value": e["value"]} for e in body["container_envvars"]]
    if "container_ports" in body:
        svc["_raw_ports"] = list(body["container_ports"])
        svc["container_ports"] = port_out(body["container_ports"], svc["public_dns"], None)
    if links is not None:
        _unlink(ns, svc)
        for target, name in links:
            _link(ns, svc, target, name)
    if svc["deployment_strategy"] == "EVERY_NODE":
        svc["target_num_containers"] = max(1, len(ns.deployed_nodes()))
    svc["synchronized"] = not ns.live_containers(svc)


async def service_update(ctx: Ctx) -> Response:
    """R44: 200, configuration only (scale or redeploy applies it)."""
    svc = _service(ctx)
    body = ctx.body(SERVICE_UPDATE)
    _apply_service_update(ctx, svc, body, {})
    action = ctx.emu.lifecycle.record(ctx.ns, ctx.info(), "Service Update", svc["resource_uri"])
    return ok(svc, 200, action)


async def service_start(ctx: Ctx) -> Response:
    """R45: 202."""
    svc = _service(ctx)
    return _run(ctx, "Service Start", svc, lambda: ctx.emu.lifecycle.service_start(ctx.ns, svc))


async def service_stop(ctx: Ctx) -> Response:
    """R46: 202."""
    svc = _service(ctx)
    return _run(ctx, "Service Stop", svc, lambda: ctx.emu.lifecycle.service_stop(ctx.ns, svc))


async def service_scale(ctx: Ctx) -> Response:
    """R47: 202."""
    svc = _service(ctx)
    return _run(ctx, "Service Scale", svc, lambda: ctx.emu.lifecycle.service_scale(ctx.ns, svc))


async def service_redeploy(ctx: Ctx) -> Response:
    """R48: 202."""
    svc = _service(ctx)
    _reuse_volumes(ctx)
    return _run(ctx, "Service Redeploy", svc, lambda: _redeploy_plan(ctx, svc))


def _redeploy_plan(ctx: Ctx, svc: Obj) -> PlanResult:
    result = ctx.emu.lifecycle.service_redeploy(ctx.ns, svc)
    svc["synchronized"] = True
    return result


async def service_terminate(ctx: Ctx) -> Response:
    """R49: 202."""
    svc = _service(ctx)
    return _run(ctx, "Service Terminate", svc, lambda: ctx.emu.lifecycle.service_terminate(ctx.ns, svc))


# ---------------------------------------------------------------------------------------------- stacks
def _stack(ctx: Ctx) -> Obj:
    return _get(ctx.ns.stacks, ctx.param("uuid"), "stack")


async def stack_list(ctx: Ctx) -> Response:
    """R32."""
    return paginate(ctx, apply_filters(ctx, ctx.ns.stacks.values(), {"uuid": Filter(), "name": Filter()}))


async def stack_create(ctx: Ctx) -> Response:
    """R33: 201, with its services (state Not Running)."""
    body = ctx.body(STACK_CREATE)
    ns = ctx.ns
    if any(s["name"] == body["name"] and s["state"] != "Terminated" for s in ns.stacks.values()):
        raise ApiError(409, f"A stack named '{body['name']}' already exists.")
    stack = build_stack(ns, body)
    stack["_order"] = ctx.emu.store.order()
    services: list[Obj] = []
    by_name: dict[str, Obj] = {}
    for i, svc_body in enumerate(body.get("services", [])):
        try:
            svc = _new_service(ctx, svc_body, stack)
        except ApiError as exc:
            raise ApiError(exc.status, f"services[{i}]: {exc.message}") from None
        if svc["name"] in by_name:
            raise ApiError(400, f"services[{i}]: the service name '{svc['name']}' is used twice in this stack.")
        by_name[svc["name"]] = svc
        services.append(svc)
    links = [_resolve_links(ns, b.get("linked_to_service", []), by_name) for b in body.get("services", [])]
    ns.stacks[stack["uuid"]] = stack
    ctx.emu.lifecycle.emit(ns, "stack", stack, "create")
    for svc in services:
        ns.services[svc["uuid"]] = svc
        stack["services"].append(svc["resource_uri"])
    for svc, svc_links in zip(services, links, strict=True):
        for target, name in svc_links:
            _link(ns, svc, target, name)
        ctx.emu.lifecycle.emit(ns, "service", svc, "create")
    action = ctx.emu.lifecycle.record(ns, ctx.info(), "Stack Create", stack["resource_uri"])
    return ok(stack, 201, action)


async def stack_export(ctx: Ctx) -> Response:
    """R34: the stackfile as JSON."""
    return JSONResponse(export_stack(ctx.ns, _stack(ctx)))


async def stack_get(ctx: Ctx) -> Response:
    """R35."""
    return ok(_stack(ctx))


async def stack_update(ctx: Ctx) -> Response:
    """R36: 200; updates the named services and adds new ones."""
    stack = _stack(ctx)
    body = ctx.body(STACK_UPDATE)
    ns = ctx.ns
    if stack["state"] in ("Terminating", "Terminated"):
        raise ApiError(400, f"Cannot update stack '{stack['name']}' in state '{stack['state']}'.")
    existing = {s["name"]: s for s in ctx.emu.lifecycle.stack_services(ns, stack)}
    by_name = dict(existing)
    new_services: list[tuple[Obj, dict[str, Any]]] = []
    for i, item in enumerate(body.get("services", [])):
        name = item.get("name")
        if name in existing:
            continue
        if "image" not in item:
            raise ApiError(400, f"services[{i}]: unknown service {name!r} (new services need 'image').")
        svc_body = validate_object(item, SERVICE_CREATE, f"services[{i}]")
        svc = _new_service(ctx, svc_body, stack)
        by_name[svc["name"]] = svc
        new_services.append((svc, svc_body))
    for svc, _ in new_services:
        ns.services[svc["uuid"]] = svc
        stack["services"].append(svc["resource_uri"])
        ctx.emu.lifecycle.emit(ns, "service", svc, "create")
    for i, item in enumerate(body.get("services", [])):
        target = existing.get(item.get("name") or "")
        if target is None:
            continue
        try:
            _apply_service_update(ctx, target, {k: v for k, v in item.items() if k != "name"}, by_name)
        except ApiError as exc:
            raise ApiError(exc.status, f"services[{i}]: {exc.message}") from None
    for svc, svc_body in new_services:
        for target, name in _resolve_links(ns, svc_body.get("linked_to_service", []), by_name):
            _link(ns, svc, target, name)
    stack["synchronized"] = all(s["synchronized"] for s in ctx.emu.lifecycle.stack_services(ns, stack))
    action = ctx.emu.lifecycle.record(ns, ctx.info(), "Stack Update", stack["resource_uri"])
    return ok(stack, 200, action)


async def stack_stop(ctx: Ctx) -> Response:
    """R37: 202."""
    stack = _stack(ctx)
    return _run(ctx, "Stack Stop", stack, lambda: ctx.emu.lifecycle.stack_stop(ctx.ns, stack))


async def stack_start(ctx: Ctx) -> Response:
    """R38: 202."""
    stack = _stack(ctx)
    return _run(ctx, "Stack Start", stack, lambda: ctx.emu.lifecycle.stack_start(ctx.ns, stack))


async def stack_redeploy(ctx: Ctx) -> Response:
    """R39: 202."""
    stack = _stack(ctx)
    _reuse_volumes(ctx)
    return _run(ctx, "Stack Redeploy", stack, lambda: ctx.emu.lifecycle.stack_redeploy(ctx.ns, stack))


async def stack_terminate(ctx: Ctx) -> Response:
    """R40: 202."""
    stack = _stack(ctx)
    return _run(ctx, "Stack Terminate", stack, lambda: ctx.emu.lifecycle.stack_terminate(ctx.ns, stack))


# ---------------------------------------------------------------------------------------------- containers
def _container(ctx: Ctx) -> Obj:
    return _get(ctx.ns.containers, ctx.param("uuid"), "container")


async def container_list(ctx: Ctx) -> Response:
    """R50."""
    return paginate(
        ctx,
        apply_filters(
            ctx,
            ctx.ns.containers.values(),
            {
                "uuid": Filter(),
                "state": Filter("enum", enum=CONTAINER_STATES),
                "name": Filter(),
                "service": Filter("uri"),
                "node": Filter("uri"),
            },
        ),
    )


async def container_get(ctx: Ctx) -> Response:
    """R51."""
    return ok(_container(ctx))


async def container_start(ctx: Ctx) -> Response:
    """R52: 202."""
    c = _container(ctx)
    return _run(ctx, "Container Start", c, lambda: ctx.emu.lifecycle.container_start(ctx.ns, c))


async def container_stop(ctx: Ctx) -> Response:
    """R53: 202."""
    c = _container(ctx)
    return _run(ctx, "Container Stop", c, lambda: ctx.emu.lifecycle.container_stop(ctx.ns, c))


async def container_redeploy(ctx: Ctx) -> Response:
    """R54: 202."""
    c = _container(ctx)
    _reuse_volumes(ctx)
    return _run(ctx, "Container Redeploy", c, lambda: ctx.emu.lifecycle.container_redeploy(ctx.ns, c))


async def container_terminate(ctx: Ctx) -> Response:
    """R55: 202."""
    c = _container(ctx)
    return _run(ctx, "Container Terminate", c, lambda: ctx.emu.lifecycle.container_terminate(ctx.ns, c))


# ---------------------------------------------------------------------------------------------- triggers
def _trigger(ctx: Ctx, svc: Obj) -> Obj:
    trigger = ctx.ns.triggers.get(ctx.param("trigger_uuid"))
    if trigger is None or trigger["_service"] != svc["uuid"]:
        raise not_found("trigger")
    return trigger


async def trigger_list(ctx: Ctx) -> Response:
    """R56."""
    svc = _service(ctx)
    return paginate(ctx, [t for t in ctx.ns.triggers.values() if t["_service"] == svc["uuid"]])


async def trigger_create(ctx: Ctx) -> Response:
    """R57: 201."""
    svc = _service(ctx)
    body = ctx.body(TRIGGER_CREATE)
    if svc["state"] == "Terminated":
        raise ApiError(400, f"Cannot add a trigger to terminated service '{svc['name']}'.")
    trigger = build_trigger(ctx.ns, svc, body)
    ctx.ns.triggers[trigger["_uuid"]] = trigger
    action = ctx.emu.lifecycle.record(ctx.ns, ctx.info(), "Trigger Create", svc["resource_uri"])
    return ok(trigger, 201, action)


async def trigger_get(ctx: Ctx) -> Response:
    """R58."""
    return ok(_trigger(ctx, _service(ctx)))


async def trigger_delete(ctx: Ctx) -> Response:
    """R59: 204."""
    svc = _service(ctx)
    trigger = _trigger(ctx, svc)
    del ctx.ns.triggers[trigger["_uuid"]]
    action = ctx.emu.lifecycle.record(ctx.ns, ctx.info(), "Trigger Delete", svc["resource_uri"])
    return no_content(action)


async def trigger_call(ctx: Ctx) -> Response:
    """R60 (and ``call/{count}/``): no authentication; 202 with the service."""
    ident = ctx.param("uuid")
    owner: Namespace | None = None
    for ns in ctx.emu.store.namespaces.values():
        if ident in ns.services and (ctx.namespace is None or ctx.namespace == ns.name):
            owner = ns
    if owner is None:
        raise not_found("service")
    ctx.namespace = owner.name
    svc = owner.services[ident]
    trigger = _trigger(ctx, svc)
    count = 1
    if "count" in ctx.request.path_params:
        raw = ctx.param("count")
        if not raw.isdigit() or not 1 <= int(raw) <= MAX_CONTAINERS:
            raise ApiError(400, f"Invalid count {raw!r}: give a positive number of containers to add.")
        count = int(raw)
        if trigger["operation"] != "SCALEUP":
            raise ApiError(400, "A count can only be given to SCALEUP triggers.")
    life = ctx.emu.lifecycle
    if trigger["operation"] == "REDEPLOY":
        return _run(
            ctx, f"Trigger Call ({trigger['name']}): Service Redeploy", svc, lambda: life.service_redeploy(owner, svc)
        )

    def scale_up() -> PlanResult:
        if svc["deployment_strategy"] == "EVERY_NODE" or svc["state"] not in (
            "Running",
            "Partly running",
            "Stopped",
            "Not running",
        ):
            return life.service_scale(owner, svc)  # raises the helpful 400
        if svc["target_num_containers"] + count > MAX_CONTAINERS:
            raise ApiError(400, f"The emulator allows at most {MAX_CONTAINERS} containers per service.")
        svc["target_num_containers"] += count
        return life.service_scale(owner, svc)

    return _run(ctx, f"Trigger Call ({trigger['name']}): Service Scale", svc, scale_up)


NS = True
GLOBAL = False

#: (path without namespace, {method: handler}, namespaced, needs auth)
ROUTES: list[tuple[str, dict[str, Handler], bool, bool]] = [
    ("/api/audit/v1/action/", {"GET": action_list}, GLOBAL, True),
    ("/api/audit/v1/action/{uuid}/", {"GET": action_get}, GLOBAL, True),
    ("/api/audit/v1/action/{uuid}/cancel/", {"POST": action_cancel}, GLOBAL, True),
    ("/api/audit/v1/action/{uuid}/retry/", {"POST": action_retry}, GLOBAL, True),
    ("/api/infra/v1/provider/", {"GET": provider_list}, GLOBAL, True),
    ("/api/infra/v1/provider/{name}/", {"GET": provider_get}, GLOBAL, True),
    ("/api/infra/v1/region/", {"GET": region_list}, GLOBAL, True),
    ("/api/infra/v1/region/{provider}/{name}/", {"GET": region_get}, GLOBAL, True),
    ("/api/infra/v1/az/", {"GET": az_list}, GLOBAL, True),
    ("/api/infra/v1/az/{provider}/{region}/{name}/", {"GET": az_get}, GLOBAL, True),
    ("/api/infra/v1/nodetype/", {"GET": nodetype_list}, GLOBAL, True),
    ("/api/infra/v1/nodetype/{provider}/{name}/", {"GET": nodetype_get}, GLOBAL, True),
    ("/api/infra/v1/tag/", {"GET": tag_list}, GLOBAL, True),
    ("/api/infra/v1/nodecluster/", {"GET": nodecluster_list, "POST": nodecluster_create}, NS, True),
    (
        "/api/infra/v1/nodecluster/{uuid}/",
        {"GET": nodecluster_get, "PATCH": nodecluster_update, "DELETE": nodecluster_terminate},
        NS,
        True,
    ),
    ("/api/infra/v1/nodecluster/{uuid}/deploy/", {"POST": nodecluster_deploy}, NS, True),
    ("/api/infra/v1/node/", {"GET": node_list}, NS, True),
    ("/api/infra/v1/node/{uuid}/", {"GET": node_get, "PATCH": node_update, "DELETE": node_terminate}, NS, True),
    ("/api/infra/v1/node/{uuid}/docker-upgrade/", {"POST": node_upgrade}, NS, True),
    ("/api/infra/v1/node/{uuid}/health-check/", {"POST": node_health_check}, NS, True),
    ("/api/repo/v1/registry/", {"GET": registry_list}, NS, True),
    ("/api/repo/v1/registry/{host}/", {"GET": registry_get}, NS, True),
    ("/api/repo/v1/repository/", {"GET": repository_list, "POST": repository_create}, NS, True),
    (
        "/api/repo/v1/repository/{name:path}/",
        {"GET": repository_get, "PATCH": repository_update, "DELETE": repository_remove},
        NS,
        True,
    ),
    ("/api/app/v1/stack/", {"GET": stack_list, "POST": stack_create}, NS, True),
    ("/api/app/v1/stack/{uuid}/", {"GET": stack_get, "PATCH": stack_update, "DELETE": stack_terminate}, NS, True),
    ("/api/app/v1/stack/{uuid}/export/", {"GET": stack_export}, NS, True),
    ("/api/app/v1/stack/{uuid}/start/", {"POST": stack_start}, NS, True),
    ("/api/app/v1/stack/{uuid}/stop/", {"POST": stack_stop}, NS, True),
    ("/api/app/v1/stack/{uuid}/redeploy/", {"POST": stack_redeploy}, NS, True),
    ("/api/app/v1/service/", {"GET": service_list, "POST": service_create}, NS, True),
    (
        "/api/app/v1/service/{uuid}/",
        {"GET": service_get, "PATCH": service_update, "DELETE": service_terminate},
        NS,
        True,
    ),
    ("/api/app/v1/service/{uuid}/start/", {"POST": service_start}, NS, True),
    ("/api/app/v1/service/{uuid}/stop/", {"POST": service_stop}, NS, True),
    ("/api/app/v1/service/{uuid}/scale/", {"POST": service_scale}, NS, True),
    ("/api/app/v1/service/{uuid}/redeploy/", {"POST": service_redeploy}, NS, True),
    ("/api/app/v1/service/{uuid}/trigger/", {"GET": trigger_list, "POST": trigger_create}, NS, True),
    ("/api/app/v1/service/{uuid}/trigger/{trigger_uuid}/", {"GET": trigger_get, "DELETE": trigger_delete}, NS, True),
    ("/api/app/v1/service/{uuid}/trigger/{trigger_uuid}/call/", {"POST": trigger_call}, NS, False),
    ("/api/app/v1/service/{uuid}/trigger/{trigger_uuid}/call/{count}/", {"POST": trigger_call}, NS, False),
    ("/api/app/v1/container/", {"GET": container_list}, NS, True),
    ("/api/app/v1/container/{uuid}/", {"GET": container_get, "DELETE": container_terminate}, NS, True),
    ("/api/app/v1/container/{uuid}/start/", {"POST": container_start}, NS, True),
    ("/api/app/v1/container/{uuid}/stop/", {"POST": container_stop}, NS, True),
    ("/api/app/v1/container/{uuid}/redeploy/", {"POST": container_redeploy}, NS, True),
]
