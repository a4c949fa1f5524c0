"""Registries and external repositories: the JSON objects and the handlers."""

from __future__ import annotations

import re
from typing import Any

from starlette.responses import Response

from ..errors import ApiError, not_found
from ..http import Ctx, filtered_page, no_content, ok
from ..routing import operation
from ..store import DOCKER_HUB, Namespace, Obj
from .common import lookup


def repository_host(name: str) -> str:
    """The registry host of a repository name (Docker Hub when the first part is not a host)."""
    first, _, rest = name.partition("/")
    if rest and ("." in first or ":" in first or first == "localhost"):
        return first
    return DOCKER_HUB


# Docker's grammar of repository names (distribution's reference package), without tag or digest: a
# registry host (DNS labels, an optional port) and path parts of lower-case letters and digits joined by
# ".", "_", "__" or dashes. Anything else (upper case, "?", "#", "%", dot segments) Docker refuses, and
# some would give the repository a resource URI that no request can reach.
_LABEL = r"[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?"
_HOST = re.compile(rf"{_LABEL}(?:\.{_LABEL})*(?::[0-9]+)?")
_PART = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
_PATH = re.compile(rf"{_PART}(?:/{_PART})*")
#: Docker's bound on the length of a repository name.
MAX_NAME_LENGTH = 255


def is_repository_name(name: str) -> bool:
    """Whether Docker would take ``name`` as a repository name (a first part is a host as in
    :func:`repository_host`)."""
    if len(name) > MAX_NAME_LENGTH:
        return False
    first, _, rest = name.partition("/")
    if rest and repository_host(name) == first:
        return _HOST.fullmatch(first) is not None and _PATH.fullmatch(rest) is not None
    return _PATH.fullmatch(name) is not None


def build_repository(ns: Namespace, body: dict[str, Any]) -> Obj:
    """A new external repository (credentials are kept private)."""
    host = repository_host(body["name"])
    return {
        "in_use": False,
        "name": body["name"],
        "registry": ns.registry(host)["resource_uri"],
        "resource_uri": f"/api/repo/v1/{ns.name}/repository/{body['name']}/",
        "_host": host,
        "_username": body.get("username"),
        "_password": body.get("password"),
    }


@operation("registries_list")
async def registries_list(ctx: Ctx) -> Response:
    """``registries_list``: list the registries (Docker Hub and those of the namespace's repositories)."""
    return filtered_page(ctx, ctx.ns.registries())


@operation("registries_get")
async def registries_get(ctx: Ctx) -> Response:
    """``registries_get``: get one registry."""
    host = ctx.param("host")
    for registry in ctx.ns.registries():
        if registry["host"] == host:
            return ok(registry)
    raise not_found("registry")


def _repository(ctx: Ctx) -> Obj:
    repo = lookup(ctx.ns["repositories"], ctx.param("name"), "repository")
    _refresh_in_use(ctx.ns, repo)
    return repo


def _refresh_in_use(ns: Namespace, repo: Obj) -> None:
    """A repository is in use while a live service runs one of its images (counted by the services' index)."""
    repo["in_use"] = ns["services"].count("in_use", repo["name"]) > 0


@operation("repositories_list")
async def repositories_list(ctx: Ctx) -> Response:
    """``repositories_list``: list the namespace's external repositories (``in_use`` of those on the page)."""
    ns = ctx.ns
    return filtered_page(ctx, ns["repositories"], lambda repo: _refresh_in_use(ns, repo))


@operation("repositories_create")
async def repositories_create(ctx: Ctx) -> Response:
    """``repositories_create``: add an external repository; 201."""
    body = ctx.body()
    name = body["name"].strip().strip("/")
    if not is_repository_name(name):
        raise ApiError(
            400,
            f"Invalid value for 'name': {body['name']!r} is not a repository name such as my.registry.com/myrepo "
            "(after the registry host: lower-case letters and digits, joined by '.', '_' or '-').",
        )
    body["name"] = name
    ns = ctx.ns
    if name in ns["repositories"]:
        raise ApiError(409, f"The repository '{name}' has already been added.")
    repo = build_repository(ns, body)
    if repo["_host"] == DOCKER_HUB and not name.count("/"):
        raise ApiError(400, f"Invalid value for 'name': {name!r} must include the registry host or namespace.")
    ns["repositories"][name] = repo
    _refresh_in_use(ns, repo)
    action = ctx.emu.lifecycle.record(ns, ctx.info(), "Repository Add", repo["resource_uri"])
    return ok(repo, 201, action)


@operation("repositories_get")
async def repositories_get(ctx: Ctx) -> Response:
    """``repositories_get``: get one external repository."""
    return ok(_repository(ctx))


@operation("repositories_update")
async def repositories_update(ctx: Ctx) -> Response:
    """``repositories_update``: change an external repository's credentials; 200."""
    repo = _repository(ctx)
    body = ctx.body()
    if "username" in body:
        repo["_username"] = body["username"]
    if "password" in body:
        repo["_password"] = body["password"]
    action = ctx.emu.lifecycle.record(ctx.ns, ctx.info(), "Repository Update", repo["resource_uri"])
    return ok(repo, 200, action)


@operation("repositories_remove")
async def repositories_remove(ctx: Ctx) -> Response:
    """``repositories_remove``: remove an external repository; 204."""
    repo = _repository(ctx)
    del ctx.ns["repositories"][repo["name"]]
    action = ctx.emu.lifecycle.record(ctx.ns, ctx.info(), "Repository Remove", repo["resource_uri"])
    return no_content(action)
