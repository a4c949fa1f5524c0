"""Clients that misuse the emulator's connections: each one gets a definite answer, and what it sends
costs the emulator bounded memory."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from dockercloud_emulator import EmulatorHandle, Limits, run_emulator

from .conftest import SpecRecorder, deploy_cluster, make_client
from .test_input_limits import _raw_exchange

pytestmark = pytest.mark.timeout(60)

#: A small message bound, so that a test can exceed it with a few frames.
SMALL = Limits(max_body_bytes=4096)


@pytest.fixture
def small_emu() -> Iterator[EmulatorHandle]:
    """An emulator accepting request bodies and websocket messages of at most 4 KiB."""
    with run_emulator(limits=SMALL) as handle:
        yield handle


def _running_container(client: httpx.Client) -> dict[str, Any]:
    deploy_cluster(client, nodes=1)
    svc = client.post("/api/app/v1/service/", json={"image": "tutum/hello-world", "name": "web"}).json()
    assert client.post(f"/api/app/v1/service/{svc['uuid']}/start/").status_code == 202
    container: dict[str, Any] = client.get("/api/app/v1/container/", params={"service": svc["resource_uri"]}).json()[
        "objects"
    ][0]
    assert container["state"] == "Running"
    return container


def test_exec_line_without_newline_is_bounded(small_emu: EmulatorHandle) -> None:
    """An interactive exec session keeps a line until its newline: frames that never end the line
    must not grow that buffer past the message bound (the session is closed with 1009 instead)."""
    with make_client(small_emu, SpecRecorder(), small_emu.auth_header) as client:
        container = _running_container(client)
    url = f"{small_emu.stream_url}/api/app/v1/container/{container['uuid']}/exec/?command=sh"
    chunk = "x" * 3000  # each frame is within the bound; two of them are not

    async def main() -> tuple[list[dict[str, Any]], int | None, str | None]:
        frames: list[dict[str, Any]] = []
        async with connect(url, additional_headers={"Authorization": small_emu.auth_header}, open_timeout=5) as ws:
            try:
                for text in (chunk, chunk, "\n"):
                    await ws.send(text)
                # the old emulator answered the 6,000-character line (a command not found)
                frames.append(json.loads(await asyncio.wait_for(ws.recv(), 10)))
            except ConnectionClosed:
                pass
            return frames, ws.close_code, ws.close_reason

    frames, code, reason = asyncio.run(main())
    assert frames == [] and code == 1009, (frames[:1], code)
    assert reason is not None and "4096" in reason


REPOSITORIES = "/api/repo/v1/repository/"


@pytest.mark.parametrize(
    "name",
    [
        "reg.io/a?b",  # its resource URI would carry a query
        "reg.io/a#b",  # ... a fragment
        "reg.io/a%2Fb",  # ... a slash once decoded
        "reg.io/./x",  # ... a dot segment, which clients remove
        "reg.io/../x",
        "reg.io/Upper",  # Docker refuses upper case in a repository path
        "reg.io/a:tag",  # a tag names an image of a repository, not a repository
        "-reg.io/x",
    ],
)
def test_repository_names_docker_refuses_are_400(client: httpx.Client, name: str) -> None:
    """A repository whose name is no Docker repository name was added, and some could then never be
    read or removed through their own resource URI; each is refused, and nothing is stored."""
    response = client.post(REPOSITORIES, json={"name": name, "username": "u", "password": "p"})
    assert response.status_code == 400, response.text[:200]
    assert "repository name" in response.json()["error"]
    assert client.get(REPOSITORIES).json()["meta"]["total_count"] == 0


@pytest.mark.parametrize(
    "name",
    ["registry.local:5000/web", "localhost/app", "alice/app", "my.registry.com/user1/image1", "a-b.io/c__d/e-f.g"],
)
def test_repository_names_docker_accepts_are_reachable(client: httpx.Client, name: str) -> None:
    created = client.post(REPOSITORIES, json={"name": name, "username": "u", "password": "p"})
    assert created.status_code == 201, created.text[:200]
    uri = created.json()["resource_uri"]
    assert client.get(uri).json()["name"] == name
    assert client.delete(uri).status_code == 204


STACKS = "/api/app/v1/stack/"
SERVICES = "/api/app/v1/service/"


def _stack_with_web_and_db(client: httpx.Client) -> dict[str, Any]:
    stack: dict[str, Any] = client.post(
        STACKS, json={"name": "shop", "services": [{"name": "web", "image": "nginx"}, {"name": "db", "image": "mysql"}]}
    ).json()
    return stack


def _services_of(client: httpx.Client, stack: dict[str, Any]) -> dict[str, dict[str, Any]]:
    listed = client.get(SERVICES, params={"stack": stack["resource_uri"], "limit": 100}).json()["objects"]
    return {svc["name"]: svc for svc in listed}


@pytest.mark.parametrize(
    "services",
    [
        # a new service, then an existing one with a port no TCP has
        [
            {"name": "cache", "image": "redis"},
            {"name": "web", "container_ports": [{"protocol": "tcp", "inner_port": 70000}]},
        ],
        # a new service linked to a service that does not exist
        [{"name": "cache", "image": "redis", "linked_to_service": [{"to_service": "nowhere"}]}],
        # an existing service, then another moved to EVERY_NODE (which the docs forbid)
        [{"name": "web", "target_num_containers": 5}, {"name": "db", "deployment_strategy": "EVERY_NODE"}],
    ],
)
def test_a_refused_stack_update_changes_nothing(client: httpx.Client, services: list[dict[str, Any]]) -> None:
    """A stack update answered 400 had already stored the new services before it and applied the
    updates before it: the client saw a refusal and the stack had changed all the same."""
    stack = _stack_with_web_and_db(client)
    before = _services_of(client, stack)
    response = client.patch(f"{STACKS}{stack['uuid']}/", json={"services": services})
    assert response.status_code == 400, response.text[:200]
    assert _services_of(client, stack) == before
    assert client.get(f"{STACKS}{stack['uuid']}/").json()["services"] == stack["services"]


def test_a_stack_update_naming_a_new_service_twice_is_refused(client: httpx.Client) -> None:
    """Two new services of one name were both added (a stack's service names are unique, as a stack
    create checks)."""
    stack = _stack_with_web_and_db(client)
    twice = [{"name": "cache", "image": "redis"}, {"name": "cache", "image": "memcached"}]
    response = client.patch(f"{STACKS}{stack['uuid']}/", json={"services": twice})
    assert response.status_code == 400 and "twice" in response.json()["error"], response.text[:200]
    assert sorted(_services_of(client, stack)) == ["db", "web"]


def test_an_action_that_says_it_cannot_be_canceled_refuses_a_cancel() -> None:
    """A retried synchronous action (a service create) is In progress with ``can_be_canceled`` false:
    there is no work to stop. A cancel was accepted all the same, and the action then finished twice
    (Success, then Canceled: a final state changed). It is refused with 400, as its JSON announces."""
    # a step far longer than the test: nothing advances while it runs, so the window stays open
    with (
        run_emulator(step_seconds=600) as emu,
        httpx.Client(base_url=emu.rest_url, headers={"Authorization": emu.auth_header}, timeout=10) as client,
    ):
        created = client.post("/api/app/v1/service/", json={"image": "nginx", "name": "web"})
        action_uri = created.headers["X-DockerCloud-Action-URI"]
        retried = client.post(f"{action_uri}retry/").json()
        assert retried["state"] == "In progress" and retried["can_be_canceled"] is False
        canceled = client.post(f"{action_uri}cancel/")
        assert canceled.status_code == 400, canceled.text[:200]
        assert "cannot be canceled" in canceled.json()["error"]
        assert client.get(action_uri).json()["state"] == "In progress"


def test_an_absolute_form_request_target_is_served(emu: EmulatorHandle) -> None:
    """RFC 9112 (3.2.2): a server must accept ``GET http://host:port/path HTTP/1.1``; the emulator
    answered 404, the scheme and authority being taken as part of the path."""
    request = (
        f"GET {emu.rest_url}/api/app/v1/service/?limit=3 HTTP/1.1\r\nHost: {emu.host}:{emu.port}\r\n"
        f"Authorization: {emu.auth_header}\r\nConnection: close\r\n\r\n"
    )
    head, _, payload = _raw_exchange(emu, request.encode()).partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 "), (head, payload[:200])
    assert json.loads(payload)["meta"]["limit"] == 3


def test_an_exec_session_ends_when_its_container_stops(client: httpx.Client, emu: EmulatorHandle) -> None:
    """The shell of an exec session runs in its container: once the container is stopped the session
    ends with the error frame a session opened on a stopped container gets. It went on answering."""
    container = _running_container(client)
    url = f"{emu.stream_url}/api/app/v1/container/{container['uuid']}/exec/?command=sh"

    async def main() -> tuple[list[dict[str, Any]], int | None]:
        frames: list[dict[str, Any]] = []
        async with connect(url, additional_headers={"Authorization": emu.auth_header}, open_timeout=5) as ws:
            await ws.send("echo before\n")
            frames.append(json.loads(await asyncio.wait_for(ws.recv(), 10)))
            # the stop is answered once the container is Stopped (step 0)
            stopped = await asyncio.to_thread(client.post, f"/api/app/v1/container/{container['uuid']}/stop/")
            assert stopped.status_code == 202
            await ws.send("echo after\n")
            frames.append(json.loads(await asyncio.wait_for(ws.recv(), 10)))  # the old emulator: "after"
            if frames[-1]["type"] == "error":
                with contextlib.suppress(ConnectionClosed):
                    await asyncio.wait_for(ws.recv(), 10)
            return frames, ws.close_code

    frames, code = asyncio.run(main())
    assert frames[0] == {"type": "exec", "output": "before\n", "streamType": "stdout"}
    assert frames[1]["type"] == "error" and "not running" in frames[1]["data"]["errorMessage"], frames[1]
    assert code == 1000
