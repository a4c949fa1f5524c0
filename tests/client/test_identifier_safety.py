"""No identifier can steer a request (issue 11, design decision 12).

Every traversal form goes through the public ``Client`` / ``AsyncClient``, whose transport records
any request it is asked to send: each form must raise ``InvalidIdentifierError`` with nothing sent.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from dockercloud_api.operations import OPERATIONS
from dockercloud_client import AsyncClient, Client, ConfigurationError, InvalidIdentifierError

pytestmark = pytest.mark.anyio

HOST = "http://127.0.0.1:9"
STREAM_HOST = "ws://127.0.0.1:9"
AUTH = "Basic ZGVtbzpkZW1vLWFwaWtleQ=="
U = "fee900c6-97da-46b3-a21c-e2b50ed07015"

#: The forms of the issue, then every other way out of a path segment.
TRAVERSALS = [
    f"../../../infra/v1/nodecluster/{U}",
    f"../service/{U}",
    f"../../alice/service/{U}",
    "..",
    ".",
    "",
    f"{U}/..",
    f"{U}/../../../infra/v1/nodecluster/{U}",
    "%2e%2e",
    "..%2F..%2Finfra",
    f"{U}?limit=1000",
    f"{U}#x",
    "a\\..\\..\\b",
    f"{U} ",
    f"{U}\r\nX-Injected: 1",
    "nul\x00byte",
    "zero\u200bwidth",
    f"/api/app/v1/service/{U}/../../../infra/v1/nodecluster/{U}/",
    f"/api/app/v1/service/%2e%2e/%2e%2e/infra/v1/nodecluster/{U}/",
    f"/api/app/v1/service/{U}/?x=1",
    f"/api/v1/../infra/v1/nodecluster/{U}/",
    "/api/app/v1/",
]


class NoRequests:
    """A transport handler that records every request; the tests assert it stayed empty."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(599, json={"error": "this request must not have been sent"})


def sync_client(handler: NoRequests, **kwargs: Any) -> Client:
    kwargs.setdefault("environ", {})
    return Client(
        rest_host=HOST, stream_host=STREAM_HOST, auth=AUTH,
        transport=httpx.MockTransport(handler), sleep=lambda s: None, **kwargs,
    )  # fmt: skip


def async_client(handler: NoRequests, **kwargs: Any) -> AsyncClient:
    async def no_sleep(seconds: float) -> None:
        return None

    return AsyncClient(
        rest_host=HOST, stream_host=STREAM_HOST, auth=AUTH, environ={},
        transport=httpx.MockTransport(handler), sleep=no_sleep, **kwargs,
    )  # fmt: skip


def placeholder(annotation: Any) -> Any:
    return 2 if annotation is int else "x"


