"""Containers: the JSON object, placement on nodes, the state changes of one container, its
operations (start, stop, redeploy, terminate) and its handlers (list, get and those operations)."""

from __future__ import annotations

import hashlib
from typing import Any

from starlette.responses import Response

from ..http import Ctx, filtered_page, ok
from ..lifecycle import Lifecycle, PlanResult, derived
from ..lifecycle.core import count_new_container
from ..lifecycle.engine import ENDING_STATES, Superseded, until_terminated
from ..lifecycle.guards import check_not_ending, check_state
from ..routing import operation
from ..store import Namespace, Obj, new_uuid
from ..timefmt import rfc1123
from .common import lookup, run_plan, terminable

WELL_KNOWN_PORTS = {
    21: "ftp",
    22: "ssh",
    25: "smtp",
    53: "dns",
    80: "http",
    443: "https",
    3306: "mysql",
    5432: "postgresql",
    6379: "redis",
    8080: "http-alt",
    27017: "mongodb",
}


def _digest(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def fake_ip(seed: str, prefix: str = "10.7") -> str:
    """A deterministic private-looking IPv4 address derived from ``seed``."""
    value = _digest(seed)
    return f"{prefix}.{(value >> 8) % 250 + 1}.{value % 250 + 2}"


def port_out(ports: list[dict[str, Any]], public_dns: str, dynamic_base: int | None) -> list[Obj]:
    """Service/container port objects from the request's port items."""
    out: list[Obj] = []
    for i, port in enumerate(ports):
        inner = port["inner_port"]
        published = bool(port.get("published", False))
        outer = port.get("outer_port") or None  # 0 means no fixed published port (the Go SDK always sends it)
        if outer is None and published:
            outer = inner if dynamic_base is None else dynamic_base + i
        name = WELL_KNOWN_PORTS.get(inner, "")
        scheme = "http" if name in ("http", "http-alt") else ("https" if name == "https" else port["protocol"])
        out.append(
            {
                "endpoint_uri": f"{scheme}://{public_dns}:{outer}/" if published and outer is not None else None,
                "inner_port": inner,
                "outer_port": outer,
                "port_name": name,
                "protocol": port["protocol"],
                "published": published,
            }
        )
    return out


def build_container(ns: Namespace, service: Obj, node: Obj, index: int, node_cluster: str | None) -> Obj:
    """A new container of ``service`` on ``node`` in state ``Starting``."""
    ident = new_uuid()
    name = f"{service['name']}-{index}"
    public_dns = f"{name}.{ns.name}.cont.dockerapp.io"
    ports = port_out(service["_raw_ports"], public_dns, 49153 + (index - 1) * 10)
    for port in ports:
        port["uri_protocol"] = port["endpoint_uri"].split(":", 1)[0] if port["endpoint_uri"] else port["protocol"]
    private_ip = fake_ip(ident)
    envvars = [dict(e) for e in service["container_envvars"]]
    envvars.append({"key": "DOCKERCLOUD_SERVICE_API_URI", "value": service["resource_uri"]})
    envvars.append({"key": "DOCKERCLOUD_CONTAINER_FQDN", "value": public_dns})
    return {
        "autodestroy": service["autodestroy"],
        "autorestart": service["autorestart"],
        "bindings": [
            {
                "host_path": b["host_path"],
                "container_path": b["container_path"] or "/data",
                "rewritable": b["rewritable"],
                "volume": None,
            }
            for b in service["bindings"]
        ],
        "cap_add": list(service["cap_add"]),
        "cap_drop": list(service["cap_drop"]),
        "cgroup_parent": service["cgroup_parent"],
        "container_envvars": envvars,
        "container_ports": ports,
        "cpu_shares": service["cpu_shares"],
        "cpuset": service["cpuset"],
        "deployed_datetime": rfc1123(),
        "destroyed_datetime": None,
        "devices": [],
        "dns": [],
        "dns_search": [],
        "domainname": service["domainname"],
        "entrypoint": service["entrypoint"],
        "exit_code": None,
        "exit_code_msg": None,
        "extra_hosts": [],
        "hostname": name,
        "image_name": service["image_name"],
        "labels": dict(service["labels"]),
        "link_variables": {},
        "linked_to_container": [],
        "mac_address": f"02:42:ac:11:{(index >> 8) % 256:02x}:{index % 256:02x}",
        "memory": service["memory"],
        "memory_swap": service["memory_swap"],
        "name": name,
        "net": service["net"],
        "node": node["resource_uri"],
        "pid": service["pid"],
        "private_ip": private_ip,
        "privileged": service["privileged"],
        "public_dns": public_dns,
        "read_only": service["read_only"],
        "resource_uri": ns.uri("app", "container", ident),
        "roles": list(service["roles"]),
        "run_command": service["run_command"],
        "security_opt": [],
        "service": service["resource_uri"],
        "started_datetime": None,
        "state": "Starting",
        "stdin_open": False,
        "stopped_datetime": None,
        "synchronized": True,
        "tty": False,
        "user": service["user"],
        "uuid": ident,
        "working_dir": service["working_dir"],
        "_service": service["uuid"],
        "_node": node["uuid"],
        "_node_cluster": node_cluster,
        "_logs": [],
        "_tick": 0,
    }


def placement(life: Lifecycle, ns: Namespace, svc: Obj, count: int) -> list[Obj]:
    """Choose nodes for ``count`` new containers according to the deployment strategy."""
    nodes = ns.deployed_nodes()
    if not nodes:
        return []
    load = {n["uuid"]: n["_active"] for n in nodes}  # kept by lifecycle.core.count_on_node
    mine = {n["uuid"]: 0 for n in nodes}
    for c in ns.live_containers(svc):
        if c["state"] != "Terminating" and c["_node"] in mine:
            mine[c["_node"]] += 1
    order = {n["uuid"]: i for i, n in enumerate(nodes)}
    chosen: list[Obj] = []
    by_id = {n["uuid"]: n for n in nodes}
    for _ in range(count):
        if svc["deployment_strategy"] == "HIGH_AVAILABILITY":
            best = min(load, key=lambda u: (mine[u], load[u], order[u]))
        else:
            best = min(load, key=lambda u: (load[u], order[u]))
        load[best] += 1
        mine[best] += 1
        chosen.append(by_id[best])
    return chosen


def new_container(life: Lifecycle, ns: Namespace, svc: Obj, node: Obj) -> Obj:
    """A new container of ``svc`` on ``node`` (Starting), stored and announced (Superseded: the service ends)."""
    if svc["state"] in ENDING_STATES:
        raise Superseded(f"Service '{svc['name']}' is {svc['state'].lower()}")
    index = svc["_next_index"]
    svc["_next_index"] += 1
    container = build_container(ns, svc, node, index, node.get("node_cluster"))
    ns["containers"][container["uuid"]] = container
    count_new_container(ns, container)
    svc["_containers"].append(container["uuid"])
    life.emit(ns, "container", container, "create")
    life.container_log(
        container, f"Creating container {container['name']} from {svc['image_name']} on {node['external_fqdn']}"
    )
    return container


def container_running(life: Lifecycle, ns: Namespace, c: Obj) -> None:
    """A container becomes Running (unless it is ending), with its start-up log lines."""
    if c["state"] in ENDING_STATES:
        return
    c["started_datetime"] = rfc1123()
    c["stopped_datetime"] = None
    c["exit_code"] = None
    c["exit_code_msg"] = None
    life.set_state(ns, "container", c, "Running")
    command = c["run_command"] or c["entrypoint"] or "/run.sh"
    life.container_log(c, f"Starting {c['image_name']} as {c['hostname']} ({command})")
    life.container_log(c, f"Environment: {len(c['container_envvars'])} variables, private IP {c['private_ip']}")
    for port in c["container_ports"]:
        life.container_log(c, f"Listening on {port['protocol']} port {port['inner_port']}")
    life.container_log(c, f"{c['name']} is ready")


def container_stopped(life: Lifecycle, ns: Namespace, c: Obj) -> None:
    """A container becomes Stopped (unless it is ending), with exit code 0."""
    if c["state"] in ENDING_STATES:
        return
    c["stopped_datetime"] = rfc1123()
    c["exit_code"] = 0
    c["exit_code_msg"] = "Exit code 0"
    life.container_log(c, "Received SIGTERM, shutting down")
    life.set_state(ns, "container", c, "Stopped")


def container_terminated(life: Lifecycle, ns: Namespace, c: Obj) -> None:
    """A container becomes Terminated."""
    c["destroyed_datetime"] = rfc1123()
    if c["stopped_datetime"] is None:
        c["stopped_datetime"] = c["destroyed_datetime"]
    life.set_state(ns, "container", c, "Terminated")


def settle_containers(life: Lifecycle, ns: Namespace, containers: list[Obj]) -> None:
    """Cancel-time cleanup: finish the transitions already started."""
    for c in containers:
        if c["state"] == "Starting":
            container_running(life, ns, c)
        elif c["state"] == "Stopping":
            container_stopped(life, ns, c)
        elif c["state"] == "Terminating":
            container_terminated(life, ns, c)


def service_of(life: Lifecycle, ns: Namespace, c: Obj) -> Obj:
    """The service a container belongs to."""
    svc: Obj = ns["services"][c["_service"]]
    return svc


def _transition(life: Lifecycle, ns: Namespace, c: Obj, op: str, allowed: tuple[str, ...], via: str) -> PlanResult:
    """A one-container operation: ``op`` from the states ``allowed``, through ``via``, settled one step later
    (a cancel settles it at once); the container's service is recomputed."""
    check_state(c, "container", c["name"], op, allowed)
    life.set_state(ns, "container", c, via)
    svc = service_of(life, ns, c)

    def finish() -> None:
        settle_containers(life, ns, [c])
        derived.refresh_service(life, ns, svc)

    return until_terminated(c, f"Container '{c['name']}'", PlanResult([finish], finish))


def start(life: Lifecycle, ns: Namespace, c: Obj) -> PlanResult:
    """Stopped -> Starting -> Running."""
    return _transition(life, ns, c, "start", ("Stopped",), "Starting")


def stop(life: Lifecycle, ns: Namespace, c: Obj) -> PlanResult:
    """Running -> Stopping -> Stopped."""
    return _transition(life, ns, c, "stop", ("Running",), "Stopping")


def redeploy(life: Lifecycle, ns: Namespace, c: Obj) -> PlanResult:
    """Running/Stopped -> Starting -> Running with the current service configuration."""
    plan = _transition(life, ns, c, "redeploy", ("Running", "Stopped"), "Starting")
    c["image_name"] = service_of(life, ns, c)["image_name"]
    return plan


def terminate(life: Lifecycle, ns: Namespace, c: Obj) -> PlanResult:
    """-> Terminating -> Terminated; the service's target goes down by one."""
    check_not_ending(c, "Container", c["name"])
    life.set_state(ns, "container", c, "Terminating")
    svc = service_of(life, ns, c)
    svc["target_num_containers"] = max(0, svc["target_num_containers"] - 1)

    def finish() -> None:
        if c["state"] != "Terminated":
            container_terminated(life, ns, c)
        derived.refresh_service(life, ns, svc)

    return PlanResult([finish], finish)


def _container(ctx: Ctx) -> Obj:
    return lookup(ctx.ns["containers"], ctx.param("uuid"), "container")


@operation("containers_list")
async def containers_list(ctx: Ctx) -> Response:
    """``containers_list``: list the namespace's containers, filtered."""
    return filtered_page(ctx, ctx.ns["containers"])


@operation("containers_get")
async def containers_get(ctx: Ctx) -> Response:
    """``containers_get``: get one container."""
    return ok(_container(ctx))


@operation("containers_start")
async def containers_start(ctx: Ctx) -> Response:
    """``containers_start``: start a stopped container; 202."""
    return run_plan(ctx, "Container Start", _container(ctx), start)


@operation("containers_stop")
async def containers_stop(ctx: Ctx) -> Response:
    """``containers_stop``: stop a running container; 202."""
    return run_plan(ctx, "Container Stop", _container(ctx), stop)


@operation("containers_redeploy")
async def containers_redeploy(ctx: Ctx) -> Response:
    """``containers_redeploy``: redeploy a container with its service's configuration; 202."""
    return run_plan(ctx, "Container Redeploy", _container(ctx), redeploy)


@operation("containers_terminate")
async def containers_terminate(ctx: Ctx) -> Response:
    """``containers_terminate``: terminate a container (its service's target goes down by one); 202."""
    return run_plan(ctx, "Container Terminate", terminable(_container(ctx), "Container"), terminate)
