"""Validation of JSON request bodies and query parameters, with helpful 400 messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError


@dataclass(frozen=True)
class F:
    """One field: ``kind`` is str/name/int/bool/list/dict/any; ``item`` describes list items.

    A ``name`` is a string without control characters (names, nicknames, images, keys: anything
    that is shown, matched or used as an identifier). ``max_items`` bounds a list.
    """

    kind: str
    required: bool = False
    enum: tuple[str, ...] = ()
    item: F | Schema | None = None
    nullable: bool = False
    minimum: int | None = None
    maximum: int | None = None
    max_items: int | None = None


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

TAG = Schema({"name": F("name", required=True)})
PORT = Schema(
    {
        "protocol": F("str", required=True, enum=("tcp", "udp")),
        "inner_port": F("int", required=True, minimum=1),
        "outer_port": F("int", nullable=True, minimum=0),  # 0: no fixed published port (the Go SDK)
        "published": F("bool"),
    }
)
ENVVAR = Schema({"key": F("name", required=True), "value": F("str", required=True)})
LINK = Schema({"to_service": F("name", required=True), "name": F("name", nullable=True)})
BINDING = Schema(
    {
        "host_path": F("str", nullable=True),
        "container_path": F("str", nullable=True),
        "rewritable": F("bool"),
        "volumes_from": F("str", nullable=True),
    }
)

_SERVICE_COMMON = {
    "target_num_containers": F("int", minimum=0, maximum=MAX_CONTAINERS),
    "run_command": F("str", nullable=True),
    "entrypoint": F("str", nullable=True),
    "container_ports": F("list", item=PORT),
    "container_envvars": F("list", item=ENVVAR),
    "linked_to_service": F("list", item=LINK),
    "autorestart": F("str", enum=("OFF", "ON_FAILURE", "ALWAYS")),
    "autodestroy": F("str", enum=("OFF", "ON_SUCCESS", "ALWAYS")),
    "sequential_deployment": F("bool"),
    "roles": F("list", item=F("str", enum=("global",))),
    "privileged": F("bool"),
    "deployment_strategy": F("str", enum=("EMPTIEST_NODE", "HIGH_AVAILABILITY", "EVERY_NODE")),
    "tags": F("list", item=TAG),
    "autoredeploy": F("bool"),
    "net": F("str", enum=("bridge", "host")),
    "pid": F("str", enum=("none", "host")),
    "working_dir": F("str"),
    "nickname": F("name"),
}

SERVICE_CREATE = Schema(
    {"image": F("name", required=True), "name": F("name"), "bindings": F("list", item=BINDING), **_SERVICE_COMMON}
)
SERVICE_UPDATE = Schema(
    {"image": F("name"), "cpu_shares": F("int", minimum=0), "memory": F("int", minimum=0), **_SERVICE_COMMON}
)
STACK_SERVICE_UPDATE = Schema({"name": F("name"), **SERVICE_UPDATE.fields})
STACK_CREATE = Schema(
    {
        "name": F("name", required=True),
        "nickname": F("name"),
        "services": F("list", item=SERVICE_CREATE, max_items=MAX_STACK_SERVICES),
    }
)
STACK_UPDATE = Schema({"services": F("list", item=STACK_SERVICE_UPDATE, max_items=MAX_STACK_SERVICES)})

PROVIDER_OPTIONS = Schema(
    {
        # ids are checked after empty option objects are dropped (rest/node_clusters.py)
        "vpc": Schema(
            {
                "id": F("str"),
                "subnets": F("list", item=F("str")),
                "security_groups": F("list", item=F("str")),
            }
        ),
        "iam": Schema({"instance_profile_name": F("str")}),
    }
)
NODECLUSTER_CREATE = Schema(
    {
        "name": F("name", required=True),
        "node_type": F("name", required=True),
        "region": F("name", required=True),
        "disk": F("int", minimum=1),
        "nickname": F("name"),
        "target_num_nodes": F("int", minimum=0, maximum=MAX_NODES),
        "tags": F("list", item=TAG),
        "provider_options": PROVIDER_OPTIONS,
    }
)
NODECLUSTER_UPDATE = Schema({"target_num_nodes": F("int", minimum=0, maximum=MAX_NODES), "tags": F("list", item=TAG)})
NODE_UPDATE = Schema({"nickname": F("name"), "tags": F("list", item=TAG)})
REPOSITORY_CREATE = Schema(
    {"name": F("name", required=True), "username": F("name", nullable=True), "password": F("str", nullable=True)}
)
REPOSITORY_UPDATE = Schema({"username": F("name", nullable=True), "password": F("str", nullable=True)})
TRIGGER_CREATE = Schema({"name": F("name"), "operation": F("str", enum=("REDEPLOY", "SCALEUP"))})


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
