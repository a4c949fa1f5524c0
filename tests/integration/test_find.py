"""``<group>.find()``: a name, ``name.stack`` or UUID prefix to exactly one object, against the emulator."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from dockercloud_api.models import ServiceCreate
from dockercloud_client import (
    AmbiguousIdentifierError,
    AsyncClient,
    Client,
    InvalidIdentifierError,
    NotFoundError,
)
from dockercloud_emulator import EmulatorHandle, run_emulator

pytestmark = pytest.mark.timeout(60)

REGION = "/api/infra/v1/region/digitalocean/lon1/"
NODE_TYPE = "/api/infra/v1/nodetype/digitalocean/1gb/"


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[EmulatorHandle, dict[str, str]]]:
    """Two clusters, a loose ``web`` and a ``web`` in stack ``shop``, both running (module-wide, read-only)."""
    with (
        run_emulator(accounts=[("demo", "demo-apikey")]) as emu,
        Client(user="demo", apikey="demo-apikey", rest_host=emu.rest_url, stream_host=emu.stream_url) as client,
    ):
        prod = client.node_clusters.create(name="prod", region=REGION, node_type=NODE_TYPE, target_num_nodes=2)
        client.node_clusters.deploy(prod.uuid, wait=True)
        client.node_clusters.create(name="prod-eu", region=REGION, node_type=NODE_TYPE)
        web = client.services.create(image="tutum/hello-world", name="web")
        client.services.start(web.uuid, wait=True)
        shop = client.stacks.create(name="shop", services=[ServiceCreate(image="tutum/hello-world", name="web")])
        client.stacks.start(shop.uuid, wait=True)
        yield emu, {"web": web.uuid, "shop": shop.uuid, "prod": prod.uuid}


def _client(emu: EmulatorHandle) -> Client:
    return Client(user="demo", apikey="demo-apikey", rest_host=emu.rest_url, stream_host=emu.stream_url)


def test_exact_name_prefix_and_stack(world: tuple[EmulatorHandle, dict[str, str]]) -> None:
    emu, ids = world
    with _client(emu) as client:
        assert client.stacks.find("shop").uuid == ids["shop"]
        assert client.node_clusters.find("prod").uuid == ids["prod"]  # exact name, although "prod-eu" exists
        assert client.services.find(ids["web"]).uuid == ids["web"]  # full UUID
        assert client.services.find(ids["web"][:8]).uuid == ids["web"]  # short UUID
        in_shop = client.services.find("web.shop")
        assert in_shop.uuid != ids["web"] and in_shop.stack is not None and ids["shop"] in in_shop.stack
        container = client.containers.find("web-1.shop")
        assert container.service == in_shop.resource_uri
        assert client.containers.find(container.uuid[:10]).uuid == container.uuid
        node = next(iter(client.nodes.list()))
        assert client.nodes.find(node.uuid[:6]).uuid == node.uuid
        action = next(iter(client.actions.list()))
        assert client.actions.find(action.uuid[:8]).uuid == action.uuid


def test_not_found_and_ambiguous(world: tuple[EmulatorHandle, dict[str, str]]) -> None:
    emu, ids = world
    with _client(emu) as client:
        with pytest.raises(AmbiguousIdentifierError) as ambiguous:
            client.services.find("web")  # the loose one and the one in "shop"
        error = ambiguous.value
        assert error.kind == "service" and error.identifier == "web" and len(error.candidates) == 2
        assert any(ids["web"] in c and "(web)" in c for c in error.candidates)
        assert "web" in str(error) and "full UUID" in str(error)
        with pytest.raises(AmbiguousIdentifierError):
            client.containers.find("web-1")  # one container of each "web"
        with pytest.raises(NotFoundError) as missing:
            client.stacks.find("no-such-stack")
        assert missing.value.status_code == 404 and "no-such-stack" in str(missing.value)
        with pytest.raises(NotFoundError):
            client.services.find("web.elsewhere")
        with pytest.raises(NotFoundError):
            client.nodes.find("prod")  # nodes have no name: only UUID prefixes are tried
        for bad in ("", "   "):
            with pytest.raises(InvalidIdentifierError):
                client.services.find(bad)


def test_reused_name_and_resource_uri(world: tuple[EmulatorHandle, dict[str, str]]) -> None:
    emu, ids = world
    with _client(emu) as client:
        old = client.services.create(image="redis", name="reused")
        client.services.terminate(old.uuid, wait=True)
        new = client.services.create(image="redis", name="reused")
        assert client.services.find("reused").uuid == new.uuid  # the terminated namesake is passed over
        client.services.terminate(new.uuid, wait=True)
        with pytest.raises(AmbiguousIdentifierError):
            client.services.find("reused")  # two terminated ones: no live object decides
        stack = client.stacks.get(ids["shop"])
        assert client.stacks.find(stack.resource_uri).uuid == ids["shop"]


def test_async_find(world: tuple[EmulatorHandle, dict[str, str]]) -> None:
    emu, ids = world

    async def main() -> None:
        async with AsyncClient(
            user="demo", apikey="demo-apikey", rest_host=emu.rest_url, stream_host=emu.stream_url
        ) as client:
            assert (await client.stacks.find("shop")).uuid == ids["shop"]
            assert (await client.services.find(ids["web"][:7])).uuid == ids["web"]
            assert (await client.node_clusters.find("prod-eu")).name == "prod-eu"
            with pytest.raises(AmbiguousIdentifierError):
                await client.services.find("web")
            with pytest.raises(NotFoundError):
                await client.containers.find("nothing")
            prefix = await _first_action_prefix(client)
            assert (await client.actions.find(prefix)).uuid.startswith(prefix)

    asyncio.run(main())


async def _first_action_prefix(client: AsyncClient) -> str:
    async for action in client.actions.list():
        return action.uuid[:8]
    raise AssertionError("no action")


def test_an_exact_name_wins_over_a_uuid_prefix() -> None:
    """A name made of hex letters names its object even when another object's UUID starts with it."""
    with (
        run_emulator(accounts=[("demo", "demo-apikey")]) as emu,
        Client(user="demo", apikey="demo-apikey", rest_host=emu.rest_url, stream_host=emu.stream_url) as client,
    ):
        other = client.services.create(image="tutum/hello-world", name="other")
        prefix = other.uuid[:2]
        named = client.services.create(image="tutum/hello-world", name=prefix)
        assert client.services.find(prefix).uuid == named.uuid
        assert client.services.find(other.uuid[:8]).uuid == other.uuid
