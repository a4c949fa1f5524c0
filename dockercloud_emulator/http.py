"""Request plumbing shared by the REST handlers: authentication, namespace resolution, body
parsing, JSON responses, pagination and filters."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .body import parse_json
from .errors import ApiError
from .lifecycle import RequestInfo
from .state import EmulatorState
from .store import Namespace, Obj, canonical_uri, render
from .timefmt import parse_timestamp
from .validation import Schema, parse_bool, parse_int, validate_object

BODY_METHODS = frozenset({"POST", "PATCH", "PUT"})
DEFAULT_LIMIT = 25
MAX_LIMIT = 1000


def error_response(exc: ApiError) -> JSONResponse:
    """The ``{"error": ...}`` response of an :class:`ApiError`."""
    return JSONResponse({"error": exc.message}, status_code=exc.status, headers=exc.headers)


@dataclass
class Ctx:
    """Everything a REST handler needs about its request."""

    request: Request
    emu: EmulatorState
    user: str | None
    namespace: str | None
    raw_body: bytes

    @property
    def ns(self) -> Namespace:
        """The namespace addressed by the request (the path segment, else the user)."""
        if self.namespace is None:
            raise ApiError(404, "This endpoint is not namespaced.")
        return self.emu.store.ns(self.namespace)

    @property
    def visible(self) -> set[str]:
        """Namespaces the authenticated user may see."""
        return self.emu.accounts.namespaces_of(self.user) if self.user else set()

    def param(self, name: str) -> str:
        """A path parameter."""
        return str(self.request.path_params[name])

    def query_all(self, name: str) -> list[str]:
        """Every value of a query parameter."""
        return self.request.query_params.getlist(name)

    def info(self) -> RequestInfo:
        """Who is calling (for Action records)."""
        client = self.request.client
        return RequestInfo(
            user=self.user or (self.namespace or "anonymous"),
            method=self.request.method,
            path=self.request.url.path,
            user_agent=self.request.headers.get("user-agent", ""),
            ip=client.host if client else "127.0.0.1",
        )

    def json(self) -> Any:
        """The parsed JSON body (400 when it is not JSON or exceeds the limits; ``None`` when empty)."""
        return parse_json(self.raw_body, self.emu.config.limits)

    def body(self, schema: Schema) -> dict[str, Any]:
        """The JSON body checked against ``schema`` (400 when it is missing)."""
        data = self.json()
        if data is None:
            raise ApiError(400, "Missing JSON body: send a JSON object with 'Content-Type: application/json'.")
        return validate_object(data, schema)


def ok(obj: Any, status: int = 200, action: Obj | None = None) -> JSONResponse:
    """A JSON response; ``action`` adds ``X-DockerCloud-Action-URI``."""
    headers = {"X-DockerCloud-Action-URI": action["resource_uri"]} if action is not None else None
    return JSONResponse(render(obj) if isinstance(obj, dict) else obj, status_code=status, headers=headers)


def accepted(obj: Obj, action: Obj) -> JSONResponse:
    """202 with the object in its transitional state and the action header."""
    return ok(obj, 202, action)


def no_content(action: Obj | None = None) -> Response:
    """204 without a body."""
    headers = {"X-DockerCloud-Action-URI": action["resource_uri"]} if action is not None else None
    return Response(status_code=204, headers=headers)


def paginate(ctx: Ctx, items: Sequence[Obj]) -> JSONResponse:
    """The list envelope ``{meta, objects}`` for one page of ``items``."""
    query = ctx.request.query_params
    limit = parse_int(query["limit"], "limit", 1, MAX_LIMIT) if "limit" in query else DEFAULT_LIMIT
    offset = parse_int(query["offset"], "offset", 0) if "offset" in query else 0
    total = len(items)
    kept = [(k, v) for k, v in query.multi_items() if k not in ("limit", "offset")]

    def link(new_offset: int) -> str:
        return f"{ctx.request.url.path}?{urlencode([*kept, ('limit', limit), ('offset', new_offset)])}"

    meta = {
        "limit": limit,
        "next": link(offset + limit) if offset + limit < total else None,
        "offset": offset,
        "previous": link(max(0, offset - limit)) if offset > 0 else None,
        "total_count": total,
    }
    return JSONResponse({"meta": meta, "objects": [render(o) for o in items[offset : offset + limit]]})


@dataclass(frozen=True)
class Filter:
    """A list filter: ``kind`` is exact, prefix, uri, uri_in (value in a list attribute), bool, enum or via.

    ``via`` follows resource-URI attributes: ``attr="service.stack.name"`` compares the name of the
    stack of the object's service (python-dockercloud's ``service__stack__name`` lookup).
    """

    kind: str = "exact"
    attr: str | None = None
    enum: tuple[str, ...] = ()


#: the lookups python-dockercloud and the docker-cloud CLI send to resolve a name or short uuid
IDENTITY_FILTERS = {"uuid": Filter(), "uuid__startswith": Filter("prefix", attr="uuid"), "name": Filter()}
PAGING = ("limit", "offset")


def accepts(*names: str) -> Callable[[Handler], Handler]:
    """Declare the query parameters a handler understands; the app answers 400 for any other."""

    def mark(handler: Handler) -> Handler:
        handler.query_params = frozenset(names)  # type: ignore[attr-defined]
        return handler

    return mark


def lists(filters: dict[str, Filter], *extra: str) -> Callable[[Handler], Handler]:
    """:func:`accepts` for a list handler: its filters, ``limit``, ``offset`` and ``extra``."""
    return accepts(*filters, *PAGING, *extra)


def check_query(request: Request, handler: Handler) -> None:
    """400 naming the first query parameter ``handler`` does not understand (never silently ignored)."""
    known: frozenset[str] = getattr(handler, "query_params", frozenset())
    for name in request.query_params:
        if name not in known:
            understood = ", ".join(sorted(known)) or "none"
            raise ApiError(400, f"Unknown query parameter '{name}' (this endpoint understands: {understood}).")


def _follow(ctx: Ctx, obj: Obj | None, chain: list[str]) -> Any:
    """The value at the end of a chain of resource-URI attributes (``None`` when a link is missing)."""
    for attr in chain[:-1]:
        found = ctx.emu.store.find_by_uri(obj[attr]) if obj is not None and obj.get(attr) else None
        obj = found[2] if found is not None else None
    return obj.get(chain[-1]) if obj is not None else None


def apply_filters(ctx: Ctx, items: Iterable[Obj], filters: dict[str, Filter]) -> Sequence[Obj]:
    """Keep the objects matching every given filter (values of one filter are OR-ed).

    Without any filter in the query a sequence comes back as it is, uncopied: a page of a long list
    costs what a page of a short one does.
    """
    given = [(name, flt, values) for name, flt in filters.items() if (values := ctx.query_all(name))]
    if not given and isinstance(items, Sequence):
        return items
    out = list(items)
    for name, flt, values in given:
        attr = flt.attr or name
        if flt.kind == "bool":
            wanted_bools = {parse_bool(v, name) for v in values}
            out = [o for o in out if bool(o.get(attr)) in wanted_bools]
        elif flt.kind == "enum":
            for value in values:
                if value not in flt.enum:
                    raise ApiError(
                        400,
                        f"Invalid value for query parameter '{name}': {value!r} is not one of {', '.join(flt.enum)}.",
                    )
            out = [o for o in out if o.get(attr) in values]
        elif flt.kind == "uri":
            wanted = {canonical_uri(v) for v in values}
            out = [o for o in out if o.get(attr) and canonical_uri(o[attr]) in wanted]
        elif flt.kind == "prefix":
            out = [o for o in out if any(str(o.get(attr)).startswith(v) for v in values)]
        elif flt.kind == "via":
            out = [o for o in out if str(_follow(ctx, o, attr.split("."))) in values]
        elif flt.kind == "uri_in":
            wanted = {canonical_uri(v) for v in values}
            out = [o for o in out if wanted & {canonical_uri(u) for u in o.get(attr) or []}]
        else:
            out = [o for o in out if str(o.get(attr)) in values]
    return out


def date_filter(ctx: Ctx, items: Sequence[Obj], name: str, attr: str, greater: bool) -> Sequence[Obj]:
    """Keep objects whose epoch ``attr`` is >= (or <=) the query timestamp ``name``."""
    value = ctx.request.query_params.get(name)
    if value is None:
        return items
    try:
        limit = parse_timestamp(value)
    except (ValueError, TypeError):
        raise ApiError(
            400, f"Invalid value for query parameter '{name}': {value!r} is not an RFC 1123 or ISO 8601 date."
        ) from None
    return [o for o in items if o.get(attr) is not None and (o[attr] >= limit if greater else o[attr] <= limit)]


Handler = Callable[[Ctx], Awaitable[Response]]
