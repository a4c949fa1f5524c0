"""Services: the JSON object, creation checks, links and updates (shared with stacks), the operations
(start, stop, scale, redeploy, terminate) and the handlers."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ..errors import ApiError
from ..http import Ctx, filtered_page, ok
from ..lifecycle import Lifecycle, OperationFailed, PlanResult, Step, derived
from ..lifecycle.engine import until_terminated
from ..lifecycle.guards import check_not_ending, check_state
from ..routing import operation
from ..store import Namespace, Obj, canonical_uri, is_live, new_uuid, uuid_of
from ..timefmt import rfc1123
from . import containers
from .common import lookup, run_plan, terminable

#: Resolved ``linked_to_service`` entries: ``(target service, link name or None)``.
Links = list[tuple[Obj, Any]]


def image_with_tag(image: str) -> str:
    """``image`` with ``:latest`` appended when it has no tag."""
    last = image.rsplit("/", 1)[-1]
    return image if ":" in last else f"{image}:latest"


def default_service_name(image: str) -> str:
    """The docs' default service name: the image without namespace (and tag)."""
    return image.rsplit("/", 1)[-1].split(":", 1)[0] or "service"


def build_service(ns: Namespace, body: dict[str, Any]) -> Obj:
    """A new service in state ``Not running`` (links are resolved by the caller)."""
    ident = new_uuid()
    name = body.get("name") or default_service_name(body["image"])
    public_dns = f"{name}.{ns.name}.svc.dockerapp.io"
    return {
        "autodestroy": body.get("autodestroy", "OFF"),
        "autoredeploy": body.get("autoredeploy", False),
        "autorestart": body.get("autorestart", "OFF"),
        "bindings": [
            {
                "host_path": b.get("host_path"),
                "container_path": b.get("container_path"),
                "rewritable": b.get("rewritable", True),
                "volumes_from": b.get("volumes_from"),
            }
            for b in body.get("bindings", [])
        ],
        "cap_add": [],
        "cap_drop": [],
        "cgroup_parent": "",
        "container_envvars": [{"key": e["key"], "value": e["value"]} for e in body.get("container_envvars", [])],
        "container_ports": containers.port_out(body.get("container_ports", []), public_dns, None),
        "containers": [],
        "cpu_shares": body.get("cpu_shares", 0),
        "cpuset": "",
        "current_num_containers": 0,
        "deployed_datetime": None,
        "deployment_strategy": body.get("deployment_strategy", "EMPTIEST_NODE"),
        "destroyed_datetime": None,
        "devices": [],
        "dns": [],
        "dns_search": [],
        "domainname": "",
        "entrypoint": body.get("entrypoint") or "",
        "extra_hosts": [],
        "hostname": "",
        "image_name": image_with_tag(body["image"]),
        "labels": {},
        "link_variables": {},
        "linked_from_service": [],
        "linked_to_service": [],
        "mac_address": "",
        "memory": body.get("memory", 0),
        "memory_swap": 0,
        "name": name,
        "net": body.get("net", "bridge"),
        "nickname": body.get("nickname") or name,
        "pid": body.get("pid", "none"),
        "privileged": body.get("privileged", False),
        "public_dns": public_dns,
        "read_only": False,
        "resource_uri": ns.uri("app", "service", ident),
        "roles": list(body.get("roles", [])),
        "run_command": body.get("run_command") or "",
        "running_num_containers": 0,
        "security_opt": [],
        "sequential_deployment": body.get("sequential_deployment", False),
        "stack": None,
        "started_datetime": None,
        "state": "Not running",
        "stdin_open": False,
        "stopped_datetime": None,
        "stopped_num_containers": 0,
        "synchronized": True,
        "tags": [{"name": t["name"]} for t in body.get("tags", [])],
        "target_num_containers": body.get("target_num_containers", 1),
        "tty": False,
        "user": "root",
        "uuid": ident,
        "working_dir": body.get("working_dir") or "/",
        "_containers": [],
        "_next_index": 1,
        "_raw_ports": list(body.get("container_ports", [])),
    }


