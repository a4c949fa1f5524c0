"""The README's Python snippets run, in order, against the emulator (they are what users copy first)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def snippets() -> list[str]:
    return BLOCK.findall(README.read_text())


@pytest.mark.timeout(90)
def test_readme_snippets_run(dockercloud_env: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    # dockercloud_env: the package's own pytest fixture (see the README) sets DOCKERCLOUD_* for a fresh emulator.
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
    assert "progress: Success" in out  # on_progress of a wait
    assert "202 /api/audit/v1/action/" in out  # a raw response's status and action header
