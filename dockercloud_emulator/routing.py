"""The REST routes, read from the spec's operation table; handlers registered by operationId.

Paths, methods, the namespace flag and whether a call needs credentials come from
``dockercloud_api.operations`` (generated from ``spec/openapi.yaml``): nothing here retypes them.
The handlers are written by hand in the resource modules (:mod:`dockercloud_emulator.resources`),
each marked with :func:`operation`. An operation of the spec that no handler serves answers 501
with a JSON body naming it, so a new operation is visible (and testable) before it is emulated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dockercloud_api.inputs import QUERY_PARAMETERS
from dockercloud_api.operations import OPERATIONS, SERVER_ONLY_OPERATIONS, OperationInfo

from .http import Handler

#: Every operation the emulator serves: the client's and those only the official SDKs call.
SERVED_OPERATIONS: Mapping[str, OperationInfo] = {**OPERATIONS, **SERVER_ONLY_OPERATIONS}

#: Handlers by operationId, filled by :func:`operation` when the resource modules are imported.
HANDLERS: dict[str, Handler] = {}


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of the spec's ``operation_id``."""

    def register(handler: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise ValueError(f"two handlers for operation {operation_id!r}")
        HANDLERS[operation_id] = handler
        return handler

    return register


@dataclass(frozen=True)
class Bound:
    """One method of a path: the operation it serves and its handler (``None``: not emulated, 501).

    Attributes:
        name: the operationId (or, for the emulator's own endpoints, the handler's name).
        template: the path template, for the 501 message.
        authenticated: whether the call needs credentials.
        handler: the hand-written handler.
        query: the query parameters the operation declares in the spec, by name, with their schemas.
    """

    name: str
    template: str
    authenticated: bool
    handler: Handler | None
    query: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class PathRoute:
    """Every operation on one path template, by HTTP method."""

    path: str
    namespaced: bool
    methods: dict[str, Bound]


def starlette_path(info: OperationInfo) -> str:
    """The path template in Starlette's syntax: a composite parameter may span several segments."""
    path = info.path
    for name in info.composite:
        path = path.replace(f"{{{name}}}", f"{{{name}:path}}")
    return path


def path_routes(operations: Iterable[OperationInfo], handlers: Mapping[str, Handler]) -> list[PathRoute]:
    """Group ``operations`` by path, in table order, each method with its handler if one is registered.

    Raises:
        ValueError: two operations on one path disagree on the namespace flag (a route has one).
    """
    routes: dict[str, PathRoute] = {}
    for info in operations:
        path = starlette_path(info)
        route = routes.setdefault(path, PathRoute(path, info.namespaced, {}))
        if route.namespaced != info.namespaced:
            raise ValueError(f"{path}: operations disagree on x-dockercloud-namespaced")
        route.methods[info.method] = Bound(
            info.operation_id,
            info.path,
            info.authenticated,
            handlers.get(info.operation_id),
            QUERY_PARAMETERS.get(info.operation_id, {}),
        )
    return list(routes.values())
