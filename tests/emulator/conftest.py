"""Fixtures of the emulator tests: a running emulator per test and an httpx client whose
response hook validates every answer against spec/openapi.yaml with openapi-core."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound

from dockercloud_emulator import EmulatorHandle, run_emulator
from tests.spec_conformance import OpenAPIRequest, OpenAPIResponse, openapi

#: statuses a test provokes on purpose that no operation declares (408 and 413: the emulator's own limits,
#: dockercloud_emulator.limits, which the Docker Cloud API does not describe)
UNDECLARED_OK = {405, 408, 413}


class SpecRecorder:
    """Validates responses and remembers what was checked (for assertions)."""

    def __init__(self) -> None:
        self.validated = 0
        self.operations: set[tuple[str, str]] = set()

    def hook(self, response: httpx.Response) -> None:
        response.read()
        request = response.request
        path = urlsplit(str(request.url)).path
        if not path.startswith("/api/") or response.status_code in UNDECLARED_OK:
            return
        oa_request = OpenAPIRequest(request.method, str(request.url), request.headers, request.content)
        try:
            oa_response = OpenAPIResponse(response.status_code, response.headers, response.content)
            openapi().validate_response(oa_request, oa_response)
        except (PathNotFound, OperationNotFound):
            if response.status_code != 404:
                raise
            return
        except Exception as exc:
            body = response.text[:2000]
            detail = getattr(exc, "__cause__", None)
            errors = getattr(detail, "schema_errors", None)
            raise AssertionError(
                f"{request.method} {path} -> {response.status_code} does not match the spec: "
                f"{exc!r} {errors or detail!r}\nbody: {body[:500]}"
            ) from None
        self.validated += 1
        self.operations.add((request.method, oa_request.path))


@pytest.fixture
def emu() -> Iterator[EmulatorHandle]:
    """A fresh emulator (step 0) with two users and an organisation."""
    with run_emulator(
        accounts=[("demo", "demo-apikey"), ("other", "other-key")],
        orgs=[("demo-org", ["demo"]), ("other-org", ["other"])],
    ) as handle:
        yield handle


@pytest.fixture
def recorder() -> SpecRecorder:
    """Spec validation bookkeeping of the test."""
    return SpecRecorder()


def make_client(emu: EmulatorHandle, recorder: SpecRecorder, auth: str | None = None) -> httpx.Client:
    """A client of the emulator validating every response against the spec."""
    headers = {"Accept": "application/json"}
    if auth is not None:
        headers["Authorization"] = auth
    return httpx.Client(base_url=emu.rest_url, headers=headers, timeout=10.0, event_hooks={"response": [recorder.hook]})


@pytest.fixture
def client(emu: EmulatorHandle, recorder: SpecRecorder) -> Iterator[httpx.Client]:
    """Authenticated (demo) client."""
    with make_client(emu, recorder, emu.auth_header) as c:
        yield c


@pytest.fixture
def other_client(emu: EmulatorHandle, recorder: SpecRecorder) -> Iterator[httpx.Client]:
    """Authenticated client of the second user."""
    with make_client(emu, recorder, emu.auth_for("other")) as c:
        yield c


@pytest.fixture
def anon(emu: EmulatorHandle, recorder: SpecRecorder) -> Iterator[httpx.Client]:
    """Client without credentials."""
    with make_client(emu, recorder) as c:
        yield c


_CLUSTER_IDS = itertools.count(1)


def deploy_cluster(client: httpx.Client, nodes: int = 2, ns: str = "") -> dict[str, Any]:
    """Create and deploy a Digital Ocean node cluster; returns it once deployed (step 0)."""
    prefix = f"/api/infra/v1/{ns + '/' if ns else ''}nodecluster/"
    created = client.post(
        prefix,
        json={
            "name": f"cluster-{next(_CLUSTER_IDS)}",
            "region": "/api/infra/v1/region/digitalocean/lon1/",
            "node_type": "/api/infra/v1/nodetype/digitalocean/1gb/",
            "target_num_nodes": nodes,
        },
    )
    assert created.status_code == 201, created.text
    uuid = created.json()["uuid"]
    deployed = client.post(f"{prefix}{uuid}/deploy/")
    assert deployed.status_code == 202, deployed.text
    cluster: dict[str, Any] = client.get(f"{prefix}{uuid}/").json()
    assert cluster["state"] == "Deployed", cluster
    return cluster


def dump(obj: Any) -> str:
    """Pretty JSON for assertion messages."""
    return json.dumps(obj, indent=1)[:3000]
