"""50 concurrent clients doing mixed operations: no 5xx, consistent state afterwards."""

from __future__ import annotations

import asyncio
import random
import time

import httpx
import pytest

from dockercloud_emulator import EmulatorHandle

from .conftest import deploy_cluster

CLIENTS = 50
DURATION = 3.0


@pytest.mark.timeout(90)
def test_fifty_clients(emu: EmulatorHandle, client: httpx.Client) -> None:
    deploy_cluster(client, nodes=3)
    services = []
    for i in range(5):
        svc = client.post("/api/app/v1/service/", json={"image": "tutum/hello-world", "name": f"load-{i}"}).json()
        client.post(f"/api/app/v1/service/{svc['uuid']}/start/")
        services.append(svc["uuid"])
    statuses: list[int] = []

    async def worker(seed: int) -> None:
        rng = random.Random(seed)
        async with httpx.AsyncClient(
            base_url=emu.rest_url, headers={"Authorization": emu.auth_header}, timeout=10
        ) as c:
            deadline = time.monotonic() + DURATION
            for _ in range(10_000):
                if time.monotonic() > deadline:
                    return
                uuid = rng.choice(services)
                choice = rng.randrange(6)
                if choice == 0:
                    r = await c.patch(f"/api/app/v1/service/{uuid}/", json={"target_num_containers": rng.randint(0, 6)})
                elif choice == 1:
                    r = await c.post(f"/api/app/v1/service/{uuid}/scale/")
                elif choice == 2:
                    r = await c.get("/api/app/v1/container/", params={"limit": 10, "offset": rng.randint(0, 20)})
                elif choice == 3:
                    r = await c.get(f"/api/app/v1/service/{uuid}/")
                elif choice == 4:
                    r = await c.get("/api/audit/v1/action/", params={"limit": 5})
                else:
                    r = await c.post("/api/app/v1/stack/", json={"name": f"s-{seed}-{rng.random()}"})
                statuses.append(r.status_code)

    async def main() -> None:
        await asyncio.gather(*(worker(i) for i in range(CLIENTS)))

    asyncio.run(main())
    assert statuses and not [s for s in statuses if s >= 500]
    for uuid in services:  # settle: scale once more, then counts match the target
        client.post(f"/api/app/v1/service/{uuid}/scale/")
        svc = client.get(f"/api/app/v1/service/{uuid}/").json()
        live = client.get("/api/app/v1/container/", params={"service": svc["resource_uri"], "limit": 1000}).json()
        running = [c for c in live["objects"] if c["state"] == "Running"]
        assert svc["current_num_containers"] == svc["target_num_containers"] == len(running), svc["state"]
