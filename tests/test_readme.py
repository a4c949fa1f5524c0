"""The README's Python snippets run, in order, against the emulator (they are what users copy first)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dockercloud_emulator import EmulatorHandle, run_emulator

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def snippets() -> list[str]:
    return BLOCK.findall(README.read_text())


@pytest.fixture
def emulator(monkeypatch: pytest.MonkeyPatch) -> Iterator[EmulatorHandle]:
    with run_emulator(step_seconds=0) as emu:
        for name in ("DOCKERCLOUD_AUTH", "DOCKERCLOUD_PASS", "DOCKERCLOUD_NAMESPACE", "DOCKERCLOUD_STREAM_URL"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("DOCKERCLOUD_USER", emu.username)
        monkeypatch.setenv("DOCKERCLOUD_APIKEY", emu.apikey)
        monkeypatch.setenv("DOCKERCLOUD_REST_HOST", emu.rest_url)
        monkeypatch.setenv("DOCKERCLOUD_STREAM_HOST", emu.stream_url)
        yield emu


@pytest.mark.timeout(90)
def test_readme_snippets_run(emulator: EmulatorHandle, capsys: pytest.CaptureFixture[str]) -> None:
    blocks = snippets()
    assert len(blocks) >= 4
    namespace: dict[str, Any] = {"__name__": "readme"}
    for index, code in enumerate(blocks, start=1):
        exec(compile(code, f"README.md python block {index}", "exec"), namespace)
    out = capsys.readouterr().out
    assert "web 2 " in out  # the running service and its containers
    assert "/api/audit/v1/action/" in out  # the started action's URI
    assert "Running" in out  # the stack's final state
    assert "Event(" in out  # one event from the stream
