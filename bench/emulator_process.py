"""Run the emulator in a child process, so its CPU time and memory are not charged to the client."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

USER, APIKEY = "demo", "demo-apikey"
START_TIMEOUT = 30.0


@dataclass(frozen=True)
class RunningEmulator:
    rest_url: str
    stream_url: str

    def admin(self, method: str, path: str, json: object = None) -> None:
        """Call an emulator admin endpoint (fault injection, reset)."""
        httpx.request(method, self.rest_url + path, json=json, auth=(USER, APIKEY), timeout=10).raise_for_status()


@contextmanager
def emulator_process() -> Iterator[RunningEmulator]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "dockercloud_emulator", "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        urls: dict[str, str] = {}
        deadline = time.monotonic() + START_TIMEOUT
        assert proc.stdout is not None
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError("the emulator exited before it was ready")
            key, _, value = line.strip().partition(" ")
            urls[key] = value
            if key == "READY":
                break
        else:
            raise RuntimeError("the emulator did not start in time")
        yield RunningEmulator(urls["REST"], urls["STREAM"])
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
