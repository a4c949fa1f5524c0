"""Identifiers, resource URIs and the namespace segment.

Docker Cloud paths look like ``/api/<subsystem>/v1/[<namespace>/]<resource>/<id>/[...]``. A
resource URI (``resource_uri`` of any object, or an absolute URL) can be given wherever an
identifier is expected; this module turns it back into the path parameters of an operation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from .errors import ConfigurationError

__all__ = ["insert_namespace", "is_resource_uri", "path_values"]

_VERSION_PREFIX = re.compile(r"^/api/[^/]+/v1/")
_PARAMETER = re.compile(r"^\{([^}]+)\}$")


def insert_namespace(path: str, namespace: str | None) -> str:
    """Insert ``<namespace>/`` right after ``/v1/`` of a path (of a namespaced operation).

    Args:
        path: an API path such as ``/api/app/v1/service/`` (a query string is kept).
        namespace: the namespace, or None to leave the path unchanged.

    Returns:
        The path with the namespace segment.

    Raises:
        ConfigurationError: the path has no ``/api/<subsystem>/v1/`` prefix.
    """
    if not namespace:
        return path
    match = _VERSION_PREFIX.match(path)
    if match is None:
        raise ConfigurationError(f"cannot apply a namespace to {path!r}: no /api/<subsystem>/v1/ prefix")
    return f"{match.group(0)}{namespace}/{path[match.end() :]}"


def is_resource_uri(value: str) -> bool:
    """Whether ``value`` is a resource URI (``/api/...`` path or an absolute URL) rather than an id."""
    return value.startswith(("/", "http://", "https://"))


def path_values(path_template: str, args: Sequence[str | None]) -> tuple[str, ...]:
    """The values of an operation's path parameters from what a caller passed.

    Each parameter accepts its plain value. Besides:

    * the first argument may be a resource URI (``/api/app/v1/[ns/]service/<uuid>/``, or an absolute
      URL) that yields the leading parameters, e.g. both the service and the trigger UUID of a
      trigger's URI; later arguments fill the remaining parameters;
    * the last given argument may hold several remaining parameters joined by ``/``
      (``"digitalocean/lon1"`` for provider and name).

    Args:
        path_template: the operation's path, e.g. ``/api/app/v1/service/{uuid}/start/``.
        args: the caller's arguments, one per path parameter, None where omitted.

    Returns:
        One string per path parameter.

    Raises:
        ConfigurationError: the arguments do not provide every parameter, or a URI does not match.
    """
    names = [m.group(1) for segment in path_template.split("/") if (m := _PARAMETER.match(segment))]
    given = [str(arg).strip() for arg in args if arg is not None]
    if any(arg is None for arg in args[: len(given)]):
        raise ConfigurationError(f"path parameters {names} must be given in order without gaps")
    values: list[str] = []
    if given and is_resource_uri(given[0]):
        values = _values_from_uri(path_template, given[0])
        given = given[1:]
    values.extend(value.strip("/") for value in given)
    missing = len(names) - len(values)
    if missing > 0 and values and "/" in values[-1]:
        values[-1:] = values[-1].split("/", missing)
    if len(values) != len(names) or not all(values):
        raise ConfigurationError(f"expected values for {names}, got {list(args)!r}")
    return tuple(values)


def _values_from_uri(path_template: str, uri: str) -> list[str]:
    path = urlsplit(uri).path
    prefix = _VERSION_PREFIX.match(path)
    template_prefix = _VERSION_PREFIX.match(path_template)
    if prefix is None or template_prefix is None or prefix.group(0) != template_prefix.group(0):
        raise ConfigurationError(f"{uri!r} is not a resource URI of {path_template!r}")
    segments = [s for s in path[prefix.end() :].split("/") if s]
    template = [s for s in path_template[template_prefix.end() :].split("/") if s]
    if not template or not segments:
        raise ConfigurationError(f"{uri!r} is not a resource URI of {path_template!r}")
    # An optional namespace segment precedes the resource name.
    if segments[0] != template[0] and len(segments) > 1 and segments[1] == template[0]:
        segments = segments[1:]
    values: list[str] = []
    index = 0
    for position, part in enumerate(template):
        if index >= len(segments):
            break
        if _PARAMETER.match(part) is None:
            if segments[index] != part:
                raise ConfigurationError(f"{uri!r} is not a resource URI of {path_template!r}")
            index += 1
            continue
        if any(_PARAMETER.match(p) for p in template[position + 1 :]):
            values.append(segments[index])
            index += 1
            continue
        # The last parameter takes every segment up to the next literal (names may contain '/').
        following = template[position + 1] if position + 1 < len(template) else None
        stop = len(segments)
        if following is not None and following in segments[index + 1 :]:
            stop = segments.index(following, index + 1)
        values.append("/".join(segments[index:stop]))
        index = stop
    if not values:
        raise ConfigurationError(f"{uri!r} is not a resource URI of {path_template!r}")
    return values
