"""Service triggers: the JSON object and the handlers (list, create, get, delete, and the
unauthenticated call, with an optional count)."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ..errors import ApiError, not_found
from ..http import Ctx, no_content, ok, paginate
from ..lifecycle import Plan, PlanResult
from ..routing import operation
from ..store import Namespace, Obj, new_uuid
from ..validation import (
    MAX_CONTAINERS,
)
from . import services
from .services import current_service


def build_trigger(ns: Namespace, service: Obj, body: dict[str, Any]) -> Obj:
    """A new service trigger."""
    ident = new_uuid()
    uri = f"{service['resource_uri']}trigger/{ident}/"
    return {
        "name": body.get("name") or "trigger",
        "operation": body.get("operation", "REDEPLOY"),
        "resource_uri": uri,
        "url": f"{uri}call/",
        "_service": service["uuid"],
        "_uuid": ident,
    }


def _trigger(ctx: Ctx, svc: Obj) -> Obj:
    trigger = ctx.ns["triggers"].get(ctx.param("trigger_uuid"))
    if trigger is None or trigger["_service"] != svc["uuid"]:
        raise not_found("trigger")
    return trigger


@operation("triggers_list")
async def triggers_list(ctx: Ctx) -> Response:
    """``triggers_list``: list a service's triggers."""
    svc = current_service(ctx)
    return paginate(ctx, ctx.ns["triggers"].group("_service", svc["uuid"]))


@operation("triggers_create")
async def triggers_create(ctx: Ctx) -> Response:
    """``triggers_create``: create a service trigger; 201."""
    svc = current_service(ctx)
    body = ctx.body()
    if svc["state"] == "Terminated":
        raise ApiError(400, f"Cannot add a trigger to terminated service '{svc['name']}'.")
    trigger = build_trigger(ctx.ns, svc, body)
    ctx.ns["triggers"][trigger["_uuid"]] = trigger
    action = ctx.emu.lifecycle.record(ctx.ns, ctx.info(), "Trigger Create", svc["resource_uri"])
    return ok(trigger, 201, action)


@operation("triggers_get")
async def triggers_get(ctx: Ctx) -> Response:
    """``triggers_get``: get one service trigger."""
    return ok(_trigger(ctx, current_service(ctx)))


@operation("triggers_delete")
async def triggers_delete(ctx: Ctx) -> Response:
    """``triggers_delete``: delete a service trigger; 204."""
    svc = current_service(ctx)
    trigger = _trigger(ctx, svc)
    del ctx.ns["triggers"][trigger["_uuid"]]
    action = ctx.emu.lifecycle.record(ctx.ns, ctx.info(), "Trigger Delete", svc["resource_uri"])
    return no_content(action)


@operation("triggers_call_with_count")
@operation("triggers_call")
async def triggers_call(ctx: Ctx) -> Response:
    """``triggers_call`` and ``triggers_call_with_count``: no credentials; 202 with the started action only.

    Not the service: whoever holds a trigger URL may start its operation, but must not read the
    service's configuration (its environment variables hold secrets).
    """
    ident = ctx.param("uuid")
    store = ctx.emu.store
    # the URL's namespace, else (a URL without one) each namespace: their number, not their objects
    candidates = [store.namespaces.get(ctx.namespace)] if ctx.namespace is not None else store.namespaces.values()
    owner = next((ns for ns in candidates if ns is not None and ident in ns["services"]), None)
    if owner is None:
        raise not_found("service")
    ctx.namespace = owner.name
    svc = owner["services"][ident]
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
        return _start(
            ctx, f"Trigger Call ({trigger['name']}): Service Redeploy", svc, lambda: services.redeploy(life, owner, svc)
        )

    def scale_up() -> PlanResult:
        if svc["deployment_strategy"] == "EVERY_NODE" or svc["state"] not in (
            "Running",
            "Partly running",
            "Stopped",
            "Not running",
        ):
            return services.scale(life, owner, svc)  # raises the helpful 400
        if svc["target_num_containers"] + count > MAX_CONTAINERS:
            raise ApiError(400, f"The emulator allows at most {MAX_CONTAINERS} containers per service.")
        svc["target_num_containers"] += count
        return services.scale(life, owner, svc)

    return _start(ctx, f"Trigger Call ({trigger['name']}): Service Scale", svc, scale_up)


def _start(ctx: Ctx, name: str, svc: Obj, plan: Plan) -> Response:
    action = ctx.emu.lifecycle.run(ctx.ns, ctx.info(), name, svc, plan)
    return ok(action, 202, action)
