"""Identifiers are data, never paths (design decision 12): the one place that turns what a caller
passed (uuid, name, composite name, resource URI) into the path of a request, for REST and streams.

Docker Cloud paths look like ``/api/<subsystem>/v1/[<namespace>/]<resource>/<id>/[...]``. Every
value that goes into a path is checked to be exactly one segment: not empty, not ``.`` or ``..``,
without ``/`` (except between the parts of a composite parameter such as a repository's
``registry.local/user/image``), ``\\``, ``?``, ``#``, ``%``, whitespace, control or invisible
format characters, and then percent-encoded. So no identifier can climb out of its operation's
path (httpx, like browsers, resolves ``..``), add a query, or pick another namespace.

A resource URI is matched against the operation's own path template; the namespace it names is
used for the request, and must be the client's own namespace when the client is bound to one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from .errors import InvalidIdentifierError

__all__ = [
    "PathValue",
    "ResolvedPath",
    "build_path",
    "check_segment",
    "is_resource_uri",
    "parameter_names",
    "resolve_path",
]

_VERSION_PREFIX = re.compile(r"^/api/([^/]+)/v1/")
_PARAMETER = re.compile(r"^\{([^}]+)\}$")
#: Characters that end a path segment or change how a URL is read, besides control characters.
_FORBIDDEN = frozenset("/\\?#%")
#: Unicode categories refused in a segment: control, format (zero-width, bidi), separators, surrogates.
_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp", "Zs"})
#: Longest accepted segment: far above any real name or uuid, low enough to keep URLs sane.
MAX_SEGMENT_LENGTH = 255
#: Segments made only of these ASCII characters (every uuid and usual name) are safe without the
#: per-character Unicode checks below: the fast path of ``check_segment`` on every request.
_PLAIN_SEGMENT = re.compile(rf"[A-Za-z0-9._~:@!$&'()*+,;=-]{{1,{MAX_SEGMENT_LENGTH}}}")
#: Resources whose URIs the docs also show under another subsystem (``/api/app/v1/<ns>/action/<uuid>/``).
_ANY_SUBSYSTEM = frozenset({"action"})


class PathValue(str):
    """A checked path parameter value that remembers the namespace of the resource URI it came from.

    ``Runtime.path_values`` returns these; the generated ``_get_kwargs`` passes them on untouched
    in ``path_params``, so the request is built in the namespace the URI named.

    Attributes:
        namespace: the namespace segment of the resource URI, or None.
    """

    namespace: str | None

    def __new__(cls, value: str, namespace: str | None = None) -> PathValue:
        """Wrap ``value`` (already checked) with the namespace of its URI."""
        instance = super().__new__(cls, value)
        instance.namespace = namespace
        return instance


@dataclass(frozen=True)
class ResolvedPath:
    """An operation's path parameters, checked, and the namespace the request goes to.

    Attributes:
        template: the operation's path template, without the namespace segment.
        values: one checked value per path parameter (a composite one may hold ``/``).
        namespace: the namespace segment to insert, or None (also for operations without one).
    """

    template: str
    values: tuple[str, ...]
    namespace: str | None

    def path(self) -> str:
        """The percent-encoded path, with the namespace segment after ``/v1/`` when there is one."""
        return build_path(self.template, self.values, self.namespace)


def check_segment(value: object, what: str = "identifier") -> str:
    """Return ``value`` as a string if it is exactly one safe path segment, else raise.

    Args:
        value: the value (a ``str``, or an ``int`` such as a count).
        what: what the value is, for the error message.

    Raises:
        InvalidIdentifierError: empty, ``.``/``..``, too long, or holding a forbidden character.
    """
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InvalidIdentifierError(f"{what} must be a string, got {type(value).__name__}")
    text = str(value)
    if _PLAIN_SEGMENT.fullmatch(text) and text not in (".", ".."):
        return text
    if not text:
        raise InvalidIdentifierError(f"{what} must not be empty")
    if text in (".", ".."):
        raise InvalidIdentifierError(f"{what} must not be {text!r}")
    if len(text) > MAX_SEGMENT_LENGTH:
        raise InvalidIdentifierError(f"{what} is longer than {MAX_SEGMENT_LENGTH} characters")
    for ch in text:
        if ch in _FORBIDDEN or unicodedata.category(ch) in _FORBIDDEN_CATEGORIES or ch.isspace():
            raise InvalidIdentifierError(f"{what} {_shown(text)} must not contain {_shown(ch)}")
    return text


def is_resource_uri(value: str) -> bool:
    """Whether ``value`` is given as a resource URI (``/api/...`` path or an absolute URL) rather than an id."""
    return value.startswith(("/", "http://", "https://"))


def resolve_path(
    template: str,
    args: Sequence[object | None],
    *,
    namespace: str | None,
    namespaced: bool,
    composite: Collection[str] = (),
) -> ResolvedPath:
    """Check what a caller passed for an operation's path parameters, and where the request goes.

    Each parameter takes its plain value. Besides:

    * the first argument may be a resource URI (``/api/app/v1/[ns/]service/<uuid>/``, or an absolute
      URL; only its path is used) matching the start of ``template``: it gives the leading
      parameters, e.g. both uuids of a trigger's URI, and its namespace; later arguments give
      the rest;
    * the last given argument may hold the remaining parameters joined by ``/``
      (``"digitalocean/lon1"`` for provider and name);
    * a ``composite`` parameter (the last one of its template) may hold ``/`` between its parts.

    Args:
        template: the operation's path template, e.g. ``/api/app/v1/service/{uuid}/start/``.
        args: the caller's arguments, one per path parameter, None where omitted.
        namespace: the client's namespace, or None for the authenticated user's.
        namespaced: whether the operation takes a namespace segment.
        composite: names of parameters whose value may contain ``/``.

    Returns:
        The checked values and the namespace (None when the operation is not namespaced).

    Raises:
        InvalidIdentifierError: a value is not a safe segment, arguments are missing or left
            over, a URI does not match ``template``, or it names another namespace than the bound one.
    """
    names = parameter_names(template)
    given = list(args[: len(names)])
    while given and given[-1] is None:
        given.pop()
    if len(args) > len(names) and any(arg is not None for arg in args[len(names) :]):
        raise InvalidIdentifierError(f"{template} takes {len(names)} path parameter(s), got {list(args)!r}")
    if any(arg is None for arg in given):
        raise InvalidIdentifierError(f"path parameters {names} must be given in order without gaps")
    values: list[str] = []
    uri_namespace: str | None = None
    if given and isinstance(given[0], str) and is_resource_uri(given[0]):
        values, uri_namespace = _values_from_uri(template, given[0], names, composite)
        given = given[1:]
    for position, arg in enumerate(given):
        index = len(values)
        if index >= len(names):
            raise InvalidIdentifierError(f"{template} takes {len(names)} path parameter(s), got {list(args)!r}")
        last_given = position == len(given) - 1
        if last_given and isinstance(arg, str) and "/" in arg:
            values.extend(_split_remaining(arg, names[index:], composite))
        else:
            values.append(_check(arg, names[index], composite))
    if len(values) != len(names):
        raise InvalidIdentifierError(f"expected values for {names} of {template}, got {list(args)!r}")
    return ResolvedPath(template, tuple(values), _namespace(namespace, uri_namespace, namespaced))


def build_path(template: str, values: Sequence[str], namespace: str | None = None) -> str:
    """Fill a path template with checked values, each part percent-encoded, and the namespace.

    Args:
        template: a path template such as ``/api/app/v1/service/{uuid}/``.
        values: one value per parameter, as :func:`resolve_path` returns them.
        namespace: the namespace segment to insert after ``/v1/``, or None.

    Raises:
        InvalidIdentifierError: the namespace is not a safe segment, or the counts differ.
    """
    parts = template.split("/")
    names = parameter_names(template)
    if len(values) != len(names):
        raise InvalidIdentifierError(f"expected {len(names)} value(s) for {template}, got {len(values)}")
    filled = iter(values)
    out = [
        "/".join(quote(part, safe="") for part in next(filled).split("/")) if _PARAMETER.match(p) else p for p in parts
    ]
    path = "/".join(out)
    if namespace is None:
        return path
    prefix = _VERSION_PREFIX.match(path)
    if prefix is None:
        raise InvalidIdentifierError(f"cannot apply a namespace to {template!r}: no /api/<subsystem>/v1/ prefix")
    return f"{prefix.group(0)}{quote(check_segment(namespace, 'namespace'), safe='')}/{path[prefix.end() :]}"


def parameter_names(template: str) -> list[str]:
    """The names of a path template's parameters, in order."""
    return [m.group(1) for segment in template.split("/") if (m := _PARAMETER.match(segment))]


