"""Retries at the transport: what is retried, how often, how long it waits (injected sleep)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from dockercloud_client._transport import AsyncRetryTransport, RetryPolicy, RetryTransport

pytestmark = pytest.mark.anyio


class Server:
    """A MockTransport handler answering a scripted sequence of statuses or exceptions."""

    def __init__(self, *script: int | Exception, headers: dict[str, str] | None = None) -> None:
        self.script = list(script)
        self.headers = headers or {}
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        step = self.script[min(self.calls, len(self.script) - 1)]
        self.calls += 1
        if isinstance(step, Exception):
            raise step
        return httpx.Response(step, json={"n": self.calls}, headers=self.headers)


def sync_client(server: Server, sleeps: list[float], **policy: Any) -> httpx.Client:
    transport = RetryTransport(
        httpx.MockTransport(server),
        RetryPolicy(random=lambda: 0.0, **policy),
        sleep=sleeps.append,
    )
    return httpx.Client(transport=transport, base_url="http://127.0.0.1")


@pytest.mark.parametrize("status", [429, 502, 503, 504])
@pytest.mark.parametrize("method", ["GET", "HEAD", "DELETE"])
def test_idempotent_methods_retry_retryable_statuses(method: str, status: int) -> None:
    server, sleeps = Server(status, status, 200), list[float]()
    with sync_client(server, sleeps) as client:
        assert client.request(method, "/x").status_code == 200
    assert server.calls == 3
    assert sleeps == [0.5, 1.0]


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_post_and_patch_are_not_retried_once_sent(method: str) -> None:
    server, sleeps = Server(503, 200), list[float]()
    with sync_client(server, sleeps) as client:
        assert client.request(method, "/x").status_code == 503
    server2 = Server(httpx.ReadTimeout("slow"), 200)
    with sync_client(server2, sleeps) as client, pytest.raises(httpx.ReadTimeout):
        client.request(method, "/x")
    assert server.calls == 1 and server2.calls == 1 and sleeps == []


@pytest.mark.parametrize("method", ["POST", "PATCH", "GET"])
def test_connection_failures_before_sending_are_retried(method: str) -> None:
    server, sleeps = Server(httpx.ConnectError("refused"), 201), list[float]()
    with sync_client(server, sleeps) as client:
        assert client.request(method, "/x").status_code == 201
    assert server.calls == 2 and sleeps == [0.5]


def test_gives_up_after_max_retries() -> None:
    server, sleeps = Server(503), list[float]()
    with sync_client(server, sleeps, max_retries=3) as client:
        assert client.get("/x").status_code == 503
    assert server.calls == 4
    assert sleeps == [0.5, 1.0, 2.0]
    server, sleeps = Server(httpx.ConnectError("refused")), list[float]()
    with sync_client(server, sleeps) as client, pytest.raises(httpx.ConnectError):
        client.get("/x")
    assert server.calls == 3


def test_zero_retries() -> None:
    server, sleeps = Server(503), list[float]()
    with sync_client(server, sleeps, max_retries=0) as client:
        assert client.get("/x").status_code == 503
    assert server.calls == 1 and sleeps == []


def test_other_statuses_are_not_retried() -> None:
    for status in (400, 401, 404, 409, 500):
        server, sleeps = Server(status, 200), list[float]()
        with sync_client(server, sleeps) as client:
            assert client.get("/x").status_code == status
        assert server.calls == 1


def test_retry_after_is_honoured() -> None:
    server, sleeps = Server(429, 200, headers={"Retry-After": "3"}), list[float]()
    with sync_client(server, sleeps) as client:
        client.get("/x")
    assert sleeps == [3.0]


def test_retry_after_longer_than_the_cap_is_not_waited_for() -> None:
    server, sleeps = Server(429, 200, headers={"Retry-After": "3600"}), list[float]()
    with sync_client(server, sleeps, max_retry_after=20.0) as client:
        assert client.get("/x").status_code == 429
    assert server.calls == 1 and sleeps == []


@pytest.mark.parametrize("value", ["nan", "-1", "inf", "1e3"])
def test_a_retry_after_that_is_no_delay_leaves_the_backoff(value: str) -> None:
    # RFC 9110 section 10.2.3: delay-seconds is digits. float() read nan and -1 as "retry at once", and inf and
    # 1e3 as a wait over the cap (no retry at all).
    server, sleeps = Server(503, 200, headers={"Retry-After": value}), list[float]()
    with sync_client(server, sleeps) as client:
        assert client.get("/x").status_code == 200
    assert sleeps == [0.5]


def test_backoff_is_capped_and_jittered() -> None:
    policy = RetryPolicy(random=lambda: 1.0, max_delay=8.0)
    assert [policy.delay(n) for n in range(6)] == [0.375, 0.75, 1.5, 3.0, 6.0, 6.0]
    assert RetryPolicy(random=lambda: 0.0).delay(10) == 8.0


def test_negative_retries_rejected() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)


async def test_async_transport_retries(anyio_backend: str) -> None:
    server, sleeps = Server(httpx.ConnectError("refused"), 502, 200), list[float]()

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    transport = AsyncRetryTransport(httpx.MockTransport(server), RetryPolicy(random=lambda: 0.0), sleep=sleep)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        assert (await client.get("/x")).status_code == 200
        assert server.calls == 3 and sleeps == [0.5, 1.0]
        server2 = Server(503, 200)
        client._transport = AsyncRetryTransport(httpx.MockTransport(server2), RetryPolicy(), sleep=sleep)
        assert (await client.post("/x")).status_code == 503


def test_logs_never_show_the_authorization(caplog: pytest.LogCaptureFixture) -> None:
    server, sleeps = Server(503, 200), list[float]()
    with caplog.at_level("DEBUG"), sync_client(server, sleeps) as client:
        client.get("/x", headers={"Authorization": "Basic c2VjcmV0"})
    assert "retrying GET" in caplog.text
    assert "c2VjcmV0" not in caplog.text
