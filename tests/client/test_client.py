"""Client and AsyncClient over httpx.MockTransport: URLs of every operation, namespaces,
credentials on the wire, errors, retries, pagination, partial updates, actions, redaction."""

from __future__ import annotations

import enum
import inspect
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from dockercloud_api.models.service_state import ServiceState
from dockercloud_api.operations import OPERATIONS
from dockercloud_client import (
    ActionFailedError,
    AsyncClient,
    Client,
    InvalidIdentifierError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
)
from tests.spec_conformance import spec_copy

pytestmark = pytest.mark.anyio

HOST = "http://127.0.0.1:9"
AUTH = "Basic ZGVtbzpkZW1vLWFwaWtleQ=="
SPEC = spec_copy()
EXAMPLES = {name: ex["value"] for name, ex in SPEC["components"]["examples"].items()}
U = "fee900c6-97da-46b3-a21c-e2b50ed07015"
ACTION_URI = "/api/audit/v1/action/6246c558-976c-4df6-ba60-eb1a344a17af/"


def success_example(operation_id: str) -> tuple[int, Any]:
    """The status and an example body of an operation's success response, from the spec."""
    info = OPERATIONS[operation_id]
    op = SPEC["paths"][info.path][info.method.lower()]
    status = str(info.success_status)
    content = op["responses"][status].get("content")
    if not content:
        return info.success_status, None
    ref = content["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    return info.success_status, EXAMPLES[ref]


class Recorder:
    """A MockTransport handler answering each operation's example and recording requests."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)


def make_client(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> Client:
    kwargs.setdefault("auth", AUTH)
    return Client(rest_host=HOST, environ={}, transport=httpx.MockTransport(handler), sleep=lambda s: None, **kwargs)


def dummy(annotation: Any) -> Any:
    """A value for a required argument of the given type."""
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if annotation is int:
        return 2
    if annotation is bool:
        return True
    return "x"


def invoke(client: Client, operation_id: str) -> tuple[Any, list[str]]:
    """Call the method of an operation with placeholder arguments; return its result and path values."""
    info = OPERATIONS[operation_id]
    group = getattr(client, info.tag)
    method_name = operation_id[len(info.tag) + 1 :]
    method = getattr(group, method_name)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    values: list[str] = []
    for index, param in enumerate(inspect.signature(method).parameters.values()):
        if param.kind is param.POSITIONAL_OR_KEYWORD:
            value = dummy(param.annotation) if param.annotation is int else f"p{index}"
            args.append(value)
            values.append(str(value))
        elif param.kind is param.KEYWORD_ONLY and param.default is inspect.Parameter.empty:
            kwargs[param.name] = dummy(param.annotation)
    result = method(*args, **kwargs)
    if info.paginated:
        result = next(iter(result.pages()))
    return result, values


def expected_path(operation_id: str, values: list[str], namespace: str | None) -> str:
    info = OPERATIONS[operation_id]
    path = info.path
    for value in values:
        start = path.index("{")
        path = path[:start] + value + path[path.index("}", start) + 1 :]
    if namespace and info.namespaced:
        prefix_end = path.index("/v1/") + len("/v1/")
        path = path[:prefix_end] + namespace + "/" + path[prefix_end:]
    return path


def example_answer(request: httpx.Request, operation_id: str) -> httpx.Response:
    status, body = success_example(operation_id)
    headers = {"X-DockerCloud-Action-URI": ACTION_URI} if status == 202 else {}
    if body is None:
        return httpx.Response(status, headers=headers)
    return httpx.Response(status, json=body, headers=headers)


@pytest.mark.parametrize("namespace", [None, "demo-org"])
@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_url_method_and_parse(operation_id: str, namespace: str | None) -> None:
    recorder = Recorder(lambda request: example_answer(request, operation_id))
    with make_client(recorder, namespace=namespace) as client:
        result, values = invoke(client, operation_id)
    info = OPERATIONS[operation_id]
    (request,) = recorder.requests
    assert request.method == info.method
    assert request.url.path == expected_path(operation_id, values, namespace)
    assert request.url.host == "127.0.0.1"
    if info.authenticated:
        assert request.headers["Authorization"] == AUTH
    else:
        assert "Authorization" not in request.headers
    assert request.headers["User-Agent"].startswith("dockercloud-client/")
    if info.starts_action:
        assert result.action_uri == ACTION_URI
        assert result.object is not None
    elif info.success_status == 204:
        assert result is None
    else:
        assert result is not None


def test_with_namespace_shares_the_pool() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        kind = "Provider" if "/provider/" in request.url.path else "Service"
        return httpx.Response(200, json=EXAMPLES[kind])

    recorder = Recorder(answer)
    with make_client(recorder) as client:
        org = client.with_namespace("demo-org")
        assert org._runtime.http is client._runtime.http
        assert org.namespace == "demo-org" and client.namespace is None
        org.services.get(U)
        client.services.get(U)
        org.providers.get("digitalocean")
        org.close()  # no effect on the shared pool
        client.services.get(U)
    paths = [r.url.path for r in recorder.requests]
    assert paths[:2] == [f"/api/app/v1/demo-org/service/{U}/", f"/api/app/v1/service/{U}/"]
    assert paths[2] == "/api/infra/v1/provider/digitalocean/"


def test_resource_uri_and_composite_names() -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=EXAMPLES["Region"]))
    with make_client(recorder) as client:
        client.regions.get("digitalocean/lon1")
        client.regions.get("digitalocean", "lon1")
        client.regions.get("/api/infra/v1/region/digitalocean/lon1/")
    assert {r.url.path for r in recorder.requests} == {"/api/infra/v1/region/digitalocean/lon1/"}
    recorder = Recorder(lambda request: httpx.Response(200, json=EXAMPLES["Service"]))
    with make_client(recorder, namespace="demo-org") as client:
        client.services.get(f"https://cloud.docker.com/api/app/v1/demo-org/service/{U}/")
        # The docs' example URI names another namespace than the bound one: refused, not redirected.
        with pytest.raises(InvalidIdentifierError):
            client.services.get(EXAMPLES["Service"]["resource_uri"])
    assert [r.url.path for r in recorder.requests] == [f"/api/app/v1/demo-org/service/{U}/"]


def test_repository_names_keep_their_slashes() -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=EXAMPLES["Repository"]))
    with make_client(recorder) as client:
        client.repositories.get("quay.io/user/repo")
    assert recorder.requests[0].url.path == "/api/repo/v1/repository/quay.io/user/repo/"


def test_partial_update_sends_only_given_fields_including_falsy() -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=EXAMPLES["Service"]))
    with make_client(recorder) as client:
        client.services.update(U, autoredeploy=False, target_num_containers=0, container_envvars=[])
    body = json.loads(recorder.requests[0].content)
    assert body == {"autoredeploy": False, "target_num_containers": 0, "container_envvars": []}
    assert recorder.requests[0].headers["Content-Type"] == "application/json"


def test_pagination_follows_next_lazily_and_passes_limit() -> None:
    service = EXAMPLES["Service"]

    def answer(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        nxt = f"/api/app/v1/service/?limit=2&offset={offset + 2}&state=Running" if offset < 4 else None
        meta = {"limit": 2, "offset": offset, "total_count": 5, "next": nxt, "previous": None}
        count = 2 if offset < 4 else 1
        return httpx.Response(200, json={"meta": meta, "objects": [service] * count})

    recorder = Recorder(answer)
    with make_client(recorder) as client:
        pager = client.services.list(limit=2, state=ServiceState("Running"))
        assert recorder.requests == []
        iterator = iter(pager)
        next(iterator)
        assert len(recorder.requests) == 1
        assert sum(1 for _ in iterator) == 4
        assert len(recorder.requests) == 3
        assert [len(page.objects) for page in pager.pages()] == [2, 2, 1]
    first = recorder.requests[0].url
    assert first.params["limit"] == "2" and first.params["state"] == "Running"
    assert recorder.requests[1].url.params["offset"] == "2"
    assert all(r.headers["Authorization"] == AUTH for r in recorder.requests)


def test_next_link_on_another_host_keeps_credentials_home() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        nxt = "https://evil.example/api/app/v1/service/?offset=1" if request.url.params["offset"] == "0" else None
        meta = {"limit": 1, "offset": 0, "total_count": 2, "next": nxt, "previous": None}
        return httpx.Response(200, json={"meta": meta, "objects": [EXAMPLES["Service"]]})

    recorder = Recorder(answer)
    with make_client(recorder) as client:
        assert len(list(client.services.list())) == 2
    assert {r.url.host for r in recorder.requests} == {"127.0.0.1"}


@pytest.mark.parametrize("status", [400, 401, 403, 404, 405, 409, 415, 429, 500, 503])
def test_errors_are_mapped(status: int) -> None:
    recorder = Recorder(
        lambda request: httpx.Response(status, json={"error": "went wrong"}, headers={"Retry-After": "1"})
    )
    with make_client(recorder, max_retries=0) as client, pytest.raises(Exception) as info:
        client.services.get(U)
    error = info.value
    assert getattr(error, "status_code", None) == status
    assert error.error == "went wrong"  # type: ignore[attr-defined]
    assert error.url == f"{HOST}/api/app/v1/service/{U}/"  # type: ignore[attr-defined]
    if status == 429:
        assert isinstance(error, RateLimitError) and error.retry_after == 1.0
    assert AUTH.split()[1] not in str(error) + repr(error)


def test_not_found_class() -> None:
    answer = httpx.Response(404, json={"error": "Not found"})
    with make_client(lambda r: answer) as client, pytest.raises(NotFoundError):
        client.stacks.get(U)


def test_body_that_is_not_the_promised_json() -> None:
    for answer in (httpx.Response(200, json={"unexpected": True}), httpx.Response(200, text="<html>")):

        def handler(request: httpx.Request, answer: httpx.Response = answer) -> httpx.Response:
            return answer

        with make_client(handler) as client, pytest.raises(ResponseValidationError, match="services_get"):
            client.services.get(U)


@pytest.mark.parametrize("status", [200, 204])
def test_an_empty_body_where_an_object_was_promised_says_so(status: int) -> None:
    # It said "TypeError: 'NoneType' object is not iterable", the model's own failure on None.
    with make_client(lambda request: httpx.Response(status)) as client:
        with pytest.raises(ResponseValidationError, match="services_get .*: body is empty$"):
            client.services.get(U)
        with pytest.raises(ResponseValidationError, match="services_start .*: body is empty$"):
            client.services.start(U)


def test_retries_through_the_client() -> None:
    statuses = [503, 502, 200]
    sleeps: list[float] = []
    recorder = Recorder(
        lambda r: httpx.Response(statuses.pop(0), json=EXAMPLES["Service"] if not statuses else {"error": "busy"})
    )
    client = Client(auth=AUTH, rest_host=HOST, environ={}, transport=httpx.MockTransport(recorder), sleep=sleeps.append)
    with client:
        client.services.get(U)
    assert len(recorder.requests) == 3 and len(sleeps) == 2


def action_body(state: str) -> dict[str, Any]:
    return {**EXAMPLES["Action"], "state": state, "resource_uri": ACTION_URI}


def test_start_with_wait_polls_then_refreshes() -> None:
    states = ["Pending", "In progress", "Success"]
    service = EXAMPLES["Service"]

    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(
                202, json={**service, "state": "Starting"}, headers={"X-DockerCloud-Action-URI": ACTION_URI}
            )
        if request.url.path == ACTION_URI:
            return httpx.Response(200, json=action_body(states.pop(0)))
        return httpx.Response(200, json={**service, "state": "Running"})

    recorder = Recorder(answer)
    sleeps: list[float] = []
    with Client(
        auth=AUTH, rest_host=HOST, environ={}, transport=httpx.MockTransport(recorder), sleep=sleeps.append
    ) as client:
        refreshed = client.services.start(U, wait=True, wait_timeout=30)
        assert str(refreshed.state) in ("Running", "ServiceState.RUNNING")
        started = client.services.start(U)
        assert started.action_uri == ACTION_URI
    paths = [r.url.path for r in recorder.requests]
    assert paths[0] == f"/api/app/v1/service/{U}/start/"
    assert paths[1:4] == [ACTION_URI] * 3
    assert paths[4] == service["resource_uri"]
    assert sleeps == [0.5, 0.75]


def test_failed_action_raises() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == ACTION_URI:
            return httpx.Response(200, json=action_body("Failed"))
        return httpx.Response(202, json=EXAMPLES["Service"], headers={"X-DockerCloud-Action-URI": ACTION_URI})

    with make_client(answer) as client:
        with pytest.raises(ActionFailedError) as info:
            client.services.stop(U, wait=True)
        assert info.value.state == "Failed"
        with pytest.raises(ActionFailedError):
            client.actions.wait(ACTION_URI)
        with pytest.raises(ActionFailedError):
            client.actions.wait("6246c558-976c-4df6-ba60-eb1a344a17af")


def test_trigger_call_with_count_uses_its_operation_without_credentials() -> None:
    recorder = Recorder(
        lambda r: httpx.Response(202, json=EXAMPLES["Action"], headers={"X-DockerCloud-Action-URI": ACTION_URI})
    )
    trigger_uri = f"/api/app/v1/service/{U}/trigger/abc/"
    with make_client(recorder) as client:
        client.triggers.call(trigger_uri)
        client.triggers.call(U, "abc", count=3)
    assert recorder.requests[0].url.path == f"/api/app/v1/service/{U}/trigger/abc/call/"
    assert recorder.requests[1].url.path == f"/api/app/v1/service/{U}/trigger/abc/call/3/"
    assert all("Authorization" not in r.headers for r in recorder.requests)


def test_credentials_from_environment_and_redaction(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(lambda r: httpx.Response(503, json={"error": "down"}))
    env = {"DOCKERCLOUD_USER": "demo", "DOCKERCLOUD_APIKEY": "demo-apikey", "DOCKERCLOUD_REST_HOST": HOST + "/"}
    with caplog.at_level(logging.DEBUG):
        client = Client.from_env(env, transport=httpx.MockTransport(recorder), sleep=lambda s: None)
        with client, pytest.raises(Exception) as info:
            client.services.get(U)
    assert recorder.requests[0].headers["Authorization"] == AUTH
    assert recorder.requests[0].url.host == "127.0.0.1"
    secret_bits = ("demo-apikey", AUTH.split()[1])
    text = repr(client) + str(client) + str(info.value) + repr(info.value) + caplog.text
    assert not any(bit in text for bit in secret_bits)
    assert "user='demo'" in repr(client)
    assert all(bit not in str(r.url) for r in recorder.requests for bit in secret_bits)


def test_plain_construction_reads_environ_not_at_import(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="DOCKERCLOUD_AUTH"):
        Client(environ={}, home=tmp_path)


async def test_async_client_end_to_end() -> None:
    service = EXAMPLES["Service"]
    states = ["In progress", "Success"]

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == ACTION_URI:
            return httpx.Response(200, json=action_body(states.pop(0)))
        if request.method == "POST":
            return httpx.Response(202, json=service, headers={"X-DockerCloud-Action-URI": ACTION_URI})
        if request.url.path.endswith("/service/"):
            meta = {"limit": 25, "offset": 0, "total_count": 1, "next": None, "previous": None}
            return httpx.Response(200, json={"meta": meta, "objects": [service]})
        return httpx.Response(200, json=service)

    recorder = Recorder(answer)
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async with AsyncClient(
        auth=AUTH,
        rest_host=HOST,
        environ={},
        namespace="demo-org",
        transport=httpx.MockTransport(recorder),
        sleep=sleep,
    ) as client:
        items = [s async for s in client.services.list()]
        assert len(items) == 1
        await client.services.get(U)
        refreshed = await client.services.redeploy(U, wait=True)
        assert refreshed.uuid == service["uuid"]
        other = client.with_namespace(None)
        await other.services.get(U)
    paths = [r.url.path for r in recorder.requests]
    assert paths[0] == "/api/app/v1/demo-org/service/"
    assert paths[1] == f"/api/app/v1/demo-org/service/{U}/"
    assert paths[2] == f"/api/app/v1/demo-org/service/{U}/redeploy/"
    assert paths[-1] == f"/api/app/v1/service/{U}/"
    assert sleeps == [0.5]
