"""Service definitions written the stackfile way (``docker-cloud.yml``), turned into API request fields.

A stackfile maps service names to definitions with compose-like keys (``ports: ["8080:80"]``,
``environment``, ``links: ["db:DB"]``, ``volumes``, ...). ``service create/run/set`` options are
gathered into the same shape, so both go through :func:`api_fields`: one translation, one set of
checks. The result uses the API's field names and JSON values, ready for the request models'
``from_dict``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import attrs
import click
from attrs import AttrsInstance

from dockercloud_api.types import Unset
from dockercloud_client import models


class BadDefinition(click.ClickException):
    """A service definition (stackfile or options) the API cannot take: exit status 2."""

    exit_code = 2


def read_definition_file(path: Path) -> str:
    """The text of a stackfile or env file; one that cannot be read or is not UTF-8 is a :class:`BadDefinition`."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BadDefinition(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise BadDefinition(
            f"{path} is not UTF-8 text (byte {exc.object[exc.start]:#04x} at offset {exc.start})"
        ) from None


def _choices(enum: type[Any]) -> frozenset[str]:
    return frozenset(member.value for member in enum)


#: Keys whose value is one of an enum's values, and the API field each one sets.
ENUMS: dict[str, tuple[str, frozenset[str]]] = {
    "autorestart": ("autorestart", _choices(models.Autorestart)),
    "autodestroy": ("autodestroy", _choices(models.Autodestroy)),
    "deployment_strategy": ("deployment_strategy", _choices(models.DeploymentStrategy)),
    "net": ("net", _choices(models.NetworkMode)),
    "pid": ("pid", _choices(models.PidMode)),
}
#: Keys copied as they are, with the JSON type they must have, and the API field each one sets.
PLAIN: dict[str, tuple[str, type]] = {
    "image": ("image", str),
    "nickname": ("nickname", str),
    "target_num_containers": ("target_num_containers", int),
    "command": ("run_command", str),
    "entrypoint": ("entrypoint", str),
    "working_dir": ("working_dir", str),
    "autoredeploy": ("autoredeploy", bool),
    "sequential_deployment": ("sequential_deployment", bool),
    "privileged": ("privileged", bool),
    "cpu_shares": ("cpu_shares", int),
    "mem_limit": ("memory", int),
}
#: docker-compose's ``restart`` values, accepted for ``autorestart``.
RESTART = {"no": "OFF", "always": "ALWAYS", "on-failure": "ON_FAILURE"}
LISTS = ("ports", "expose", "environment", "links", "volumes", "volumes_from", "roles", "tags")
KNOWN = frozenset(ENUMS) | frozenset(PLAIN) | frozenset(LISTS) | {"restart"}


