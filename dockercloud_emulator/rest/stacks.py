"""Stacks: list, create, export, get, update, start, stop, redeploy and terminate."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse, Response

from ..errors import ApiError
from ..http import IDENTITY_FILTERS, Ctx, accepts, apply_filters, lists, ok, paginate
from ..lifecycle.guards import check_terminable
from ..resources import build_stack, export_stack
from ..routing import operation
from ..store import Obj, is_live
from ..validation import SERVICE_CREATE, STACK_CREATE, STACK_UPDATE, validate_object
from .common import lookup, reuse_volumes, run_operation
from .service_config import apply_service_update, link_services, new_service, resolve_links


def _stack(ctx: Ctx) -> Obj:
    return lookup(ctx.ns.stacks, ctx.param("uuid"), "stack")


@operation("stacks_list")
@lists(IDENTITY_FILTERS)
async def stacks_list(ctx: Ctx) -> Response:
    """``stacks_list``: list the namespace's stacks, filtered."""
    return paginate(ctx, apply_filters(ctx, ctx.ns.stacks.ordered(), IDENTITY_FILTERS))


@operation("stacks_create")
async def stacks_create(ctx: Ctx) -> Response:
    """``stacks_create``: create a stack with its services; 201 (state Not Running)."""
    body = ctx.body(STACK_CREATE)
    ns = ctx.ns
    if is_live(ns.stacks.named(body["name"])):
        raise ApiError(409, f"A stack named '{body['name']}' already exists.")
    stack = build_stack(ns, body)
    services: list[Obj] = []
    by_name: dict[str, Obj] = {}
    for i, svc_body in enumerate(body.get("services", [])):
        try:
            svc = new_service(ctx, svc_body, stack)
        except ApiError as exc:
            raise ApiError(exc.status, f"services[{i}]: {exc.message}") from None
        if svc["name"] in by_name:
            raise ApiError(400, f"services[{i}]: the service name '{svc['name']}' is used twice in this stack.")
        by_name[svc["name"]] = svc
        services.append(svc)
    links = [resolve_links(ns, b.get("linked_to_service", []), by_name) for b in body.get("services", [])]
    ns.stacks[stack["uuid"]] = stack
    ctx.emu.lifecycle.emit(ns, "stack", stack, "create")
    for svc in services:
        ns.services[svc["uuid"]] = svc
        stack["services"].append(svc["resource_uri"])
    for svc, svc_links in zip(services, links, strict=True):
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
        svc = new_service(ctx, svc_body, stack)
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
            apply_service_update(ctx, target, {k: v for k, v in item.items() if k != "name"}, by_name)
        except ApiError as exc:
            raise ApiError(exc.status, f"services[{i}]: {exc.message}") from None
    for svc, svc_body in new_services:
        for target, name in resolve_links(ns, svc_body.get("linked_to_service", []), by_name):
            link_services(ns, svc, target, name)
    stack["synchronized"] = all(s["synchronized"] for s in ctx.emu.lifecycle.stack_services(ns, stack))
    action = ctx.emu.lifecycle.record(ns, ctx.info(), "Stack Update", stack["resource_uri"])
    return ok(stack, 200, action)


@operation("stacks_stop")
async def stacks_stop(ctx: Ctx) -> Response:
    """``stacks_stop``: stop a stack's running services; 202."""
    stack = _stack(ctx)
    return run_operation(ctx, "Stack Stop", stack, lambda: ctx.emu.lifecycle.stack_stop(ctx.ns, stack))


@operation("stacks_start")
async def stacks_start(ctx: Ctx) -> Response:
    """``stacks_start``: start a stack's services; 202."""
    stack = _stack(ctx)
    return run_operation(ctx, "Stack Start", stack, lambda: ctx.emu.lifecycle.stack_start(ctx.ns, stack))


@operation("stacks_redeploy")
@accepts("reuse_volumes")
async def stacks_redeploy(ctx: Ctx) -> Response:
    """``stacks_redeploy``: redeploy a stack's services; 202."""
    stack = _stack(ctx)
    reuse_volumes(ctx)
    return run_operation(ctx, "Stack Redeploy", stack, lambda: ctx.emu.lifecycle.stack_redeploy(ctx.ns, stack))


@operation("stacks_terminate")
async def stacks_terminate(ctx: Ctx) -> Response:
    """``stacks_terminate``: terminate a stack and its services; 202."""
    stack = _stack(ctx)
    check_terminable(stack, "Stack", stack["name"])
    return run_operation(ctx, "Stack Terminate", stack, lambda: ctx.emu.lifecycle.stack_terminate(ctx.ns, stack))
