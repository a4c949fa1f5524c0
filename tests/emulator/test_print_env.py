"""``python -m dockercloud_emulator --print-env``: what it prints is shell code that points ``Client()`` at it."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT = 30.0
# An API key full of characters a shell would otherwise interpret: the exports must quote it.
HOSTILE_KEY = 'k\'ey $HOME `id` "x" ;&|'

# Code under test that, like a user's program, creates Client() from the environment alone.
PROGRAM = """
import os
from dockercloud_client import Client
with Client() as client:
    print("user", client.credentials_source, os.environ["DOCKERCLOUD_USER"])
    print("providers", sorted(p.name for p in client.providers.list()))
    print("services", len(list(client.services.list())))
"""


def _lines(stream: IO[str], into: queue.Queue[str | None]) -> None:
    for line in stream:
        into.put(line.rstrip("\n"))
    into.put(None)


def read_until_ready(process: subprocess.Popen[str]) -> list[str]:
    """The lines printed before ``# ready``, waiting at most STARTUP_TIMEOUT seconds in all."""
    assert process.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_lines, args=(process.stdout, lines), daemon=True).start()
    printed: list[str] = []
    while True:
        line = lines.get(timeout=STARTUP_TIMEOUT)
        assert line is not None, f"the emulator exited before it was ready: {printed}"
        if line.startswith("# ready"):
            return printed
        printed.append(line)


def test_print_env_lines_eval_in_a_shell_and_reach_the_emulator() -> None:
    command = [sys.executable, "-m", "dockercloud_emulator", "--print-env", "--account", f"bob:{HOSTILE_KEY}"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        printed = read_until_ready(process)
        assert printed[0] == "unset DOCKERCLOUD_AUTH DOCKERCLOUD_PASS DOCKERCLOUD_NAMESPACE DOCKERCLOUD_STREAM_URL"
        assert all(line.startswith("export DOCKERCLOUD_") for line in printed[1:])
        assert {line.split("=", 1)[0] for line in printed[1:]} == {
            "export DOCKERCLOUD_USER",
            "export DOCKERCLOUD_APIKEY",
            "export DOCKERCLOUD_REST_HOST",
            "export DOCKERCLOUD_STREAM_HOST",
        }
        # A real credential in the caller's environment would win over DOCKERCLOUD_USER: the lines remove it.
        env = dict(os.environ, DOCKERCLOUD_AUTH="Basic cmVhbDpzZWNyZXQ=", DOCKERCLOUD_NAMESPACE="someone-else")
        env["PRINTED"] = "\n".join(printed)
        result = subprocess.run(
            ["sh", "-c", 'eval "$PRINTED" && exec "$0" -c "$1"', sys.executable, PROGRAM],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines() == [
            "user DOCKERCLOUD_USER+DOCKERCLOUD_APIKEY bob",
            "providers ['aws', 'azure', 'digitalocean', 'packet', 'softlayer']",
            "services 0",
        ]
    finally:
        process.terminate()
        process.wait(timeout=15)