def link_services(ns: Namespace, svc: Obj, target: Obj, name: str | None) -> None:
    """Link ``svc`` to ``target`` (``name`` defaults to the target's name as an env-var prefix), both ways."""
    link = {
        "from_service": svc["resource_uri"],
        "name": name or target["name"].upper().replace("-", "_"),
        "to_service": target["resource_uri"],
    }
    svc["linked_to_service"].append(link)
    target["linked_from_service"].append(dict(link))


def unlink_service(ns: Namespace, svc: Obj) -> None:
    """Remove every outgoing link of ``svc`` (and the matching incoming links of its targets)."""
    for link in svc["linked_to_service"]:
        target = ns["services"].get(uuid_of(link["to_service"]))
        if target is not None:
            target["linked_from_service"] = [
                x for x in target["linked_from_service"] if x["from_service"] != svc["resource_uri"]
            ]
    svc["linked_to_service"] = []


def resolve_links(ns: Namespace, links: list[dict[str, Any]], by_name: dict[str, Obj]) -> Links:
    """The ``(target, name)`` pairs of ``linked_to_service``: names within the stack, else resource URIs (400)."""
    out = []
    for i, link in enumerate(links):
        ref = link["to_service"]
        target = by_name.get(ref)
        if target is None:
            found = ns["services"].get(uuid_of(canonical_uri(ref))) if ref.startswith("/api/") else None
            if found is None or found["state"] == "Terminated":
                raise ApiError(
                    400,
                    f"Invalid value for 'linked_to_service[{i}].to_service': {ref!r} is not a "
                    "service of this namespace (give its resource URI, or its name within a stack).",
                )
            target = found
        out.append((target, link.get("name")))
    return out


def check_bindings(ns: Namespace, bindings: list[dict[str, Any]]) -> None:
    """400 unless every volume binding names a container path or a service to take volumes from."""
    for i, binding in enumerate(bindings):
        if not binding.get("container_path") and not binding.get("volumes_from"):
            raise ApiError(400, f"Invalid value for 'bindings[{i}]': give 'container_path' or 'volumes_from'.")


def check_ports(ports: list[dict[str, Any]]) -> None:
    """400 on a repeated port/protocol pair or a port above 65535."""
    seen: set[tuple[int, str]] = set()
    for i, port in enumerate(ports):
        key = (port["inner_port"], port["protocol"])
        if key in seen:
            raise ApiError(400, f"Invalid value for 'container_ports[{i}]': port {key[0]}/{key[1]} is repeated.")
        seen.add(key)
        if port["inner_port"] > 65535 or (port.get("outer_port") or 0) > 65535:
            raise ApiError(400, f"Invalid value for 'container_ports[{i}]': ports must be at most 65535.")


def new_service(ctx: Ctx, body: dict[str, Any], stack: Obj | None) -> Obj:
    """Validate and build a service (not stored yet); 409 when the name is taken in its stack or outside stacks."""
    ns = ctx.ns
    check_bindings(ns, body.get("bindings", []))
    check_ports(body.get("container_ports", []))
    if not body["image"].strip():
        raise ApiError(400, "Invalid value for 'image': must not be empty.")
    svc = build_service(ns, body)
    stack_uri = stack["resource_uri"] if stack else None
    if is_live(ns["services"].named((stack_uri, svc["name"]))):
        raise ApiError(409, f"A service named '{svc['name']}' already exists" + (" in this stack." if stack else "."))
    svc["stack"] = stack_uri
    return svc


