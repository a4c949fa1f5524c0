"""Service definitions shared by the service and stack handlers: creation, checks, links and updates."""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..http import Ctx
from ..resources import build_service, image_with_tag, port_out
from ..store import Namespace, Obj, canonical_uri, is_live, uuid_of


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
        target = ns.services.get(uuid_of(link["to_service"]))
        if target is not None:
            target["linked_from_service"] = [
                x for x in target["linked_from_service"] if x["from_service"] != svc["resource_uri"]
            ]
    svc["linked_to_service"] = []


def resolve_links(ns: Namespace, links: list[dict[str, Any]], by_name: dict[str, Obj]) -> list[tuple[Obj, Any]]:
    """The ``(target, name)`` pairs of ``linked_to_service``: names within the stack, else resource URIs (400)."""
    out = []
    for i, link in enumerate(links):
        ref = link["to_service"]
        target = by_name.get(ref)
        if target is None:
            found = ns.services.get(uuid_of(canonical_uri(ref))) if ref.startswith("/api/") else None
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
    if is_live(ns.services.named((stack_uri, svc["name"]))):
        raise ApiError(409, f"A service named '{svc['name']}' already exists" + (" in this stack." if stack else "."))
    svc["stack"] = stack_uri
    return svc


def apply_service_update(ctx: Ctx, svc: Obj, body: dict[str, Any], by_name: dict[str, Obj]) -> None:
    """Apply a service update body (R44, or one entry of a stack update) to ``svc``; links by name in ``by_name``."""
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
        check_ports(body["container_ports"])
    links = resolve_links(ns, body["linked_to_service"], by_name) if "linked_to_service" in body else None
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
        unlink_service(ns, svc)
        for target, name in links:
            link_services(ns, svc, target, name)
    if svc["deployment_strategy"] == "EVERY_NODE":
        svc["target_num_containers"] = max(1, len(ns.deployed_nodes()))
    svc["synchronized"] = not ns.live_containers(svc)
