"""Benchmarks 2 and 3: the REST client against the emulator running in a child process.

2. Per-request overhead of ``client.services.get`` vs a bare ``httpx.Client`` GET + ``json.loads`` over the same
   keep-alive connection (ours is given the same ``httpx.Client``) and over its own default (retrying) transport.
3. Listing 10,000 services through pagination: wall time, and peak traced memory of the lazy iterator vs
   materialising the whole list.
(Benchmark 5, concurrency, is ``bench/concurrency.py``.)
"""

from __future__ import annotations

import asyncio
import json
import time
import tracemalloc
from typing import Any

import httpx

from bench.emulator_process import APIKEY, USER, RunningEmulator, emulator_process
from bench.timing import interleaved
from dockercloud_client import AsyncClient, Client

SERVICES = 10_000
PAGE = 1000


def _row(benchmark: str, candidate: str, value: str, ratio: str = "", note: str = "") -> dict[str, Any]:
    return {"benchmark": benchmark, "candidate": candidate, "value": value, "ratio": ratio, "note": note}


async def _create_services(emu: RunningEmulator, count: int) -> list[str]:
    async with AsyncClient(user=USER, apikey=APIKEY, rest_host=emu.rest_url) as client:
        semaphore = asyncio.Semaphore(32)

        async def one(index: int) -> str:
            async with semaphore:
                return (await client.services.create(image="tutum/hello-world", name=f"svc-{index}")).uuid

        return list(await asyncio.gather(*(one(i) for i in range(count))))


def _per_request(emu: RunningEmulator, uuid: str) -> list[dict[str, Any]]:
    bench = "2. per-request overhead (GET one service)"
    url = f"{emu.rest_url}/api/app/v1/service/{uuid}/"
    with (
        httpx.Client(auth=(USER, APIKEY), headers={"Accept": "application/json"}) as shared,
        Client(user=USER, apikey=APIKEY, rest_host=emu.rest_url, http_client=shared) as ours_shared,
        Client(user=USER, apikey=APIKEY, rest_host=emu.rest_url) as ours_default,
    ):
        times = interleaved(
            {
                "bare httpx GET + json.loads": lambda: json.loads(shared.get(url).content),
                "client.services.get (same httpx.Client)": lambda: ours_shared.services.get(uuid),
                "client.services.get (default retrying transport)": lambda: ours_default.services.get(uuid),
            },
            rounds=7,
            loops=100,
        )
    base = times["bare httpx GET + json.loads"]
    return [_row(bench, name, f"{t * 1e6:.0f} µs", f"{t / base:.2f}x bare httpx") for name, t in times.items()]


def _pagination(emu: RunningEmulator) -> list[dict[str, Any]]:
    bench = f"3. list {SERVICES:,} services, pages of {PAGE}"
    rows = []
    with Client(user=USER, apikey=APIKEY, rest_host=emu.rest_url) as client:
        for label, materialise in (("lazy iterator (count only)", False), ("materialised list(...)", True)):
            tracemalloc.start()
            start = time.perf_counter()
            if materialise:
                count = len(list(client.services.list(limit=PAGE)))
            else:
                count = sum(1 for _ in client.services.list(limit=PAGE))
            elapsed = time.perf_counter() - start
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            assert count >= SERVICES, count
            rows.append(_row(bench, label, f"{elapsed:.2f} s, peak {peak / 2**20:.1f} MiB"))
    lazy_peak = float(rows[0]["value"].split("peak ")[1].split()[0])
    full_peak = float(rows[1]["value"].split("peak ")[1].split()[0])
    rows[0]["ratio"] = f"{lazy_peak / full_peak:.2f}x the materialised peak"
    return rows


def run() -> list[dict[str, Any]]:
    with emulator_process() as emu:
        uuids = asyncio.run(_create_services(emu, SERVICES))
        rows = _per_request(emu, uuids[0])
        rows += _pagination(emu)
    return rows
