"""The conventions users of openai-python, githubkit and docker-py expect, through the public clients
over ``httpx.MockTransport``: ``__version__``, per-call ``timeout=``/``extra_headers=``,
``with_options``, ``wait=`` given a ``bool``, progress of waits, ``DOCKERCLOUD_LOG``,
``with_raw_response``."""

from __future__ import annotations

import inspect
import io
import logging
import math
from collections.abc import Callable, Iterator
from importlib.metadata import version
from typing import Any

import httpx
import pytest

import dockercloud_client
from dockercloud_api.models.action import Action
from dockercloud_api.operations import OPERATIONS
from dockercloud_client import (
    AsyncClient,
    AsyncStartedAction,
    Client,
    ConfigurationError,
    InvalidValueError,
    NotFoundError,
    Paginator,
    RateLimitError,
    RawResponse,
    ResponseValidationError,
    StartedAction,
)
from dockercloud_client import _logging as client_logging
from tests.spec_conformance import spec_copy

pytestmark = pytest.mark.anyio

HOST = "http://127.0.0.1:9"
APIKEY = "s3cr3t-apikey-value"
U = "fee900c6-97da-46b3-a21c-e2b50ed07015"
ACTION_URI = "/api/audit/v1/action/6246c558-976c-4df6-ba60-eb1a344a17af/"
SPEC = spec_copy()
EXAMPLES = {name: ex["value"] for name, ex in SPEC["components"]["examples"].items()}
SERVICE = EXAMPLES["Service"]
LIST_META = {"limit": 25, "offset": 0, "total_count": 1, "next": None, "previous": None}


class Server:
    """A MockTransport handler: a service, its list, a start answered 202 and an action whose
    states advance one per poll; every request is recorded."""

    def __init__(self, states: list[str] | None = None) -> None:
        self.states = list(states or ["Pending", "In progress", "In progress", "Success"])
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if path == ACTION_URI:
            return httpx.Response(200, json={**EXAMPLES["Action"], "state": self.states.pop(0)})
        if request.method == "POST":
            return httpx.Response(202, json=SERVICE, headers={"X-DockerCloud-Action-URI": ACTION_URI})
        if path.endswith("/service/"):
            return httpx.Response(200, json={"meta": LIST_META, "objects": [SERVICE]})
        return httpx.Response(200, json=SERVICE)


