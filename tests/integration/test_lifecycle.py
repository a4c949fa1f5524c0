"""The public client against the emulator: a whole lifecycle, sync and async.

cluster → stack of two linked services → start with ``wait=True`` → scale → terminate, then the same
in an organisation's namespace through ``with_namespace``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dockercloud_api.models import (
    ContainerState,
    LinkSpec,
    NodeClusterState,
    ServiceCreate,
    ServiceState,
    StackState,
)
from dockercloud_client import AsyncClient, Client, NotFoundError
from dockercloud_emulator import EmulatorHandle, run_emulator

REGION = "/api/infra/v1/region/digitalocean/lon1/"
NODE_TYPE = "/api/infra/v1/nodetype/digitalocean/1gb/"
WAIT = 20.0  # seconds; the emulator runs every transition at once (step_seconds=0)


@pytest.fixture(scope="module")
def emulator() -> Iterator[EmulatorHandle]:
    with run_emulator(step_seconds=0, accounts=[("demo", "demo-apikey"), ("eve", "eve-apikey")],
                      orgs=[("demo-org", ["demo"])]) as emu:  # fmt: skip
        yield emu


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _client(emu: EmulatorHandle, user: str = "demo") -> Client:
    return Client(user=user, apikey=f"{user}-apikey", rest_host=emu.rest_url, stream_host=emu.stream_url, strict=True)


def _stack_services() -> list[ServiceCreate]:
    return [
        ServiceCreate(image="tutum/hello-world", name="web", target_num_containers=2,
                      linked_to_service=[LinkSpec(to_service="db", name="DB")]),
        ServiceCreate(image="tutum/mysql", name="db"),
    ]  # fmt: skip


@pytest.mark.timeout(60)
@pytest.mark.parametrize("namespace", [None, "demo-org"])
def test_sync_lifecycle(emulator: EmulatorHandle, namespace: str | None) -> None:
    with _client(emulator) as root:
        client = root.with_namespace(namespace) if namespace else root
        cluster = client.node_clusters.create(name="prod", node_type=NODE_TYPE, region=REGION, target_num_nodes=2)
        assert cluster.state is NodeClusterState.INIT
        assert f"/{namespace or 'demo'}/nodecluster/" in cluster.resource_uri
        cluster = client.node_clusters.deploy(cluster.uuid, wait=True, wait_timeout=WAIT)
        assert cluster.state is NodeClusterState.DEPLOYED
        assert cluster.current_num_nodes == 2

        stack = client.stacks.create(name="shop", services=_stack_services())
        assert stack.state is StackState.NOT_RUNNING
        assert stack.services is not None and len(stack.services) == 2
        started = client.stacks.start(stack.resource_uri)  # a resource URI works as well as a uuid
        assert started.action_uri and started.action_uri.startswith("/api/audit/v1/action/")
        stack = started.wait(timeout=WAIT)
        assert stack.state is StackState.RUNNING

        web = next(s for s in client.services.list(stack=stack.resource_uri) if s.name == "web")
        assert web.state is ServiceState.RUNNING
        assert web.running_num_containers == 2
        assert web.linked_to_service is not None
        web_db_link = web.linked_to_service[0]
        assert web_db_link.name == "DB"

        client.services.update(web.uuid, target_num_containers=3)
        web = client.services.scale(web.uuid, wait=True, wait_timeout=WAIT)
        assert web.current_num_containers == 3
        containers = list(client.containers.list(service=web.resource_uri, state=ContainerState.RUNNING))
        assert len(containers) == 3
        assert {c.node for c in containers} <= set(cluster.nodes or [])

        stack = client.stacks.terminate(stack.uuid, wait=True, wait_timeout=WAIT)
        assert stack.state is StackState.TERMINATED
        assert client.services.get(web.uuid).state is ServiceState.TERMINATED
        cluster = client.node_clusters.terminate(cluster.uuid, wait=True, wait_timeout=WAIT)
        assert cluster.state is NodeClusterState.TERMINATED


@pytest.mark.timeout(30)
def test_other_users_cannot_see_a_namespace(emulator: EmulatorHandle) -> None:
    with _client(emulator) as demo, _client(emulator, "eve") as eve:
        service = demo.services.create(image="tutum/hello-world", name="private")
        with pytest.raises(NotFoundError):
            eve.services.get(service.uuid)
        with pytest.raises(NotFoundError):
            list(eve.with_namespace("demo-org").services.list())
        assert service.uuid not in {s.uuid for s in eve.services.list()}


@pytest.mark.anyio
@pytest.mark.timeout(60)
async def test_async_lifecycle(emulator: EmulatorHandle) -> None:
    async with AsyncClient(user="demo", apikey="demo-apikey", rest_host=emulator.rest_url,
                           stream_host=emulator.stream_url, strict=True) as client:  # fmt: skip
        cluster = await client.node_clusters.create(name="async", node_type=NODE_TYPE, region=REGION)
        cluster = await client.node_clusters.deploy(cluster.uuid, wait=True, wait_timeout=WAIT)
        assert cluster.state is NodeClusterState.DEPLOYED

        stack = await client.stacks.create(name="async-shop", services=_stack_services())
        stack = await client.stacks.start(stack.uuid, wait=True, wait_timeout=WAIT)
        assert stack.state is StackState.RUNNING

        names = [s.name async for s in client.services.list(stack=stack.resource_uri)]
        assert sorted(names) == ["db", "web"]
        web = [s async for s in client.services.list(stack=stack.resource_uri, name="web")][0]
        await client.services.update(web.uuid, target_num_containers=1)
        web = await client.services.scale(web.uuid, wait=True, wait_timeout=WAIT)
        assert web.current_num_containers == 1

        stack = await client.stacks.terminate(stack.uuid, wait=True, wait_timeout=WAIT)
        assert stack.state is StackState.TERMINATED
        cluster = await client.node_clusters.terminate(cluster.uuid, wait=True, wait_timeout=WAIT)
        assert cluster.state is NodeClusterState.TERMINATED
