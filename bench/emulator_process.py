"""Run the emulator in a child process, so its CPU time and memory are not charged to the client."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

from dockercloud_emulator.child import start_child, stop_child

USER, APIKEY = "demo", "demo-apikey"


@dataclass(frozen=True)
class RunningEmulator:
    rest_url: str
    stream_url: str
    admin_token: str

    def admin(self, method: str, path: str, json: object = None) -> None:
        """Call an emulator admin endpoint (fault injection, reset) with the admin token."""
        headers = {"Authorization": f"Bearer {self.admin_token}"}
        httpx.request(method, self.rest_url + path, json=json, headers=headers, timeout=10).raise_for_status()


@contextmanager
def emulator_process() -> Iterator[RunningEmulator]:
    process, announced = start_child()
    try:
        yield RunningEmulator(announced["REST"], announced["STREAM"], announced["ADMIN_TOKEN"])
    finally:
        stop_child(process)
