# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping, Sequence
from enum import StrEnum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, Protocol, Self, TypeVar

from attrs import define

# Re-exported: the endpoint modules and the handwritten client import them from here.
from ._timestamps import format_timestamp, parse_timestamp


class Unset:
    """The type of ``UNSET``: an argument or attribute that was not given (nothing is sent for it)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class DockerCloudError(Exception):
    """Base class of every error raised by the client (re-exported by ``dockercloud_client.errors``)."""


class InvalidValueError(DockerCloudError, ValueError):
    """A value given to the client is not one the API accepts: an unknown enum string, a mapping with
    unknown or missing keys, or a value of the wrong kind where a model is expected.

    Attributes:
        argument: the argument or attribute, e.g. ``autorestart`` or ``container_ports[0].protocol``.
        value: the value that was given.
        allowed: the accepted values (enum strings or mapping keys), or ``()`` when not a closed set.
    """

    def __init__(self, message: str, *, argument: str, value: object, allowed: Sequence[str] = ()) -> None:
        self.argument = argument
        self.value = value
        self.allowed = tuple(allowed)
        super().__init__(message)


_JSON_TYPES = {dict: "object", list: "array", str: "string", int: "integer", float: "number", bool: "boolean"}


class DecodeError(DockerCloudError, ValueError):
    """A present attribute of a response has a JSON type the spec does not allow (or an identity
    attribute is missing). The client reports it as ``ResponseValidationError``.

    Attributes:
        path: where, from the outermost object, e.g. ``["objects", 3, "target_num_containers"]``.
        expected: what the spec promises, e.g. ``integer``.
        found: the JSON type that came, e.g. ``string``, or ``missing``.
    """

    def __init__(self, attribute: str | int, expected: str, value: object) -> None:
        self.path: list[str | int] = [attribute]
        self.expected = expected
        self.found = (
            "missing"
            if value is UNSET
            else "null"
            if value is None
            else _JSON_TYPES.get(type(value), type(value).__name__)
        )
        super().__init__()

    def inside(self, segment: str | int) -> "DecodeError":
        """Prefix the path with the attribute or list index that contains it."""
        self.path.insert(0, segment)
        return self

    @property
    def location(self) -> str:
        """The path as text: ``objects[3].target_num_containers``."""
        text = ""
        for segment in self.path:
            text += f"[{segment}]" if isinstance(segment, int) else (f".{segment}" if text else segment)
        return text

    def __str__(self) -> str:
        return f"{self.location}: expected {self.expected}, got {self.found}"


E = TypeVar("E", bound=StrEnum)


def enum_input(cls: type[E], value: E | str, argument: str) -> E:
    """An enum member from a member or its string value; an unknown string is refused.

    Raises:
        InvalidValueError: ``value`` is not one of the enum's values (they are listed).
    """
    if isinstance(value, cls):
        return value
    member = cls._value2member_map_.get(value) if isinstance(value, str) else None
    if member is None:
        allowed = [str(m.value) for m in cls]
        raise InvalidValueError(
            f"{argument}: {value!r} is not one of {', '.join(repr(a) for a in allowed)}",
            argument=argument,
            value=value,
            allowed=allowed,
        )
    return member  # type: ignore[return-value]


class _FromInput(Protocol):
    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = ...) -> Self: ...


M = TypeVar("M", bound=_FromInput)
V = TypeVar("V")
R = TypeVar("R")


def model_input(cls: type[M], value: M | Mapping[str, Any], argument: str) -> M:
    """A model from a model or a mapping with the API's keys (see ``from_input``)."""
    if isinstance(value, cls):
        return value
    if not isinstance(value, Mapping):
        raise InvalidValueError(
            f"{argument}: expected a {cls.__name__} or a mapping, got {type(value).__name__}",
            argument=argument,
            value=value,
        )
    return cls.from_input(value, argument)


def list_input(convert: Callable[[V, str], R], values: Sequence[V], argument: str) -> list[R]:
    """Convert every item of a sequence (not a lone string) with ``convert``."""
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Sequence):
        raise InvalidValueError(
            f"{argument}: expected a list, got {type(values).__name__}", argument=argument, value=values
        )
    return [convert(value, f"{argument}[{index}]") for index, value in enumerate(values)]


def build_from_input(cls: Callable[..., R], names: Mapping[str, str], data: Mapping[str, Any], argument: str) -> R:
    """Build a model from a mapping keyed by API names (attribute names are accepted too).

    Raises:
        InvalidValueError: a key is unknown, a required key is missing, or a value is refused.
    """
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        name = names.get(key)
        if name is None:
            raise InvalidValueError(
                f"{argument}: unknown key {key!r}; allowed: {', '.join(sorted(set(names.values())))}",
                argument=argument,
                value=dict(data),
                allowed=sorted(set(names.values())),
            )
        kwargs[name] = value
    try:
        return cls(**kwargs)
    except InvalidValueError as exc:
        exc.argument = f"{argument}.{exc.argument}"
        exc.args = (f"{argument}.{exc.args[0]}",)
        raise
    except TypeError as exc:  # a missing required attribute
        raise InvalidValueError(f"{argument}: {exc}", argument=argument, value=dict(data)) from None


def find_undocumented(value: object) -> DecodeError | None:
    """Strict mode: the first attribute the spec documents as always sent that a decoded object lacks
    (absent, or null where the spec does not allow null), searched through nested objects and lists.

    Returns:
        A DecodeError naming the attribute's path, or None when everything documented is there.
    """
    documented = getattr(type(value), "_DOCUMENTED", None)
    names = getattr(type(value), "_INPUT_NAMES", None)
    if names is None:
        return None
    for api_name, attribute, nullable in documented or ():
        if api_name in getattr(value, "_absent", ()):
            return DecodeError(api_name, "a documented attribute", UNSET)
        if not nullable and getattr(value, attribute) is None:
            return DecodeError(api_name, "a documented non-null value", None)
    api_names: dict[str, str] = {}
    for api_name, attribute in names.items():
        api_names.setdefault(attribute, api_name)
    for attribute, api_name in api_names.items():
        child = getattr(value, attribute)
        items = enumerate(child) if isinstance(child, list) else ((None, child),)
        for index, item in items:
            problem = find_undocumented(item)
            if problem is not None:
                if index is not None:
                    problem.inside(index)
                return problem.inside(api_name)
    return None


def compact_repr(obj: object, names: Sequence[str], more: bool) -> str:
    """``Service(uuid='…', name='web', state=Running, …)``: the given attributes that have a value, enums
    bare; ``…`` when the object has other attributes (``to_dict()`` shows everything)."""
    parts = []
    for name in names:
        value = getattr(obj, name)
        if value is None or value is UNSET:
            continue
        parts.append(f"{name}={value.value if isinstance(value, StrEnum) else repr(value)}")
    if more:
        parts.append("…")
    return f"{type(obj).__name__}({', '.join(parts)})"


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "DecodeError",
    "DockerCloudError",
    "File",
    "FileTypes",
    "InvalidValueError",
    "RequestFiles",
    "Response",
    "Unset",
    "build_from_input",
    "compact_repr",
    "enum_input",
    "find_undocumented",
    "format_timestamp",
    "list_input",
    "model_input",
    "parse_timestamp",
]
