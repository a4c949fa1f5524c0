"""Plain values in and failure reasons out, through the public client against the emulator.

Enum parameters and fields take their string values, model fields take mappings with the API's
keys (this file is type-checked with ``mypy --strict``, so both forms must type-check too); a wrong
string or key is refused with the allowed values; a failed action says why.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dockercloud_api.models import Autorestart, PortProtocol, PortSpec, ServiceState
from dockercloud_client import (
    ActionFailedError,
    AsyncClient,
    Client,
    DockerCloudError,
    InvalidValueError,
)
from dockercloud_emulator import EmulatorHandle, run_emulator

WAIT = 20.0


@pytest.fixture(scope="module")
def emulator() -> Iterator[EmulatorHandle]:
    with run_emulator(step_seconds=0, accounts=[("alice", "alice-apikey")]) as emu:
        yield emu


@pytest.fixture
def client(emulator: EmulatorHandle) -> Iterator[Client]:
    emulator.reset()
    with Client(user="alice", apikey="alice-apikey", rest_host=emulator.rest_url, stream_host=emulator.stream_url,
                strict=True, environ={}) as c:  # fmt: skip
        yield c


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_strings_and_mappings_are_accepted(client: Client) -> None:
    service = client.services.create(
        image="tutum/hello-world",
        name="web",
        autorestart="ALWAYS",
        container_ports=[{"inner_port": 80, "protocol": "tcp"}, PortSpec(inner_port=443, protocol=PortProtocol.TCP)],
        container_envvars=[{"key": "MODE", "value": "demo"}],
        tags=[{"name": "web"}],
    )
    assert service.autorestart is Autorestart.ALWAYS
    assert [(p.inner_port, p.protocol) for p in service.container_ports or []] == [
        (80, PortProtocol.TCP),
        (443, PortProtocol.TCP),
    ]
    assert [s.uuid for s in client.services.list(state="Not running")] == [service.uuid]
    assert list(client.services.list(state="Running")) == []
    assert [s.uuid for s in client.services.list(state=ServiceState.NOT_RUNNING)] == [service.uuid]
    updated = client.services.update(service.uuid, autorestart="ON_FAILURE", deployment_strategy="HIGH_AVAILABILITY")
    assert updated.autorestart is Autorestart.ON_FAILURE


def test_an_unknown_enum_string_lists_the_allowed_values(client: Client) -> None:
    with pytest.raises(InvalidValueError) as caught:
        client.services.list(state="running")
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, DockerCloudError)
    assert caught.value.argument == "state" and "Running" in caught.value.allowed
    assert str(caught.value).startswith("state: 'running' is not one of 'Not running', 'Partly running', ")
    with pytest.raises(InvalidValueError, match=r"autorestart: 'always' is not one of 'ALWAYS', 'OFF', 'ON_FAILURE'"):
        client.services.create(image="nginx", autorestart="always")


def test_a_wrong_mapping_names_the_key(client: Client) -> None:
    with pytest.raises(InvalidValueError) as caught:
        client.services.create(image="nginx", container_ports=[{"inner_port": 80, "protocol": "tcp"}, {"innerport": 1}])
    assert caught.value.argument == "container_ports[1]" and "inner_port" in caught.value.allowed
    assert "container_ports[1]: unknown key 'innerport'" in str(caught.value)
    with pytest.raises(InvalidValueError, match=r"container_ports\[0\]\.protocol: 'sctp' is not one of 'tcp', 'udp'"):
        client.services.create(image="nginx", container_ports=[{"inner_port": 80, "protocol": "sctp"}])
    with pytest.raises(InvalidValueError, match=r"container_ports\[0\]: .*inner_port"):
        client.services.create(image="nginx", container_ports=[{"protocol": "tcp"}])
    with pytest.raises(InvalidValueError, match="container_ports: expected a list, got str"):
        client.services.create(image="nginx", container_ports="80/tcp")  # type: ignore[arg-type]
    assert list(client.services.list()) == []  # nothing was sent


def test_a_failed_start_says_why(client: Client) -> None:
    service = client.services.create(image="tutum/hello-world", name="lonely")
    with pytest.raises(ActionFailedError) as caught:
        client.services.start(service.uuid, wait=True, timeout=WAIT)
    error = caught.value
    assert error.state == "Failed"
    assert error.reason == (
        "There are no deployed nodes in namespace 'alice' to deploy containers on. Deploy a node cluster first."
    )
    assert str(error) == f"Service Start failed: {error.reason}"
    assert "\n" not in str(error) and error.log_lines[-1].endswith("Deploy a node cluster first.")
    assert any("finished: Failed" in line for line in error.log_lines)


@pytest.mark.anyio
async def test_async_plain_values_and_reason(emulator: EmulatorHandle) -> None:
    emulator.reset()
    async with AsyncClient(user="alice", apikey="alice-apikey", rest_host=emulator.rest_url,
                           stream_host=emulator.stream_url, strict=True, environ={}) as client:  # fmt: skip
        service = await client.services.create(
            image="tutum/hello-world", autorestart="OFF", container_ports=[{"inner_port": 8080, "protocol": "udp"}]
        )
        assert [s.uuid async for s in client.services.list(state="Not running")] == [service.uuid]
        with pytest.raises(ActionFailedError, match="There are no deployed nodes in namespace 'alice'"):
            await client.services.start(service.uuid, wait=True, timeout=WAIT)
