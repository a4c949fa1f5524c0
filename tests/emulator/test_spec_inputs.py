"""The emulator checks request bodies and query parameters against the spec, not against lists of its own.

Body schemas and list filters come from ``dockercloud_api.inputs``, which ``make generate`` writes
from spec/openapi.yaml; ``dockercloud_emulator.validation`` adds only what the spec leaves open
(its limits, which strings are names, the nulls the official SDKs send). Proven here against the
spec itself, on a copy of it with a new property, and over HTTP.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from dockercloud_api.inputs import QUERY_PARAMETERS, REQUEST_BODIES
from dockercloud_api.operations import OPERATIONS, OperationInfo
from dockercloud_emulator import run_emulator
from dockercloud_emulator.auth import DEFAULT_APIKEY, DEFAULT_USER
from dockercloud_emulator.errors import ApiError
from dockercloud_emulator.http import PAGING, list_filters
from dockercloud_emulator.store import COMPUTED, RESOURCE_TAGS, Namespace, Store, resource_tags
from dockercloud_emulator.validation import (
    BODY_SCHEMAS,
    REQUIRED_CHECKED_BY_HANDLER,
    F,
    Schema,
    from_spec,
    validate_object,
)
from tests.spec_conformance import spec_copy

ROOT = Path(__file__).resolve().parents[2]
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def spec_operations(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            if method in item:
                yield item[method]["operationId"], item, item[method]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for key in node["$ref"].removeprefix("#/").split("/"):
            target = target[key]
        node = target
    if "allOf" in node:
        return {**resolve(spec, node["allOf"][0]), **{k: v for k, v in node.items() if k != "allOf"}}
    return node


def assert_same_shape(spec: dict[str, Any], node: dict[str, Any], check: F | Schema, where: str) -> None:
    """``check`` has exactly the spec's properties, required fields, enums and item schemas."""
    component = node.get("$ref", "").rsplit("/", 1)[-1]
    node = resolve(spec, node)
    if isinstance(check, Schema):
        assert set(check.fields) == set(node["properties"]), where
        for name, sub in node["properties"].items():
            field = check.fields[name]
            if isinstance(field, F) and component not in REQUIRED_CHECKED_BY_HANDLER:
                assert field.required == (name in node.get("required", ())), f"{where}.{name}"
            assert_same_shape(spec, sub, field, f"{where}.{name}")
        return
    assert check.enum == tuple(node.get("enum", ())), where
    if node.get("nullable"):
        assert check.nullable, where
    if "items" in node:
        assert check.item is not None, where
        assert_same_shape(spec, node["items"], check.item, f"{where}[]")


def test_every_request_body_is_checked_with_the_specs_schema() -> None:
    spec = spec_copy()
    with_bodies = {op_id: op for op_id, _, op in spec_operations(spec) if "requestBody" in op}
    assert set(BODY_SCHEMAS) == set(REQUEST_BODIES) == set(with_bodies)
    for op_id, op in with_bodies.items():
        assert_same_shape(spec, op["requestBody"]["content"]["application/json"]["schema"], BODY_SCHEMAS[op_id], op_id)


def test_every_list_filter_is_a_query_parameter_of_the_spec() -> None:
    spec = spec_copy()
    for op_id, item, op in spec_operations(spec):
        names = {
            resolve(spec, p)["name"]
            for p in item.get("parameters", []) + op.get("parameters", [])
            if resolve(spec, p)["in"] == "query"
        }
        assert set(QUERY_PARAMETERS[op_id]) == names, op_id
        assert set(list_filters(op_id)) == names - set(PAGING), op_id
    assert {name: f.kind for name, f in list_filters("services_list").items()} == {
        "uuid": "exact",
        "uuid__startswith": "prefix",
        "state": "exact",
        "name": "exact",
        "stack__name": "via",
        "stack": "exact",
    }
    assert list_filters("actions_list")["start_date__gte"].kind == "since"


