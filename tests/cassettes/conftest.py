"""Fixtures of the cassette kit: recording vs replay, the emulators used while recording, and the
pytest-recording configuration (matching, normalisation hooks, the pretty JSON serializer).

Replay (the default, ``record_mode=none``): no emulator, no network; the clients point at
``kit.FIXED_HOST`` and vcrpy answers from ``recorded/*.json``. Recording (``make record``, i.e.
``--record-mode=rewrite``): the emulators are started here and stopped at the end of the session.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from vcr import VCR

from dockercloud_emulator import EmulatorHandle, run_emulator

from .kit import CASSETTE_DIR, ORG, RECORD_APIKEY, RECORD_USER, Normaliser, PrettyJSONSerializer


def pytest_recording_configure(config: pytest.Config, vcr: VCR) -> None:
    """Store cassettes with the pretty JSON serializer (it replaces vcrpy's ``json``)."""
    vcr.register_serializer("json", PrettyJSONSerializer)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def recording(record_mode: str) -> bool:
    """Whether this run records cassettes (any record mode but ``none``)."""
    return record_mode != "none"


@pytest.fixture(scope="session")
def emulators(recording: bool) -> Iterator[dict[str, EmulatorHandle]]:
    """While recording: a fast emulator (every transition at once) and a slow one (actions stay
    ``In progress`` for 60 s, for cancelling). While replaying: none."""
    if not recording:
        yield {}
        return
    options: dict[str, Any] = {"accounts": [(RECORD_USER, RECORD_APIKEY)], "orgs": [(ORG, [RECORD_USER])]}
    with run_emulator(step_seconds=0, **options) as fast, run_emulator(step_seconds=60, **options) as slow:
        yield {"fast": fast, "slow": slow}


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTE_DIR)


@pytest.fixture
def normaliser() -> Normaliser:
    """The per-cassette normaliser (its UUID mapping must not leak between cassettes)."""
    return Normaliser()


@pytest.fixture
def vcr_config(normaliser: Normaliser) -> dict[str, Any]:
    return {
        "serializer": "json",
        "match_on": ["method", "path", "query", "body"],
        "filter_headers": ["authorization"],
        "before_record_request": normaliser.request,
        "before_record_response": normaliser.response,
        "decode_compressed_response": True,
        "allow_playback_repeats": False,
    }
