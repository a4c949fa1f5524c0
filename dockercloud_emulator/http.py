"""Request plumbing shared by the REST handlers: authentication, namespace resolution, body
parsing, JSON responses, pagination and filters."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from dockercloud_api.inputs import QUERY_PARAMETERS

from .body import parse_json
from .errors import ApiError
from .lifecycle import RequestInfo
from .state import EmulatorState
from .store import RESOURCE_TAGS, UUID_PREFIX, Collection, Namespace, Obj, canonical_uri, filter_key, render
from .timefmt import parse_timestamp
from .validation import BODY_SCHEMAS, parse_bool, parse_int, validate_object

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
    operation_id: str

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

    def body(self) -> dict[str, Any]:
        """The JSON body checked against the spec's schema of the operation (400 when it is missing)."""
        data = self.json()
        if data is None:
            raise ApiError(400, "Missing JSON body: send a JSON object with 'Content-Type: application/json'.")
        return validate_object(data, BODY_SCHEMAS[self.operation_id])


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


def paginate(ctx: Ctx, items: Sequence[Obj], refresh: Callable[[Obj], None] | None = None) -> JSONResponse:
    """The list envelope ``{meta, objects}`` for one page of ``items``; ``refresh`` brings each object of the
    page up to date first (an attribute computed when read: a repository's ``in_use``)."""
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
    page = items[offset : offset + limit]
    if refresh is not None:
        for obj in page:
            refresh(obj)
    return JSONResponse({"meta": meta, "objects": [render(o) for o in page]})


PAGING = ("limit", "offset")


def check_query(request: Request, known: Mapping[str, Mapping[str, Any]]) -> None:
    """400 naming the first query parameter the operation does not declare (never silently ignored), or
    the first value its schema refuses (``known``: the spec's query parameters of the operation)."""
    for name, value in request.query_params.multi_items():
        schema = known.get(name)
        if schema is None:
            understood = ", ".join(sorted(known)) or "none"
            raise ApiError(400, f"Unknown query parameter '{name}' (this endpoint understands: {understood}).")
        if schema.get("type") == "integer":
            parse_int(value, name, schema.get("minimum", 0), schema.get("maximum"))
        elif schema.get("type") == "boolean":
            parse_bool(value, name)
        elif "enum" in schema and value not in schema["enum"]:
            raise ApiError(
                400, f"Invalid value for query parameter '{name}': {value!r} is not one of {', '.join(schema['enum'])}."
            )
        elif "x-dockercloud-timestamp" in schema:
            query_timestamp(value, name)


def query_timestamp(value: str, name: str) -> float:
    """A timestamp query value as epoch seconds (RFC 1123, as the spec writes them, or ISO 8601)."""
    try:
        return parse_timestamp(value)
    except (ValueError, TypeError):
        raise ApiError(
            400, f"Invalid value for query parameter '{name}': {value!r} is not an RFC 1123 or ISO 8601 date."
        ) from None


@dataclass(frozen=True)
class Filter:
    """How a list filter of the spec compares: ``kind`` is ``exact``, ``prefix`` (``<attr>__startswith``),
    ``bool``, ``since``/``until`` (``<attr>__gte``/``__lte`` on a timestamp) or ``via``.

    ``via`` follows resource-URI attributes: ``attr="service.stack.name"`` compares the name of the
    stack of the object's service (python-dockercloud's ``service__stack__name`` lookup).
    """

    kind: str
    attr: str


def _filter(name: str, schema: Mapping[str, Any]) -> Filter:
    """The comparison a query parameter's name and schema call for (the lookups python-dockercloud sends)."""
    base, _, lookup = name.rpartition("__")
    if lookup == "startswith":
        return Filter("prefix", base)
    if "x-dockercloud-timestamp" in schema and lookup in ("gte", "lte"):
        return Filter("since" if lookup == "gte" else "until", base)
    if schema.get("type") == "boolean":
        return Filter("bool", name)
    return Filter("via", name.replace("__", ".")) if base else Filter("exact", name)


@cache
def list_filters(operation_id: str) -> Mapping[str, Filter]:
    """The filters of a list operation: its query parameters in the spec but ``limit`` and ``offset``."""
    params = QUERY_PARAMETERS.get(operation_id, {})
    return {name: _filter(name, schema) for name, schema in params.items() if name not in PAGING}


def _follow(ctx: Ctx, obj: Obj | None, chain: list[str]) -> Any:
    """The value at the end of a chain of resource-URI attributes (``None`` when a link is missing)."""
    for attr in chain[:-1]:
        found = ctx.emu.store.find_by_uri(obj[attr]) if obj is not None and obj.get(attr) else None
        obj = found[2] if found is not None else None
    return obj.get(chain[-1]) if obj is not None else None


def _exact(values: list[str]) -> Callable[[Any], bool]:
    """Whether an attribute's value is one of ``values``; resource URIs compare with or without a namespace,
    and a list attribute (a node type's ``regions``) matches when it holds one of them."""
    wanted = set(values)
    uris = {canonical_uri(v) for v in values if v.startswith("/api/")}

    def matches(value: Any) -> bool:
        if isinstance(value, list):
            return any(isinstance(v, str) and canonical_uri(v) in uris for v in value)
        if isinstance(value, str) and value.startswith("/api/"):
            return canonical_uri(value) in uris
        return str(value) in wanted

    return matches


