"""Validation of JSON request bodies and query parameters, with helpful 400 messages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dockercloud_api.inputs import REQUEST_BODIES

from .errors import ApiError


@dataclass(frozen=True)
class F:
    """One field: ``kind`` is str/name/int/bool/list/dict/any; ``item`` describes list items.

    A ``name`` is a string without control characters (names, nicknames, images, keys: anything
    that is shown, matched or used as an identifier). ``max_items`` bounds a list, ``min_length`` a string.
    """

    kind: str
    required: bool = False
    enum: tuple[str, ...] = ()
    item: F | Schema | None = None
    nullable: bool = False
    minimum: int | None = None
    maximum: int | None = None
    max_items: int | None = None
    min_length: int | None = None


@dataclass(frozen=True)
class Schema:
    """An object with named fields; unknown fields are ignored (like the real API)."""

    fields: dict[str, F | Schema] = field(default_factory=dict)


_TYPE_NAMES = {
    "str": "a string",
    "name": "a string",
    "int": "an integer",
    "bool": "a boolean",
    "list": "a list",
    "dict": "an object",
}


def _control_character(text: str) -> str | None:
    """The first control character (C0, DEL or C1) of ``text``, if any."""
    for char in text:
        if char < " " or "\x7f" <= char <= "\x9f":
            return char
    return None


def _check(value: Any, spec: F | Schema, where: str) -> Any:
    if isinstance(spec, Schema):
        return validate_object(value, spec, where)
    if value is None:
        if spec.nullable:
            return None
        raise ApiError(400, f"Invalid value for '{where}': must not be null.")
    ok = {
        "str": isinstance(value, str),
        "name": isinstance(value, str),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "bool": isinstance(value, bool),
        "list": isinstance(value, list),
        "dict": isinstance(value, dict),
        "any": True,
    }[spec.kind]
    if not ok:
        raise ApiError(400, f"Invalid value for '{where}': expected {_TYPE_NAMES[spec.kind]}, got {value!r}.")
    if spec.kind == "name" and (bad := _control_character(value)) is not None:
        raise ApiError(400, f"Invalid value for '{where}': control character {bad!r} is not allowed in a name.")
    if spec.min_length is not None and len(value) < spec.min_length:
        detail = "must not be empty" if spec.min_length == 1 else f"must be at least {spec.min_length} characters"
        raise ApiError(400, f"Invalid value for '{where}': {detail}.")
    if spec.max_items is not None and len(value) > spec.max_items:
        raise ApiError(400, f"Invalid value for '{where}': the emulator allows at most {spec.max_items} items.")
    if spec.enum and value not in spec.enum:
        raise ApiError(400, f"Invalid value for '{where}': {value!r} is not one of {', '.join(spec.enum)}.")
    if spec.minimum is not None and value < spec.minimum:
        raise ApiError(400, f"Invalid value for '{where}': must be at least {spec.minimum}.")
    if spec.maximum is not None and value > spec.maximum:
        raise ApiError(400, f"Invalid value for '{where}': the emulator allows at most {spec.maximum}.")
    if spec.kind == "list" and spec.item is not None:
        return [_check(v, spec.item, f"{where}[{i}]") for i, v in enumerate(value)]
    return value


def validate_object(body: Any, schema: Schema, where: str = "body") -> dict[str, Any]:
    """Check ``body`` against ``schema``; returns the known fields (400 on the first problem)."""
    if not isinstance(body, dict):
        raise ApiError(400, f"Invalid {where}: expected a JSON object.")
    out: dict[str, Any] = {}
    for name, spec in schema.fields.items():
        path = name if where == "body" else f"{where}.{name}"
        if name not in body:
            if isinstance(spec, F) and spec.required:
                raise ApiError(400, f"Missing required field '{path}'.")
            continue
        out[name] = _check(body[name], spec, path)
    return out


#: emulator limits (each container and node is a real object in memory)
MAX_CONTAINERS = 200
MAX_NODES = 50
MAX_STACK_SERVICES = 100

# The body schemas are the spec's (``dockercloud_api.inputs``, generated); what the spec leaves open
# and the emulator decides is below, by property name (and, for nulls, by the spec's schema name).

#: Strings that name, identify or are shown (no control characters); other strings are free text
#: (an environment variable's value, a command, a path) and keep theirs.
NAME_PROPERTIES = frozenset({"image", "name", "nickname", "key", "to_service", "node_type", "region", "username"})

#: ``(minimum, maximum)`` the emulator holds numbers to (``None``: no bound).
NUMBER_BOUNDS: dict[str, tuple[int | None, int | None]] = {
    "target_num_containers": (0, MAX_CONTAINERS),
    "target_num_nodes": (0, MAX_NODES),
    "cpu_shares": (0, None),
    "memory": (0, None),
    "disk": (1, None),
    "inner_port": (1, None),
    "outer_port": (0, None),  # 0: no fixed published port (the Go SDK always sends it)
}

#: Lists the emulator bounds below the general limit of ``Limits.max_list_items``.
MAX_ITEMS = {"services": MAX_STACK_SERVICES}

#: ``null`` accepted as "not given" beyond the spec's ``nullable``, by schema: what the official SDKs
#: and the docker-cloud CLI send for an option the user left out.
NULL_AS_OMITTED = {
    "PortSpec": frozenset({"outer_port"}),
    "LinkSpec": frozenset({"name"}),
    "BindingSpec": frozenset({"host_path", "container_path", "volumes_from"}),
    "RepositoryCreate": frozenset({"username", "password"}),
    "RepositoryUpdate": frozenset({"username", "password"}),
    "ServiceUpdate": frozenset({"run_command", "entrypoint"}),
    "StackServiceUpdate": frozenset({"run_command", "entrypoint"}),
}

#: Schemas whose required properties the handler checks itself: the Go SDK sends
#: ``{"vpc": {"id": ""}, "iam": {}}`` for options the user did not set, which are dropped first.
REQUIRED_CHECKED_BY_HANDLER = frozenset({"ProviderOptionsVpc", "ProviderOptionsIam"})

_KINDS = {"string": "str", "integer": "int", "boolean": "bool", "array": "list", "object": "dict"}


def from_spec(schema: Mapping[str, Any], name: str = "", owner: str = "", required: bool = False) -> F | Schema:
    """The check of one schema of ``dockercloud_api.inputs`` (the property ``name`` of schema ``owner``)."""
    if schema.get("type") == "object" and "properties" in schema:
        component = schema.get("x-dockercloud-schema", "")
        needed = () if component in REQUIRED_CHECKED_BY_HANDLER else schema.get("required", ())
        return Schema(
            {prop: from_spec(sub, prop, component, prop in needed) for prop, sub in schema["properties"].items()}
        )
    kind = _KINDS[schema["type"]]
    minimum, maximum = NUMBER_BOUNDS.get(name, (schema.get("minimum"), schema.get("maximum")))
    return F(
        "name" if kind == "str" and name in NAME_PROPERTIES else kind,
        required=required,
        enum=tuple(schema.get("enum", ())),
        item=from_spec(schema["items"]) if "items" in schema else None,
        nullable=bool(schema.get("nullable")) or name in NULL_AS_OMITTED.get(owner, ()),
        minimum=minimum,
        maximum=maximum,
        max_items=MAX_ITEMS.get(name, schema.get("maxItems")),
        min_length=schema.get("minLength"),
    )


def _body_schema(operation_id: str) -> Schema:
    built = from_spec(REQUEST_BODIES[operation_id])
    assert isinstance(built, Schema), operation_id  # every request body of the spec is an object
    return built


#: The check of each operation's JSON body, by operationId.
BODY_SCHEMAS: Mapping[str, Schema] = {operation_id: _body_schema(operation_id) for operation_id in REQUEST_BODIES}


def parse_bool(value: str, name: str) -> bool:
    """Parse a ``true``/``false`` query value."""
    lowered = value.strip().lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise ApiError(400, f"Invalid value for query parameter '{name}': {value!r} is not true or false.")


def parse_int(value: str, name: str, minimum: int, maximum: int | None = None) -> int:
    """Parse an integer query value within bounds."""
    try:
        number = int(value)
    except ValueError:
        raise ApiError(400, f"Invalid value for query parameter '{name}': {value!r} is not an integer.") from None
    if number < minimum or (maximum is not None and number > maximum):
        bounds = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
        raise ApiError(400, f"Invalid value for query parameter '{name}': must be {bounds}.")
    return number
