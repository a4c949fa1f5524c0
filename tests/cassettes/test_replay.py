"""Replays every scenario of ``scenarios.py`` through ``Client`` and ``AsyncClient``, both from the
scenario's one cassette (the two clients send the same requests, byte for byte).

``pytest tests/cassettes`` replays (no emulator, no network: ``block_network``); ``make record``
(``--record-mode=rewrite``) runs the same tests against the emulators: the sync client rewrites each
cassette, the async client's runs are skipped, and make record's second step replays both.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from vcr.cassette import Cassette

from dockercloud_client import AsyncClient, Client
from dockercloud_emulator import EmulatorHandle

from . import scenarios  # noqa: F401  (importing the module registers the scenarios)
from .kit import FIXED_HOST, MODES, RECORD_APIKEY, RECORD_USER, SCENARIOS, Ctx, Scenario, cassette_path

pytestmark = pytest.mark.anyio


RECORDED_BY = MODES[0]


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    """``<scenario>``: the one cassette of a scenario, for both clients."""
    return cassette_path(request.node.callspec.params["scenario"].name).stem


@pytest.fixture
def vcr_config(vcr_config: dict[str, Any], request: pytest.FixtureRequest, recording: bool) -> dict[str, Any]:
    """While recording, only ``RECORDED_BY`` writes the cassette: the other client's run must not
    rewrite (first delete) it."""
    if recording and request.node.callspec.params["mode"] != RECORDED_BY:
        return vcr_config | {"record_mode": "none"}
    return vcr_config


@pytest.fixture
async def ctx(
    request: pytest.FixtureRequest, emulators: dict[str, EmulatorHandle], recording: bool, tmp_path: Path
) -> AsyncIterator[Ctx]:
    """The scenario context: a fresh emulator state while recording, the clients, a sleep recorder."""
    params = request.node.callspec.params
    scenario: Scenario = params["scenario"]
    if recording and params["mode"] != RECORDED_BY:
        pytest.skip(f"recorded by the {RECORDED_BY} client; make record replays it with both next")
    is_async = params["mode"] == "async"
    emu = emulators.get("slow" if scenario.slow else "fast")
    if emu is not None:
        emu.reset()  # an /_emulator/ request: the normaliser keeps it out of the cassette
    sleeps: list[float] = []

    def make_client(**overrides: Any) -> Any:
        async def async_sleep(seconds: float) -> None:
            sleeps.append(seconds)

        options: dict[str, Any] = {
            "user": RECORD_USER, "apikey": RECORD_APIKEY, "rest_host": emu.rest_url if emu else FIXED_HOST,
            "environ": {}, "home": tmp_path, "max_retries": 2, "strict": True,
            "sleep": async_sleep if is_async else sleeps.append,
        } | overrides  # fmt: skip
        return AsyncClient(**options) if is_async else Client(**options)

    def inject_fault(**rule: Any) -> object:
        return emu.inject_fault(**rule) if emu is not None else None

    context = Ctx(make_client(), is_async, sleeps, make_client, inject_fault)
    yield context
    for client in [context.api, *context.closers]:
        await context(client.close())


@pytest.mark.vcr
@pytest.mark.block_network
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("scenario", list(SCENARIOS.values()), ids=lambda s: s.name)
async def test_scenario(scenario: Scenario, mode: str, ctx: Ctx, vcr: Cassette) -> None:
    """One scenario through one client; every request must be answered by the cassette."""
    await scenario.run(ctx)
    if scenario.name == "retry_429_then_success":  # both interactions are in the cassette
        statuses = [response["status"]["code"] for _, response in vcr.data if response is not None]
        assert statuses[-2:] == [429, 200]
    if not vcr.write_protected:
        return
    assert vcr.all_played, f"{len(vcr.data) - vcr.play_count} recorded interactions were not replayed"
