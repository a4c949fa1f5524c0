"""Asynchronous streams against the Docker Cloud emulator on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import TypeVar

import pytest

from dockercloud_client.errors import AuthenticationError
from dockercloud_client.streams import (
    AsyncEventStream,
    AsyncExecSession,
    AsyncLogStream,
    Event,
    EventItem,
    StreamReconnected,
)
from dockercloud_client.streams.exec import arun

from .emulator_helpers import FAST, SERVICE_LIFECYCLE, Cloud

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(30)]
T = TypeVar("T")


async def anext_within(iterator: AsyncIterator[T], timeout: float = 5.0) -> T:
    return await asyncio.wait_for(iterator.__anext__(), timeout)


async def read_until(stream: AsyncEventStream, done: str, limit: int = 100) -> list[EventItem]:
    items: list[EventItem] = []
    while len(items) < limit:
        item = await anext_within(stream)
        items.append(item)
        if isinstance(item, Event) and item.state == done:
            break
    return items


async def test_service_lifecycle_events_in_order(cloud: Cloud) -> None:
    async with AsyncEventStream(cloud.streams(), type="service") as events:
        svc = await asyncio.to_thread(cloud.create_service)
        uri = svc["resource_uri"]
        await asyncio.to_thread(cloud.call, "POST", uri + "start/")
        await asyncio.to_thread(cloud.call, "PATCH", uri, {"target_num_containers": 2})
        await asyncio.to_thread(cloud.call, "POST", uri + "scale/")
        await asyncio.to_thread(cloud.call, "DELETE", uri)
        items = await read_until(events, "Terminated")
    assert [(e.action.value, e.state) for e in items if isinstance(e, Event)] == SERVICE_LIFECYCLE


async def test_dropped_socket_is_survived_and_signalled(cloud: Cloud) -> None:
    await asyncio.to_thread(cloud.emu.inject_fault, path="*/events/", kind="drop_websocket", after_messages=1)
    async with AsyncEventStream(cloud.streams(), type="service", reconnect=FAST) as events:
        svc = await asyncio.to_thread(cloud.create_service)
        first = await anext_within(events)
        await asyncio.to_thread(cloud.call, "POST", svc["resource_uri"] + "start/")
        marker = await anext_within(events)
        await asyncio.to_thread(cloud.call, "POST", svc["resource_uri"] + "stop/")
        after = [await anext_within(events), await anext_within(events)]
    assert isinstance(first, Event) and isinstance(marker, StreamReconnected)
    assert [e.state for e in after if isinstance(e, Event)] == ["Stopping", "Stopped"]


async def test_bad_key_fails_fast(cloud: Cloud) -> None:
    api = cloud.streams(authorization="Basic ZGVtbzp3cm9uZw==")
    with pytest.raises(AuthenticationError):
        await asyncio.wait_for(AsyncEventStream(api).connect(), 3)
    with pytest.raises(AuthenticationError):
        await asyncio.wait_for(arun(AsyncExecSession(api, "0b0e3538-88df-4f07-9aed-3a3cc4175076", "hostname")), 3)


async def test_container_logs_tail_and_follow(cloud: Cloud) -> None:
    _svc, container = await asyncio.to_thread(cloud.running_service)
    api = cloud.streams()
    async with AsyncLogStream(api, "container", container["uuid"], tail=2, follow=False) as logs:
        tail = [line async for line in logs]
    assert len(tail) == 2 and tail[-1].log.endswith("is ready\n")
    async with AsyncLogStream(api, "container", container["uuid"], tail=0, follow=True) as logs:
        await asyncio.to_thread(cloud.call, "POST", container["resource_uri"] + "stop/")
        line = await anext_within(logs)
    assert "SIGTERM" in line.log and line.timestamp is not None


async def test_exec_round_trip_with_stdin(cloud: Cloud) -> None:
    _svc, container = await asyncio.to_thread(cloud.running_service)
    api = cloud.streams()
    async with AsyncExecSession(api, container["resource_uri"], "sh") as session:
        await session.send("echo async\n")
        first = await session.next_output(timeout=5)
        await session.close_stdin()
        rest = [o async for o in session]
    assert first is not None and first.output == "async\n" and rest == []
    assert await arun(AsyncExecSession(api, container["uuid"], "hostname"), timeout=10) == container["hostname"] + "\n"
