"""AsyncClient's connection pool: at most POOL_SIZE requests in flight on reused connections, each slot freed once."""

from __future__ import annotations

import asyncio
import json
import socket

import anyio
import httpx
import pytest

from dockercloud_client import AsyncClient
from dockercloud_client._pool import LANE_LIMITS, POOL_SIZE, AsyncBoundedTransport, AsyncLanes
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
        # A body still to be read, as a network transport answers.
        return httpx.Response(200, stream=httpx.ByteStream(SERVICE), headers={"Content-Type": "application/json"})


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


async def test_a_free_slot_is_taken_without_waiting() -> None:
    async with httpx.AsyncClient(transport=AsyncBoundedTransport(Inside(), 1), base_url="http://127.0.0.1") as client:
        # No time at all to wait for a slot: a free one is still taken (only a wait is bounded).
        assert (await client.get("/x", timeout=httpx.Timeout(10, pool=0))).status_code == 200
        held = await client.send(client.build_request("GET", "/x"), stream=True)
        with pytest.raises(httpx.PoolTimeout):
            await client.get("/x", timeout=httpx.Timeout(10, pool=0))
        await held.aclose()


async def test_a_response_already_in_memory_frees_its_slot_at_once() -> None:
    answer = httpx.MockTransport(lambda request: httpx.Response(200, content=SERVICE))
    async with httpx.AsyncClient(transport=AsyncBoundedTransport(answer, 1), base_url="http://127.0.0.1") as client:
        first = await client.send(client.build_request("GET", "/x"), stream=True)
        with anyio.fail_after(10):  # the first answer holds no connection: its slot is free
            assert (await client.get("/x")).content == first.content == SERVICE


async def test_async_client_bounds_a_given_transport_to_the_pool_size() -> None:
    inner = Inside()
    client = AsyncClient(user="u", apikey="k", rest_host="http://127.0.0.1", transport=inner, environ={})
    async with client, anyio.create_task_group() as group:
        for _ in range(3 * POOL_SIZE):
            group.start_soon(client.services.get, UUID)
    assert inner.calls == 3 * POOL_SIZE and inner.most == POOL_SIZE


def test_a_lane_keeps_its_one_connection_alive() -> None:
    assert LANE_LIMITS.max_connections == LANE_LIMITS.max_keepalive_connections == 1


class LoopbackServer:
    """An HTTP/1.1 server on 127.0.0.1 that counts connections and requests in progress at once."""

    def __init__(self) -> None:
        self.connections = 0
        self.now = 0
        self.most = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                self.now += 1
                self.most = max(self.most, self.now)
                for _ in range(3):  # let the other requests arrive
                    await asyncio.sleep(0)
                self.now -= 1
                writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-type: application/json\r\n\r\n{}")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


async def test_lanes_bound_requests_and_reuse_their_connections() -> None:
    server = LoopbackServer()
    listener = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{listener.sockets[0].getsockname()[1]}/x"
    async with listener, httpx.AsyncClient(transport=AsyncLanes(3)) as client:
        for _ in range(2):
            with anyio.fail_after(30):
                responses = await asyncio.gather(*(client.get(url) for _ in range(12)))
            assert all(response.json() == {} for response in responses)
    assert server.most <= 3 and server.connections == 3  # 24 requests on 3 kept-alive connections


async def test_a_lane_that_failed_is_free_again() -> None:
    refused = socket.socket()
    refused.bind(("127.0.0.1", 0))  # bound, never listening: connections are refused
    url = f"http://127.0.0.1:{refused.getsockname()[1]}/x"
    try:
        async with httpx.AsyncClient(transport=AsyncLanes(1)) as client:
            for _ in range(3):
                with anyio.fail_after(30), pytest.raises(httpx.ConnectError):  # a leaked lane would hang
                    await client.get(url)
    finally:
        refused.close()