def _shown(text: str) -> str:
    """A value for an error message: printable, and short."""
    shown = ascii(text)
    return shown if len(shown) <= 80 else shown[:77] + "..."


def _check(value: object, name: str, composite: Collection[str]) -> str:
    """One parameter's value: one segment, or several ``/``-separated ones if it is composite."""
    if name in composite and isinstance(value, str):
        for part in value.split("/"):
            check_segment(part, f"part of {name}")
        return value
    return check_segment(value, name)


def _split_remaining(value: str, names: Sequence[str], composite: Collection[str]) -> list[str]:
    """``"digitalocean/lon1"`` for the parameters ``provider`` and ``name``."""
    if len(names) == 1:
        return [_check(value, names[0], composite)]
    parts = value.split("/", len(names) - 1)
    if len(parts) != len(names):
        raise InvalidIdentifierError(f"{_shown(value)} does not give the {len(names)} parameters {list(names)}")
    return [_check(part, name, composite) for part, name in zip(parts, names, strict=True)]


def _namespace(bound: str | None, from_uri: str | None, namespaced: bool) -> str | None:
    if not namespaced:
        return None
    if from_uri is not None and bound is not None and from_uri != bound:
        raise InvalidIdentifierError(
            f"the resource URI is in namespace {from_uri!r} but this client is bound to {bound!r}; "
            f"use client.with_namespace({from_uri!r}) to reach it"
        )
    namespace = from_uri if from_uri is not None else bound
    return None if namespace is None else check_segment(namespace, "namespace")