def check_service_update(ns: Namespace, svc: Obj, body: dict[str, Any], by_name: dict[str, Obj]) -> Links | None:
    """Every refusal of a service update body (R44, or one entry of a stack update), before anything
    changes; returns the resolved ``linked_to_service`` (names within the stack in ``by_name``), if given."""
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
        check_ports(body["container_ports"])
    if "image" in body and not body["image"].strip():
        raise ApiError(400, "Invalid value for 'image': must not be empty.")
    return resolve_links(ns, body["linked_to_service"], by_name) if "linked_to_service" in body else None


def apply_service_update(ctx: Ctx, svc: Obj, body: dict[str, Any], links: Links | None) -> None:
    """Apply a service update body that :func:`check_service_update` passed (``links``: what it returned)."""
    ns = ctx.ns
    if "image" in body:
        svc["image_name"] = image_with_tag(body["image"])
        ns["services"].regroup(svc)
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
        svc["container_ports"] = containers.port_out(body["container_ports"], svc["public_dns"], None)
    if links is not None:
        unlink_service(ns, svc)
        for target, name in links:
            link_services(ns, svc, target, name)
    if svc["deployment_strategy"] == "EVERY_NODE":
        svc["target_num_containers"] = max(1, len(ns.deployed_nodes()))
    svc["synchronized"] = not ns.live_containers(svc)


def no_nodes(ns: Namespace) -> OperationFailed:
    """The failure of an operation that needs a deployed node."""
    return OperationFailed(
        f"There are no deployed nodes in namespace '{ns.name}' to deploy containers on. Deploy a node cluster first."
    )


def label(svc: Obj) -> str:
    """How messages name the service."""
    return f"Service '{svc['name']}'"


def settle(life: Lifecycle, ns: Namespace, svc: Obj, changed: list[Obj]) -> Step:
    """The step that ends the transitions the ``changed`` containers began (a cancel, or scale's last
    step), then recomputes ``svc``."""

    def step() -> None:
        containers.settle_containers(life, ns, changed)
        derived.refresh_service(life, ns, svc, force=True)

    return step


def start(life: Lifecycle, ns: Namespace, svc: Obj) -> PlanResult:
    """Start: Not running/Stopped/Partly running -> Starting -> Running (creates containers)."""
    check_state(svc, "service", svc["name"], "start", ("Not running", "Stopped", "Partly running"))
    previous = svc["state"]
    life.set_state(ns, "service", svc, "Starting")
    starting: list[Obj] = []

    def create() -> None:
        live = ns.live_containers(svc)
        missing = max(0, svc["target_num_containers"] - len(live))
        if svc["deployment_strategy"] == "EVERY_NODE":
            have = {c["_node"] for c in live}
            targets = [n for n in ns.deployed_nodes() if n["uuid"] not in have]
        else:
            targets = containers.placement(life, ns, svc, missing)
        if not ns.deployed_nodes() and (missing or not live):
            life.set_state(ns, "service", svc, previous)
            derived.refresh_service(life, ns, svc)
            raise no_nodes(ns)
        for c in live:
            if c["state"] == "Stopped":
                life.set_state(ns, "container", c, "Starting")
                starting.append(c)
        for node in targets:
            starting.append(containers.new_container(life, ns, svc, node))
        derived.refresh_service(life, ns, svc)

    def finish() -> None:
        for c in starting:
            if c["state"] == "Starting":
                containers.container_running(life, ns, c)
        if svc["deployed_datetime"] is None:
            svc["deployed_datetime"] = rfc1123()
        svc["started_datetime"] = rfc1123()
        derived.refresh_service(life, ns, svc, force=True)

    return until_terminated(svc, label(svc), PlanResult([create, finish], settle(life, ns, svc, starting)))


