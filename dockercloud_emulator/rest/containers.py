"""Containers (R50-R55): list, get, start, stop, redeploy and terminate."""

from __future__ import annotations

from starlette.responses import Response

from ..http import IDENTITY_FILTERS, Ctx, Filter, accepts, apply_filters, lists, ok, paginate
from ..lifecycle.guards import check_terminable
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


@lists(CONTAINER_FILTERS)
async def container_list(ctx: Ctx) -> Response:
    """R50."""
    return paginate(ctx, apply_filters(ctx, ctx.ns.containers.ordered(), CONTAINER_FILTERS))


async def container_get(ctx: Ctx) -> Response:
    """R51."""
    return ok(_container(ctx))


async def container_start(ctx: Ctx) -> Response:
    """R52: 202."""
    c = _container(ctx)
    return run_operation(ctx, "Container Start", c, lambda: ctx.emu.lifecycle.container_start(ctx.ns, c))


async def container_stop(ctx: Ctx) -> Response:
    """R53: 202."""
    c = _container(ctx)
    return run_operation(ctx, "Container Stop", c, lambda: ctx.emu.lifecycle.container_stop(ctx.ns, c))


@accepts("reuse_volumes")
async def container_redeploy(ctx: Ctx) -> Response:
    """R54: 202."""
    c = _container(ctx)
    reuse_volumes(ctx)
    return run_operation(ctx, "Container Redeploy", c, lambda: ctx.emu.lifecycle.container_redeploy(ctx.ns, c))


async def container_terminate(ctx: Ctx) -> Response:
    """R55: 202."""
    c = _container(ctx)
    check_terminable(c, "Container", c["name"])
    return run_operation(ctx, "Container Terminate", c, lambda: ctx.emu.lifecycle.container_terminate(ctx.ns, c))
