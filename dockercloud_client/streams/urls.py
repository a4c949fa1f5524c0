"""Stream API URLs: documented ``/api/...`` paths on the stream host, with the namespace rule.

Credentials never go into a URL: streams authenticate with the ``Authorization`` header (the Go
SDK's ``?user=&token=`` query parameters are a bug, not a feature).

Paths (``[ns/]`` only when a namespace applies):

* events: ``/api/audit/v1/[ns/]events/`` with ``type``, ``object``, ``parent``
* action logs: ``/api/audit/v1/action/<uuid>/logs/`` (never namespaced)
* service logs: ``/api/app/v1/[ns/]service/<uuid>/logs/``
* container logs: ``/api/app/v1/[ns/]container/<uuid>/logs/`` (also ``service``)
* container exec: ``/api/app/v1/[ns/]container/<uuid>/exec/`` with ``command``
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal
from urllib.parse import quote, urlencode, urlsplit

from ..errors import ConfigurationError

__all__ = [
    "LogTarget",
    "events_url",
    "exec_url",
    "join_filter",
    "logs_url",
    "resolve_target",
    "stream_base",
]

LogTarget = Literal["container", "service", "action"]

#: resource name -> (subsystem, namespaced)
_RESOURCES: dict[str, tuple[str, bool]] = {
    "container": ("app", True),
    "service": ("app", True),
    "action": ("audit", False),
}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_V1 = re.compile(r"^/api/([^/]+)/v1/(.*)$")


def stream_base(url_base: str) -> str:
    """Normalise the stream host: ``http(s)`` becomes ``ws(s)``, no trailing slash.

    Raises:
        ConfigurationError: not a ``ws``/``wss``/``http``/``https`` URL, or it holds credentials.
    """
    parts = urlsplit(url_base.strip())
    scheme = {"http": "ws", "https": "wss"}.get(parts.scheme.lower(), parts.scheme.lower())
    if scheme not in ("ws", "wss") or not parts.netloc:
        raise ConfigurationError(f"stream host must be a ws:// or wss:// URL, got {url_base!r}")
    if "@" in parts.netloc:
        raise ConfigurationError("stream host must not contain credentials; they go in the Authorization header")
    return f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def _check_namespace(namespace: str | None) -> str | None:
    if not namespace:
        return None
    if not _ID.match(namespace):
        raise ConfigurationError(f"invalid namespace {namespace!r}")
    return namespace


def resolve_target(resource: LogTarget, identifier: str, namespace: str | None) -> tuple[str, str | None]:
    """Find the uuid and the namespace for an operation on one object.

    Args:
        resource: ``container``, ``service`` or ``action``.
        identifier: a uuid, or a resource URI (``/api/app/v1/[ns/]container/<uuid>/``, or an absolute
            URL). A namespace inside the URI wins over ``namespace``.
        namespace: the client's namespace, or None for the authenticated user.

    Returns:
        ``(uuid, namespace)``; the namespace is always None for actions (not namespaced).

    Raises:
        ConfigurationError: the identifier is empty, malformed, or the URI is of another resource.
    """
    subsystem, namespaced = _RESOURCES[resource]
    value = identifier.strip()
    if value.startswith("/api/") or "://" in value:
        match = _V1.match(urlsplit(value).path)
        segments = [s for s in match.group(2).split("/") if s] if match else []
        if segments and segments[0] != resource and len(segments) > 1 and segments[1] == resource:
            uri_namespace: str | None = segments[0]
            segments = segments[1:]
        else:
            uri_namespace = None
        # Actions are accepted under any subsystem: the docs' own event example shows
        # /api/app/v1/<ns>/action/<uuid>/ although actions live at /api/audit/v1/action/<uuid>/.
        subsystem_ok = match is not None and (match.group(1) == subsystem or resource == "action")
        if not subsystem_ok or len(segments) < 2 or segments[0] != resource:
            raise ConfigurationError(f"{identifier!r} is not a {resource} resource URI")
        value = segments[1]
        if uri_namespace is not None:
            namespace = uri_namespace
    if not _ID.match(value):
        raise ConfigurationError(f"invalid {resource} identifier {identifier!r}")
    return value, (_check_namespace(namespace) if namespaced else None)


def _path(subsystem: str, namespace: str | None, rest: str) -> str:
    return f"/api/{subsystem}/v1/{namespace + '/' if namespace else ''}{rest}"


def _url(url_base: str, path: str, query: list[tuple[str, str]]) -> str:
    encoded = urlencode(query, quote_via=quote, safe="/,:") if query else ""
    return stream_base(url_base) + path + (f"?{encoded}" if encoded else "")


def join_filter(value: str | Iterable[str] | None) -> str | None:
    """A filter value as sent: one string, or several joined with commas (None if empty)."""
    if value is None:
        return None
    items = [value] if isinstance(value, str) else list(value)
    joined = ",".join(str(item).strip() for item in items if str(item).strip())
    return joined or None


def events_url(
    url_base: str,
    namespace: str | None,
    *,
    type: str | Iterable[str] | None = None,
    object: str | Iterable[str] | None = None,
    parent: str | Iterable[str] | None = None,
) -> str:
    """URL of the events stream with its filters.

    Args:
        url_base: the stream host, e.g. ``wss://ws.cloud.docker.com``.
        namespace: namespace, or None for the authenticated user.
        type: event type(s), e.g. ``"service"`` or ``["service", "container"]``.
        object: resource URI(s) of the object(s) of interest.
        parent: resource URI(s) of parent object(s) (sent as the documented ``parent``; the Go
            SDK's ``parents`` is not used).

    Returns:
        The URL.
    """
    query = [
        (name, joined)
        for name, raw in (("type", type), ("object", object), ("parent", parent))
        if (joined := join_filter(raw)) is not None
    ]
    return _url(url_base, _path("audit", _check_namespace(namespace), "events/"), query)


def logs_url(
    url_base: str,
    resource: LogTarget,
    identifier: str,
    namespace: str | None,
    *,
    tail: int | None = 300,
    follow: bool = True,
    service: str | None = None,
) -> str:
    """URL of the logs stream of a container, a service or an action.

    Args:
        url_base: the stream host.
        resource: ``container``, ``service`` or ``action``.
        identifier: uuid or resource URI of the object.
        namespace: namespace (ignored for actions), or None.
        tail: how many past lines to send first (``0`` is sent as ``0``); None leaves the server
            default (300).
        follow: keep streaming new lines (True) or close after the tail (False).
        service: container logs only: the documented ``service`` filter (a resource URI).

    Returns:
        The URL.

    Raises:
        ConfigurationError: bad identifier, negative tail, or ``service`` on a non-container.
    """
    uuid, ns = resolve_target(resource, identifier, namespace)
    if tail is not None and tail < 0:
        raise ConfigurationError(f"tail must be >= 0, got {tail}")
    if service is not None and resource != "container":
        raise ConfigurationError("the 'service' filter only applies to container logs")
    query: list[tuple[str, str]] = []
    if tail is not None:
        query.append(("tail", str(int(tail))))
    query.append(("follow", "true" if follow else "false"))
    if service:
        query.append(("service", service))
    subsystem = _RESOURCES[resource][0]
    return _url(url_base, _path(subsystem, ns, f"{resource}/{uuid}/logs/"), query)


def exec_url(url_base: str, identifier: str, namespace: str | None, command: str = "sh") -> str:
    """URL of an exec session in a container.

    Args:
        url_base: the stream host.
        identifier: uuid or resource URI of the container.
        namespace: namespace, or None.
        command: the command line to run (default ``sh``, as documented).

    Returns:
        The URL.
    """
    uuid, ns = resolve_target("container", identifier, namespace)
    if not command.strip():
        raise ConfigurationError("command must not be empty")
    return _url(url_base, _path("app", ns, f"container/{uuid}/exec/"), [("command", command)])
