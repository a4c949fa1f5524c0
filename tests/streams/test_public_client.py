"""The Stream API through the public ``Client`` / ``AsyncClient`` against the emulator on 127.0.0.1.

``client.events.stream``, ``client.containers.logs/exec/run``, ``client.services.logs`` and
``client.actions.logs`` must use the client's stream host, credentials, user agent and namespace
(``with_namespace`` too), and raise from the one exception tree.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from dockercloud_client import (
    AsyncClient,
    AuthenticationError,
    Client,
    Event,
    LogLine,
    StreamOptions,
    StreamServerError,
    models,
)

from .conftest import AUTH, Replay, Script, transcript
from .emulator_helpers import OPTIONS, Cloud, read_until, watchdog

pytestmark = pytest.mark.timeout(30)

NODE_TYPE = "/api/infra/v1/nodetype/digitalocean/1gb/"
REGION = "/api/infra/v1/region/digitalocean/lon1/"


def _connection(cloud: Cloud, apikey: str = "demo-apikey") -> dict[str, Any]:
    """What both clients of these tests are built with: the emulator's hosts and the tests' stream timeouts."""
    return {
        "user": "demo",
        "apikey": apikey,
        "rest_host": cloud.emu.rest_url,
        "stream_host": cloud.emu.stream_url,
        "stream_options": OPTIONS,
        "environ": {},
    }


@pytest.fixture
def client(cloud: Cloud) -> Iterator[Client]:
    with Client(**_connection(cloud), user_agent="public-client-tests") as c:
        yield c


def _running_container(client: Client, name: str = "web") -> tuple[models.Service, models.Container]:
    service = client.services.create(image="tutum/hello-world", name=name, target_num_containers=1)
    service = client.services.start(service.uuid, wait=True, wait_timeout=10)
    (container,) = list(client.containers.list(service=service.resource_uri))
    return service, container


def test_events_for_create_and_start_in_order_with_a_filter(client: Client) -> None:
    with client.events.stream(type="service") as events:
        service = client.services.create(image="tutum/hello-world", name="web", target_num_containers=1)
        client.services.start(service.uuid, wait=True, wait_timeout=10)
        items = read_until(events, "Running")
    assert events.closed
    assert all(isinstance(item, Event) for item in items)
    seen = [(e.type.value, e.action.value, e.state, e.resource_uri) for e in items if isinstance(e, Event)]
    assert seen == [
        ("service", "create", "Not running", service.resource_uri),
        ("service", "update", "Starting", service.resource_uri),
        ("service", "update", "Running", service.resource_uri),
    ]


def test_object_filter_keeps_other_objects_out(client: Client) -> None:
    other = client.services.create(image="tutum/hello-world", name="other")
    mine = client.services.create(image="tutum/hello-world", name="mine")
    with client.events.stream(object=mine.resource_uri) as events:
        client.services.start(other.uuid, wait=True, wait_timeout=10)
        client.services.start(mine.uuid, wait=True, wait_timeout=10)
        items = read_until(events, "Running")
    assert {e.resource_uri for e in items if isinstance(e, Event)} == {mine.resource_uri}


def test_container_logs_without_follow_end_after_the_tail(client: Client) -> None:
    service, container = _running_container(client)
    everything = list(client.containers.logs(container.uuid, follow=False))
    assert everything and all(isinstance(line, LogLine) for line in everything)
    assert everything[-1].log.endswith("is ready\n")
    with client.containers.logs(container.resource_uri, tail=2, follow=False) as logs:
        tail = list(logs)
    assert [line.log for line in tail] == [line.log for line in everything[-2:]]
    service_lines = list(client.services.logs(service.uuid, follow=False))
    assert service_lines and {line.source for line in service_lines} == {container.name}


def test_action_logs(client: Client) -> None:
    service = client.services.create(image="tutum/hello-world", name="web")
    started = client.services.start(service.uuid)
    assert started.action_uri is not None
    started.wait(timeout=10)
    with client.actions.logs(started.action_uri, follow=True) as logs:
        timer = watchdog(logs)
        lines = list(logs)
        timer.cancel()
    assert all(isinstance(line, LogLine) for line in lines)


def test_exec_run_and_session(client: Client) -> None:
    _service, container = _running_container(client)
    assert client.containers.run(container.uuid, "echo hello world", timeout=10) == "hello world\n"
    assert client.containers.run(container.resource_uri, "hostname", timeout=10) == f"{container.hostname}\n"
    with client.containers.exec(container.uuid, "sh") as session:
        timer = watchdog(session)
        session.send("echo from stdin\n")
        first = session.next_output(timeout=5)
        session.close_stdin()
        rest = list(session)
        timer.cancel()
    assert first is not None and first.output == "from stdin\n"
    assert rest == []
    client.containers.stop(container.uuid, wait=True, wait_timeout=10)
    with pytest.raises(StreamServerError, match="not running"):
        client.containers.run(container.uuid, "hostname", timeout=10)


def test_bad_key_is_an_authentication_error(cloud: Cloud) -> None:
    with Client(**_connection(cloud, apikey="wrong"), user_agent="public-client-tests") as bad:
        with pytest.raises(AuthenticationError):
            bad.events.stream().connect()
        with pytest.raises(AuthenticationError):
            next(bad.containers.logs("0b0e3538-88df-4f07-9aed-3a3cc4175076"))
        with pytest.raises(AuthenticationError):
            bad.containers.run("0b0e3538-88df-4f07-9aed-3a3cc4175076", "hostname", timeout=5)
        with pytest.raises(AuthenticationError):
            list(bad.services.list())


def test_with_namespace_streams_the_organisation_events(client: Client) -> None:
    org = client.with_namespace("demo-org")
    with org.events.stream(type="service") as events:
        client.services.create(image="tutum/hello-world", name="personal")  # the user's namespace: not seen
        service = org.services.create(image="tutum/hello-world", name="team")
        items = read_until(events, "Not running")
    assert "/demo-org/" in service.resource_uri
    assert [(e.action.value, e.resource_uri) for e in items if isinstance(e, Event)] == [
        ("create", service.resource_uri)
    ]
    # and the user's own stream does not see the organisation's events
    with client.events.stream(type="service") as mine:
        personal = client.services.create(image="tutum/hello-world", name="personal-2")
        org.services.create(image="tutum/hello-world", name="team-2")
        first = read_until(mine, "Not running", limit=1)
    assert [e.resource_uri for e in first if isinstance(e, Event)] == [personal.resource_uri]


@pytest.mark.anyio
async def test_async_client_streams(cloud: Cloud) -> None:
    async with AsyncClient(**_connection(cloud)) as client:
        async with client.events.stream(type="service") as events:
            service = await client.services.create(image="tutum/hello-world", name="web", target_num_containers=1)
            await client.services.start(service.uuid, wait=True, wait_timeout=10)
            states: list[str | None] = []
            while not states or states[-1] != "Running":
                item = await asyncio.wait_for(events.__anext__(), 5)
                assert isinstance(item, Event)
                states.append(item.state)
        assert states == ["Not running", "Starting", "Running"]

        containers = [c async for c in client.containers.list(service=service.resource_uri)]
        (container,) = containers
        async with client.containers.logs(container.uuid, tail=1, follow=False) as logs:
            lines = [line async for line in logs]
        assert len(lines) == 1 and lines[0].log.endswith("is ready\n")
        assert await client.containers.run(container.uuid, "echo hi", timeout=10) == "hi\n"
        org_events = client.with_namespace("demo-org").events.stream(type="service")
        async with org_events:
            team = await client.with_namespace("demo-org").services.create(image="tutum/hello-world", name="team")
            item = await asyncio.wait_for(org_events.__anext__(), 5)
        assert isinstance(item, Event) and item.resource_uri == team.resource_uri


@pytest.mark.anyio
async def test_async_bad_key_is_an_authentication_error(cloud: Cloud) -> None:
    async with AsyncClient(**_connection(cloud, apikey="wrong")) as bad:
        with pytest.raises(AuthenticationError):
            await asyncio.wait_for(bad.events.stream().connect(), 5)
        with pytest.raises(AuthenticationError):
            await asyncio.wait_for(bad.containers.run("0b0e3538-88df-4f07-9aed-3a3cc4175076", "hostname"), 5)


def test_handshake_sends_the_client_credentials_and_user_agent(replay_server: Replay) -> None:
    replay_server.scripts = [Script(frames=transcript("events")[:2], end="close")]
    with Client(auth=AUTH, rest_host="http://127.0.0.1:9", stream_host=replay_server.url,
                stream_options=OPTIONS, user_agent="probe/1.0", environ={}) as client:  # fmt: skip
        items = list(client.with_namespace("demo-org").events.stream(type="service", reconnect=None))
    assert items and all(isinstance(item, Event) for item in items)
    ((path, headers),) = replay_server.requests
    assert path == "/api/audit/v1/demo-org/events/?type=service"
    assert headers["Authorization"] == AUTH
    assert headers["User-Agent"].startswith("probe/1.0 dockercloud-client/")


@pytest.mark.timeout(20)
def test_closing_with_many_unread_events_does_not_wait_for_the_close_timeout(cloud: Cloud) -> None:
    """A consumer that stops early must not wait behind unread frames for the server's close frame.

    With ``close_timeout=60`` a stuck closing handshake would hit this test's 20 s timeout.
    """
    options = StreamOptions(ping_interval=None, close_timeout=60.0, proxy=None)
    with Client(user="demo", apikey="demo-apikey", rest_host=cloud.emu.rest_url, stream_host=cloud.emu.stream_url,
                stream_options=options, environ={}) as client:  # fmt: skip
        with client.events.stream(type="service") as stream:
            for index in range(60):  # 60 creations: far more events than websockets' default queue of 16
                client.services.create(image="tutum/hello-world", name=f"unread-{index}")
            first = next(iter(stream))
            assert isinstance(first, Event) and first.type == "service"
        assert stream.closed
