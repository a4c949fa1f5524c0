"""Property tests of tolerant decoding: take the docs' example of every response object, leave out
or null any subset of its attributes (and of the attributes of the objects nested in it) except the
ones the spec marks ``x-dockercloud-always-present``: decoding never raises, and ``to_dict()`` gives
back exactly what was sent (nothing present is lost, nothing absent is invented).

Derandomized: every run draws the same cases. ``TOLERANT_DECODING_EXAMPLES`` sets how many per
test (``make test``: 20; ``make fuzz``: 500).
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dockercloud_api.models
from dockercloud_client import Client
from tests.spec_conformance import spec_copy

SPEC = spec_copy()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
EXAMPLES: dict[str, Any] = {name: ex["value"] for name, ex in SPEC["components"]["examples"].items()}
ALWAYS = "x-dockercloud-always-present"
EXAMPLES_PER_TEST = int(os.environ.get("TOLERANT_DECODING_EXAMPLES", "20"))
RESPONSE_OBJECTS = sorted(name for name in EXAMPLES if ALWAYS in SCHEMAS.get(name, {}))


def _ref(node: dict[str, Any]) -> str | None:
    """The schema name a property refers to (directly, through allOf, or as array items)."""
    for candidate in (node, *node.get("allOf", []), node.get("items", {})):
        if "$ref" in candidate:
            return str(candidate["$ref"]).rsplit("/", 1)[1]
    return None


@st.composite
def degrade(draw: st.DrawFn, value: dict[str, Any], schema_name: str) -> dict[str, Any]:
    """``value`` with any of its non-identity attributes left out or nulled, recursively."""
    schema = SCHEMAS[schema_name]
    always = set(schema.get(ALWAYS, []))
    out: dict[str, Any] = {}
    for key, item in value.items():
        nested = _ref(schema.get("properties", {}).get(key, {})) or ""
        tolerant_child = ALWAYS in SCHEMAS.get(nested, {})
        if key not in always:
            fate = draw(st.sampled_from(["keep", "drop", "null"]))
            if fate == "drop":
                continue
            if fate == "null":
                out[key] = None
                continue
        if tolerant_child and isinstance(item, dict):
            out[key] = draw(degrade(item, nested))
        elif tolerant_child and isinstance(item, list):
            out[key] = [draw(degrade(element, nested)) if isinstance(element, dict) else element for element in item]
        else:
            out[key] = copy.deepcopy(item)
    return out


def test_every_response_object_with_an_example_is_covered() -> None:
    assert len(RESPONSE_OBJECTS) >= 25, RESPONSE_OBJECTS


@pytest.mark.parametrize("name", RESPONSE_OBJECTS)
@settings(max_examples=EXAMPLES_PER_TEST, deadline=None, derandomize=True)
@given(data=st.data())
def test_degraded_examples_decode_and_round_trip(name: str, data: st.DataObject) -> None:
    sent = data.draw(degrade(EXAMPLES[name], name))
    decoded = getattr(dockercloud_api.models, name).from_dict(sent)
    assert decoded.to_dict() == sent


@settings(
    max_examples=EXAMPLES_PER_TEST,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_degraded_service_lists_through_the_public_client(data: st.DataObject, tmp_path: Path) -> None:
    sent = data.draw(degrade(EXAMPLES["ServiceList"], "ServiceList"))

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=sent)

    with Client(user="alice", apikey="k", rest_host="http://127.0.0.1:9", transport=httpx.MockTransport(answer),
                environ={}, home=tmp_path) as client:  # fmt: skip
        page = next(iter(client.services.list().pages()))
    assert page.to_dict() == sent
