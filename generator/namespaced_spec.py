"""The companion spec ``spec/openapi.namespaced.yaml``: the namespace as an ordinary path parameter.

``spec/openapi.yaml`` writes paths without the namespace and marks namespaced operations with
``x-dockercloud-namespaced: true``; a client inserts ``<namespace>/`` after ``/v1/`` itself. No
generator reads that extension, so ``make generate`` also writes this form, where the path of every
namespaced operation has a ``{namespace}`` segment after ``/v1/`` (a required path parameter: pass
the user name for one's own namespace). Operations that are never namespaced keep their paths.
Everything else is the main spec, unchanged; ``make check-generated`` fails when the file is stale.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
HEADER = (
    "# Generated from spec/openapi.yaml by generator/namespaced_spec.py: do not edit, run `make generate`.\n"
    "# The namespace is the path parameter {namespace} here (see the note at the top of info.description).\n"
)
NOTE = (
    "**Namespaced form** (generated from `spec/openapi.yaml`).  Every operation marked "
    "`x-dockercloud-namespaced: true` has a `{namespace}` path segment right after `/v1/`: a user "
    "name (one's own namespace) or an organization the user belongs to.  Use this document to "
    "generate a client whose calls take the namespace as an argument.\n\n"
)
NAMESPACE_PARAMETER = {
    "name": "namespace",
    "in": "path",
    "required": True,
    "description": (
        "The namespace: the authenticated user's name for their own objects, or an organization the "
        "user belongs to.  One path segment."
    ),
    "schema": {"type": "string", "minLength": 1, "pattern": "^[^/]+$"},
}
_AFTER_VERSION = re.compile(r"^(/api/[a-z]+/v1/)(.*)$")


def namespaced_path(path: str) -> str:
    """``/api/app/v1/service/`` -> ``/api/app/v1/{namespace}/service/``."""
    match = _AFTER_VERSION.match(path)
    if match is None:
        raise ValueError(f"{path}: no /v1/ segment to put the namespace after")
    return f"{match.group(1)}{{namespace}}/{match.group(2)}"


def namespaced_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with ``{namespace}`` in the path of every namespaced operation.

    A path item whose operations are all namespaced (or all not) moves (or stays) whole; one that
    mixes them is split in two, each keeping the path-level parameters.
    """
    result = copy.deepcopy(spec)
    result["info"]["description"] = NOTE + result["info"]["description"]
    paths: dict[str, Any] = {}
    for path, item in spec["paths"].items():
        common = {key: value for key, value in item.items() if key not in HTTP_METHODS}
        plain = {m: op for m, op in item.items() if m in HTTP_METHODS and not op["x-dockercloud-namespaced"]}
        spaced = {m: op for m, op in item.items() if m in HTTP_METHODS and op["x-dockercloud-namespaced"]}
        if plain:
            paths[path] = copy.deepcopy({**common, **plain})
        if spaced:
            moved = copy.deepcopy({**common, **spaced})
            moved["parameters"] = [NAMESPACE_PARAMETER, *moved.get("parameters", [])]
            paths[namespaced_path(path)] = moved
    result["paths"] = paths
    return result


def render(spec_text: str) -> str:
    """The companion document's text for the text of ``spec/openapi.yaml``."""
    # libyaml's parser where PyYAML has it (same data, ~6x faster); the pure dumper always: libyaml's
    # emitter folds long strings elsewhere, and the committed file must not depend on the machine.
    spec = yaml.load(spec_text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return HEADER + yaml.safe_dump(namespaced_spec(spec), sort_keys=False, allow_unicode=True, width=100)
