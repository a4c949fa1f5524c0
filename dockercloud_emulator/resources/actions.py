"""Actions: list with filters, get, cancel and retry."""

from __future__ import annotations

from starlette.responses import Response

from ..errors import not_found
from ..http import Ctx, apply_filters, ok, paginate
from ..routing import operation
from ..store import Collection, Obj, canonical_uri, uuid_of
from ..validation import parse_bool


def _visible_action(ctx: Ctx) -> Obj:
    action = ctx.emu.store.actions.get(ctx.param("uuid"))
    if action is None or action["_ns"] not in ctx.visible:
        raise not_found("action")
    return action


@operation("actions_list")
async def actions_list(ctx: Ctx) -> Response:
    """``actions_list``: list the actions of the namespaces the caller sees, oldest first, filtered.

    Only the actions that can match are read: those of the given objects (``object``, widened by
    ``include_related``), else those of the caller's namespaces when others have actions, else the
    indexes of :func:`~dockercloud_emulator.http.apply_filters` (date filters read every kept action).
    """
    actions = ctx.emu.store.actions
    items: Collection | list[Obj] = actions  # creation order
    objects = ctx.query_all("object")
    if objects:
        related = {canonical_uri(o) for o in objects}
        include = ctx.request.query_params.get("include_related")
        if include is not None and parse_bool(include, "include_related"):
            for uri in list(related):
                related |= _related_uris(ctx, uri)
        items = actions.group("object", *related)
    if not ctx.emu.store.action_namespaces <= ctx.visible:
        if isinstance(items, Collection):
            items = actions.group("_ns", *ctx.visible)
        else:
            items = [a for a in items if a["_ns"] in ctx.visible]
    return paginate(ctx, apply_filters(ctx, items, skip=("object", "include_related")))


def _related_uris(ctx: Ctx, uri: str) -> set[str]:
    """The ``include_related`` relationship table of the Action docs."""
    found = ctx.emu.store.find_by_uri(uri)
    if found is None:
        return set()
    ns, kind, obj = found
    out: set[str] = {obj["resource_uri"]}
    if kind == "containers":
        out.add(obj["service"])
        svc = ns["services"].get(obj["_service"])
        if svc is not None and svc.get("stack"):
            out.add(svc["stack"])
    elif kind == "services":
        out.update(ns["containers"][c]["resource_uri"] for c in obj["_containers"])
        if obj.get("stack"):
            out.add(obj["stack"])
    elif kind == "stacks":
        for s_uri in obj["services"]:
            svc = ns["services"].get(uuid_of(s_uri))
            if svc is not None:
                out.add(svc["resource_uri"])
                out.update(ns["containers"][c]["resource_uri"] for c in svc["_containers"])
    elif kind == "nodes":
        if obj.get("node_cluster"):
            out.add(obj["node_cluster"])
    elif kind == "node_clusters":
        out.update(obj["nodes"])
    return {canonical_uri(u) for u in out}


@operation("actions_get")
async def actions_get(ctx: Ctx) -> Response:
    """``actions_get``: get one action."""
    return ok(_visible_action(ctx))


@operation("actions_cancel")
async def actions_cancel(ctx: Ctx) -> Response:
    """``actions_cancel``: cancel a pending or running action."""
    action = _visible_action(ctx)
    ctx.emu.lifecycle.cancel(action)
    return ok(action, 200, action)


@operation("actions_retry")
async def actions_retry(ctx: Ctx) -> Response:
    """``actions_retry``: retry a finished action (re-runs its operation)."""
    action = _visible_action(ctx)
    ctx.emu.lifecycle.retry(action)
    return ok(action, 200, action)
