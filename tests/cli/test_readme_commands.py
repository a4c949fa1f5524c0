"""The README's ``dockercloud`` commands run, in order, against the emulator (those that end by themselves)."""

from __future__ import annotations

import json
import os
import re
import shlex
from pathlib import Path

import pytest

from .conftest import Dockercloud

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"^```sh\n(.*?)^```", re.S | re.M)
#: Commands that run until interrupted; tests/cli/test_console_script.py runs them as processes.
FOREVER = {"emulator", "event"}


def readme_commands() -> list[list[str]]:
    blocks = BLOCK.findall((ROOT / "README.md").read_text())
    lines = [line.split("#", 1)[0].strip() for block in blocks for line in block.splitlines()]
    return [shlex.split(line)[1:] for line in lines if line.startswith("dockercloud ")]


def test_the_readme_shows_the_issue_walkthrough() -> None:
    commands = [" ".join(args) for args in readme_commands()]
    for expected in ("nodecluster create --sync", "stack up -f", "service ps", "service scale web 3 --sync", "event"):
        assert any(c.startswith(expected) for c in commands), expected


def test_the_readme_commands_run(dockercloud: Dockercloud, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the README's paths are relative to the checkout
    outputs = [dockercloud(*args).stdout for args in readme_commands() if args[0] not in FOREVER]
    assert any(out == "web-1\n" for out in outputs)  # container exec
    assert any(out.startswith("[") and {s["name"] for s in json.loads(out)} >= {"web", "db"} for out in outputs)
    assert os.path.exists(ROOT / "examples" / "docker-cloud.yml")