def filtered_page(
    ctx: Ctx, items: Collection | Iterable[Obj], refresh: Callable[[Obj], None] | None = None
) -> JSONResponse:
    """The page the query asks for of ``items``, filtered by the operation's filters (``refresh``: see
    :func:`paginate`)."""
    return paginate(ctx, apply_filters(ctx, items), refresh)


def _candidates(ctx: Ctx, collection: Collection, given: dict[str, list[str]]) -> Sequence[Obj]:
    """The objects a filtered list must look at, read without walking the collection when a given filter
    has an index: ``uuid`` (the collection's keys), a filter the collection keeps a group of (``name``,
    ``state``, ``stack``, ``service``, ``node``, ...; the smallest one given), ``uuid__startswith`` (the
    groups of the prefix's first characters), a filter through other objects (``stack__name``: the
    services of the stacks of that name). Else all of them (in creation order, uncopied)."""
    if "uuid" in given:
        return collection.in_order(collection[u] for u in dict.fromkeys(given["uuid"]) if u in collection)
    exact = {name: [filter_key(v) for v in dict.fromkeys(values)] for name, values in given.items()}
    sized = [
        (sum(collection.count(name, key) for key in keys), name)
        for name, keys in exact.items()
        if collection.grouped_by(name) and list_filters(ctx.operation_id)[name].kind == "exact"
    ]
    if sized:
        name = min(sized)[1]
        return collection.group(name, *exact[name])
    for name, values in given.items():
        if collection.grouped_by(name) and list_filters(ctx.operation_id)[name].kind == "prefix":
            # a prefix as long as the groups' keys names one; a shorter one begins several (all of whose
            # objects match it), found among the groups' keys (at most 4,096)
            buckets = {p[:UUID_PREFIX] for p in values if len(p) >= UUID_PREFIX}
            short = tuple(p for p in values if len(p) < UUID_PREFIX)
            if short:
                buckets.update(str(b) for b in collection.group_values(name) if str(b).startswith(short))
            return collection.group(name, *buckets)
    for name, values in given.items():
        flt = list_filters(ctx.operation_id)[name]
        if flt.kind == "via":
            head, *rest = flt.attr.split(".")
            uris = _linked_uris(ctx.ns, [head, *rest], values)
            if uris is not None and collection.grouped_by(head):
                return collection.group(head, *uris)
    return collection.ordered()


def _linked_uris(ns: Namespace, chain: list[str], values: list[str]) -> set[Hashable] | None:
    """The resource URIs (as :func:`filter_key` files them) of the objects that ``chain[0]`` links to whose
    chain of links ends in one of ``values``: ``["stack", "name"]`` -> the stacks named so,
    ``["service", "stack", "name"]`` -> the services of those stacks. ``None`` when a link has no group
    to follow (the caller then reads every object)."""
    head, attr, *rest = chain
    target = ns.collections.get(RESOURCE_TAGS.get(head.replace("_", ""), ""))
    if target is None or not target.grouped_by(attr):
        return None
    keys: Iterable[Hashable] = [filter_key(v) for v in values]
    if rest:
        linked = _linked_uris(ns, [attr, *rest], values)
        if linked is None:
            return None
        keys = linked
    return {filter_key(obj["resource_uri"]) for obj in target.group(attr, *keys)}


def apply_filters(ctx: Ctx, items: Collection | Iterable[Obj], skip: Iterable[str] = ()) -> Sequence[Obj]:
    """Keep the objects matching every filter of the operation given in the query (values of one are OR-ed).

    Values were checked against the spec by :func:`check_query`. Without any filter in the query a
    sequence comes back as it is, uncopied: a page of a long list costs what a page of a short one does;
    a :class:`~dockercloud_emulator.store.Collection` filtered on an indexed filter reads only the objects
    that index names (see :func:`_candidates`). ``skip``: filters the handler applies itself.
    """
    filters = list_filters(ctx.operation_id)
    given = {name: values for name in filters if name not in skip and (values := ctx.query_all(name))}
    if isinstance(items, Collection):
        items = _candidates(ctx, items, given)
    if not given and isinstance(items, Sequence):
        return items
    out = list(items)
    for name, values in given.items():
        flt = filters[name]
        attr = flt.attr
        if flt.kind == "bool":
            wanted_bools = {parse_bool(v, attr) for v in values}
            out = [o for o in out if bool(o.get(attr)) in wanted_bools]
        elif flt.kind == "prefix":
            out = [o for o in out if any(str(o.get(attr)).startswith(v) for v in values)]
        elif flt.kind in ("since", "until"):
            out = _by_time(out, attr, [parse_timestamp(v) for v in values], flt.kind == "since")
        elif flt.kind == "via":  # a missing link matches nothing
            out = [o for o in out if (value := _follow(ctx, o, attr.split("."))) is not None and str(value) in values]
        else:
            matches = _exact(values)
            out = [o for o in out if matches(o.get(attr))]
    return out


def _by_time(items: list[Obj], attr: str, limits: list[float], since: bool) -> list[Obj]:
    """Objects whose timestamp ``attr`` is on or after (``since``) or on or before every one of ``limits``."""
    bound = max(limits) if since else min(limits)
    kept = []
    for obj in items:
        if obj.get(attr) is not None:
            when = parse_timestamp(obj[attr])
            if (when >= bound) if since else (when <= bound):
                kept.append(obj)
    return kept


Handler = Callable[[Ctx], Awaitable[Response]]
