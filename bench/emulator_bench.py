"""Benchmark 6: emulator cost per operation against the number of stored services (issue 13, target 7).

Two emulators live in this process: one holding 1,000 services, one holding 50,000 (filled through
the same create requests that are measured). Batches of creates, gets and list pages run on both,
interleaved round after round, and each row is the 50,000 figure over the 1,000 one: 1.0 means the
cost does not depend on how many objects are stored. Requests go straight to the ASGI application
(no sockets), so the figures are the emulator's own work; garbage collection is paused inside the
timed batches and collected between them (a full collection's cost grows with the heap, at any size).

A last row, not timed: the memory that 10,000 more service creates leave allocated (tracemalloc), with
the default action history (``Limits.kept_actions``: 1,000 finished actions per namespace) and with every
action kept (as the emulator did before), each emulator first filled past that limit.
"""

from __future__ import annotations

import asyncio
import gc
import json
import random
import statistics
import time
import tracemalloc
from collections.abc import Callable, MutableMapping
from typing import Any

from dockercloud_emulator import Limits, create_app
from dockercloud_emulator.app import EmulatorApp
from dockercloud_emulator.auth import DEFAULT_APIKEY, DEFAULT_USER, basic_header
from dockercloud_emulator.state import EmulatorConfig

SIZES = (1_000, 50_000)
BATCH = 200  # requests per batch and kind
ROUNDS = 9
AUTH = basic_header(DEFAULT_USER, DEFAULT_APIKEY).encode()
SERVICES = "/api/app/v1/service/"
MEASURED_CREATES = 10_000  # memory row
TERMINATED = 10  # services terminated in each emulator, found by the state filter
#: the rows of issue 13's target 7; the others show what the indexes read (a uuid prefix: the services
#: sharing its first three characters, a 4,096th of them)
TARGETED = {kind: "target <= 1.5x" for kind in ("create", "get", "list page (limit 25)")}


async def call(app: EmulatorApp, method: str, path: str, query: str = "", body: Any = None) -> tuple[int, bytes]:
    """One HTTP request through the ASGI interface: (status, body)."""
    payload = json.dumps(body).encode() if body is not None else b""
    headers = [(b"authorization", AUTH), (b"host", b"127.0.0.1")]
    if payload:
        headers.append((b"content-type", b"application/json"))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    sent = False
    status = 0
    chunks: list[bytes] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": payload, "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, b"".join(chunks)


class Namespace:
    """One emulator and the services created in it (``keep_uuids``: remember them, for gets)."""

    def __init__(self, limits: Limits | None = None, keep_uuids: bool = True) -> None:
        self.app = create_app(EmulatorConfig.create(limits=limits))
        self.uuids: list[str] = []
        self.keep_uuids = keep_uuids
        self.created = 0

    async def create(self) -> None:
        self.created += 1
        status, body = await call(self.app, "POST", SERVICES, body={"image": "nginx", "name": f"web-{self.created}"})
        if status != 201:
            raise RuntimeError(f"create answered {status}: {body[:200]!r}")
        if self.keep_uuids:
            self.uuids.append(json.loads(body)["uuid"])

    async def fill(self, count: int) -> None:
        gc.disable()
        try:
            while self.created < count:
                await self.create()
        finally:
            gc.enable()

    async def get(self, rng: random.Random) -> None:
        status, _ = await call(self.app, "GET", f"{SERVICES}{rng.choice(self.uuids)}/")
        assert status == 200

    async def list_page(self, rng: random.Random) -> None:
        # any page, the last ones included: a page deep in the list must cost what the first one does
        offset = rng.randrange(0, len(self.uuids) - 25)
        status, _ = await call(self.app, "GET", SERVICES, f"limit=25&offset={offset}")
        assert status == 200

    async def terminate_some(self, count: int) -> None:
        """Terminate ``count`` services (the same number at every size: what a state filter finds)."""
        for uuid in self.uuids[:count]:
            status, _ = await call(self.app, "DELETE", f"{SERVICES}{uuid}/")
            assert status == 202
        for _ in range(100):  # the terminations' last step runs on the event loop
            if self.app.state.store.ns(DEFAULT_USER)["services"].count("state", "Terminated") == count:
                return
            await asyncio.sleep(0)
        raise RuntimeError("the terminations did not end")

    async def find_by_state(self) -> None:
        # the few terminated services among all the others: only they are read
        status, body = await call(self.app, "GET", SERVICES, "state=Terminated")
        assert status == 200 and json.loads(body)["meta"]["total_count"] == TERMINATED

    async def find_by_uuid_prefix(self, rng: random.Random) -> None:
        # python-dockercloud's and the CLI's lookup of a short uuid: a 4,096th of the services is read
        prefix = rng.choice(self.uuids)[:4]
        status, body = await call(self.app, "GET", SERVICES, f"uuid__startswith={prefix}")
        assert status == 200 and json.loads(body)["meta"]["total_count"] >= 1

    async def find_by_name(self, rng: random.Random) -> None:
        # python-dockercloud's and the CLI's lookup of a name: the name's services are read, not every one
        status, body = await call(self.app, "GET", SERVICES, f"name=web-{rng.randrange(1, self.created + 1)}")
        assert status == 200 and json.loads(body)["meta"]["total_count"] == 1