def stop(life: Lifecycle, ns: Namespace, svc: Obj) -> PlanResult:
    """Stop: Running/Partly running -> Stopping -> Stopped."""
    check_state(svc, "service", svc["name"], "stop", ("Running", "Partly running"))
    life.set_state(ns, "service", svc, "Stopping")
    stopping: list[Obj] = []
    for c in ns.live_containers(svc):
        if c["state"] in ("Running", "Starting"):
            life.set_state(ns, "container", c, "Stopping")
            stopping.append(c)

    def finish() -> None:
        for c in stopping:
            if c["state"] == "Stopping":
                containers.container_stopped(life, ns, c)
        svc["stopped_datetime"] = rfc1123()
        life.set_state(ns, "service", svc, "Stopped")
        derived.refresh_service(life, ns, svc, force=True)

    return until_terminated(svc, label(svc), PlanResult([finish], settle(life, ns, svc, stopping)))


def scale(life: Lifecycle, ns: Namespace, svc: Obj) -> PlanResult:
    """Scale to ``target_num_containers``: creates or terminates containers."""
    if svc["deployment_strategy"] == "EVERY_NODE":
        raise ApiError(
            400,
            f"Service '{svc['name']}' uses deployment strategy EVERY_NODE and cannot be "
            "scaled by hand: it runs one container on every node.",
        )
    check_state(svc, "service", svc["name"], "scale", ("Running", "Partly running", "Stopped", "Not running"))
    if svc["state"] in ("Stopped", "Not running"):
        return scale_stopped(life, ns, svc)
    life.set_state(ns, "service", svc, "Scaling")
    changed: list[Obj] = []

    def apply() -> None:
        live = [c for c in ns.live_containers(svc) if c["state"] != "Terminating"]
        target = svc["target_num_containers"]
        if len(live) < target:
            nodes = containers.placement(life, ns, svc, target - len(live))
            if not nodes:
                life.set_state(ns, "service", svc, "Partly running")
                derived.refresh_service(life, ns, svc, force=True)
                raise no_nodes(ns)
            changed.extend(containers.new_container(life, ns, svc, n) for n in nodes)
        else:
            for c in list(reversed(live))[: len(live) - target]:
                life.set_state(ns, "container", c, "Terminating")
                changed.append(c)
        derived.refresh_service(life, ns, svc)

    finish = settle(life, ns, svc, changed)  # the new containers run, the surplus ones are gone
    return until_terminated(svc, label(svc), PlanResult([apply, finish], finish))


def scale_stopped(life: Lifecycle, ns: Namespace, svc: Obj) -> PlanResult:
    """Scale a Stopped or Not running service: only surplus containers go (no new ones start)."""

    def apply() -> None:
        live = ns.live_containers(svc)
        extra = len(live) - svc["target_num_containers"]
        for c in list(reversed(live))[: max(0, extra)]:
            containers.container_terminated(life, ns, c)
        derived.refresh_service(life, ns, svc)

    return until_terminated(svc, label(svc), PlanResult([apply]))


def redeploy(life: Lifecycle, ns: Namespace, svc: Obj) -> PlanResult:
    """Redeploy: replace every container with a new one (Redeploying -> Running)."""
    check_state(svc, "service", svc["name"], "redeploy", ("Running", "Partly running", "Stopped"))
    previous = svc["state"]
    life.set_state(ns, "service", svc, "Redeploying")
    old: list[Obj] = []
    new: list[Obj] = []

    def replace() -> None:
        if not ns.deployed_nodes():
            life.set_state(ns, "service", svc, previous)
            raise no_nodes(ns)
        for c in ns.live_containers(svc):
            life.set_state(ns, "container", c, "Terminating")
            old.append(c)
        if svc["deployment_strategy"] == "EVERY_NODE":
            targets = ns.deployed_nodes()
        else:
            targets = containers.placement(life, ns, svc, svc["target_num_containers"])
        new.extend(containers.new_container(life, ns, svc, n) for n in targets)
        derived.refresh_service(life, ns, svc)

    def finish() -> None:
        containers.settle_containers(life, ns, old + new)
        svc["started_datetime"] = rfc1123()
        derived.refresh_service(life, ns, svc, force=True)

    return until_terminated(svc, label(svc), PlanResult([replace, finish], finish))


