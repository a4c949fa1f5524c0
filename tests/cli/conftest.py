"""The ``dockercloud`` command line against an emulator on 127.0.0.1, through click's runner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dockercloud_client.cli import cli
from dockercloud_emulator import EmulatorHandle, run_emulator

#: Variables of the machine that must not reach the commands (a real account would win over the emulator's).
_CLEARED = ("DOCKERCLOUD_AUTH", "DOCKERCLOUD_NAMESPACE", "DOCKERCLOUD_PASS", "DOCKER_CONFIG")


@pytest.fixture(scope="module")
def emulator() -> Iterator[EmulatorHandle]:
    with run_emulator(step_seconds=0) as emu:
        yield emu


def environment(emu: EmulatorHandle, home: Path, **extra: str | None) -> dict[str, str | None]:
    """What the commands see: the emulator's hosts and demo account, nothing of the machine's account."""
    env: dict[str, str | None] = dict.fromkeys(_CLEARED)
    env.update(
        DOCKERCLOUD_USER=emu.username,
        DOCKERCLOUD_APIKEY=emu.apikey,
        DOCKERCLOUD_REST_HOST=emu.rest_url,
        DOCKERCLOUD_STREAM_HOST=emu.stream_url,
        HOME=str(home),
    )
    env.update(extra)
    return env


class Dockercloud:
    """Runs ``dockercloud ARGS`` in-process and checks its exit status."""

    def __init__(self, env: dict[str, str | None]) -> None:
        self.env = env
        self.runner = CliRunner()

    def __call__(self, *args: str, status: int = 0, input: str | None = None) -> Result:
        result = self.runner.invoke(cli, list(args), env=self.env, input=input, catch_exceptions=False)
        assert result.exit_code == status, f"dockercloud {' '.join(args)} -> {result.exit_code}\n{result.output}"
        return result


@pytest.fixture
def dockercloud(emulator: EmulatorHandle, tmp_path: Path) -> Dockercloud:
    return Dockercloud(environment(emulator, tmp_path))
