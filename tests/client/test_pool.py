"""AsyncClient's connection pool: at most POOL_SIZE requests in flight, each slot freed exactly once."""

from __future__ import annotations

import json

import anyio
import httpx
import pytest

from dockercloud_client import AsyncClient
from dockercloud_client._pool import POOL_LIMITS, POOL_SIZE, AsyncBoundedTransport
from tests.spec_conformance import spec

pytestmark = pytest.mark.anyio

#: The spec's documented Service example, answered to every request.
SERVICE = json.dumps(spec()["components"]["examples"]["Service"]["value"]).encode()
UUID = json.loads(SERVICE)["uuid"]


class Inside(httpx.AsyncBaseTransport):
    """A transport that counts the requests inside it at once; each yields to the others before answering."""

    def __init__(self, fail_first: int = 0) -> None:
        self.now = 0
        self.most = 0
        self.calls = 0
        self.fail_first = fail_first

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.calls <= self.fail_first:
            raise httpx.ConnectError("refused", request=request)
        self.now += 1
        self.most = max(self.most, self.now)
        for _ in range(3):  # let every other task run up to its own wait
            await anyio.sleep(0)
        self.now -= 1
        return httpx.Response(200, content=SERVICE, headers={"Content-Type": "application/json"})


async def test_no_more_requests_in_flight_than_slots() -> None:
    inner = Inside()
    client = httpx.AsyncClient(transport=AsyncBoundedTransport(inner, 3), base_url="http://127.0.0.1")
    async with client, anyio.create_task_group() as group:
        for _ in range(12):
            group.start_soon(client.get, "/x")
    assert inner.calls == 12 and inner.most == 3


async def test_a_failed_request_frees_its_slot() -> None:
    inner = Inside(fail_first=2)
    async with httpx.AsyncClient(transport=AsyncBoundedTransport(inner, 1), base_url="http://127.0.0.1") as client:
        for _ in range(2):
            with pytest.raises(httpx.ConnectError):
                await client.get("/x")
        with anyio.fail_after(10):  # a leaked slot would hang here
            assert (await client.get("/x")).status_code == 200


async def test_a_slot_is_held_until_the_response_is_closed() -> None:
    transport = AsyncBoundedTransport(Inside(), 1)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        held = await client.send(client.build_request("GET", "/x"), stream=True)
        with pytest.raises(httpx.PoolTimeout, match="no connection free"):
            await client.get("/x", timeout=httpx.Timeout(10, pool=0.01))
        await held.aclose()
        await held.aclose()  # closing twice frees the slot once
        with anyio.fail_after(10):
            assert (await client.get("/x")).status_code == 200


async def test_async_client_bounds_its_requests_to_the_pool_size() -> None:
    inner = Inside()
    client = AsyncClient(user="u", apikey="k", rest_host="http://127.0.0.1", transport=inner, environ={})
    async with client, anyio.create_task_group() as group:
        for _ in range(3 * POOL_SIZE):
            group.start_soon(client.services.get, UUID)
    assert inner.calls == 3 * POOL_SIZE and inner.most == POOL_SIZE


def test_every_pooled_connection_is_kept_alive() -> None:
    # httpcore counts the pool per idle connection: a keep-alive limit below the pool size would close
    # and reopen connections in every burst.
    assert POOL_LIMITS.max_connections == POOL_LIMITS.max_keepalive_connections == POOL_SIZE
