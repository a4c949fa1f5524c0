"""Nodes (R19-R24) and the node tags (R61)."""

from __future__ import annotations

from starlette.responses import Response

from ..errors import ApiError
from ..http import Ctx, Filter, apply_filters, lists, ok, paginate
from ..store import Obj, uuid_of
from ..validation import NODE_UPDATE
from .common import lookup, run_operation

NODE_STATES = ("Deploying", "Deployed", "Unreachable", "Upgrading", "Terminating", "Terminated")


def _node(ctx: Ctx) -> Obj:
    return lookup(ctx.ns.nodes, ctx.param("uuid"), "node")


NODE_FILTERS = {
    "uuid": Filter(),
    "uuid__startswith": Filter("prefix", attr="uuid"),
    "state": Filter("enum", enum=NODE_STATES),
    "node_cluster": Filter("uri"),
    "node_type": Filter("uri"),
    "region": Filter("uri"),
    "docker_version": Filter(),
}
TAG_FILTERS = {"name": Filter(), "origin": Filter("enum", enum=("user", "tutum"))}


@lists(NODE_FILTERS)
async def node_list(ctx: Ctx) -> Response:
    """R19."""
    return paginate(ctx, apply_filters(ctx, ctx.ns.nodes.ordered(), NODE_FILTERS))


async def node_get(ctx: Ctx) -> Response:
    """R20."""
    return ok(_node(ctx))


async def node_update(ctx: Ctx) -> Response:
    """R21: 200, edits nickname/tags."""
    node = _node(ctx)
    body = ctx.body(NODE_UPDATE)
    if node["state"] == "Terminated":
        raise ApiError(400, f"Cannot update node '{node['nickname']}': it is terminated.")
    if "nickname" in body:
        node["nickname"] = body["nickname"] or node["external_fqdn"]
    if "tags" in body:
        node["tags"] = [{"name": t["name"]} for t in body["tags"]]
    action = ctx.emu.lifecycle.record(ctx.ns, ctx.info(), "Node Update", node["resource_uri"])
    return ok(node, 200, action)


async def node_upgrade(ctx: Ctx) -> Response:
    """R22: 202."""
    node = _node(ctx)
    return run_operation(ctx, "Node Upgrade Docker", node, lambda: ctx.emu.lifecycle.node_upgrade(ctx.ns, node))


async def node_deploy(ctx: Ctx) -> Response:
    """Undocumented (python-dockercloud's ``Node.deploy``): 202."""
    node = _node(ctx)
    return run_operation(ctx, "Node Deploy", node, lambda: ctx.emu.lifecycle.node_deploy(ctx.ns, node))


async def node_health_check(ctx: Ctx) -> Response:
    """R23: 202."""
    node = _node(ctx)
    return run_operation(ctx, "Node Health Check", node, lambda: ctx.emu.lifecycle.node_health_check(ctx.ns, node))


async def node_terminate(ctx: Ctx) -> Response:
    """R24: 202."""
    node = _node(ctx)
    return run_operation(ctx, "Node Terminate", node, lambda: ctx.emu.lifecycle.node_terminate(ctx.ns, node))


@lists(TAG_FILTERS)
async def tag_list(ctx: Ctx) -> Response:
    """R61: tags of the user's live nodes (user tags) plus automatic ones (origin tutum)."""
    seen: dict[tuple[str, str], Obj] = {}
    for ns in ctx.emu.store.iter_namespaces(ctx.visible):
        for node in ns.nodes.values():
            if node["state"] == "Terminated":
                continue
            for tag in node["tags"]:
                seen.setdefault((tag["name"], "user"), {"name": tag["name"], "origin": "user"})
            provider = uuid_of(node["region"].rstrip("/").rsplit("/", 1)[0])
            for auto in (provider, uuid_of(node["region"]), uuid_of(node["node_type"]), "byon=false"):
                seen.setdefault((auto, "tutum"), {"name": auto, "origin": "tutum"})
    items = apply_filters(ctx, seen.values(), TAG_FILTERS)
    return paginate(ctx, items)
