"""Helpers shared by the REST handlers: lookups that answer 404, starting an operation, common query flags."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from starlette.responses import JSONResponse

from ..errors import not_found
from ..http import Ctx, accepted
from ..lifecycle import Lifecycle, Plan, PlanResult
from ..lifecycle.guards import check_terminable
from ..store import Namespace, Obj

#: A state-machine function of a resource module: ``services.start(life, ns, svc)``.
ResourcePlan = Callable[[Lifecycle, Namespace, Obj], PlanResult]


def lookup(collection: Mapping[str, Obj], key: str, what: str) -> Obj:
    """``collection[key]``, or a 404 naming ``what``."""
    obj = collection.get(key)
    if obj is None:
        raise not_found(what)
    return obj


def run_operation(ctx: Ctx, name: str, obj: Obj, plan: Plan) -> JSONResponse:
    """Start the asynchronous operation ``name`` on ``obj``: 202 with the object and its action."""
    action = ctx.emu.lifecycle.run(ctx.ns, ctx.info(), name, obj, plan)
    return accepted(obj, action)


def run_plan(ctx: Ctx, name: str, obj: Obj, plan: ResourcePlan) -> JSONResponse:
    """Start the state-machine function ``plan`` on ``obj`` as the operation ``name``: 202 with its action.

    The one body of every start, stop, scale, redeploy, deploy, upgrade and terminate handler: what
    differs between them is the object they look up and the plan of its resource module they run.
    """
    return run_operation(ctx, name, obj, lambda: plan(ctx.emu.lifecycle, ctx.ns, obj))


def terminable(obj: Obj, kind: str) -> Obj:
    """``obj`` (a ``kind`` of :data:`~dockercloud_emulator.lifecycle.guards.TERMINABLE`), or the 400 of a
    user's terminate outside the docs' states."""
    check_terminable(obj, kind, obj["name"])
    return obj
