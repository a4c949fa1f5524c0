"""Registries (R25-R26) and repositories (R27-R31)."""

from __future__ import annotations

from starlette.responses import Response

from ..errors import ApiError, not_found
from ..http import Ctx, Filter, apply_filters, lists, no_content, ok, paginate
from ..resources import build_repository
from ..store import DOCKER_HUB, Namespace, Obj
from ..validation import REPOSITORY_CREATE, REPOSITORY_UPDATE
from .common import lookup

REGISTRY_FILTERS = {"uuid": Filter(), "name": Filter(), "host": Filter(), "is_docker_registry": Filter("bool")}
REPOSITORY_FILTERS = {"name": Filter(), "registry": Filter("uri")}


@lists(REGISTRY_FILTERS)
async def registry_list(ctx: Ctx) -> Response:
    """R25."""
    return paginate(ctx, apply_filters(ctx, ctx.ns.registries(), REGISTRY_FILTERS))


async def registry_get(ctx: Ctx) -> Response:
    """R26."""
    host = ctx.param("host")
    for registry in ctx.ns.registries():
        if registry["host"] == host:
            return ok(registry)
    raise not_found("registry")


def _repository(ctx: Ctx) -> Obj:
    repo = lookup(ctx.ns.repositories, ctx.param("name"), "repository")
    _refresh_in_use(ctx.ns, repo)
    return repo


def _refresh_in_use(ns: Namespace, repo: Obj) -> None:
    name = repo["name"]
    repo["in_use"] = any(
        s["state"] != "Terminated" and (s["image_name"] == name or s["image_name"].startswith(name + ":"))
        for s in ns.services.values()
    )


@lists(REPOSITORY_FILTERS)
async def repository_list(ctx: Ctx) -> Response:
    """R27."""
    for repo in ctx.ns.repositories.values():
        _refresh_in_use(ctx.ns, repo)
    return paginate(ctx, apply_filters(ctx, ctx.ns.repositories.ordered(), REPOSITORY_FILTERS))


async def repository_create(ctx: Ctx) -> Response:
    """R28: 201."""
    body = ctx.body(REPOSITORY_CREATE)
    name = body["name"].strip().strip("/")
    if not name or " " in name or "//" in name:
        raise ApiError(
            400, f"Invalid value for 'name': {body['name']!r} is not a repository name such as my.registry.com/myrepo."
        )
    body["name"] = name
    ns = ctx.ns
    if name in ns.repositories:
        raise ApiError(409, f"The repository '{name}' has already been added.")
    repo = build_repository(ns, body)
    if repo["_host"] == DOCKER_HUB and not name.count("/"):
        raise ApiError(400, f"Invalid value for 'name': {name!r} must include the registry host or namespace.")
    ns.repositories[name] = repo
    _refresh_in_use(ns, repo)
    action = ctx.emu.lifecycle.record(ns, ctx.info(), "Repository Add", repo["resource_uri"])
    return ok(repo, 201, action)


async def repository_get(ctx: Ctx) -> Response:
    """R29."""
    return ok(_repository(ctx))


async def repository_update(ctx: Ctx) -> Response:
    """R30: 200."""
    repo = _repository(ctx)
    body = ctx.body(REPOSITORY_UPDATE)
    if "username" in body:
        repo["_username"] = body["username"]
    if "password" in body:
        repo["_password"] = body["password"]
    action = ctx.emu.lifecycle.record(ctx.ns, ctx.info(), "Repository Update", repo["resource_uri"])
    return ok(repo, 200, action)


async def repository_remove(ctx: Ctx) -> Response:
    """R31: 204."""
    repo = _repository(ctx)
    del ctx.ns.repositories[repo["name"]]
    action = ctx.emu.lifecycle.record(ctx.ns, ctx.info(), "Repository Remove", repo["resource_uri"])
    return no_content(action)