def call_arguments(method: Callable[..., Any], bad: str, position: int) -> tuple[list[Any], dict[str, Any]] | None:
    """Arguments with ``bad`` as the path parameter at ``position`` (None if there is no such one)."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    positional = [p for p in inspect.signature(method).parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
    if position >= len(positional) or positional[position].annotation is int:
        return None
    for index, param in enumerate(positional):
        args.append(bad if index == position else placeholder(param.annotation))
    for param in inspect.signature(method).parameters.values():
        if param.kind is param.KEYWORD_ONLY and param.default is inspect.Parameter.empty:
            kwargs[param.name] = True if param.annotation is bool else placeholder(param.annotation)
    return args, kwargs


OPERATIONS_WITH_PATH = sorted(op for op, info in OPERATIONS.items() if "{" in info.path)


def method_of(client: Client | AsyncClient, operation_id: str) -> Callable[..., Any]:
    info = OPERATIONS[operation_id]
    return getattr(getattr(client, info.tag), operation_id[len(info.tag) + 1 :])  # type: ignore[no-any-return]


@pytest.mark.parametrize("operation_id", OPERATIONS_WITH_PATH)
def test_every_operation_refuses_every_traversal_before_sending(operation_id: str) -> None:
    handler = NoRequests()
    refused = 0
    with sync_client(handler) as client:
        for namespaced_client in (client, client.with_namespace("acme")):
            method = method_of(namespaced_client, operation_id)
            for position in range(3):
                for bad in TRAVERSALS:
                    arguments = call_arguments(method, bad, position)
                    if arguments is None:
                        continue
                    with pytest.raises(InvalidIdentifierError):
                        method(*arguments[0], **arguments[1])
                    refused += 1
    assert refused >= len(TRAVERSALS) * 2
    assert handler.requests == []


@pytest.mark.parametrize("operation_id", OPERATIONS_WITH_PATH)
async def test_every_async_operation_refuses_every_traversal_before_sending(operation_id: str) -> None:
    handler = NoRequests()
    async with async_client(handler) as client:
        method = method_of(client, operation_id)
        for bad in TRAVERSALS:
            arguments = call_arguments(method, bad, 0)
            assert arguments is not None
            with pytest.raises(InvalidIdentifierError):
                await method(*arguments[0], **arguments[1])
    assert handler.requests == []


def test_the_issues_examples() -> None:
    handler = NoRequests()
    with sync_client(handler) as client:
        with pytest.raises(InvalidIdentifierError):
            client.services.terminate(f"../../../infra/v1/nodecluster/{U}")
        with pytest.raises(InvalidIdentifierError):
            client.stacks.terminate(f"../service/{U}")
        with pytest.raises(InvalidIdentifierError):
            client.with_namespace("acme").services.get(f"../../alice/service/{U}")
        with pytest.raises(InvalidIdentifierError):
            client.services.get("..")
        # Another resource's URI, wherever it points.
        for uri in (f"/api/infra/v1/nodecluster/{U}/", f"http://evil.example/api/infra/v1/nodecluster/{U}/"):
            with pytest.raises(InvalidIdentifierError):
                client.services.terminate(uri)
        # A resource URI of another namespace than the bound one is refused, not followed.
        with pytest.raises(InvalidIdentifierError, match="with_namespace"):
            client.with_namespace("acme").services.get(f"/api/app/v1/alice/service/{U}/")
        with pytest.raises(InvalidIdentifierError, match="with_namespace"):
            client.with_namespace("acme").containers.logs(f"/api/app/v1/alice/container/{U}/")
        for namespace in ("..", "a/b", "x?y", "%2e%2e"):
            with pytest.raises(ConfigurationError):
                client.with_namespace(namespace)
    assert handler.requests == []


def test_bad_namespace_setting_is_refused_at_construction() -> None:
    for namespace in ("..", "../alice"):
        with pytest.raises(ConfigurationError):
            sync_client(NoRequests(), namespace=namespace)
        with pytest.raises(ConfigurationError):
            sync_client(NoRequests(), environ={"DOCKERCLOUD_NAMESPACE": namespace})


@pytest.mark.parametrize("bad", TRAVERSALS)
def test_stream_methods_refuse_every_traversal(bad: str) -> None:
    with sync_client(NoRequests()) as client:
        for open_stream in (
            lambda: client.containers.logs(bad),
            lambda: client.services.logs(bad),
            lambda: client.actions.logs(bad),
            lambda: client.containers.exec(bad, "ls"),
            lambda: client.containers.run(bad, "ls", timeout=1),
            lambda: client.actions.wait(bad, timeout=1),
        ):
            with pytest.raises(InvalidIdentifierError):
                open_stream()


def test_resource_uris_use_their_namespace_for_rest_like_streams() -> None:
    sent: list[str] = []
    hosts: set[str] = set()

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.raw_path.decode())
        hosts.add(request.url.host)
        return httpx.Response(404, json={"error": "not found"})

    uri = f"/api/app/v1/acme/service/{U}/"
    with Client(
        rest_host=HOST, stream_host=STREAM_HOST, auth=AUTH, environ={}, transport=httpx.MockTransport(answer)
    ) as client:
        for target in (client, client.with_namespace("acme")):
            with pytest.raises(Exception, match="404"):
                target.services.get(uri)
            with pytest.raises(Exception, match="404"):
                target.services.start(f"https://cloud.docker.com{uri}")
            assert target.services.logs(uri).url.startswith(f"{STREAM_HOST}/api/app/v1/acme/service/{U}/logs/")
        with pytest.raises(Exception, match="404"):
            client.triggers.call(f"/api/app/v1/acme/service/{U}/trigger/{U}/", count=3)
        with pytest.raises(Exception, match="404"):
            client.repositories.get("/api/repo/v1/acme/repository/registry.local:5000/user/image/")
        # Only the path of an absolute URL is used: credentials never go to the host it names.
        with pytest.raises(Exception, match="404"):
            client.node_clusters.get(f"https://evil.example/api/infra/v1/nodecluster/{U}/")
    assert sent == [
        f"/api/app/v1/acme/service/{U}/",
        f"/api/app/v1/acme/service/{U}/start/",
        f"/api/app/v1/acme/service/{U}/",
        f"/api/app/v1/acme/service/{U}/start/",
        f"/api/app/v1/acme/service/{U}/trigger/{U}/call/3/",
        "/api/repo/v1/acme/repository/registry.local%3A5000/user/image/",
        f"/api/infra/v1/nodecluster/{U}/",
    ]
    assert hosts == {"127.0.0.1"}
