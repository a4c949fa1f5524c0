"""Checks of the handwritten API descriptions in spec/ (openapi.yaml and streams.yaml).

Run with: .venv/bin/python -m pytest tests/spec -q
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from jsonschema import FormatChecker
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator
from openapi_spec_validator import validate
from referencing import Registry
from referencing.jsonschema import DRAFT4
from ruamel.yaml import YAML

from dockercloud_client._actions import DEFAULT_ACTION_TIMEOUT, FAILED_STATES, POLL_BACKOFF, SUCCESS_STATE
from dockercloud_client._backoff import RETRYABLE_STATUSES
from dockercloud_client._transport import IDEMPOTENT_METHODS, RetryPolicy
from tests.spec_conformance import is_wire_timestamp, load_yaml

SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"
OPENAPI_PATH = SPEC_DIR / "openapi.yaml"
STREAMS_PATH = SPEC_DIR / "streams.yaml"
SPEC_URI = "urn:dockercloud:openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _load_pyyaml(path: Path) -> Any:
    return load_yaml(path)


def _load_ruamel(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return YAML(typ="safe").load(f)


SPEC: dict[str, Any] = _load_pyyaml(OPENAPI_PATH)
STREAMS: dict[str, Any] = _load_pyyaml(STREAMS_PATH)
REGISTRY: Registry = Registry().with_resource(SPEC_URI, DRAFT4.create_resource(SPEC))


# --------------------------------------------------------------------------- helpers
def _refs(node: Any) -> Iterator[str]:
    """Every ``$ref`` value in ``node``, depth first."""
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for v in node.values():
            yield from _refs(v)
    elif isinstance(node, list):
        for v in node:
            yield from _refs(v)


def _pointer(*parts: str) -> str:
    """JSON pointer (URI-fragment form) of a location in the spec."""
    escaped = [str(p).replace("~", "~0").replace("/", "~1") for p in parts]
    return quote("/" + "/".join(escaped), safe="/~")


def _resolve_local(ref: str, doc: dict[str, Any] = SPEC) -> Any:
    assert ref.startswith("#/"), ref
    node: Any = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        assert isinstance(node, dict) and part in node, f"unresolvable $ref {ref}"
        node = node[part]
    return node


def _deref(obj: Any, doc: dict[str, Any] = SPEC) -> Any:
    while isinstance(obj, dict) and "$ref" in obj:
        obj = _resolve_local(obj["$ref"], doc)
    return obj


def _is_iso8601(value: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", value):
        return False
    datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return True


def _is_rfc1123(value: str) -> bool:
    if not re.fullmatch(r"[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}", value):
        return False
    return is_wire_timestamp(value)


# The spec's examples write REST timestamps in RFC 1123 (`rfc1123-date-time`) and stream timestamps in
# ISO 8601 (`date-time`); clients accept both forms, but the examples show the documented one.
REST_FORMATS = FormatChecker(formats=())
REST_FORMATS.checks("rfc1123-date-time")(lambda v: not isinstance(v, str) or _is_rfc1123(v))
STREAM_FORMATS = FormatChecker(formats=())
STREAM_FORMATS.checks("date-time")(lambda v: not isinstance(v, str) or _is_iso8601(v))


def _validator(pointer: str, *, write: bool, formats: FormatChecker = REST_FORMATS) -> Any:
    cls = OAS30WriteValidator if write else OAS30ReadValidator
    return cls({"$ref": f"{SPEC_URI}#{pointer}"}, registry=REGISTRY, format_checker=formats)


def _operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                yield path, method, op


# --------------------------------------------------------------------------- document-level checks
def _timestamp_schemas(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if node.get("format") in ("date-time", "rfc1123-date-time") or "x-dockercloud-timestamp" in node:
            yield where, node
        for key, value in node.items():
            yield from _timestamp_schemas(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _timestamp_schemas(value, f"{where}/{index}")


def test_timestamps_declare_their_wire_form() -> None:
    """RFC 1123 strings are `rfc1123-date-time` (RFC 3339's `date-time` rejects them), ISO 8601 ones
    `date-time`, and each carries `x-dockercloud-timestamp`, which generators read (issue 15)."""
    found = list(_timestamp_schemas(SPEC))
    assert len(found) >= 22
    wire_form = {"rfc1123-date-time": "rfc1123", "date-time": "iso8601"}
    for where, schema in found:
        assert schema.get("type") == "string", where
        assert schema.get("x-dockercloud-timestamp") == wire_form.get(schema.get("format", "")), where
    event_time = SPEC["components"]["schemas"]["Event"]["properties"]["datetime"]
    assert event_time["format"] == "date-time"


def test_openapi_validates() -> None:
    assert SPEC["openapi"] == "3.0.3"
    validate(SPEC)


def test_pyyaml_and_ruamel_read_the_same_openapi() -> None:
    assert _load_ruamel(OPENAPI_PATH) == SPEC


def test_pyyaml_and_ruamel_read_the_same_streams() -> None:
    assert _load_ruamel(STREAMS_PATH) == STREAMS


def test_every_local_ref_resolves() -> None:
    refs = list(_refs(SPEC))
    assert len(refs) > 500
    for ref in refs:
        _resolve_local(ref)


def test_servers_and_security() -> None:
    urls = [s["url"] for s in SPEC["servers"]]
    assert urls == ["https://cloud.docker.com", "http://127.0.0.1:{port}"]
    assert SPEC["servers"][1]["variables"]["port"]["default"] == "8000"
    assert SPEC["components"]["securitySchemes"]["basicAuth"] == {
        **SPEC["components"]["securitySchemes"]["basicAuth"],
        "type": "http",
        "scheme": "basic",
    }
    # DOCKERCLOUD_AUTH: a complete Authorization value, sent verbatim, as an alternative to Basic.
    assert SPEC["components"]["securitySchemes"]["dockercloudAuth"] == {
        **SPEC["components"]["securitySchemes"]["dockercloudAuth"],
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
    }
    assert SPEC["security"] == [{"basicAuth": []}, {"dockercloudAuth": []}]


# --------------------------------------------------------------------------- operations
OPERATIONS = [
    ("actions_list", "GET", "/api/audit/v1/action/"),
    ("actions_get", "GET", "/api/audit/v1/action/{uuid}/"),
    ("actions_cancel", "POST", "/api/audit/v1/action/{uuid}/cancel/"),
    ("actions_retry", "POST", "/api/audit/v1/action/{uuid}/retry/"),
    ("providers_list", "GET", "/api/infra/v1/provider/"),
    ("providers_get", "GET", "/api/infra/v1/provider/{name}/"),
    ("regions_list", "GET", "/api/infra/v1/region/"),
    ("regions_get", "GET", "/api/infra/v1/region/{provider}/{name}/"),
    ("availability_zones_list", "GET", "/api/infra/v1/az/"),
    ("availability_zones_get", "GET", "/api/infra/v1/az/{provider}/{region}/{name}/"),
    ("node_types_list", "GET", "/api/infra/v1/nodetype/"),
    ("node_types_get", "GET", "/api/infra/v1/nodetype/{provider}/{name}/"),
    ("node_clusters_list", "GET", "/api/infra/v1/nodecluster/"),
    ("node_clusters_create", "POST", "/api/infra/v1/nodecluster/"),
    ("node_clusters_get", "GET", "/api/infra/v1/nodecluster/{uuid}/"),
    ("node_clusters_update", "PATCH", "/api/infra/v1/nodecluster/{uuid}/"),
    ("node_clusters_deploy", "POST", "/api/infra/v1/nodecluster/{uuid}/deploy/"),
    ("node_clusters_terminate", "DELETE", "/api/infra/v1/nodecluster/{uuid}/"),
    ("node_clusters_upgrade_docker", "POST", "/api/infra/v1/nodecluster/{uuid}/docker-upgrade/"),  # inferred
    ("nodes_list", "GET", "/api/infra/v1/node/"),
    ("nodes_get", "GET", "/api/infra/v1/node/{uuid}/"),
    ("nodes_update", "PATCH", "/api/infra/v1/node/{uuid}/"),
    ("nodes_upgrade_docker", "POST", "/api/infra/v1/node/{uuid}/docker-upgrade/"),
    ("nodes_health_check", "POST", "/api/infra/v1/node/{uuid}/health-check/"),
    ("nodes_deploy", "POST", "/api/infra/v1/node/{uuid}/deploy/"),  # inferred, not in the typed client
    ("nodes_terminate", "DELETE", "/api/infra/v1/node/{uuid}/"),
    ("registries_list", "GET", "/api/repo/v1/registry/"),
    ("registries_get", "GET", "/api/repo/v1/registry/{host}/"),
    ("repositories_list", "GET", "/api/repo/v1/repository/"),
    ("repositories_create", "POST", "/api/repo/v1/repository/"),
    ("repositories_get", "GET", "/api/repo/v1/repository/{name}/"),
    ("repositories_update", "PATCH", "/api/repo/v1/repository/{name}/"),
    ("repositories_remove", "DELETE", "/api/repo/v1/repository/{name}/"),
    ("stacks_list", "GET", "/api/app/v1/stack/"),
    ("stacks_create", "POST", "/api/app/v1/stack/"),
    ("stacks_get", "GET", "/api/app/v1/stack/{uuid}/"),
    ("stacks_update", "PATCH", "/api/app/v1/stack/{uuid}/"),
    ("stacks_export", "GET", "/api/app/v1/stack/{uuid}/export/"),
    ("stacks_start", "POST", "/api/app/v1/stack/{uuid}/start/"),
    ("stacks_stop", "POST", "/api/app/v1/stack/{uuid}/stop/"),
    ("stacks_redeploy", "POST", "/api/app/v1/stack/{uuid}/redeploy/"),
    ("stacks_terminate", "DELETE", "/api/app/v1/stack/{uuid}/"),
    ("services_list", "GET", "/api/app/v1/service/"),
    ("services_create", "POST", "/api/app/v1/service/"),
    ("services_get", "GET", "/api/app/v1/service/{uuid}/"),
    ("services_update", "PATCH", "/api/app/v1/service/{uuid}/"),
    ("services_start", "POST", "/api/app/v1/service/{uuid}/start/"),
    ("services_stop", "POST", "/api/app/v1/service/{uuid}/stop/"),
    ("services_scale", "POST", "/api/app/v1/service/{uuid}/scale/"),
    ("services_redeploy", "POST", "/api/app/v1/service/{uuid}/redeploy/"),
    ("services_terminate", "DELETE", "/api/app/v1/service/{uuid}/"),
    ("containers_list", "GET", "/api/app/v1/container/"),
    ("containers_get", "GET", "/api/app/v1/container/{uuid}/"),
    ("containers_start", "POST", "/api/app/v1/container/{uuid}/start/"),
    ("containers_stop", "POST", "/api/app/v1/container/{uuid}/stop/"),
    ("containers_redeploy", "POST", "/api/app/v1/container/{uuid}/redeploy/"),
    ("containers_terminate", "DELETE", "/api/app/v1/container/{uuid}/"),
    ("triggers_list", "GET", "/api/app/v1/service/{uuid}/trigger/"),
    ("triggers_create", "POST", "/api/app/v1/service/{uuid}/trigger/"),
    ("triggers_get", "GET", "/api/app/v1/service/{uuid}/trigger/{trigger_uuid}/"),
    ("triggers_delete", "DELETE", "/api/app/v1/service/{uuid}/trigger/{trigger_uuid}/"),
    ("triggers_call", "POST", "/api/app/v1/service/{uuid}/trigger/{trigger_uuid}/call/"),
    ("triggers_call_with_count", "POST", "/api/app/v1/service/{uuid}/trigger/{trigger_uuid}/call/{count}/"),
    ("tags_list", "GET", "/api/infra/v1/tag/"),
]
OP_BY_ID = {op["operationId"]: (method.upper(), path, op) for path, method, op in _operations()}
NAMESPACED_TAGS = {
    "node_clusters",
    "nodes",
    "registries",
    "repositories",
    "stacks",
    "services",
    "containers",
    "triggers",
}
ALL_TAGS = NAMESPACED_TAGS | {"actions", "providers", "regions", "availability_zones", "node_types", "tags"}
NO_AUTH = {"triggers_call", "triggers_call_with_count"}


def test_operation_table_is_complete() -> None:
    assert len(OPERATIONS) == 64
    assert len({row[0] for row in OPERATIONS}) == 64
    ids = [op["operationId"] for _, _, op in _operations()]
    assert len(ids) == len(set(ids)), "duplicate operationIds"
    assert set(ids) == {row[0] for row in OPERATIONS}


@pytest.mark.parametrize(("operation_id", "method", "path"), OPERATIONS, ids=[r[0] for r in OPERATIONS])
def test_operation_present(operation_id: str, method: str, path: str) -> None:
    assert operation_id in OP_BY_ID, f"{operation_id} missing"
    assert OP_BY_ID[operation_id][:2] == (method, path)


@pytest.mark.parametrize("operation_id", [r[0] for r in OPERATIONS])
def test_operation_tag_namespace_and_security(operation_id: str) -> None:
    _, path, op = OP_BY_ID[operation_id]
    tag = op["tags"]
    assert isinstance(tag, list) and len(tag) == 1
    assert tag[0] in ALL_TAGS
    assert operation_id.startswith(tag[0] + "_")
    assert op["operationId"][len(tag[0]) + 1 :] != ""
    assert "x-dockercloud-namespaced" in op, "x-dockercloud-namespaced missing"
    assert op["x-dockercloud-namespaced"] is (tag[0] in NAMESPACED_TAGS)
    assert isinstance(op.get("summary"), str) and op["summary"]
    assert isinstance(op.get("description"), str) and op["description"]
    assert "security" in op, "operation-level security missing"
    if operation_id in NO_AUTH:
        assert op["security"] == []
    else:
        assert op["security"] == [{"basicAuth": []}, {"dockercloudAuth": []}]
    assert "/v1/" in path and not re.search(r"/v1/(user_namespace|\{namespace\})/", path)


@pytest.mark.parametrize("operation_id", [r[0] for r in OPERATIONS])
def test_status_code_rule(operation_id: str) -> None:
    method, path, op = OP_BY_ID[operation_id]
    codes = set(op["responses"])
    success = {c for c in codes if c.startswith("2")}
    assert len(success) == 1, success
    (ok,) = success
    name = operation_id[len(op["tags"][0]) + 1 :]
    if name in {"list", "get", "export"}:
        expected = "200"
    elif name == "create":
        expected = "201"
    elif operation_id in {"repositories_remove", "triggers_delete"}:
        expected = "204"
    elif operation_id in {
        "nodes_update",
        "repositories_update",
        "stacks_update",
        "services_update",
        "actions_cancel",
        "actions_retry",
    }:
        expected = "200"
    else:
        expected = "202"
    assert ok == expected
    response = op["responses"][ok]
    # The reference: every change records an action and its response always carries the header.
    if method != "GET":
        header = _deref(response["headers"]["X-DockerCloud-Action-URI"])
        assert header["required"] is True and header["schema"]["type"] == "string"
    else:
        assert "headers" not in response
    if ok == "202":
        assert response["links"]["action"] == {"$ref": "#/components/links/ActionOfResponse"}
    # Only 202 is in the reference; the other success codes are this description's rule.
    assert response.get("x-dockercloud-inferred", False) is (ok != "202")
    if ok == "204":
        assert "content" not in response
    else:
        content = response["content"]["application/json"]
        assert content.get("example") is not None or content.get("examples"), "no response example"
    errors = codes - success
    assert {"429", "500", "502", "503", "504"} <= errors
    assert "405" not in errors  # only for methods a path does not declare (components/responses)
    adds_nodes = operation_id in {"node_clusters_create", "node_clusters_deploy", "node_clusters_update"}
    assert ("402" in errors) is adds_nodes
    assert ("403" in errors) is (
        adds_nodes
        or operation_id
        in {
            "services_create",
            "services_scale",
            "services_update",
            "stacks_create",
            "stacks_update",
            "triggers_call",
            "triggers_call_with_count",
        }
    )
    assert ("401" in errors) is (operation_id not in NO_AUTH)
    assert "400" in errors  # invalid body or query values, or a transition the current state forbids
    has_path_params = "{" in path
    assert ("404" in errors) is (has_path_params or op["x-dockercloud-namespaced"])
    has_body = "requestBody" in op
    assert ("415" in errors) is has_body
    # a stack update may add services, whose names must be unique in the stack
    assert ("409" in errors) is (name == "create" or operation_id == "stacks_update")
    for code in errors:
        assert op["responses"][code]["$ref"].startswith("#/components/responses/")


def test_list_operations_take_limit_and_offset() -> None:
    for operation_id, (_, _, op) in OP_BY_ID.items():
        if not operation_id.endswith("_list"):
            continue
        params = [_deref(p) for p in op.get("parameters", [])]
        names = {p["name"]: p for p in params}
        assert names["limit"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 1000, "default": 25}
        assert names["offset"]["schema"] == {"type": "integer", "minimum": 0, "default": 0}
        schema = _deref(op["responses"]["200"]["content"]["application/json"]["schema"])
        assert schema["required"] == ["meta", "objects"]
        assert schema["properties"]["meta"] == {"$ref": "#/components/schemas/ListMeta"}


def test_redeploys_take_reuse_volumes() -> None:
    for operation_id in ("stacks_redeploy", "services_redeploy", "containers_redeploy"):
        params = [_deref(p) for p in OP_BY_ID[operation_id][2]["parameters"]]
        assert params == [
            {
                "name": "reuse_volumes",
                "in": "query",
                "description": params[0]["description"],
                "schema": {"type": "boolean", "default": True},
            }
        ]


# --------------------------------------------------------------------------- schemas
ENUMS = {
    "ActionState": ["Pending", "In progress", "Canceling", "Canceled", "Success", "Failed"],
    "StackState": [
        "Not Running",
        "Starting",
        "Running",
        "Partly running",
        "Stopping",
        "Stopped",
        "Redeploying",
        "Terminating",
        "Terminated",
    ],
    "ServiceState": [
        "Not running",
        "Starting",
        "Running",
        "Partly running",
        "Scaling",
        "Redeploying",
        "Stopping",
        "Stopped",
        "Terminating",
        "Terminated",
    ],
    "Autorestart": ["OFF", "ON_FAILURE", "ALWAYS"],
    "Autodestroy": ["OFF", "ON_SUCCESS", "ALWAYS"],
    "PidMode": ["none", "host"],
}


@pytest.mark.parametrize("name", sorted(ENUMS))
def test_enum_values(name: str) -> None:
    assert SPEC["components"]["schemas"][name]["enum"] == ENUMS[name]


def test_no_inline_nullable_enum_and_no_closed_objects() -> None:
    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if node.get("nullable") is True:
                assert "enum" not in node, f"inline nullable enum at {where}"
            assert node.get("additionalProperties") is not False, f"closed object at {where}"
            for k, v in node.items():
                walk(v, f"{where}/{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{where}/{i}")

    walk(SPEC["components"]["schemas"], "#/components/schemas")


def test_every_schema_enum_value_is_a_string() -> None:
    for name, schema in SPEC["components"]["schemas"].items():
        for value in schema.get("enum", []):
            assert isinstance(value, str), f"{name}: {value!r} is not a string (unquoted YAML?)"


def test_list_envelopes() -> None:
    schemas = SPEC["components"]["schemas"]
    for thing in (
        "Action",
        "Provider",
        "Region",
        "AvailabilityZone",
        "NodeType",
        "NodeCluster",
        "Node",
        "Registry",
        "Repository",
        "Stack",
        "Service",
        "Container",
        "Trigger",
        "Tag",
    ):
        envelope = schemas[f"{thing}List"]
        assert envelope["required"] == ["meta", "objects"]
        assert envelope["properties"]["objects"]["items"] == {"$ref": f"#/components/schemas/{thing}"}
    meta = schemas["ListMeta"]
    assert sorted(meta["required"]) == ["limit", "next", "offset", "previous", "total_count"]
    assert meta["properties"]["next"]["nullable"] is True
    assert meta["properties"]["previous"]["nullable"] is True
    assert "uuid" not in schemas["Trigger"]["properties"]


def test_update_bodies_have_no_required_fields() -> None:
    schemas = SPEC["components"]["schemas"]
    for name in (
        "NodeClusterUpdate",
        "NodeUpdate",
        "RepositoryUpdate",
        "StackUpdate",
        "StackServiceUpdate",
        "ServiceUpdate",
    ):
        assert "required" not in schemas[name], name


# --------------------------------------------------------------------------- examples
def _media_examples() -> Iterator[tuple[str, str, bool, Any]]:
    """(label, schema pointer, is_request, example value) for every example in the spec."""

    def from_media(
        label: str, media: dict[str, Any], pointer: str, write: bool
    ) -> Iterator[tuple[str, str, bool, Any]]:
        assert "schema" in media, f"{label}: example without schema"
        if "example" in media:
            yield label, pointer + "/schema", write, media["example"]
        for name, example in media.get("examples", {}).items():
            yield f"{label} [{name}]", pointer + "/schema", write, _deref(example)["value"]

    for path, method, op in _operations():
        base = ("paths", path, method)
        body = op.get("requestBody")
        if body is not None:
            for mt, media in _deref(body)["content"].items():
                yield from from_media(
                    f"{method.upper()} {path} request", media, _pointer(*base, "requestBody", "content", mt), True
                )
        for code, response in op["responses"].items():
            if "$ref" in response:
                continue  # shared responses are checked below
            for mt, media in response.get("content", {}).items():
                yield from from_media(
                    f"{method.upper()} {path} {code}", media, _pointer(*base, "responses", code, "content", mt), False
                )
    for name, response in SPEC["components"]["responses"].items():
        for mt, media in response.get("content", {}).items():
            yield from from_media(
                f"response {name}", media, _pointer("components", "responses", name, "content", mt), False
            )

    def schema_examples(node: Any, parts: tuple[str, ...]) -> Iterator[tuple[str, str, bool, Any]]:
        if isinstance(node, dict):
            if "example" in node and ("type" in node or "$ref" in node or "allOf" in node):
                yield "/".join(parts), _pointer(*parts), False, node["example"]
            for k, v in node.items():
                if k != "example":
                    yield from schema_examples(v, (*parts, k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                yield from schema_examples(v, (*parts, str(i)))

    yield from schema_examples(SPEC["components"]["schemas"], ("components", "schemas"))
    yield from schema_examples(SPEC["components"]["headers"], ("components", "headers"))


EXAMPLES = list(_media_examples())


def test_examples_are_collected() -> None:
    # every get/list/create/update answers with a docs example; so do the documented request bodies
    assert len(EXAMPLES) >= 60
    used: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/examples/"):
                used.add(ref.rsplit("/", 1)[1])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(SPEC["paths"])
    assert used == set(SPEC["components"]["examples"]), "unused (hence unvalidated) component examples"
    for operation_id, (_, _, op) in OP_BY_ID.items():
        if operation_id.rsplit("_", 1)[1] in {"list", "get", "create", "update"}:
            ok = next(c for c in op["responses"] if c.startswith("2"))
            assert op["responses"][ok]["content"]["application/json"].get("examples"), operation_id
        if "requestBody" in op:
            assert op["requestBody"]["content"]["application/json"].get("examples"), operation_id


@pytest.mark.parametrize(("label", "pointer", "write", "value"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_validates(label: str, pointer: str, write: bool, value: Any) -> None:
    errors = sorted(_validator(pointer, write=write).iter_errors(value), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_validation_catches_bad_examples() -> None:
    """Guard against a validator that silently accepts anything."""
    service = _deref(SPEC["components"]["examples"]["Service"])["value"]
    pointer = _pointer("components", "schemas", "Service")
    assert not list(_validator(pointer, write=False).iter_errors(service))
    assert list(_validator(pointer, write=False).iter_errors({**service, "state": "Not Running"}))
    assert list(_validator(pointer, write=False).iter_errors({**service, "deployed_datetime": "yesterday"}))
    broken = dict(service)
    del broken["uuid"]
    assert list(_validator(pointer, write=False).iter_errors(broken))
    create = _pointer("components", "schemas", "ServiceCreate")
    assert list(_validator(create, write=True).iter_errors({"name": "no-image"}))
    assert list(_validator(create, write=True).iter_errors({"image": "x", "autorestart": False}))


# --------------------------------------------------------------------------- streams.yaml
STREAM_CHANNELS = {
    "/api/audit/v1/action/{uuid}/logs/": (False, {"tail", "follow"}),
    "/api/app/v1/service/{uuid}/logs/": (True, {"tail", "follow"}),
    "/api/app/v1/container/{uuid}/logs/": (True, {"tail", "follow", "service"}),
    "/api/app/v1/container/{uuid}/exec/": (True, {"command"}),
    "/api/audit/v1/events/": (True, {"type", "object", "parent"}),
    "/api/infra/v1/node/{uuid}/events/": (True, {"user", "token"}),  # inferred, from the Go SDK
}


def test_streams_channels() -> None:
    assert STREAMS["asyncapi"] == "2.6.0"
    assert set(STREAMS["channels"]) == set(STREAM_CHANNELS)
    for path, (namespaced, query) in STREAM_CHANNELS.items():
        channel = STREAMS["channels"][path]
        assert channel["x-dockercloud-namespaced"] is namespaced
        assert set(channel["bindings"]["ws"]["query"]["properties"]) == query
        assert "subscribe" in channel
        for param in re.findall(r"\{(\w+)\}", path):
            assert param in channel["parameters"]
    assert "publish" in STREAMS["channels"]["/api/app/v1/container/{uuid}/exec/"]


def test_streams_refs_resolve() -> None:
    refs = list(_refs(STREAMS))
    external = [r for r in refs if r.startswith("openapi.yaml#")]
    assert {r.split("/")[-1] for r in external} >= {"Event", "LogMessage", "ExecFrame", "StreamError"}
    for ref in refs:
        if ref.startswith("openapi.yaml#"):
            target = _resolve_local(ref[len("openapi.yaml") :], SPEC)
            assert ref.startswith("openapi.yaml#/components/schemas/") and isinstance(target, dict)
        else:
            assert ref.startswith("#/"), f"unexpected $ref {ref}"
            _resolve_local(ref, STREAMS)


def _stream_examples() -> Iterator[tuple[str, Any, Any]]:
    for name, message in STREAMS["components"]["messages"].items():
        examples = message.get("examples", [])
        assert examples, f"message {name} has no example"
        for example in examples:
            yield f"{name} [{example['name']}]", message["payload"], example["payload"]


STREAM_EXAMPLES = list(_stream_examples())


@pytest.mark.parametrize(("label", "payload_schema", "value"), STREAM_EXAMPLES, ids=[e[0] for e in STREAM_EXAMPLES])
def test_stream_example_validates(label: str, payload_schema: Any, value: Any) -> None:
    ref = payload_schema.get("$ref")
    if ref is not None:
        assert ref.startswith("openapi.yaml#/components/schemas/"), ref
        schema: Any = {"$ref": f"{SPEC_URI}#{ref.split('#', 1)[1]}"}
    else:
        schema = payload_schema
    validator = OAS30ReadValidator(schema, registry=REGISTRY, format_checker=STREAM_FORMATS)
    errors = list(validator.iter_errors(value))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_stream_examples_cover_every_message() -> None:
    assert len(STREAM_EXAMPLES) >= len(STREAMS["components"]["messages"]) >= 8


def test_stream_messages_have_unique_ids() -> None:
    """Generators name messages by `messageId`; the AsyncAPI parser wants each one unique after `$ref`s are
    resolved, so no message is referenced by two operations, and no `schemaFormat` (the parser has no
    OpenAPI schema parser; the payloads are plain JSON Schema) (issue 15)."""
    messages = STREAMS["components"]["messages"]
    assert all(message["messageId"] == name and "schemaFormat" not in message for name, message in messages.items())
    used = [
        ref
        for channel in STREAMS["channels"].values()
        for operation in ("publish", "subscribe")
        if operation in channel
        for ref in _refs(channel[operation]["message"])
    ]
    assert sorted(used) == sorted(f"#/components/messages/{name}" for name in messages)


def test_action_states_and_polling_rule() -> None:
    """A port needs no guess to wait for an action: terminal states, waits and the link from 202s."""
    state = SPEC["components"]["schemas"]["ActionState"]
    assert set(state["x-dockercloud-terminal-states"]) == {"Success", "Failed", "Canceled"} < set(state["enum"])
    polling = state["x-dockercloud-polling"]
    assert 0 < polling["initial_delay_seconds"] <= polling["max_delay_seconds"] < polling["timeout_seconds"]
    link = SPEC["components"]["links"]["ActionOfResponse"]
    assert link["operationId"] == "actions_get"
    assert link["parameters"] == {"uuid": "$response.header.X-DockerCloud-Action-URI"}
    retry = SPEC["x-dockercloud-retry"]
    assert retry["statuses"] == [408, 429, 502, 503, 504] and "POST" not in retry["methods"]


def test_spec_rules_are_the_clients() -> None:
    """The polling and retry rules the spec gives ports are the ones this client follows."""
    state = SPEC["components"]["schemas"]["ActionState"]
    polling = state["x-dockercloud-polling"]
    assert (polling["initial_delay_seconds"], polling["factor"], polling["max_delay_seconds"]) == (
        POLL_BACKOFF.initial_delay,
        POLL_BACKOFF.multiplier,
        POLL_BACKOFF.max_delay,
    )
    assert polling["timeout_seconds"] == DEFAULT_ACTION_TIMEOUT
    assert set(state["x-dockercloud-terminal-states"]) == FAILED_STATES | {SUCCESS_STATE}
    retry = SPEC["x-dockercloud-retry"]
    policy = RetryPolicy()
    assert set(retry["statuses"]) == RETRYABLE_STATUSES and set(retry["methods"]) == IDEMPOTENT_METHODS
    assert (retry["max_retries"], retry["initial_delay_seconds"], retry["factor"]) == (
        policy.max_retries,
        policy.initial_delay,
        policy.multiplier,
    )
    assert (retry["max_delay_seconds"], retry["jitter"]) == (policy.max_delay, policy.jitter)


def test_inferred_values_are_marked() -> None:
    """Whatever the reference does not say carries `x-dockercloud-inferred: true` (issue 15)."""
    components = SPEC["components"]
    assert components["responses"]["TooManyRequests"]["headers"]["Retry-After"]["x-dockercloud-inferred"] is True
    for name in ("Limit", "Offset"):
        assert components["parameters"][name]["x-dockercloud-inferred"] is True
    assert components["schemas"]["ListMeta"]["x-dockercloud-inferred"] is True
    for name in ("PaymentRequired", "Forbidden", "BadGateway"):
        assert components["responses"][name]["x-dockercloud-inferred"] is True
    schemas = components["schemas"]
    nullable = [
        schemas["NodeCluster"]["properties"]["deployed_datetime"],
        schemas["Node"]["properties"]["deployed_datetime"],
        schemas["Node"]["properties"]["last_seen"],
        schemas["ServicePort"]["properties"]["outer_port"],
        schemas["ServicePort"]["properties"]["endpoint_uri"],
        schemas["ContainerPort"]["properties"]["outer_port"],
        schemas["ContainerPort"]["properties"]["endpoint_uri"],
    ]
    assert all(p["nullable"] is True and p["x-dockercloud-inferred"] is True for p in nullable)
    assert schemas["Registry"]["properties"]["uuid"]["x-dockercloud-inferred"] is True
