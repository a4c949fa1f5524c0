"""Stacks: the JSON object and stackfile export, the operations (each runs the matching operation of
every service of the stack in lockstep) and the handlers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.responses import JSONResponse, Response

from ..errors import ApiError
from ..http import Ctx, filtered_page, ok
from ..lifecycle import Lifecycle, OperationFailed, PlanResult, Step, derived
from ..lifecycle.engine import Superseded, until_terminated
from ..lifecycle.guards import check_not_ending, check_state
from ..routing import operation
from ..store import Namespace, Obj, is_live, new_uuid, uuid_of
from ..validation import (
    BODY_SCHEMAS,
    validate_object,
)
from . import services
from .common import lookup, run_plan, terminable
from .services import apply_service_update, check_service_update, link_services, new_service, resolve_links


def build_stack(ns: Namespace, body: dict[str, Any]) -> Obj:
    """A new stack in state ``Not Running``."""
    ident = new_uuid()
    return {
        "deployed_datetime": None,
        "destroyed_datetime": None,
        "name": body["name"],
        "nickname": body.get("nickname") or body["name"],
        "resource_uri": ns.uri("app", "stack", ident),
        "services": [],
        "state": "Not Running",
        "synchronized": True,
        "uuid": ident,
        "_terminating": False,
    }


def export_stack(ns: Namespace, stack: Obj) -> dict[str, Any]:
    """The stackfile (as JSON) of ``stack``: one entry per live service, like ``docker-cloud.yml``."""
    out: dict[str, Any] = {}
    for uri in stack["services"]:
        svc = ns["services"][uuid_of(uri)]
        if svc["state"] == "Terminated":
            continue
        entry: dict[str, Any] = {"image": svc["image_name"]}
        if svc["target_num_containers"] != 1:
            entry["target_num_containers"] = svc["target_num_containers"]
        if svc["container_envvars"]:
            entry["environment"] = {e["key"]: e["value"] for e in svc["container_envvars"]}
        if svc["container_ports"]:
            entry["ports"] = [
                (f"{p['outer_port']}:" if p["published"] and p["outer_port"] is not None else "")
                + f"{p['inner_port']}"
                + ("/udp" if p["protocol"] == "udp" else "")
                for p in svc["container_ports"]
            ]
        if svc["linked_to_service"]:
            links = []
            for link in svc["linked_to_service"]:
                target = ns["services"].get(uuid_of(link["to_service"]))
                if target is not None:
                    links.append(f"{target['name']}:{link['name']}" if link["name"] else target["name"])
            entry["links"] = links
        for key in ("autorestart", "autodestroy", "deployment_strategy", "net", "pid"):
            default = {
                "autorestart": "OFF",
                "autodestroy": "OFF",
                "deployment_strategy": "EMPTIEST_NODE",
                "net": "bridge",
                "pid": "none",
            }[key]
            if svc[key] != default:
                entry[key] = svc[key]
        for key in ("run_command", "entrypoint"):
            if svc[key]:
                entry["command" if key == "run_command" else key] = svc[key]
        if svc["roles"]:
            entry["roles"] = list(svc["roles"])
        if svc["privileged"]:
            entry["privileged"] = True
        if svc["tags"]:
            entry["tags"] = [t["name"] for t in svc["tags"]]
        if svc["working_dir"] != "/":
            entry["working_dir"] = svc["working_dir"]
        out[svc["name"]] = entry
    return out


def stack_services(life: Lifecycle, ns: Namespace, stack: Obj) -> list[Obj]:
    """The live services of a stack."""
    out = []
    for uri in stack["services"]:
        svc = ns["services"].get(uuid_of(uri))
        if svc is not None and svc["state"] != "Terminated":
            out.append(svc)
    return out


def combine(life: Lifecycle, ns: Namespace, stack: Obj, plans: list[PlanResult]) -> PlanResult:
    """One plan whose step ``i`` runs step ``i`` of every service plan; failures are collected, not fatal."""
    longest = max((len(p.steps) for p in plans), default=0)

    def make_step(i: int) -> Step:
        def step() -> None:
            errors: list[str] = []
            for plan in plans:
                if i < len(plan.steps):
                    try:
                        plan.steps[i]()
                    except OperationFailed as exc:
                        errors.append(str(exc))
                        plan.steps[i + 1 :] = []
                    except Superseded:  # that service is being terminated; the others go on
                        plan.steps[i + 1 :] = []
            derived.refresh_stack(life, ns, stack)
            if errors:
                raise OperationFailed("; ".join(dict.fromkeys(errors)))

        return step

    def cancel() -> None:
        for plan in plans:
            if plan.on_cancel is not None:
                plan.on_cancel()
        derived.refresh_stack(life, ns, stack)

    steps = [make_step(i) for i in range(longest)] or [lambda: derived.refresh_stack(life, ns, stack)]
    return PlanResult(steps, cancel)


def each_service(
    life: Lifecycle,
    ns: Namespace,
    stack: Obj,
    op: str,
    allowed: tuple[str, ...],
    plan: Callable[[Lifecycle, Namespace, Obj], PlanResult],
    members: tuple[str, ...],
) -> PlanResult:
    """A stack operation ``op`` (from the states ``allowed``): the service ``plan`` on every service in a
    state of ``members``, run in lockstep (:func:`combine`)."""
    check_state(stack, "stack", stack["name"], op, allowed)
    plans = [plan(life, ns, s) for s in stack_services(life, ns, stack) if s["state"] in members]
    derived.refresh_stack(life, ns, stack)
    return until_terminated(stack, f"Stack '{stack['name']}'", combine(life, ns, stack, plans))


def start(life: Lifecycle, ns: Namespace, stack: Obj) -> PlanResult:
    """Start every startable service (the docs' table: from Not Running or Stopped only)."""
    startable = ("Not running", "Stopped", "Partly running")
    return each_service(life, ns, stack, "start", ("Not Running", "Stopped"), services.start, startable)


def stop(life: Lifecycle, ns: Namespace, stack: Obj) -> PlanResult:
    """Stop every running service."""
    running = ("Running", "Partly running")
    return each_service(life, ns, stack, "stop", running, services.stop, running)


def redeploy(life: Lifecycle, ns: Namespace, stack: Obj) -> PlanResult:
    """Redeploy every running or stopped service."""
    deployed = ("Running", "Partly running", "Stopped")
    return each_service(life, ns, stack, "redeploy", deployed, services.redeploy, deployed)


def terminate(life: Lifecycle, ns: Namespace, stack: Obj) -> PlanResult:
    """Terminate every service, then the stack."""
    check_not_ending(stack, "Stack", stack["name"])
    stack["_terminating"] = True
    plans = [services.terminate(life, ns, s) for s in stack_services(life, ns, stack) if s["state"] != "Terminating"]
    life.set_state(ns, "stack", stack, "Terminating")
    return combine(life, ns, stack, plans)


def _stack(ctx: Ctx) -> Obj:
    return lookup(ctx.ns["stacks"], ctx.param("uuid"), "stack")


@operation("stacks_list")
async def stacks_list(ctx: Ctx) -> Response:
    """``stacks_list``: list the namespace's stacks, filtered."""
    return filtered_page(ctx, ctx.ns["stacks"])


@operation("stacks_create")
async def stacks_create(ctx: Ctx) -> Response:
    """``stacks_create``: create a stack with its services; 201 (state Not Running)."""
    body = ctx.body()
    ns = ctx.ns
    if is_live(ns["stacks"].named(body["name"])):
        raise ApiError(409, f"A stack named '{body['name']}' already exists.")
    stack = build_stack(ns, body)
    members: list[Obj] = []
    by_name: dict[str, Obj] = {}
    for i, svc_body in enumerate(body.get("services", [])):
        try:
            svc = new_service(ctx, svc_body, stack)
        except ApiError as exc:
            raise ApiError(exc.status, f"services[{i}]: {exc.message}") from None
        if svc["name"] in by_name:
            raise ApiError(400, f"services[{i}]: the service name '{svc['name']}' is used twice in this stack.")
        by_name[svc["name"]] = svc
        members.append(svc)
    links = [resolve_links(ns, b.get("linked_to_service", []), by_name) for b in body.get("services", [])]
    ns["stacks"][stack["uuid"]] = stack
    ctx.emu.lifecycle.emit(ns, "stack", stack, "create")
    for svc in members:
        ns["services"][svc["uuid"]] = svc
        stack["services"].append(svc["resource_uri"])
    for svc, svc_links in zip(members, links, strict=True):
        for target, name in svc_links:
            link_services(ns, svc, target, name)
        ctx.emu.lifecycle.emit(ns, "service", svc, "create")
    action = ctx.emu.lifecycle.record(ns, ctx.info(), "Stack Create", stack["resource_uri"])
    return ok(stack, 201, action)


@operation("stacks_export")
async def stacks_export(ctx: Ctx) -> Response:
    """``stacks_export``: export a stack: its stackfile as JSON."""
    return JSONResponse(export_stack(ctx.ns, _stack(ctx)))


@operation("stacks_get")
async def stacks_get(ctx: Ctx) -> Response:
    """``stacks_get``: get one stack."""
    return ok(_stack(ctx))


@operation("stacks_update")
async def stacks_update(ctx: Ctx) -> Response:
    """``stacks_update``: update a stack; 200; updates the named services and adds new ones."""
    stack = _stack(ctx)
    body = ctx.body()
    ns = ctx.ns
    if stack["state"] in ("Terminating", "Terminated"):
        raise ApiError(400, f"Cannot update stack '{stack['name']}' in state '{stack['state']}'.")
    existing = {s["name"]: s for s in stack_services(ctx.emu.lifecycle, ns, stack)}
    by_name = dict(existing)
    # every entry is checked before anything changes: a 400 leaves the stack as it was
    updates: list[tuple[int, Obj, dict[str, Any]]] = []
    new_services: list[tuple[Obj, dict[str, Any]]] = []
    given: set[str] = set()
    for i, item in enumerate(body.get("services", [])):
        name = item.get("name")
        if name in existing:
            updates.append((i, existing[name], {k: v for k, v in item.items() if k != "name"}))
        elif "image" not in item:
            raise ApiError(400, f"services[{i}]: unknown service {name!r} (new services need 'image').")
        else:
            svc_body = validate_object(item, BODY_SCHEMAS["services_create"], f"services[{i}]")
            svc = new_service(ctx, svc_body, stack)
            by_name[svc["name"]] = svc
            new_services.append((svc, svc_body))
            name = svc["name"]
        if name in given:
            raise ApiError(400, f"services[{i}]: the service name '{name}' is given twice in this update.")
        given.add(name)
    checked = []
    for i, target, update in updates:
        try:
            checked.append((target, update, check_service_update(ns, target, update, by_name)))
        except ApiError as exc:
            raise ApiError(exc.status, f"services[{i}]: {exc.message}") from None
    new_links = []
    for svc, svc_body in new_services:
        try:
            new_links.append(resolve_links(ns, svc_body.get("linked_to_service", []), by_name))
        except ApiError as exc:
            raise ApiError(exc.status, f"service '{svc['name']}': {exc.message}") from None
    for svc, _ in new_services:
        ns["services"][svc["uuid"]] = svc
        stack["services"].append(svc["resource_uri"])
        ctx.emu.lifecycle.emit(ns, "service", svc, "create")
    for target, update, links in checked:
        apply_service_update(ctx, target, update, links)
    for (svc, _), links in zip(new_services, new_links, strict=True):
        for target, link_name in links:
            link_services(ns, svc, target, link_name)
    stack["synchronized"] = all(s["synchronized"] for s in stack_services(ctx.emu.lifecycle, ns, stack))
    action = ctx.emu.lifecycle.record(ns, ctx.info(), "Stack Update", stack["resource_uri"])
    return ok(stack, 200, action)


@operation("stacks_stop")
async def stacks_stop(ctx: Ctx) -> Response:
    """``stacks_stop``: stop a stack's running services; 202."""
    return run_plan(ctx, "Stack Stop", _stack(ctx), stop)


@operation("stacks_start")
async def stacks_start(ctx: Ctx) -> Response:
    """``stacks_start``: start a stack's services; 202."""
    return run_plan(ctx, "Stack Start", _stack(ctx), start)


@operation("stacks_redeploy")
async def stacks_redeploy(ctx: Ctx) -> Response:
    """``stacks_redeploy``: redeploy a stack's services; 202."""
    return run_plan(ctx, "Stack Redeploy", _stack(ctx), redeploy)


@operation("stacks_terminate")
async def stacks_terminate(ctx: Ctx) -> Response:
    """``stacks_terminate``: terminate a stack and its services; 202."""
    return run_plan(ctx, "Stack Terminate", terminable(_stack(ctx), "Stack"), terminate)