def test_a_property_added_to_the_spec_is_checked_after_make_generate() -> None:
    loader = importlib.util.spec_from_file_location("regen", ROOT / "generator" / "regen.py")
    assert loader is not None and loader.loader is not None
    regen = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(regen)
    spec = spec_copy()
    spec["components"]["schemas"]["ServiceCreate"]["properties"]["weight"] = {"type": "integer", "minimum": 1}
    table: dict[str, Any] = {}
    exec(regen.render_inputs(spec), table)  # the module make generate would write
    check = from_spec(table["REQUEST_BODIES"]["services_create"])
    assert isinstance(check, Schema)
    assert validate_object({"image": "nginx", "weight": 3}, check)["weight"] == 3
    for wrong, message in ((0, "at least 1"), ("heavy", "expected an integer")):
        with pytest.raises(ApiError, match=message) as refused:
            validate_object({"image": "nginx", "weight": wrong}, check)
        assert "'weight'" in refused.value.message
    # the same body against today's table: an unknown property is ignored, as the real API does
    assert "weight" not in validate_object({"image": "nginx", "weight": "heavy"}, BODY_SCHEMAS["services_create"])


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with (
        run_emulator(step_seconds=0) as emu,
        httpx.Client(base_url=emu.rest_url, auth=(DEFAULT_USER, DEFAULT_APIKEY)) as http,
    ):
        yield http


def test_the_specs_minimum_length_and_enums_answer_400(client: httpx.Client) -> None:
    empty = client.post("/api/app/v1/stack/", json={"name": ""})
    assert empty.status_code == 400 and empty.json()["error"] == "Invalid value for 'name': must not be empty."
    wrong = client.post("/api/app/v1/service/", json={"image": "nginx", "net": "overlay"})
    assert wrong.status_code == 400 and "'net'" in wrong.json()["error"] and "bridge, host" in wrong.json()["error"]


@pytest.mark.parametrize(
    ("path", "params", "message"),
    [
        ("/api/app/v1/service/", {"state": "Sleeping"}, "'state': 'Sleeping' is not one of Not running"),
        ("/api/app/v1/service/", {"limit": "0"}, "'limit': must be between 1 and 1000"),
        ("/api/audit/v1/action/", {"end_date__lte": "soon"}, "'end_date__lte': 'soon' is not an RFC 1123"),
        ("/api/infra/v1/tag/", {"origin": "docker"}, "'origin': 'docker' is not one of user, tutum"),
    ],
)
def test_query_values_are_checked_against_the_spec(
    client: httpx.Client, path: str, params: dict[str, str], message: str
) -> None:
    answer = client.get(path, params=params)
    assert answer.status_code == 400 and message in answer.json()["error"]


def test_redeploy_checks_reuse_volumes_as_the_spec_types_it(client: httpx.Client) -> None:
    svc = client.post("/api/app/v1/service/", json={"image": "nginx", "name": "reuse"}).json()
    answer = client.post(f"/api/app/v1/service/{svc['uuid']}/redeploy/", params={"reuse_volumes": "maybe"})
    assert answer.status_code == 400 and "'reuse_volumes': 'maybe' is not true or false" in answer.json()["error"]


def test_date_filters_compare_the_actions_own_timestamps(client: httpx.Client) -> None:
    created = client.post("/api/app/v1/service/", json={"image": "nginx", "name": "dated"})
    action = client.get(created.headers["X-DockerCloud-Action-URI"]).json()
    for name in ("start_date__gte", "start_date__lte", "end_date__gte", "end_date__lte"):
        stamp = action["start_date" if name.startswith("start") else "end_date"]
        page = client.get("/api/audit/v1/action/", params={name: stamp, "limit": 1000}).json()
        assert action["uuid"] in {a["uuid"] for a in page["objects"]}, name


def test_namespace_collections_are_the_specs_resources() -> None:
    gets = {info.tag for info in OPERATIONS.values() if info.namespaced and info.operation_id == f"{info.tag}_get"}
    assert set(Namespace("demo")) == gets - COMPUTED
    assert RESOURCE_TAGS["nodecluster"] == "node_clusters" and RESOURCE_TAGS["trigger"] == "triggers"
    widget = OperationInfo("widgets_get", "widgets", "GET", "/api/app/v1/widget/{uuid}/", True, False, False, True, 200)
    assert resource_tags([*OPERATIONS.values(), widget])["widget"] == "widgets"  # a new resource: no edit here


def test_resource_uris_find_objects_through_the_specs_segments(client: httpx.Client) -> None:
    svc = client.post("/api/app/v1/service/", json={"image": "nginx", "name": "found"}).json()
    store = Store()
    store.ns("demo")["services"][svc["uuid"]] = svc
    found = store.find_by_uri(f"/api/app/v1/demo/service/{svc['uuid']}/")
    assert found is not None and found[1] == "services" and found[2] is svc
    assert store.find_by_uri(f"/api/repo/v1/registry/{svc['uuid']}/") is None  # computed, not stored
