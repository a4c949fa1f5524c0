"""Fixtures of the emulator tests: a running emulator per test and an httpx client whose
response hook validates every answer against spec/openapi.yaml with openapi-core."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import yaml
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from werkzeug.datastructures import Headers, ImmutableMultiDict

from dockercloud_emulator import EmulatorHandle, run_emulator

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"
RESOURCE_SEGMENTS = {
    "action",
    "provider",
    "region",
    "az",
    "nodetype",
    "nodecluster",
    "node",
    "tag",
    "registry",
    "repository",
    "stack",
    "service",
    "container",
    "events",
}
_NS = re.compile(r"^(/api/[a-z]+/v1/)([^/]+)/(.*)$")
#: statuses a test provokes on purpose that no operation declares
UNDECLARED_OK = {405}


def strip_namespace(path: str) -> str:
    """``/api/app/v1/demo/service/`` -> ``/api/app/v1/service/`` (spec paths have no namespace)."""
    match = _NS.match(path)
    if match and match.group(2) not in RESOURCE_SEGMENTS:
        return match.group(1) + match.group(3)
    return path


class HttpxOpenAPIRequest:
    """openapi-core Request protocol over an :class:`httpx.Request` (namespace stripped)."""

    def __init__(self, request: httpx.Request) -> None:
        self.request = request
        url = urlsplit(str(request.url))
        self.host_url = f"{url.scheme}://{url.netloc}"
        self.path = strip_namespace(url.path)
        repo = re.match(r"^(/api/repo/v1/repository/)(.+)/$", self.path)
        if repo:  # repository names contain slashes; the spec's {name} is one segment
            self.path = repo.group(1) + repo.group(2).replace("/", "%2F") + "/"
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qs(url.query, keep_blank_values=True)),
            header=Headers(dict(request.headers)),
            cookie=ImmutableMultiDict({}),
        )

    @property
    def method(self) -> str:
        return self.request.method.lower()

    @property
    def body(self) -> bytes | None:
        return self.request.content or None

    @property
    def content_type(self) -> str:
        return str(self.request.headers.get("content-type", "application/json"))


class HttpxOpenAPIResponse:
    """openapi-core Response protocol over an :class:`httpx.Response`."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def content_type(self) -> str:
        return str(self.response.headers.get("content-type", ""))

    @property
    def headers(self) -> Headers:
        return Headers(dict(self.response.headers))

    @property
    def data(self) -> bytes | None:
        return self.response.content or None


_OPENAPI: OpenAPI | None = None
_RFC1123 = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"\d{4} \d{2}:\d{2}:\d{2} \+0000$"
)
_ISO8601 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def wire_datetime(value: Any) -> bool:
    """``format: date-time`` on the wire: RFC 1123 (REST objects) or ISO 8601 (see architecture.md)."""
    if not isinstance(value, str):
        return True
    if _RFC1123.match(value):
        parsedate_to_datetime(value)
        return True
    return bool(_ISO8601.match(value))


def spec_validator() -> OpenAPI:
    """The openapi-core validator (loaded once)."""
    global _OPENAPI
    if _OPENAPI is None:
        _OPENAPI = OpenAPI.from_dict(
            yaml.safe_load(SPEC_PATH.read_text()), config=Config(extra_format_validators={"date-time": wire_datetime})
        )
    return _OPENAPI


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
        oa_request = HttpxOpenAPIRequest(request)
        try:
            spec_validator().validate_response(oa_request, HttpxOpenAPIResponse(response))
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
