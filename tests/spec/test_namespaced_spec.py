"""The companion spec/openapi.namespaced.yaml: the namespace as a path parameter (issue 15)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.spec_conformance import load_yaml

SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"
METHODS = ("get", "post", "patch", "delete", "put")


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any], list[dict[str, Any]]]]:
    return {
        op["operationId"]: (path, op, item.get("parameters", []))
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


def test_namespaced_operations_take_the_namespace_as_a_path_parameter() -> None:
    plain = load_yaml(SPEC_DIR / "openapi.yaml")
    spaced = load_yaml(SPEC_DIR / "openapi.namespaced.yaml")
    before, after = _operations(plain), _operations(spaced)
    assert before.keys() == after.keys()
    namespaced = 0
    for operation_id, (path, op, parameters) in after.items():
        old_path, old_op, _ = before[operation_id]
        assert op == old_op, operation_id  # only the path and its parameters change
        if op["x-dockercloud-namespaced"]:
            namespaced += 1
            assert path == old_path.replace("/v1/", "/v1/{namespace}/", 1), operation_id
            assert parameters[0]["name"] == "namespace" and parameters[0]["in"] == "path"
            assert parameters[0]["required"] is True
        else:
            assert path == old_path and all(p.get("name") != "namespace" for p in parameters)
    assert namespaced == sum(op["x-dockercloud-namespaced"] for _, op, _ in before.values()) > 40
    assert {k: v for k, v in spaced.items() if k not in ("paths", "info")} == {
        k: v for k, v in plain.items() if k not in ("paths", "info")
    }