def terminate(life: Lifecycle, ns: Namespace, svc: Obj) -> PlanResult:
    """Terminate: any live state -> Terminating -> Terminated (containers too)."""
    check_not_ending(svc, "Service", svc["name"])
    life.set_state(ns, "service", svc, "Terminating")
    for c in ns.live_containers(svc):
        life.set_state(ns, "container", c, "Terminating")

    def finish() -> None:
        for c in ns.live_containers(svc):  # every one, also any created since the terminate began
            containers.container_terminated(life, ns, c)
        derived.refresh_service(life, ns, svc)
        svc["destroyed_datetime"] = rfc1123()
        life.set_state(ns, "service", svc, "Terminated")
        derived.refresh_service(life, ns, svc)

    return PlanResult([finish], finish)


def current_service(ctx: Ctx) -> Obj:
    """The service named by the ``uuid`` path parameter in the request's namespace (404 otherwise)."""
    return lookup(ctx.ns["services"], ctx.param("uuid"), "service")


@operation("services_list")
async def services_list(ctx: Ctx) -> Response:
    """``services_list``: list the namespace's services, filtered."""
    return filtered_page(ctx, ctx.ns["services"])


@operation("services_create")
async def services_create(ctx: Ctx) -> Response:
    """``services_create``: create a service; 201, state Not running."""
    body = ctx.body()
    ns = ctx.ns
    svc = new_service(ctx, body, None)
    links = resolve_links(ns, body.get("linked_to_service", []), {})
    ns["services"][svc["uuid"]] = svc
    for target, name in links:
        link_services(ns, svc, target, name)
    ctx.emu.lifecycle.emit(ns, "service", svc, "create")
    action = ctx.emu.lifecycle.record(ns, ctx.info(), "Service Create", svc["resource_uri"])
    return ok(svc, 201, action)


@operation("services_get")
async def services_get(ctx: Ctx) -> Response:
    """``services_get``: get one service."""
    return ok(current_service(ctx))


@operation("services_update")
async def services_update(ctx: Ctx) -> Response:
    """``services_update``: update a service's configuration; 200 (a scale or redeploy applies it)."""
    svc = current_service(ctx)
    body = ctx.body()
    apply_service_update(ctx, svc, body, check_service_update(ctx.ns, svc, body, {}))
    action = ctx.emu.lifecycle.record(ctx.ns, ctx.info(), "Service Update", svc["resource_uri"])
    return ok(svc, 200, action)


@operation("services_start")
async def services_start(ctx: Ctx) -> Response:
    """``services_start``: start a service; 202."""
    return run_plan(ctx, "Service Start", current_service(ctx), start)


@operation("services_stop")
async def services_stop(ctx: Ctx) -> Response:
    """``services_stop``: stop a service; 202."""
    return run_plan(ctx, "Service Stop", current_service(ctx), stop)


@operation("services_scale")
async def services_scale(ctx: Ctx) -> Response:
    """``services_scale``: scale a service to its ``target_num_containers``; 202."""
    return run_plan(ctx, "Service Scale", current_service(ctx), scale)


@operation("services_redeploy")
async def services_redeploy(ctx: Ctx) -> Response:
    """``services_redeploy``: redeploy every container of a service (its configuration applied); 202."""
    return run_plan(ctx, "Service Redeploy", current_service(ctx), redeploy_synchronized)


def redeploy_synchronized(life: Lifecycle, ns: Namespace, svc: Obj) -> PlanResult:
    """:func:`redeploy` as the user's redeploy: the service's configuration is then the containers'."""
    result = redeploy(life, ns, svc)
    svc["synchronized"] = True
    return result


@operation("services_terminate")
async def services_terminate(ctx: Ctx) -> Response:
    """``services_terminate``: terminate a service and its containers; 202."""
    return run_plan(ctx, "Service Terminate", terminable(current_service(ctx), "Service"), terminate)