def client_for(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> Client:
    kwargs.setdefault("environ", {})
    return Client(
        user="demo", apikey=APIKEY, rest_host=HOST, transport=httpx.MockTransport(handler), sleep=lambda s: None,
        **kwargs,
    )  # fmt: skip


def async_client_for(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> AsyncClient:
    async def no_sleep(seconds: float) -> None:
        pass

    return AsyncClient(
        user="demo", apikey=APIKEY, rest_host=HOST, environ={}, transport=httpx.MockTransport(handler),
        sleep=no_sleep, **kwargs,
    )  # fmt: skip


def read_timeout(request: httpx.Request) -> object:
    return request.extensions["timeout"]["read"]


def test_version_is_the_distribution_version() -> None:
    assert dockercloud_client.__version__ == version("dockercloud-client")
    assert "__version__" in dockercloud_client.__all__


def test_per_call_timeout_and_extra_headers_on_plain_list_and_action_methods() -> None:
    server = Server()
    with client_for(server, timeout=30) as client:
        client.services.get(U)
        client.services.get(U, timeout=2.5, extra_headers={"X-Request-Id": "r1"})
        list(client.services.list(timeout=httpx.Timeout(4.0), extra_headers={"X-Request-Id": "r2"}))
        client.services.start(U, timeout=7, extra_headers={"X-Request-Id": "r3"})
    plain, get, page, start = server.requests
    assert read_timeout(plain) == 30 and "X-Request-Id" not in plain.headers
    assert read_timeout(get) == 2.5 and get.headers["X-Request-Id"] == "r1"
    assert read_timeout(page) == 4.0 and page.headers["X-Request-Id"] == "r2"
    assert read_timeout(start) == 7 and start.headers["X-Request-Id"] == "r3"
    # The options add to the client's headers; the credentials stay.
    assert all(r.headers["Authorization"].startswith("Basic ") for r in server.requests)


@pytest.mark.parametrize("bad", [float("nan"), -1, 0, True, "5", httpx.Timeout(5.0, read=-1)])
def test_a_timeout_sockets_cannot_take_is_refused_where_it_is_given(bad: Any) -> None:
    # NaN and negatives failed at the first request with a bare ValueError from socket.settimeout, 0 as a
    # connection error: the timeout is now checked on the client, on with_options and on each call.
    server = Server()
    with pytest.raises(InvalidValueError, match=r"timeout(\.read)? must be positive seconds") as caught:
        client_for(server, timeout=bad)
    assert caught.value.argument in ("timeout", "timeout.read")
    with client_for(server) as client:
        with pytest.raises(InvalidValueError):
            client.with_options(timeout=bad)
        with pytest.raises(InvalidValueError):
            client.services.get(U, timeout=bad)
    assert server.requests == []


def test_an_infinite_timeout_means_no_limit() -> None:
    # The streams' convention (logs(timeout=math.inf)); it raised OverflowError at the first request.
    server = Server()
    with client_for(server, timeout=math.inf) as client:
        client.services.get(U)
        client.services.get(U, timeout=httpx.Timeout(5.0, read=math.inf))
    assert [request.extensions["timeout"]["read"] for request in server.requests] == [None, None]
    assert server.requests[1].extensions["timeout"]["connect"] == 5.0


def test_extra_headers_can_replace_a_default_header() -> None:
    server = Server()
    with client_for(server) as client:
        client.services.get(U, extra_headers={"User-Agent": "my-tool/1"})
    assert server.requests[0].headers["User-Agent"] == "my-tool/1"


def test_per_call_options_apply_to_every_page_of_a_list() -> None:
    pages = [
        {"meta": {**LIST_META, "next": "/api/app/v1/service/?limit=1&offset=1"}, "objects": [SERVICE]},
        {"meta": LIST_META, "objects": [SERVICE]},
    ]
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=pages[len(requests) - 1])

    with client_for(answer) as client:
        assert len(list(client.services.list(limit=1, timeout=3, extra_headers={"X-Trace": "t"}))) == 2
    assert [r.url.params.get("offset") for r in requests] == ["0", "1"]
    assert all(r.headers["X-Trace"] == "t" and read_timeout(r) == 3 for r in requests)


def test_with_options_shares_the_pool_and_changes_timeout_and_retries() -> None:
    calls: list[httpx.Request] = []

    def busy(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503, json={"error": "busy"})

    client = client_for(busy, max_retries=1)
    patient = client.with_options(timeout=90, max_retries=4)
    impatient = patient.with_options(max_retries=0)
    assert patient._runtime.http is client._runtime.http  # one connection pool
    for each, attempts in ((client, 2), (patient, 5), (impatient, 1)):
        calls.clear()
        with pytest.raises(Exception, match="503"):
            each.services.get(U)
        assert len(calls) == attempts
    calls.clear()
    with pytest.raises(Exception, match="503"):
        impatient.services.get(U)
    assert read_timeout(calls[0]) == 90  # kept from the copy it was made from
    calls.clear()
    with pytest.raises(Exception, match="503"):
        impatient.services.get(U, timeout=1)
    assert read_timeout(calls[0]) == 1  # a per-call timeout wins
    patient.close()  # a copy never closes the shared pool
    assert not client._runtime.http.is_closed
    client.close()
    assert client._runtime.http.is_closed


def test_with_options_rejects_what_it_cannot_apply() -> None:
    with client_for(Server()) as client, pytest.raises(ConfigurationError, match="max_retries"):
        client.with_options(max_retries=-1)
    with httpx.Client(transport=httpx.MockTransport(Server())) as http:
        injected = Client(user="demo", apikey=APIKEY, rest_host=HOST, environ={}, http_client=http)
        assert injected.with_options(timeout=5).services.get(U).uuid == SERVICE["uuid"]
        with pytest.raises(ConfigurationError, match="http_client"):
            injected.with_options(max_retries=3)


def test_with_options_keeps_namespace_and_retry_after_is_still_honoured() -> None:
    answers = [httpx.Response(429, headers={"Retry-After": "3"}, json={"error": "slow down"})] * 3
    sleeps: list[float] = []
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return answers[len(requests) - 1]

    client = Client(
        user="demo", apikey=APIKEY, rest_host=HOST, environ={}, namespace="demo-org",
        transport=httpx.MockTransport(answer), sleep=sleeps.append,
    )  # fmt: skip
    with client, pytest.raises(RateLimitError):
        client.with_options(max_retries=2).services.get(U)
    assert sleeps == [3.0, 3.0]
    assert all(r.url.path.startswith("/api/app/v1/demo-org/") for r in requests)


def test_wait_given_a_bool_variable() -> None:
    for flag in (False, True):
        with client_for(Server()) as client:
            result = client.services.start(U, wait=flag)
        assert isinstance(result, StartedAction) is (not flag)


def test_types_returned_are_the_exported_classes() -> None:
    with client_for(Server()) as client:
        paginator = client.services.list()
        assert isinstance(paginator, Paginator)
        assert paginator.first_page().objects[0].uuid == SERVICE["uuid"]
        started = client.services.start(U)
        assert isinstance(started, StartedAction)
        assert isinstance(started.action(), Action)


def test_on_progress_and_info_log_lines_while_waiting(caplog: pytest.LogCaptureFixture) -> None:
    seen: list[str] = []
    with client_for(Server()) as client, caplog.at_level(logging.INFO, logger="dockercloud_client.actions"):
        service = client.services.start(U, wait=True, on_progress=lambda action: seen.append(str(action.state)))
    assert service.uuid == SERVICE["uuid"]
    assert len(seen) == 4 and "Success" in seen[-1] and "Pending" in seen[0]
    lines = [r.getMessage() for r in caplog.records if r.name == "dockercloud_client.actions"]
    # One line per change of state, not per poll.
    assert [line.split(" is ")[1].split(" after")[0] for line in lines] == ["Pending", "In progress", "Success"]
    assert all(ACTION_URI in line for line in lines)


def test_on_progress_of_started_and_actions_wait() -> None:
    seen: list[Action] = []
    with client_for(Server(["In progress", "Success"])) as client:
        client.services.start(U).wait(on_progress=seen.append)
    with client_for(Server(["Success"])) as client:
        client.actions.wait(ACTION_URI, on_progress=seen.append)
    assert [str(a.state) for a in seen][-1].endswith(("Success", "SUCCESS"))
    assert len(seen) == 3 and all(isinstance(a, Action) for a in seen)


async def test_async_per_call_options_progress_and_with_options() -> None:
    server = Server()
    seen: list[Action] = []
    async with async_client_for(server) as client:
        fast = client.with_options(timeout=5)
        await fast.services.get(U, extra_headers={"X-Request-Id": "a1"})
        started = await fast.services.start(U, wait=False)
        assert isinstance(started, AsyncStartedAction)
        flag = True
        result = await client.services.start(U, wait=flag, on_progress=seen.append, timeout=9)
        assert not isinstance(result, AsyncStartedAction)
        page = await client.services.list(extra_headers={"X-Request-Id": "a2"}).first_page()
        assert page.objects[0].uuid == SERVICE["uuid"]
    get, start, start_again = server.requests[:3]
    assert get.headers["X-Request-Id"] == "a1" and read_timeout(get) == 5
    assert read_timeout(start) == 5 and read_timeout(start_again) == 9
    assert server.requests[-1].headers["X-Request-Id"] == "a2"
    assert len(seen) == 4


@pytest.fixture
def log_handler() -> Iterator[io.StringIO]:
    """The DOCKERCLOUD_LOG handler, writing into a buffer; removed afterwards."""
    logger = logging.getLogger(client_logging.LOGGER)
    before = list(logger.handlers), logger.level
    buffer = io.StringIO()
    client_logging.configure_from_env({"DOCKERCLOUD_LOG": "debug"})
    handler = next(h for h in logger.handlers if isinstance(h, logging.StreamHandler) and h not in before[0])
    handler.setStream(buffer)
    yield buffer
    logger.handlers[:] = before[0]
    logger.setLevel(before[1])


def test_dockercloud_log_debug_logs_requests_without_credentials(log_handler: io.StringIO) -> None:
    server = Server(["Success"])
    env = {"DOCKERCLOUD_LOG": "debug"}
    with client_for(server, environ=env) as client:
        client.services.get(U, extra_headers={"X-Api-Token": "tok-123", "X-Request-Id": "visible"})
        client.services.start(U, wait=True)
    text = log_handler.getvalue()
    basic = server.requests[0].headers["Authorization"].split()[1]
    assert "request GET http://127.0.0.1:9/api/app/v1/service/" in text
    assert "response 200 for GET" in text and "response 202 for POST" in text
    assert "is Success after" in text  # the action's progress at INFO
    assert "visible" in text and "<redacted>" in text
    for secret in (APIKEY, basic, "tok-123"):
        assert secret not in text
    # One handler however many clients read the variable.
    with client_for(Server(), environ=env), client_for(Server(), environ=env):
        pass
    logger = logging.getLogger("dockercloud_client")
    assert sum(isinstance(h, type(logger.handlers[-1])) for h in logger.handlers) == 1


def test_redacting_filter_scrubs_foreign_messages(log_handler: io.StringIO) -> None:
    other = logging.getLogger("dockercloud_client.streams")
    other.debug("handshake headers: {'Authorization': 'Basic ZGVtbzpzM2NyM3Q=', 'Host': 'x'}")
    other.debug("sent Authorization: ApiKey demo:%s", APIKEY)
    text = log_handler.getvalue()
    assert "ZGVtbzpzM2NyM3Q=" not in text and APIKEY not in text
    assert text.count("<redacted>") == 2 and "'Host': 'x'" in text


def test_dockercloud_log_unset_or_unknown_installs_nothing() -> None:
    logger = logging.getLogger("dockercloud_client")
    before = list(logger.handlers)
    for env in ({}, {"DOCKERCLOUD_LOG": ""}, {"DOCKERCLOUD_LOG": "loud"}):
        client_for(Server(), environ=env).close()
    assert logger.handlers == before


def example_answer(operation_id: str) -> httpx.Response:
    """The spec's example answer of an operation's success response."""
    info = OPERATIONS[operation_id]
    op = SPEC["paths"][info.path][info.method.lower()]
    content = op["responses"][str(info.success_status)].get("content")
    headers = {"X-DockerCloud-Action-URI": ACTION_URI} if info.success_status == 202 else {}
    if not content:
        return httpx.Response(info.success_status, headers=headers)
    ref = content["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    return httpx.Response(info.success_status, json=EXAMPLES[ref], headers=headers)


def arguments_for(method: Callable[..., Any]) -> tuple[list[Any], dict[str, Any]]:
    """Placeholder values for a method's path parameters (all of them) and required keywords."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in inspect.signature(method).parameters.values():
        if param.kind is not param.POSITIONAL_OR_KEYWORD and param.default is not inspect.Parameter.empty:
            continue
        value: Any = 2 if param.annotation in (int, "int") else "p"
        if "[" in str(param.annotation) or "list" in str(param.annotation):
            value = []
        if param.kind is param.POSITIONAL_OR_KEYWORD:
            args.append(value)
        else:
            kwargs[param.name] = value
    return args, kwargs


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_has_a_raw_form_sending_the_same_request(operation_id: str) -> None:
    info = OPERATIONS[operation_id]
    name = operation_id[len(info.tag) + 1 :]
    regular: list[httpx.Request] = []
    raw: list[httpx.Request] = []

    def recording(into: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
        def handler(request: httpx.Request) -> httpx.Response:
            into.append(request)
            return example_answer(operation_id)

        return handler

    with client_for(recording(raw), namespace="demo-org") as client:
        method = getattr(getattr(client.with_raw_response, info.tag), name)
        args, kwargs = arguments_for(method)
        response = method(*args, **kwargs, extra_headers={"X-Raw": "1"})
        assert isinstance(response, RawResponse)
        assert response.status_code == info.success_status
        parsed = response.parse()
        assert (parsed is None) is (info.success_status == 204)
    with client_for(recording(regular), namespace="demo-org") as client:
        result = getattr(getattr(client, info.tag), name)(*args, **kwargs)
        if isinstance(result, Paginator):
            result.first_page()
    assert len(raw) == 1 and raw[0].headers["X-Raw"] == "1"
    assert (raw[0].method, raw[0].url, raw[0].content) == (regular[0].method, regular[0].url, regular[0].content)


def test_raw_response_of_an_action_a_list_and_an_error() -> None:
    server = Server()
    with client_for(server) as client:
        raw = client.with_raw_response
        started = raw.services.start(U)
        assert started.status_code == 202 and started.headers["X-DockerCloud-Action-URI"] == ACTION_URI
        assert started.parse().uuid == SERVICE["uuid"]
        assert len(server.requests) == 1  # no action polling: one request, one response
        page = raw.services.list(limit=1).parse()
        assert page.objects[0].uuid == SERVICE["uuid"] and page.meta.total_count == 1
        assert "RawResponse(status_code=200, method='GET'" in repr(raw.services.get(U))
        assert raw.services.get(U).http_response.json()["uuid"] == SERVICE["uuid"]
    with client_for(lambda r: httpx.Response(404, json={"error": "gone"})) as client, pytest.raises(NotFoundError):
        client.with_raw_response.services.get(U)
    with client_for(lambda r: httpx.Response(200, json={"uuid": 5})) as client:
        unparsed = client.with_raw_response.services.get(U)
        with pytest.raises(ResponseValidationError, match="services_get"):
            unparsed.parse()


async def test_async_raw_response_follows_namespace_and_options() -> None:
    server = Server()
    async with async_client_for(server) as client:
        raw = client.with_namespace("demo-org").with_options(timeout=4).with_raw_response
        response = await raw.services.get(U)
        assert response.parse().uuid == SERVICE["uuid"]
        started = await raw.services.start(U)
        assert started.status_code == 202
    assert server.requests[0].url.path == f"/api/app/v1/demo-org/service/{U}/"
    assert read_timeout(server.requests[0]) == 4
