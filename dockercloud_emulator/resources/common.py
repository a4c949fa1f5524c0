"""Helpers shared by the REST handlers: lookups that answer 404, starting an operation, common query flags."""

from __future__ import annotations

from collections.abc import Mapping

from starlette.responses import JSONResponse

from ..errors import not_found
from ..http import Ctx, accepted
from ..lifecycle import Plan
from ..store import Obj
from ..validation import parse_bool


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


def reuse_volumes(ctx: Ctx) -> bool:
    """The ``reuse_volumes`` query flag of the redeploy operations (default true; 400 when not a boolean)."""
    value = ctx.request.query_params.get("reuse_volumes")
    return True if value is None else parse_bool(value, "reuse_volumes")
