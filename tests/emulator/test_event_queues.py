"""Stream listeners have bounded queues: one that falls too far behind is closed (1013) with a reason."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from dockercloud_emulator import Limits, run_emulator
from dockercloud_emulator.events import OVERFLOW, EventBus, EventFilter, LogHub

pytestmark = pytest.mark.timeout(60)


def _drain(queue: asyncio.Queue[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    while not queue.empty():
        out.append(queue.get_nowait())
    return out


def test_event_bus_drops_a_listener_that_falls_behind() -> None:
    bus = EventBus(queue_size=3)
    slow = bus.subscribe("demo", EventFilter())
    for i in range(10):
        bus.publish("demo", "service", "update", {"resource_uri": f"/api/app/v1/demo/service/{i}/"}, [])
    messages = _drain(slow)
    assert len(messages) == 4 and messages[-1] is OVERFLOW  # three events, then the marker; nothing more
    assert [m["resource_uri"] for m in messages[:3]] == [f"/api/app/v1/demo/service/{i}/" for i in range(3)]
    fresh = bus.subscribe("demo", EventFilter())
    bus.publish("demo", "service", "update", {"resource_uri": "/x/"}, [])
    assert slow.empty() and fresh.qsize() == 1  # the dropped listener gets nothing; others go on


def test_log_hub_drops_a_listener_that_falls_behind() -> None:
    hub = LogHub(queue_size=2)
    slow = hub.subscribe("c1")
    for i in range(5):
        hub.publish(["c1"], {"type": "log", "log": f"{i}\n"})
    assert [m.get("log") for m in _drain(slow)] == ["0\n", "1\n", None]


def test_events_listener_too_far_behind_is_closed_with_1013() -> None:
    with run_emulator(limits=Limits(event_queue=5)) as emu:
        url = f"{emu.stream_url}/api/audit/v1/events/"
        with connect(url, additional_headers={"Authorization": emu.auth_header}, open_timeout=10) as ws:
            services = [{"image": "redis", "name": f"s{i}"} for i in range(10)]
            # one request publishes a burst of events (a stack, its services, the action) before any is sent
            created = httpx.post(
                f"{emu.rest_url}/api/app/v1/stack/",
                json={"name": "burst", "services": services},
                headers={"Authorization": emu.auth_header},
            )
            assert created.status_code == 201
            received = []
            with pytest.raises(ConnectionClosed) as closed:
                for _ in range(100):
                    received.append(ws.recv(timeout=10))
            assert len(received) == 5
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 1013
            assert "too far behind" in closed.value.rcvd.reason