def api_fields(
    service: str,
    entry: Mapping[str, Any],
    *,
    service_ref: Callable[[str], str] = lambda name: name,
    environ: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The API request fields of one service definition.

    Args:
        service: the service's name (for messages).
        entry: the definition, with stackfile keys.
        service_ref: turns the name of a linked service (``links``, ``volumes_from``) into what the API
            takes: in a stack the sibling's name itself, elsewhere a service's resource URI.
        environ: fills list-form ``environment`` entries without ``=`` (default ``os.environ``).

    Raises:
        BadDefinition: an unknown key, a value of the wrong type or outside its choices.
    """
    unknown = sorted(set(entry) - KNOWN)
    if unknown:
        raise BadDefinition(f"service {service!r}: unsupported key(s) {', '.join(unknown)}")
    out: dict[str, Any] = {}
    for key, (api_name, kind) in PLAIN.items():
        if key in entry:
            value = entry[key]
            if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
                raise BadDefinition(f"service {service!r}: {key} must be a {kind.__name__}, not {value!r}")
            out[api_name] = value
    if "restart" in entry:
        if entry["restart"] not in RESTART:
            raise BadDefinition(f"service {service!r}: restart must be one of {', '.join(RESTART)}")
        out["autorestart"] = RESTART[entry["restart"]]
    for key, (api_name, choices) in ENUMS.items():
        if key in entry:
            if entry[key] not in choices:
                raise BadDefinition(f"service {service!r}: {key} must be one of {', '.join(sorted(choices))}")
            out[api_name] = entry[key]
    lists = {key: _list(service, key, entry[key]) for key in LISTS if key in entry and key != "environment"}
    if "ports" in lists or "expose" in lists:
        out["container_ports"] = _ports(service, lists.get("ports", []), lists.get("expose", []))
    if "environment" in entry:
        out["container_envvars"] = _environment(
            service, entry["environment"], os.environ if environ is None else environ
        )
    if "links" in lists:
        out["linked_to_service"] = [_link(link, service_ref) for link in lists["links"]]
    if "volumes" in lists or "volumes_from" in lists:
        out["bindings"] = [_volume(service, v) for v in lists.get("volumes", [])] + [
            {"volumes_from": service_ref(name)} for name in lists.get("volumes_from", [])
        ]
    if "roles" in lists:
        out["roles"] = lists["roles"]
    if "tags" in lists:
        out["tags"] = [{"name": tag} for tag in lists["tags"]]
    return out


def _list(service: str, key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str | int) and not isinstance(v, bool) for v in value):
        raise BadDefinition(f"service {service!r}: {key} must be a list of strings")
    return [str(v) for v in value]


def _ports(service: str, published: list[str], exposed: list[str]) -> list[dict[str, Any]]:
    """``[host:]port[/proto]`` (published) and ``port[/proto]`` (exposed only) as port specs."""
    ports: dict[tuple[int, str], dict[str, Any]] = {}
    for text in exposed:
        inner, protocol = _port(service, text)
        ports[(inner, protocol)] = {"protocol": protocol, "inner_port": inner, "published": False}
    for text in published:
        outer, _, rest = text.rpartition(":")
        inner, protocol = _port(service, rest)
        spec: dict[str, Any] = {"protocol": protocol, "inner_port": inner, "published": True}
        if outer:
            spec["outer_port"] = _number(service, outer, text)
        ports[(inner, protocol)] = spec  # a published port replaces the same port exposed
    return list(ports.values())


def _port(service: str, text: str) -> tuple[int, str]:
    number, _, protocol = text.partition("/")
    protocol = protocol or "tcp"
    if protocol not in _choices(models.PortProtocol):
        raise BadDefinition(f"service {service!r}: port {text!r}: protocol must be tcp or udp")
    return _number(service, number, text), protocol


def _number(service: str, text: str, whole: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise BadDefinition(f"service {service!r}: port {whole!r} is not [host:]port[/tcp|udp]")
    return int(text)


def _environment(service: str, value: Any, environ: Mapping[str, str]) -> list[dict[str, str]]:
    """A mapping, or a list of ``KEY=value`` / ``KEY`` (taken from ``environ``); later keys win."""
    pairs: dict[str, str] = {}
    if isinstance(value, Mapping):
        for key, val in value.items():
            pairs[str(key)] = "" if val is None else str(val)
    elif isinstance(value, list):
        for item in value:
            key, sep, val = str(item).partition("=")
            pairs[key] = val if sep else environ.get(key, "")
    else:
        raise BadDefinition(f"service {service!r}: environment must be a mapping or a list of KEY=value")
    if any(not key for key in pairs):
        raise BadDefinition(f"service {service!r}: an environment variable has no name")
    return [{"key": key, "value": val} for key, val in pairs.items()]


def _link(text: str, service_ref: Callable[[str], str]) -> dict[str, str]:
    """``service[:alias]``; without an alias the link is named after the service, as compose does."""
    target, _, alias = text.partition(":")
    return {"to_service": service_ref(target), "name": alias or target}


def _volume(service: str, text: str) -> dict[str, Any]:
    """``container_path``, ``host_path:container_path`` or either with ``:ro`` / ``:rw``."""
    parts = text.split(":")
    rewritable = True
    if len(parts) > 1 and parts[-1] in ("ro", "rw"):
        rewritable = parts.pop() == "rw"
    if len(parts) == 1 and parts[0]:
        return {"container_path": parts[0], "rewritable": rewritable}
    if len(parts) == 2 and all(parts):
        return {"host_path": parts[0], "container_path": parts[1], "rewritable": rewritable}
    raise BadDefinition(f"service {service!r}: volume {text!r} is not [host_path:]container_path[:ro|rw]")


B = TypeVar("B", bound=AttrsInstance)


def request_body(model: type[B], service: str, fields: Mapping[str, Any]) -> B:
    """``model`` (a request body) from API fields; a field it does not have is an error, not sent.

    Raises:
        BadDefinition: ``fields`` sets something this request cannot carry.
    """
    allowed = {a.name for a in attrs.fields(model) if a.init}  # not additional_properties, nor private state
    extra = sorted(set(fields) - allowed)
    if extra:
        raise BadDefinition(f"service {service!r}: {', '.join(extra)} cannot be set by this command")
    built: B = model.from_dict(fields)  # type: ignore[attr-defined]
    return built


def keywords(body: AttrsInstance) -> dict[str, Any]:
    """The fields a request body sets, as keyword arguments of the matching client method."""
    return {
        a.name: getattr(body, a.name)
        for a in attrs.fields(type(body))
        if a.init and not isinstance(getattr(body, a.name), Unset)
    }
