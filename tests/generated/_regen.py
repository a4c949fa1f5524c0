"""``generator/regen.py`` loaded as a module (it is a script, not part of a package), and the edited copy
of the spec that the regeneration tests generate from (the ``edited_package`` fixture of conftest.py)."""

from __future__ import annotations

import copy
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.spec_conformance import spec_copy

ROOT = Path(__file__).resolve().parents[2]


def load_regen(name: str = "regen") -> ModuleType:
    """A fresh copy of ``generator/regen.py`` as a module called ``name``."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "generator" / "regen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: The summary edit: the method docstring in ``api/services/__init__.py`` holds the summary.
OLD_SUMMARY = "List all services"
NEW_SUMMARY = "List every service"


@dataclass(frozen=True)
class EditedPackage:
    """``dockercloud_api`` generated from an edited spec.

    Attributes:
        spec: the edited spec.
        site: the folder to put first on ``PYTHONPATH`` (it holds ``dockercloud_api``).
        package: the generated ``dockercloud_api`` folder.
    """

    spec: dict[str, Any]
    site: Path
    package: Path


def added_operation(operation_id: str, tag: str) -> dict[str, Any]:
    """An operation as CONTRIBUTING.md asks (operationId <tag>_<method>, namespace flag, responses)."""
    return {
        "operationId": operation_id,
        "tags": [tag],
        "summary": "An operation added by the test",
        "x-dockercloud-namespaced": True,
        "security": [{"basicAuth": []}],
        "responses": {
            "200": {
                "description": "The service.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Service"}}},
            },
            "404": {"$ref": "#/components/responses/NotFound"},
        },
    }


def edited_spec() -> dict[str, Any]:
    """The spec with the services list's summary changed and two operations added (CONTRIBUTING.md step 1)."""
    spec = spec_copy()
    services_list = spec["paths"]["/api/app/v1/service/"]["get"]
    assert services_list["summary"] == OLD_SUMMARY
    services_list["summary"] = NEW_SUMMARY
    uuid = {"name": "uuid", "in": "path", "required": True, "schema": {"type": "string"}}
    spec["paths"]["/api/app/v1/service/{uuid}/health/"] = {
        "parameters": [copy.deepcopy(uuid)],
        "get": added_operation("services_health", "services"),  # an existing tag
    }
    spec["paths"]["/api/app/v1/gadget/{uuid}/"] = {
        "parameters": [copy.deepcopy(uuid)],
        "get": added_operation("gadgets_get", "gadgets"),  # a new tag
    }
    return spec
