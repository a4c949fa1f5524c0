"""Services: list, create, get, update, start, stop, scale, redeploy and terminate."""

from __future__ import annotations

from starlette.responses import Response

from ..http import IDENTITY_FILTERS, Ctx, Filter, accepts, apply_filters, lists, ok, paginate
from ..lifecycle import PlanResult
from ..lifecycle.guards import check_terminable
from ..routing import operation
from ..store import Obj
from ..validation import SERVICE_CREATE, SERVICE_UPDATE
from .common import lookup, reuse_volumes, run_operation
from .service_config import apply_service_update, link_services, new_service, resolve_links

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


def current_service(ctx: Ctx) -> Obj:
    """The service named by the ``uuid`` path parameter in the request's namespace (404 otherwise)."""
    return lookup(ctx.ns.services, ctx.param("uuid"), "service")


SERVICE_FILTERS = {
    **IDENTITY_FILTERS,
    "state": Filter("enum", enum=SERVICE_STATES),
    "stack": Filter("uri"),
    "stack__name": Filter("via", attr="stack.name"),  # python-dockercloud's ``name.stack`` lookup
}


@operation("services_list")
@lists(SERVICE_FILTERS)
async def services_list(ctx: Ctx) -> Response:
    """``services_list``: list the namespace's services, filtered."""
    return paginate(ctx, apply_filters(ctx, ctx.ns.services.ordered(), SERVICE_FILTERS))


@operation("services_create")
async def services_create(ctx: Ctx) -> Response:
    """``services_create``: create a service; 201, state Not running."""
    body = ctx.body(SERVICE_CREATE)
    ns = ctx.ns
    svc = new_service(ctx, body, None)
    links = resolve_links(ns, body.get("linked_to_service", []), {})
    ns.services[svc["uuid"]] = svc
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
    body = ctx.body(SERVICE_UPDATE)
    apply_service_update(ctx, svc, body, {})
    action = ctx.emu.lifecycle.record(ctx.ns, ctx.info(), "Service Update", svc["resource_uri"])
    return ok(svc, 200, action)


@operation("services_start")
async def services_start(ctx: Ctx) -> Response:
    """``services_start``: start a service; 202."""
    svc = current_service(ctx)
    return run_operation(ctx, "Service Start", svc, lambda: ctx.emu.lifecycle.service_start(ctx.ns, svc))


@operation("services_stop")
async def services_stop(ctx: Ctx) -> Response:
    """``services_stop``: stop a service; 202."""
    svc = current_service(ctx)
    return run_operation(ctx, "Service Stop", svc, lambda: ctx.emu.lifecycle.service_stop(ctx.ns, svc))


@operation("services_scale")
async def services_scale(ctx: Ctx) -> Response:
    """``services_scale``: scale a service to its ``target_num_containers``; 202."""
    svc = current_service(ctx)
    return run_operation(ctx, "Service Scale", svc, lambda: ctx.emu.lifecycle.service_scale(ctx.ns, svc))


@operation("services_redeploy")
@accepts("reuse_volumes")
async def services_redeploy(ctx: Ctx) -> Response:
    """``services_redeploy``: redeploy every container of a service; 202."""
    svc = current_service(ctx)
    reuse_volumes(ctx)
    return run_operation(ctx, "Service Redeploy", svc, lambda: _redeploy_plan(ctx, svc))


def _redeploy_plan(ctx: Ctx, svc: Obj) -> PlanResult:
    result = ctx.emu.lifecycle.service_redeploy(ctx.ns, svc)
    svc["synchronized"] = True
    return result


@operation("services_terminate")
async def services_terminate(ctx: Ctx) -> Response:
    """``services_terminate``: terminate a service and its containers; 202."""
    svc = current_service(ctx)
    check_terminable(svc, "Service", svc["name"])
    return run_operation(ctx, "Service Terminate", svc, lambda: ctx.emu.lifecycle.service_terminate(ctx.ns, svc))
