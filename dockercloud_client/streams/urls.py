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

from collections.abc import Iterable
from typing import Literal
from urllib.parse import quote, urlencode

from dockercloud_api.operations import STREAMS, StreamInfo

from .._config import resolve_stream_host
from .._identifiers import ResolvedPath, resolve_path
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

#: The channels (path template without the namespace segment, whether it takes one), from the
#: table generated from spec/streams.yaml that the emulator routes by too.
_LOGS: dict[str, StreamInfo] = {
    "container": STREAMS["containers_logs"],
    "service": STREAMS["services_logs"],
    "action": STREAMS["actions_logs"],
}
_EXEC = STREAMS["containers_exec"]
_EVENTS = STREAMS["events_listen"]


def stream_base(url_base: str) -> str:
    """Normalise the stream host by the client's one rule (``_config.resolve_stream_host``).

    ``http(s)`` becomes ``ws(s)``, no trailing slash.

    Raises:
        ConfigurationError: not a ``ws``/``wss``/``http``/``https`` URL, or it holds credentials,
            a query or a fragment.
    """
    return resolve_stream_host(url_base, {})


def resolve_target(template: str, identifier: str, namespace: str | None, *, namespaced: bool) -> ResolvedPath:
    """The checked path of a stream on one object, with the same rules as every REST call.

    Args:
        template: the stream's path template, e.g. ``/api/app/v1/container/{uuid}/logs/``.
        identifier: a uuid, or a resource URI (``/api/app/v1/[ns/]container/<uuid>/``, or an
            absolute URL). The namespace inside the URI is used; on a client bound to a namespace
            it must be that one.
        namespace: the client's namespace, or None for the authenticated user.
        namespaced: whether the stream takes a namespace segment (action logs do not).

    Raises:
        InvalidIdentifierError: the identifier is not a safe segment, or the URI is of another
            resource or namespace (see ``_identifiers.resolve_path``).
    """
    return resolve_path(template, [identifier], namespace=namespace, namespaced=namespaced)


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
    return _url(
        url_base, resolve_path(_EVENTS.path, [], namespace=namespace, namespaced=_EVENTS.namespaced).path(), query
    )


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
        ConfigurationError: bad identifier (``InvalidIdentifierError``), negative tail, or
            ``service`` on a non-container.
    """
    channel = _LOGS[resource]
    path = resolve_target(channel.path, identifier, namespace, namespaced=channel.namespaced).path()
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
    return _url(url_base, path, query)


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
    path = resolve_target(_EXEC.path, identifier, namespace, namespaced=_EXEC.namespaced).path()
    if not command.strip():
        raise ConfigurationError("command must not be empty")
    return _url(url_base, path, [("command", command)])
