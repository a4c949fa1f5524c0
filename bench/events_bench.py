"""Benchmark 4: events per second decoded into typed events, vs raw ``websockets`` recv + ``json.loads``.

Both read the same 100,000 frames from a local websocket server running in a child process, and the same five
fields of every event. The ratio is of events per second (wall time, best of interleaved rounds), as the target
states it; the note gives each candidate's CPU time per event too (this process, both of its threads: the
websockets reader thread and the consumer), which a machine shared with other work disturbs far less than
wall time.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from websockets.sync.client import connect

from dockercloud_client.streams import Event, EventStream, ReconnectPolicy, StreamOptions, StreamSettings

EVENTS = 100_000


def _read(*fields: object) -> None:
    """Both candidates read the same fields of every event (a lazy decoder cannot hide its cost)."""


#: Interleaved rounds per candidate (each reads EVENTS frames).
ROUNDS = 5


def _timed(candidate: Callable[[str], None], url: str) -> tuple[float, float]:
    """(wall seconds, process CPU seconds) of one candidate reading every event from ``url``."""
    wall, cpu = time.perf_counter(), time.process_time()
    candidate(url)
    return time.perf_counter() - wall, time.process_time() - cpu


def _raw(url: str) -> None:
    count = 0
    with connect(url, compression=None, max_size=None, proxy=None) as ws:
        for message in ws:
            event = json.loads(message)
            _read(event["type"], event["action"], event["resource_uri"], event["state"], event["datetime"])
            count += 1
    assert count == EVENTS, count


def _ours(base: str) -> None:
    streams = StreamSettings(
        url_base=base,
        authorization="Basic ZGVtbzpkZW1vLWFwaWtleQ==",
        namespace=None,
        user_agent="bench",
        options=StreamOptions(proxy=None),
        handshake_retry=ReconnectPolicy(attempts=1),
    )
    count = 0
    with EventStream(streams, reconnect=None) as stream:
        for item in stream:
            assert isinstance(item, Event)
            _read(item.type, item.action, item.resource_uri, item.state, item.datetime)
            count += 1
            if count == EVENTS:
                break
    assert count == EVENTS, count


def run() -> list[dict[str, Any]]:
    command = [sys.executable, "-m", "bench.event_server", str(EVENTS)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline().split()[1])
        base = f"ws://127.0.0.1:{port}"
        candidates: dict[str, tuple[Callable[[str], None], str]] = {
            "raw websockets recv + json.loads": (_raw, base + "/api/audit/v1/events/"),
            "client.events.stream() -> Event": (_ours, base),
        }
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in candidates}
        for _ in range(ROUNDS):  # interleaved rounds: drift hits both alike
            for name, (candidate, url) in candidates.items():
                results[name].append(_timed(candidate, url))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    raw_wall = min(wall for wall, _ in results["raw websockets recv + json.loads"])
    raw_cpu = min(cpu for _, cpu in results["raw websockets recv + json.loads"])
    rows = []
    for name, samples in results.items():
        wall, cpu = min(w for w, _ in samples), min(c for _, c in samples)
        rows.append(
            {
                "benchmark": f"4. events stream, {EVENTS:,} events",
                "candidate": name,
                "value": f"{EVENTS / wall:,.0f} events/s",
                "ratio": f"{raw_wall / wall:.2f}x raw",
                "note": f"CPU {cpu / EVENTS * 1e6:.1f} µs/event ({raw_cpu / cpu:.2f}x raw); best of {ROUNDS} rounds",
            }
        )
    return rows


if __name__ == "__main__":  # python -m bench.events_bench: this benchmark alone
    for row in run():
        print(f"{row['candidate']:36} {row['value']:20} {row['ratio']:12} {row['note']}")
