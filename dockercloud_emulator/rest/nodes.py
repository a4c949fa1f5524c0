"""Nodes and the node tags."""

from __future__ import annotations

from starlette.responses import Response

from ..errors import ApiError
from ..http import Ctx, Filter, apply_filters, lists, ok, paginate
from ..routing import operation
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


@operation("nodes_list")
@lists(NODE_FILTERS)
async def nodes_list(ctx: Ctx) -> Response:
    """``nodes_list``: list the namespace's nodes, filtered."""
    return paginate(ctx, apply_filters(ctx, ctx.ns.nodes.ordered(), NODE_FILTERS))


@operation("nodes_get")
async def nodes_get(ctx: Ctx) -> Response:
    """``nodes_get``: get one node."""
    return ok(_node(ctx))


@operation("nodes_update")
async def nodes_update(ctx: Ctx) -> Response:
    """``nodes_update``: update a node's nickname or tags; 200."""
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


@operation("nodes_upgrade_docker")
async def nodes_upgrade_docker(ctx: Ctx) -> Response:
    """``nodes_upgrade_docker``: upgrade a node's docker daemon; 202."""
    node = _node(ctx)
    return run_operation(ctx, "Node Upgrade Docker", node, lambda: ctx.emu.lifecycle.node_upgrade(ctx.ns, node))


@operation("nodes_deploy")
async def nodes_deploy(ctx: Ctx) -> Response:
    """``nodes_deploy``: redeploy a node's agent; 202.

    Not in the docs: python-dockercloud's ``Node.deploy`` (``x-dockercloud-inferred``; not in the typed client).
    """
    node = _node(ctx)
    return run_operation(ctx, "Node Deploy", node, lambda: ctx.emu.lifecycle.node_deploy(ctx.ns, node))


@operation("nodes_health_check")
async def nodes_health_check(ctx: Ctx) -> Response:
    """``nodes_health_check``: check that a node is reachable; 202."""
    node = _node(ctx)
    return run_operation(ctx, "Node Health Check", node, lambda: ctx.emu.lifecycle.node_health_check(ctx.ns, node))


@operation("nodes_terminate")
async def nodes_terminate(ctx: Ctx) -> Response:
    """``nodes_terminate``: terminate a node; 202."""
    node = _node(ctx)
    return run_operation(ctx, "Node Terminate", node, lambda: ctx.emu.lifecycle.node_terminate(ctx.ns, node))


@operation("tags_list")
@lists(TAG_FILTERS)
async def tags_list(ctx: Ctx) -> Response:
    """``tags_list``: tags of the user's live nodes (origin user) plus the automatic ones (origin tutum)."""
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
