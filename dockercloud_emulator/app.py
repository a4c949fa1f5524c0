"""The Starlette application: REST routes from the spec's operation table (with and without
namespace), websocket routes, admin endpoints, JSON errors, the trailing-slash normaliser and the
fault injector."""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator, Iterable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocket

from dockercloud_api.operations import STREAMS, OperationInfo

from . import streams
from .admin import ADMIN_ROUTES
from .body import read_body
from .errors import ApiError
from .http import BODY_METHODS, Ctx, Handler, check_query, error_response
from .resources import HANDLERS
from .routing import SERVED_OPERATIONS, Bound, path_routes
from .state import EmulatorConfig, EmulatorState


class Endpoint:
    """ASGI endpoint of one path (Starlette routes every method to it; it answers 405 as JSON itself)."""

    def __init__(self, methods: dict[str, Bound]) -> None:
        self.methods = methods
        self.allowed = ", ".join(sorted(methods))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one HTTP request."""
        request = Request(scope, receive)
        emu: EmulatorState = request.app.state.emulator
        try:
            response = await _dispatch(request, emu, self.methods, self.allowed)
        except ApiError as exc:
            response = error_response(exc)
        except ClientDisconnect:  # the client gave up (e.g. timed out on an injected slow answer)
            return
        emu.scheduler.drain()
        await response(scope, receive, send)


def with_namespace(path: str) -> str:
    """``/api/app/v1/service/`` -> ``/api/app/v1/{namespace}/service/``."""
    head, _, tail = path.partition("/v1/")
    return f"{head}/v1/{{namespace}}/{tail}"


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


def emulator_endpoint(path: str, handlers: dict[str, Handler], needs_auth: bool) -> Endpoint:
    """An endpoint outside the spec (admin, ``/auth/``): ``handlers`` by method, all alike for credentials."""
    return Endpoint({method: Bound(h.__name__, path, needs_auth, h) for method, h in handlers.items()})


async def _dispatch(request: Request, emu: EmulatorState, methods: dict[str, Bound], allowed: str) -> Response:
    method = "GET" if request.method == "HEAD" else request.method
    bound = methods.get(method)
    # an unknown method: 401 before 405 where the path's own operations want credentials
    needs_auth = bound.authenticated if bound is not None else any(b.authenticated for b in methods.values())
    user = emu.accounts.authenticate(request.headers.get("authorization"))
    if needs_auth and user is None:
        raise ApiError(
            401, "Unauthorized: missing or wrong credentials (use HTTP Basic with your user name and API key)."
        )
    if bound is None:
        raise ApiError(
            405,
            f"Method {request.method} is not allowed on {request.url.path} (allowed: {allowed}).",
            {"Allow": allowed},
        )
    handler = bound.handler
    if handler is None:
        raise ApiError(
            501,
            f"Not implemented: the emulator has no handler for operation '{bound.name}' ({method} {bound.template}).",
        )
    namespace = request.path_params.get("namespace")
    if namespace is not None and needs_auth and user is not None and namespace not in emu.accounts.namespaces_of(user):
        raise ApiError(404, f"Not found: namespace '{namespace}' does not exist or is not yours.")
    check_query(request, bound.query)
    raw = await read_body(request, emu.config.limits)
    # A body without Content-Type is read as JSON (the Go SDK never sends one); 415 only for another declared type.
    content_type = request.headers.get("content-type", "")
    if method in BODY_METHODS and raw.strip() and content_type.strip() and not _is_json(content_type):
        raise ApiError(415, "Unsupported Media Type: send the body as JSON with 'Content-Type: application/json'.")
    ctx = Ctx(request, emu, user, namespace or user, raw, bound.name)
    return await handler(ctx)


async def get_auth(ctx: Ctx) -> Response:
    """``GET /auth/`` (python-dockercloud's undocumented credential check)."""
    return JSONResponse({"user": ctx.user, "namespaces": sorted(ctx.visible)})


def build_routes(operations: Iterable[OperationInfo]) -> list[BaseRoute]:
    """Every REST, websocket and admin route (plain paths first, then namespaced variants).

    Args:
        operations: the REST operations to route (the spec's, :data:`SERVED_OPERATIONS`, unless a
            test gives others); each is served by its registered handler, or answers 501.
    """
    routes: list[BaseRoute] = []
    namespaced: list[BaseRoute] = []
    for route in path_routes(operations, HANDLERS):
        endpoint = Endpoint(route.methods)
        routes.append(Route(route.path, endpoint))
        if route.namespaced:
            namespaced.append(Route(with_namespace(route.path), endpoint))
    for channel in STREAMS.values():
        ws_handler = streams.HANDLERS[channel.operation_id]
        routes.append(WebSocketRoute(channel.path, ws_handler))
        # every channel takes a namespace: python-dockercloud adds its global one to action logs too
        namespaced.append(WebSocketRoute(with_namespace(channel.path), ws_handler))
        for legacy in channel.legacy_paths:  # the Go SDK's paths without /api/, the docs' /v1/events
            routes.append(WebSocketRoute(legacy, ws_handler))
            if channel.namespaced:
                namespaced.append(WebSocketRoute(with_namespace(legacy), ws_handler))
    admin: list[BaseRoute] = [
        Route(path, emulator_endpoint(path, handlers, False)) for path, handlers in ADMIN_ROUTES.items()
    ]
    admin.append(Route("/auth/", emulator_endpoint("/auth/", {"GET": get_auth}, True)))
    return routes + namespaced + admin


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    message = {404: "Not found: no such endpoint.", 405: "Method not allowed."}.get(status, "Server error.")
    if isinstance(exc, HTTPException) and exc.status_code not in (404, 405) and exc.detail:
        message = str(exc.detail)
    return JSONResponse({"error": message}, status_code=status)


async def _server_error(request: Request, exc: Exception) -> Response:
    return JSONResponse({"error": f"Internal Server Error: {type(exc).__name__}: {exc}"}, status_code=500)


#: first segments of the legacy websocket paths, without the /api/ prefix (see build_routes)
_LEGACY_STREAM_PREFIXES = tuple(
    sorted({"/" + legacy.split("/")[1] + "/" for channel in STREAMS.values() for legacy in channel.legacy_paths})
)


async def _not_found(scope: Scope, receive: Receive, send: Send) -> None:
    """No route: HTTP goes to the JSON 404 handler; a websocket handshake is refused with a JSON 404 too."""
    if scope["type"] == "websocket":
        await streams.refuse_unknown_path(WebSocket(scope, receive, send))
        return
    raise HTTPException(status_code=404)


#: The scheme and authority of an absolute-form request target (``GET http://host:port/api/... HTTP/1.1``).
_ABSOLUTE_FORM = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^/]*")
_ABSOLUTE_FORM_RAW = re.compile(rb"^[A-Za-z][A-Za-z0-9+.-]*://[^/]*")