async def _batch(op: Callable[[], Any]) -> float:
    """Seconds per request over :data:`BATCH` requests, GC paused."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(BATCH):
            await op()
        return (time.perf_counter() - start) / BATCH
    finally:
        gc.enable()


async def measure() -> list[dict[str, Any]]:
    spaces = {size: Namespace() for size in SIZES}
    started = time.perf_counter()
    for size, space in spaces.items():
        await space.fill(size)
        await space.terminate_some(TERMINATED)
    fill_seconds = time.perf_counter() - started
    rng = random.Random(13)
    kinds: dict[str, Callable[[Namespace], Callable[[], Any]]] = {
        "create": lambda s: s.create,
        "get": lambda s: lambda: s.get(rng),
        "list page (limit 25)": lambda s: lambda: s.list_page(rng),
        "list filtered by name": lambda s: lambda: s.find_by_name(rng),
        f"list filtered by state ({TERMINATED} match)": lambda s: s.find_by_state,
        "list filtered by uuid__startswith (4 characters)": lambda s: lambda: s.find_by_uuid_prefix(rng),
    }
    samples: dict[tuple[str, int], list[float]] = {(k, n): [] for k in kinds for n in SIZES}
    for round_ in range(ROUNDS):
        for kind, make in kinds.items():
            # alternate which size goes first, so neither always follows the other's batch
            order = list(spaces.items()) if round_ % 2 == 0 else list(reversed(spaces.items()))
            for size, space in order:
                samples[kind, size].append(await _batch(make(space)))
    small, large = SIZES
    rows = []
    for kind in kinds:
        low = statistics.median(samples[kind, small])
        high = statistics.median(samples[kind, large])
        rows.append(
            {
                "benchmark": "emulator scale",
                "candidate": f"{kind}: {large:,} vs {small:,} services",
                "value": f"{high * 1e6:.0f} µs vs {low * 1e6:.0f} µs",
                "ratio": f"{high / low:.2f}x",
                "note": f"{TARGETED.get(kind, 'not a target')}; median of {ROUNDS} interleaved batches of {BATCH}, "
                f"GC paused in batches; filling both took {fill_seconds:.0f} s",
            }
        )
    return rows


async def memory_per_creates(limits: Limits) -> int:
    """Bytes that :data:`MEASURED_CREATES` service creates leave allocated, past the first 1,001."""
    space = Namespace(limits, keep_uuids=False)
    await space.fill(Limits().kept_actions + 1)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        await space.fill(space.created + MEASURED_CREATES)
        gc.collect()
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


async def measure_memory() -> dict[str, Any]:
    kept = await memory_per_creates(Limits())
    every = await memory_per_creates(Limits(kept_actions=10**9))
    mib = 1024 * 1024
    return {
        "benchmark": "emulator scale",
        "candidate": f"memory per {MEASURED_CREATES:,} service creates: {Limits().kept_actions:,} finished "
        "actions kept vs every action kept",
        "value": f"{kept / mib:.1f} MiB vs {every / mib:.1f} MiB",
        "ratio": f"{kept / every:.2f}x",
        "note": f"tracemalloc, not timed; {kept / MEASURED_CREATES:,.0f} vs {every / MEASURED_CREATES:,.0f} bytes per "
        "create, after 1,001 creates",
    }


def run() -> list[dict[str, Any]]:
    """Rows for ``make bench``."""
    return [*asyncio.run(measure()), asyncio.run(measure_memory())]


if __name__ == "__main__":  # python -m bench.emulator_bench [SMALL LARGE]
    import sys

    if len(sys.argv) == 3:
        SIZES = (int(sys.argv[1]), int(sys.argv[2]))
    for row in run():
        print(row)
