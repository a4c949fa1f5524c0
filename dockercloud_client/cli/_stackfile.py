"""Reading stackfiles (``docker-cloud.yml``): service name → definition, with ``${VAR}`` interpolation.

As the docker-cloud CLI did: without ``-f`` the current folder and its parents are searched for
``docker-cloud.yml``, ``tutum.yml`` or ``docker-compose.yml`` (``.yaml`` too), plus its
``.override.`` variant; several files are merged, a later file's keys replacing an earlier one's.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import click
import yaml

from ._service_spec import BadDefinition, read_definition_file

NAMES = ("docker-cloud", "tutum", "docker-compose")
#: Values (strings, numbers, lists, mappings) one stackfile may expand to. YAML aliases let a few lines
#: stand for billions of values (each alias of an alias multiplies), which the interpolation would copy
#: and the request would send; legitimate anchors (a shared ``environment``) stay far below this.
MAX_VALUES = 100_000
#: ``$$`` (a literal dollar), ``${NAME}``, ``${NAME:-default}``, ``${NAME-default}`` or ``$NAME``.
_VARIABLE = re.compile(r"\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))")


def discover(start: Path) -> list[Path]:
    """The stackfile (and its override) in ``start`` or the nearest parent that has one."""
    for folder in (start, *start.parents):
        for name in NAMES:
            for suffix in (".yml", ".yaml"):
                path = folder / f"{name}{suffix}"
                if path.is_file():
                    override = folder / f"{name}.override{suffix}"
                    return [path, override] if override.is_file() else [path]
    raise BadDefinition(f"no stackfile ({', '.join(n + '.yml' for n in NAMES)}) in {start} or its parents; use -f")


def load(paths: Sequence[Path], environ: Mapping[str, str] | None = None) -> dict[str, dict[str, Any]]:
    """The merged services of the stackfiles ``paths`` (discovered from the current folder if empty)."""
    env = os.environ if environ is None else environ
    merged: dict[str, dict[str, Any]] = {}
    for path in paths or discover(Path.cwd()):
        for name, entry in _read(path, env).items():
            merged.setdefault(name, {}).update(entry)
    if not merged:
        raise BadDefinition("the stackfile defines no service")
    return merged


def _read(path: Path, environ: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    text = read_definition_file(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise BadDefinition(f"{path} is not valid YAML: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise BadDefinition(f"{path}: a stackfile maps service names to definitions")
    left = [MAX_VALUES]
    return {str(name): _interpolate(entry, environ, path, left) for name, entry in data.items()}


def _interpolate(value: Any, environ: Mapping[str, str], path: Path, left: list[int]) -> Any:
    """Replace variables in every string of ``value``; an unset variable becomes empty, with a warning.

    ``left[0]``: how many more values the stackfile may expand to (see ``MAX_VALUES``).
    """
    left[0] -= 1
    if left[0] < 0:
        raise BadDefinition(f"{path}: expands to more than {MAX_VALUES:,} values (YAML aliases of aliases?)")
    if isinstance(value, str):

        def replace(match: re.Match[str]) -> str:
            escaped, braced, operator, default, bare = match.groups()
            if escaped:
                return "$"
            name = braced or bare
            current = environ.get(name)
            if operator and (current is None or (operator == ":-" and current == "")):
                return str(default)
            if current is None:
                click.echo(f"warning: {path}: {name} is not set; using an empty string", err=True)
                return ""
            return current

        return _VARIABLE.sub(replace, value)
    if isinstance(value, list):
        return [_interpolate(v, environ, path, left) for v in value]
    if isinstance(value, dict):
        return {k: _interpolate(v, environ, path, left) for k, v in value.items()}
    return value


def dump(stackfile: Mapping[str, Any]) -> str:
    """A stackfile (as the export operation answers it) written as YAML."""
    return yaml.safe_dump(dict(stackfile), sort_keys=False, default_flow_style=False)