def trailing_slash(app: ASGIApp) -> ASGIApp:
    """Accept ``/api/...``, ``/_emulator/...`` and legacy stream paths without their trailing slash.

    An absolute-form request target is reduced to its path first: RFC 9112 (section 3.2.2) says a
    server must accept one, and uvicorn leaves ``http://host:port`` in the path. Repeated slashes are
    merged next, as front-end web servers do by default: python-dockercloud's ``Trigger`` builds
    ``.../service/<uuid>//trigger/``.
    """

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            path: str = scope["path"]
            if (absolute := _ABSOLUTE_FORM.match(path)) is not None:
                path = path[absolute.end() :] or "/"
                raw_path = _ABSOLUTE_FORM_RAW.sub(b"", scope.get("raw_path") or b"", count=1) or b"/"
                scope = dict(scope, path=path, raw_path=raw_path)
            if "//" in path:
                path = re.sub("/{2,}", "/", path)
                scope = dict(scope, path=path, raw_path=re.sub(b"/{2,}", b"/", scope.get("raw_path") or b""))
            prefixes = (
                "/api/",
                "/_emulator",
                "/auth",
                *(_LEGACY_STREAM_PREFIXES if scope["type"] == "websocket" else ()),
            )
            if path.startswith(prefixes) and not path.endswith("/"):
                scope = dict(scope)
                scope["path"] = path + "/"
                raw = scope.get("raw_path")
                if isinstance(raw, bytes) and not raw.endswith(b"/"):
                    scope["raw_path"] = raw + b"/"
        await app(scope, receive, send)

    return wrapped


class EmulatorApp:
    """ASGI entry point: normalises paths, applies faults, then runs the Starlette app.

    Args:
        config: accounts, step and limits.
        operations: the REST operations to serve (default: every operation of the spec).
    """

    def __init__(self, config: EmulatorConfig | None = None, operations: Iterable[OperationInfo] | None = None) -> None:
        self.state = EmulatorState(config or EmulatorConfig())

        @contextlib.asynccontextmanager
        async def lifespan(_app: Starlette) -> AsyncIterator[None]:
            await self.state.start()
            try:
                yield
            finally:
                await self.state.stop()

        self.starlette = Starlette(
            routes=build_routes(SERVED_OPERATIONS.values() if operations is None else operations),
            lifespan=lifespan,
            exception_handlers={HTTPException: _http_error, Exception: _server_error},
        )
        self.starlette.router.redirect_slashes = False
        self.starlette.router.default = _not_found
        self.starlette.state.emulator = self.state
        self._asgi = trailing_slash(self.state.faults.middleware(self.starlette))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI interface."""
        await self._asgi(scope, receive, send)


def create_app(config: EmulatorConfig | None = None, operations: Iterable[OperationInfo] | None = None) -> EmulatorApp:
    """Build a fresh emulator application (``operations``: see :class:`EmulatorApp`)."""
    return EmulatorApp(config, operations)


__all__ = ["EmulatorApp", "create_app"]
