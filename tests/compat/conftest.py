"""Fixtures of the compatibility suite: a fresh emulator and Docker's python-dockercloud 1.0.12 pointed at it.

python-dockercloud keeps its configuration in module globals (``dockercloud.rest_host``, ``user``,
``apikey``, ``namespace``, ...) and one global ``requests`` session; the fixture sets them for one
test and puts everything back afterwards, together with what importing the SDK changes
(``logging.basicConfig()``) and what its event stream installs (a SIGINT handler).
"""

from __future__ import annotations

import importlib
import logging
import signal
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

from dockercloud_emulator import EmulatorHandle, run_emulator
from tests.compat import py3_fixes

SDK_MODULES = ("dockercloud.api.http", "dockercloud.api.auth", "dockercloud.api.base", "dockercloud.api.utils")
_SETTINGS = ("rest_host", "stream_host", "namespace", "dockercloud_auth", "basic_auth", "user_agent", "api_timeout")


def import_sdk() -> ModuleType:
    """``import dockercloud`` without keeping the root logging handler it installs at import."""
    handlers = list(logging.root.handlers)
    py3_fixes.provide_imp()
    sdk = importlib.import_module("dockercloud")
    logging.root.handlers[:] = handlers
    # Its INFO records carry the Authorization header: never let them out.
    logging.getLogger("python-dockercloud").setLevel(logging.WARNING)
    return sdk


@dataclass
class Sdk:
    """The configured SDK module and the emulator it talks to."""

    dc: Any
    emu: EmulatorHandle


@pytest.fixture
def sdk_modules() -> dict[str, ModuleType]:
    """The SDK modules that the Python 3 fixes touch."""
    import_sdk()
    return {name: sys.modules[name] for name in SDK_MODULES}


def _configure(emu: EmulatorHandle, modules: dict[str, ModuleType]) -> Iterator[Sdk]:
    dc: Any = import_sdk()  # untyped: its settings are module attributes set at run time
    saved = {name: getattr(dc, name, None) for name in _SETTINGS}
    sigint = signal.getsignal(signal.SIGINT)
    originals = py3_fixes.apply(modules)
    dc.rest_host = emu.rest_url + "/"
    dc.stream_host = emu.stream_url + "/"
    dc.namespace = None
    dc.dockercloud_auth = None
    dc.basic_auth = None
    dc.user, dc.apikey = emu.username, emu.apikey  # the SDK's documented way to set credentials in code
    modules["dockercloud.api.http"].new_session()
    try:
        yield Sdk(dc, emu)
    finally:
        modules["dockercloud.api.http"].close_session()
        py3_fixes.undo(modules, originals)
        for name, value in saved.items():
            setattr(dc, name, value)
        for name in ("user", "apikey", "password"):
            if hasattr(dc, name):
                delattr(dc, name)
        signal.signal(signal.SIGINT, sigint)


@pytest.fixture
def sdk(sdk_modules: dict[str, ModuleType]) -> Iterator[Sdk]:
    """python-dockercloud against a fresh emulator (every transition at once) with an organisation."""
    with run_emulator(accounts=[("demo", "demo-apikey")], orgs=[("demo-org", ["demo"])]) as emu:
        yield from _configure(emu, sdk_modules)


@pytest.fixture
def slow_sdk(sdk_modules: dict[str, ModuleType]) -> Iterator[Sdk]:
    """python-dockercloud against an emulator whose actions stay in progress (to cancel them)."""
    with run_emulator(accounts=[("demo", "demo-apikey")], step_seconds=3600) as emu:
        yield from _configure(emu, sdk_modules)
