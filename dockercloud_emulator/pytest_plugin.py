"""pytest fixtures that run a local Docker Cloud emulator for your own tests.

``dockercloud-client`` registers this module with pytest (the ``pytest11`` entry point
``dockercloud_emulator``), so the fixtures are available in every project that installs
``dockercloud-client[emulator]``; ``pytest -p no:dockercloud_emulator`` turns them off. Loading the
plugin imports nothing heavy: the emulator starts only when a test asks for one of its fixtures.

Fixtures:
    dockercloud_emulator_server: one emulator for the whole pytest session, on an ephemeral
        127.0.0.1 port, whose actions finish right after the request that started them.
    dockercloud_emulator: that emulator, reset to its seeded state (no objects, no actions, no fault
        rules) before the test: an :class:`~dockercloud_emulator.EmulatorHandle`.
    dockercloud_client: a :class:`dockercloud_client.Client` for the emulator's demo account, configured
        from the emulator's settings only (your own ``DOCKERCLOUD_*`` variables are not read), closed
        after the test.
    dockercloud_env: sets the ``DOCKERCLOUD_*`` variables for the test (and removes those that would
        win over them, such as ``DOCKERCLOUD_AUTH``), for code under test that creates its own
        ``Client()``; returns them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from .environment import OVERRIDING

if TYPE_CHECKING:
    from dockercloud_client import Client

    from .server import EmulatorHandle


@pytest.fixture(scope="session")
def dockercloud_emulator_server() -> Iterator[EmulatorHandle]:
    """One emulator for the whole session (``step_seconds=0``), stopped at the end."""
    try:
        from .server import run_emulator
    except ModuleNotFoundError as exc:  # the [emulator] extra is missing
        raise pytest.UsageError(
            f"the dockercloud emulator needs {exc.name!r}: pip install 'dockercloud-client[emulator]'"
        ) from exc
    with run_emulator(step_seconds=0) as handle:
        yield handle


@pytest.fixture
def dockercloud_emulator(dockercloud_emulator_server: EmulatorHandle) -> EmulatorHandle:
    """The session's emulator, reset to its seeded state before the test."""
    dockercloud_emulator_server.reset()
    return dockercloud_emulator_server


@pytest.fixture
def dockercloud_client(dockercloud_emulator: EmulatorHandle) -> Iterator[Client]:
    """A ``Client`` for the emulator's demo account, closed after the test."""
    from dockercloud_client import Client

    with Client.from_env(environ=dockercloud_emulator.client_environment()) as client:
        yield client


@pytest.fixture
def dockercloud_env(dockercloud_emulator: EmulatorHandle, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Point ``Client()`` at the emulator through the environment for the duration of the test."""
    for name in OVERRIDING:
        monkeypatch.delenv(name, raising=False)
    environment = dockercloud_emulator.client_environment()
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return environment
