"""Benchmark 5: ``AsyncClient`` doing 200 concurrent gets vs ``Client`` doing them one by one.

Every candidate fetches the same service 200 times from the same server (``bench/rest_server.py``, a child
process that does almost no work per request), once without latency and once with 20 ms per request, closer to
a remote API. Rounds are interleaved, each after a warm-up that opens the connections; rows give the best and the
median round and the ratios of both (on a loaded machine the best is the steadier). Candidates:

* ``Client``, one get after the other: the baseline of every ratio;
* ``AsyncClient`` with its defaults (20 lanes of one connection, 20 requests in flight, connections on
  ``dockercloud_client._asyncio_backend``);
* ``AsyncClient`` over an injected ``httpx.AsyncClient`` with httpx's default pool (100 connections), as
  ``AsyncClient`` was configured before;
* ``AsyncClient`` over an injected ``httpx.AsyncClient`` with a pool of 200 connections (the earlier benchmark's
  setup);
* a bare ``httpx.AsyncClient`` (default pool) + ``json.loads``: what async httpx does without a typed client.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from dockercloud_client import AsyncClient, Client

CONCURRENT = 200
ROUNDS = 5
UUID = "09cbcf8d-a727-40d9-b420-c8e18b7fa55b"
USER, APIKEY = "bench", "bench-apikey"


@contextmanager
def rest_server(latency: float) -> Iterator[str]:
    """The benchmark server in a child process; yields its URL."""
    command = [sys.executable, "-m", "bench.rest_server", str(latency)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        yield f"http://127.0.0.1:{int(proc.stdout.readline().split()[1])}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _sequential(url: str) -> float:
    with Client(user=USER, apikey=APIKEY, rest_host=url) as client:
        client.services.get(UUID)
        start = time.perf_counter()
        for _ in range(CONCURRENT):
            client.services.get(UUID)
        return time.perf_counter() - start


async def _gather(get: Callable[[], Awaitable[object]]) -> float:
    await asyncio.gather(*(get() for _ in range(CONCURRENT)))  # warm-up: opens the pool's connections
    start = time.perf_counter()
    await asyncio.gather(*(get() for _ in range(CONCURRENT)))
    return time.perf_counter() - start


async def _ours(url: str, limits: httpx.Limits | None) -> float:
    if limits is None:
        async with AsyncClient(user=USER, apikey=APIKEY, rest_host=url) as client:
            return await _gather(lambda: client.services.get(UUID))
    async with (
        httpx.AsyncClient(limits=limits) as http,
        AsyncClient(user=USER, apikey=APIKEY, rest_host=url, http_client=http) as client,
    ):
        return await _gather(lambda: client.services.get(UUID))


async def _bare(url: str) -> float:
    target = f"{url}/api/app/v1/service/{UUID}/"
    async with httpx.AsyncClient(auth=(USER, APIKEY)) as http:

        async def get() -> object:
            return json.loads((await http.get(target)).content)

        return await _gather(get)


def _candidates(url: str) -> dict[str, Callable[[], float]]:
    return {
        "Client, one by one": lambda: _sequential(url),
        "AsyncClient, asyncio.gather (defaults: 20 lanes of one connection)": lambda: asyncio.run(_ours(url, None)),
        "AsyncClient over httpx's default pool (100), as before": lambda: asyncio.run(
            _ours(url, httpx.Limits(max_connections=100, max_keepalive_connections=20))
        ),
        "AsyncClient over a pool of 200 (the earlier bench)": lambda: asyncio.run(
            _ours(url, httpx.Limits(max_connections=CONCURRENT))
        ),
        "bare httpx.AsyncClient + json.loads, asyncio.gather": lambda: asyncio.run(_bare(url)),
    }


def _latency(latency: float) -> list[dict[str, Any]]:
    bench = f"5. {CONCURRENT} gets, server latency {latency * 1000:.0f} ms"
    with rest_server(latency) as url:
        candidates = _candidates(url)
        samples: dict[str, list[float]] = {name: [] for name in candidates}
        for _ in range(ROUNDS):
            for name, candidate in candidates.items():
                samples[name].append(candidate())
    baseline = samples["Client, one by one"]
    rows = []
    for name, values in samples.items():
        best, median = min(values), statistics.median(values)
        value = f"best {best:.3f} s, median {median:.3f} s"
        ratio = note = ""
        if values is not baseline:
            ratio = f"{min(baseline) / best:.1f}x Client one by one (best of {ROUNDS})"
            note = f"{statistics.median(baseline) / median:.1f}x on medians; {ROUNDS} interleaved rounds"
        rows.append({"benchmark": bench, "candidate": name, "value": value, "ratio": ratio, "note": note})
    return rows


def run() -> list[dict[str, Any]]:
    return _latency(0.0) + _latency(0.02)
