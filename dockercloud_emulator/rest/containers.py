"""Containers: list, get, start, stop, redeploy and terminate."""

from __future__ import annotations

from starlette.responses import Response

from ..http import IDENTITY_FILTERS, Ctx, Filter, accepts, apply_filters, lists, ok, paginate
from ..lifecycle.guards import check_terminable
from ..routing import operation
from ..store import Obj
from .common import lookup, reuse_volumes, run_operation

CONTAINER_STATES = ("Starting", "Running", "Stopping", "Stopped", "Terminating", "Terminated")


def _container(ctx: Ctx) -> Obj:
    return lookup(ctx.ns.containers, ctx.param("uuid"), "container")


CONTAINER_FILTERS = {
    **IDENTITY_FILTERS,
    "state": Filter("enum", enum=CONTAINER_STATES),
    "service": Filter("uri"),
    "node": Filter("uri"),
    "service__stack__name": Filter("via", attr="service.stack.name"),  # python-dockercloud's ``name.stack``
}


@operation("containers_list")
@lists(CONTAINER_FILTERS)
async def containers_list(ctx: Ctx) -> Response:
    """``containers_list``: list the namespace's containers, filtered."""
    return paginate(ctx, apply_filters(ctx, ctx.ns.containers.ordered(), CONTAINER_FILTERS))


@operation("containers_get")
async def containers_get(ctx: Ctx) -> Response:
    """``containers_get``: get one container."""
    return ok(_container(ctx))


@operation("containers_start")
async def containers_start(ctx: Ctx) -> Response:
    """``containers_start``: start a stopped container; 202."""
    c = _container(ctx)
    return run_operation(ctx, "Container Start", c, lambda: ctx.emu.lifecycle.container_start(ctx.ns, c))


@operation("containers_stop")
async def containers_stop(ctx: Ctx) -> Response:
    """``containers_stop``: stop a running container; 202."""
    c = _container(ctx)
    return run_operation(ctx, "Container Stop", c, lambda: ctx.emu.lifecycle.container_stop(ctx.ns, c))


@operation("containers_redeploy")
@accepts("reuse_volumes")
async def containers_redeploy(ctx: Ctx) -> Response:
    """``containers_redeploy``: redeploy a container with its service's configuration; 202."""
    c = _container(ctx)
    reuse_volumes(ctx)
    return run_operation(ctx, "Container Redeploy", c, lambda: ctx.emu.lifecycle.container_redeploy(ctx.ns, c))


@operation("containers_terminate")
async def containers_terminate(ctx: Ctx) -> Response:
    """``containers_terminate``: terminate a container (its service's target goes down by one); 202."""
    c = _container(ctx)
    check_terminable(c, "Container", c["name"])
    return run_operation(ctx, "Container Terminate", c, lambda: ctx.emu.lifecycle.container_terminate(ctx.ns, c))