def _values_from_uri(
    template: str, uri: str, names: Sequence[str], composite: Collection[str]
) -> tuple[list[str], str | None]:
    """The leading parameters and the namespace named by a resource URI of ``template``."""
    if any(ch.isspace() or unicodedata.category(ch) == "Cc" for ch in uri):
        raise InvalidIdentifierError(f"resource URI {_shown(uri)} must not contain whitespace or control characters")
    parts = urlsplit(uri)
    if parts.query or parts.fragment or "%" in parts.path or "\\" in parts.path:
        raise InvalidIdentifierError(f"{_shown(uri)} is not a plain resource URI (query, fragment or escapes)")
    prefix = _VERSION_PREFIX.match(parts.path)
    template_prefix = _VERSION_PREFIX.match(template)
    if prefix is None or template_prefix is None:
        raise InvalidIdentifierError(f"{_shown(uri)} is not a resource URI of {template}")
    segments = parts.path[prefix.end() :].split("/")
    if segments and segments[-1] == "":
        segments.pop()
    pattern = [p for p in template[template_prefix.end() :].split("/") if p]
    same_subsystem = prefix.group(1) == template_prefix.group(1) or (pattern and pattern[0] in _ANY_SUBSYSTEM)
    if not same_subsystem or not pattern:
        raise InvalidIdentifierError(f"{_shown(uri)} is not a resource URI of {template}")
    # Without a namespace segment first; then with one (``/api/app/v1/<ns>/service/<uuid>/``).
    candidates: list[tuple[str | None, list[str]]] = [(None, segments)]
    if len(segments) > 1:
        candidates.append((segments[0], segments[1:]))
    for namespace, rest in candidates:
        values = _match(pattern, rest, composite)
        if values:
            if namespace is not None:
                check_segment(namespace, "namespace of the resource URI")
            return values, namespace
    raise InvalidIdentifierError(f"{_shown(uri)} is not a resource URI of {template} (parameters {list(names)})")


def _match(pattern: Sequence[str], segments: Sequence[str], composite: Collection[str]) -> list[str] | None:
    """Values of the leading parameters if ``segments`` is the start of ``pattern`` (None if not).

    The URI may stop early (an object's URI for one of its sub-operations) but never go beyond or
    away from the template; a composite parameter takes every segment up to the template's tail.
    """
    values: list[str] = []
    index = 0
    for position, part in enumerate(pattern):
        if index >= len(segments):
            break
        parameter = _PARAMETER.match(part)
        if parameter is None:
            if segments[index] != part:
                return None
            index += 1
            continue
        name = parameter.group(1)
        if name in composite:
            tail = list(pattern[position + 1 :])
            stop = len(segments)
            if tail and list(segments[-len(tail) :]) == tail:
                stop -= len(tail)
            value = "/".join(segments[index:stop])
            index = stop
        else:
            value = segments[index]
            index += 1
        try:
            values.append(_check(value, name, composite))
        except InvalidIdentifierError:
            return None
    if index < len(segments) or not values:
        return None
    return values
