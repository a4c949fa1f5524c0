"""Static checks of the recorded cassettes (one per scenario; test_replay.py replays each through both
clients): no secrets, every operation covered,
every response conforms to ``spec/openapi.yaml``, and the behaviours the issue asks for are really
in the recordings (429 then 200, three pages, the organisation's namespace, falsy partial update).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from dockercloud_api.operations import OPERATIONS
from tests.spec_conformance import OpenAPIRequest, OpenAPIResponse, openapi, spec, strip_namespace

from . import scenarios  # noqa: F401  (importing the module registers the scenarios)
from .kit import (
    CASSETTE_DIR,
    FIXED_HOST,
    MODES,
    ORG,
    RECORD_APIKEY,
    RECORD_USER,
    SCENARIOS,
    cassette_path,
    load_cassette,
    operation_of,
)

CASSETTES = sorted(CASSETTE_DIR.glob("*.json"))


@cache
def templates() -> dict[tuple[str, str], str]:
    """(METHOD, path template) -> operationId, from the spec."""
    return {
        (method.upper(), path): operation["operationId"]
        for path, item in spec()["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }


def operations_in(path: Path) -> set[str]:
    """The operationIds of the interactions recorded in a cassette."""
    found = set()
    for item in load_cassette(path):
        request = item["request"]
        path_only = strip_namespace(urlsplit(request["uri"]).path)
        operation = operation_of(request["method"], path_only, templates())
        if operation is not None:
            found.add(operation)
    return found


# --------------------------------------------------------------------------- secrets


_BASIC = re.compile(r"Basic\s+([A-Za-z0-9+/]{6,}={0,2})")


def _is_credential(token: str) -> bool:
    try:
        return b":" in base64.b64decode(token + "=" * (-len(token) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: p.name)
def test_no_secrets(path: Path) -> None:
    """No Authorization header, no ``Basic <user:key>`` value and no API key anywhere."""
    text = path.read_text(encoding="utf-8")
    for item in load_cassette(path):
        for part in ("request", "response"):
            assert "authorization" not in {h.lower() for h in item[part]["headers"]}, f"{part} header in {path.name}"
    assert RECORD_APIKEY not in text
    assert base64.b64encode(f"{RECORD_USER}:{RECORD_APIKEY}".encode()).decode() not in text
    leaked = [m.group(0) for m in _BASIC.finditer(text) if _is_credential(m.group(1))]
    assert not leaked, f"Basic credentials in {path.name}: {leaked}"


# --------------------------------------------------------------------------- coverage gate


def test_operation_list_matches_the_spec() -> None:
    """The generated operation table is the spec's (the gate below relies on it)."""
    served_only = {
        operation["operationId"]
        for item in spec()["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and operation.get("x-dockercloud-client") is False
    }
    assert served_only == {"nodes_deploy"}
    assert set(templates().values()) - served_only == set(OPERATIONS)
    assert len(OPERATIONS) == 63


def test_every_operation_has_a_cassette_test() -> None:
    """Each operation of the spec is covered by a scenario and its cassette holds it; test_replay.py
    replays every scenario through each client of ``MODES``."""
    assert MODES == ("sync", "async")
    declared: dict[str, list[str]] = {}
    for scenario in SCENARIOS.values():
        path = cassette_path(scenario.name)
        recorded = operations_in(path) if path.exists() else set()
        missing = set(scenario.covers) - recorded
        assert not missing, f"{scenario.name} declares {sorted(missing)} but its cassette never calls them"
        for operation in scenario.covers:
            declared.setdefault(operation, []).append(scenario.name)
    uncovered = sorted(set(OPERATIONS) - set(declared))
    assert not uncovered, f"operations without a cassette test: {uncovered}"
    assert not set(declared) - set(OPERATIONS), "scenarios declare unknown operationIds"


def test_cassettes_and_scenarios_correspond() -> None:
    """Every scenario has its cassette and every cassette belongs to a scenario (no stale files)."""
    expected = {cassette_path(s.name) for s in SCENARIOS.values()}
    assert set(CASSETTES) == expected, (sorted(p.name for p in expected - set(CASSETTES)),
                                        sorted(p.name for p in set(CASSETTES) - expected))  # fmt: skip


# --------------------------------------------------------------------------- spec conformance


def _raw(body: dict[str, Any] | None) -> bytes | None:
    if body is None:
        return None
    return (json.dumps(body["json"]) if "json" in body else body["string"]).encode()


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: p.name)
def test_recorded_responses_conform_to_the_spec(path: Path) -> None:
    """Every recorded response validates against ``spec/openapi.yaml`` (status, headers, body schema)."""
    for index, item in enumerate(load_cassette(path)):
        request = item["request"]
        assert request["uri"].startswith(FIXED_HOST + "/api/"), request["uri"]
        try:
            response = item["response"]
            headers = {k: v[0] if isinstance(v, list) else v for k, v in request["headers"].items()}
            oa_request = OpenAPIRequest(request["method"], request["uri"], headers, _raw(request["body"]))
            oa_response = OpenAPIResponse(
                response["status"]["code"], {k: v[0] for k, v in response["headers"].items()}, _raw(response["body"])
            )
            openapi().validate_response(oa_request, oa_response)
        except Exception as exc:
            errors = getattr(exc.__cause__, "schema_errors", None) or exc.__cause__
            pytest.fail(f"{path.name} #{index} {request['method']} {request['uri']} -> "
                        f"{item['response']['status']['code']}: {exc!r} {errors!r}")  # fmt: skip


# --------------------------------------------------------------------------- recorded behaviours


def _interactions(name: str) -> list[dict[str, Any]]:
    return load_cassette(cassette_path(name))


def test_429_cassette_holds_the_refusal_and_the_retry() -> None:
    """The rate-limited GET is recorded twice: 429 with Retry-After, then the 200 the client returned."""
    gets = [i for i in _interactions("retry_429_then_success") if i["request"]["method"] == "GET"]
    assert [i["response"]["status"]["code"] for i in gets] == [429, 200]
    assert gets[0]["request"]["uri"] == gets[1]["request"]["uri"]
    assert gets[0]["response"]["headers"]["retry-after"] == ["1"]


def test_pagination_cassette_follows_three_pages() -> None:
    """The list is read in three pages of limit 2, following ``meta.next``."""
    lists = [i for i in _interactions("pagination_three_pages") if i["request"]["method"] == "GET"]
    offsets = [parse_qs(urlsplit(i["request"]["uri"]).query)["offset"] for i in lists[:3]]
    assert offsets == [["0"], ["2"], ["4"]]
    assert lists[2]["response"]["body"]["json"]["meta"]["next"] is None


def test_namespaced_cassette_calls_the_organisation() -> None:
    """Namespaced calls carry ``demo-org/`` after ``/v1/``."""
    paths = [urlsplit(i["request"]["uri"]).path for i in _interactions("namespaced_organisation")]
    assert f"/api/app/v1/{ORG}/service/" in paths
    assert "/api/app/v1/service/" in paths  # and the user's own namespace is the path without one


def test_partial_update_sends_falsy_values() -> None:
    """False, 0 and [] are sent (not dropped as 'unset') and nothing else is."""
    patches = [i for i in _interactions("partial_update_falsy") if i["request"]["method"] == "PATCH"]
    assert len(patches) == 1
    body = patches[0]["request"]["body"]["json"]
    assert body == {"autoredeploy": False, "target_num_containers": 0, "container_envvars": []}
