"""Local emulator of the retired Docker Cloud API (REST + Stream API) for tests and demos.

Start it from the command line (``python -m dockercloud_emulator --port 0``) or from Python::

    from dockercloud_emulator import run_emulator

    with run_emulator(step_seconds=0) as emu:
        emu.rest_url, emu.stream_url, emu.auth_header

Demo credentials when none are configured: user ``demo``, API key ``demo-apikey``,
organisation ``demo-org`` (member ``demo``).

Fault injection (for client reliability tests) is an admin endpoint that needs the emulator's
admin token (``Authorization: Bearer <token>``; printed as ``ADMIN_TOKEN``, ``emu.admin_token``):
``POST /_emulator/faults`` with
``{"path": "<prefix or glob>", "method": "GET"?, "count": N,
"kind": "status"|"slow"|"truncate"|"malformed"|"drop_websocket",
"status": 503, "retry_after": s, "delay": s, "after_messages": n}``, ``DELETE /_emulator/faults``
to clear, ``GET /_emulator/faults`` to list; ``POST /_emulator/reset`` restores the seeded state.
The same is available as ``emu.inject_fault(...)``, ``emu.clear_faults()`` and ``emu.reset()``.
See :mod:`dockercloud_emulator.faults` and ``README.md`` for the details of each kind.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import EmulatorApp, create_app
    from .limits import Limits
    from .server import EmulatorHandle, EmulatorServer, run_emulator
    from .state import EmulatorConfig

__all__ = [
    "EmulatorApp",
    "EmulatorConfig",
    "EmulatorHandle",
    "EmulatorServer",
    "Limits",
    "create_app",
    "run_emulator",
]

# Imported on first use, so that importing the package (the pytest plugin's entry point does, in every
# pytest run of a project that installed dockercloud-client) needs neither starlette nor uvicorn.
_HOMES = {
    "EmulatorApp": ".app",
    "create_app": ".app",
    "EmulatorHandle": ".server",
    "EmulatorServer": ".server",
    "run_emulator": ".server",
    "EmulatorConfig": ".state",
    "Limits": ".limits",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home, __name__), name)
