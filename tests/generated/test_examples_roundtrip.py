"""Every example body in the spec parses into its generated model and writes back the same JSON."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import dockercloud_api.models
from tests.spec_conformance import spec

REF_PREFIX = "#/components/schemas/"


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        section, kind, name = node["$ref"].removeprefix("#/").split("/")
        node = spec[section][kind][name]
    return node


def _media_examples(spec: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(where, schema name, example value) for every JSON example whose schema is a named component."""
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            bodies = []
            if "requestBody" in op:
                bodies.append(("request", _resolve(spec, op["requestBody"])))
            for code, response in op["responses"].items():
                bodies.append((str(code), _resolve(spec, response)))
            for label, body in bodies:
                media = body.get("content", {}).get("application/json")
                if not media or "$ref" not in media.get("schema", {}):
                    continue
                schema = media["schema"]["$ref"].removeprefix(REF_PREFIX)
                for name, example in media.get("examples", {}).items():
                    where = f"{op['operationId']} {label} {name}"
                    yield where, schema, _resolve(spec, example)["value"]
                if "example" in media:
                    yield f"{op['operationId']} {label}", schema, media["example"]


EXAMPLES = list(_media_examples(spec()))


def test_the_spec_has_examples_for_most_operations() -> None:
    operations = {where.split()[0] for where, _, _ in EXAMPLES}
    assert len(operations) >= 40, sorted(operations)


@pytest.mark.parametrize(("where", "schema", "value"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_round_trips_through_its_model(where: str, schema: str, value: Any) -> None:
    model = getattr(dockercloud_api.models, schema)
    parsed = model.from_dict(value)
    assert parsed.to_dict() == value
