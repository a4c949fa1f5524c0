"""Benchmark 4: events per second decoded into typed events, vs raw ``websockets`` recv + ``json.loads``.

Both read the same 100,000 frames from a local websocket server running in a child process, and the same five
fields of every event.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

from websockets.sync.client import connect

from dockercloud_client.streams import Event, EventStream, ReconnectPolicy, StreamOptions, StreamSettings

EVENTS = 100_000


def _read(*fields: object) -> None:
    """Both candidates read the same fields of every event (a lazy decoder cannot hide its cost)."""


def _raw(url: str) -> float:
    start = time.perf_counter()
    count = 0
    with connect(url, compression=None, max_size=None, proxy=None) as ws:
        for message in ws:
            event = json.loads(message)
            _read(event["type"], event["action"], event["resource_uri"], event["state"], event["datetime"])
            count += 1
    assert count == EVENTS, count
    return time.perf_counter() - start


def _ours(base: str) -> float:
    streams = StreamSettings(
        url_base=base,
        authorization="Basic ZGVtbzpkZW1vLWFwaWtleQ==",
        namespace=None,
        user_agent="bench",
        options=StreamOptions(proxy=None),
        handshake_retry=ReconnectPolicy(attempts=1),
    )
    start = time.perf_counter()
    count = 0
    with EventStream(streams, reconnect=None) as stream:
        for item in stream:
            assert isinstance(item, Event)
            _read(item.type, item.action, item.resource_uri, item.state, item.datetime)
            count += 1
            if count == EVENTS:
                break
    assert count == EVENTS, count
    return time.perf_counter() - start


def run() -> list[dict[str, Any]]:
    command = [sys.executable, "-m", "bench.event_server", str(EVENTS)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline().split()[1])
        base = f"ws://127.0.0.1:{port}"
        results: dict[str, list[float]] = {
            "raw websockets recv + json.loads": [],
            "client.events.stream() -> Event": [],
        }
        for _ in range(3):  # interleaved rounds, best of three
            results["raw websockets recv + json.loads"].append(_raw(base + "/api/audit/v1/events/"))
            results["client.events.stream() -> Event"].append(_ours(base))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    raw_rate = EVENTS / min(results["raw websockets recv + json.loads"])
    rows = []
    for name, times in results.items():
        rate = EVENTS / min(times)
        rows.append(
            {
                "benchmark": f"4. events stream, {EVENTS:,} events",
                "candidate": name,
                "value": f"{rate:,.0f} events/s",
                "ratio": f"{rate / raw_rate:.2f}x raw",
                "note": "",
            }
        )
    return rows


if __name__ == "__main__":  # python -m bench.events_bench: this benchmark alone
    for row in run():
        print(f"{row['candidate']:36} {row['value']:20} {row['ratio']}")
