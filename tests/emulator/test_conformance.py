"""Schemathesis against the running emulator (bounded, fixed seed, one worker).

Deterministic by construction: one worker (two trip a CPython 3.11 thread-safety bug in the ``ast``
module, ``SystemError: AST constructor recursion depth mismatch``), a fixed seed, deterministic
generation and a bound on examples rather than on time, so every run sends the same requests.
``make test`` runs a short pass: 3 examples per operation (``SCHEMATHESIS_MAX_EXAMPLES``) in the
examples, fuzzing and stateful phases (``SCHEMATHESIS_PHASES``), which reach every operation. The
coverage phase (boundary and negative values of every parameter, some 2,800 requests, two thirds of
the run's time) and 100 examples are ``make fuzz``'s long run.

REST timestamps have the custom format ``rfc1123-date-time`` (RFC 3339's ``date-time`` rejects the
wire form): schemathesis treats it as a plain string, and the openapi-core hook of conftest.py checks
every timestamp the emulator sends.
Excluded checks: ``positive_data_acceptance`` (a stateful server legitimately refuses schema-valid
requests whose target is in the wrong state, e.g. start a Terminated service -> 400),
``negative_data_rejection`` and ``use_after_free`` (terminated objects stay readable as Terminated,
as documented). ``negative_data_rejection`` was excluded because unknown query parameters were
ignored; they are now refused with 400 (issue 12) and the check finds no query problem. Re-checked
with it enabled (3 examples), it still fails on request bodies only: an empty service or stack
service ``name`` (the spec's minLength 1) and ``run_command: null`` in a service PATCH (not
nullable there) are accepted. Body validation is the emulator-hardening work of issue 11; enable
the check when those land.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dockercloud_emulator import EmulatorHandle
from tests.spec_conformance import SPEC_PATH
from tests.spec_conformance import spec as parsed_spec

_METHODS = {"get", "put", "post", "patch", "delete"}


@pytest.mark.timeout(3000)
def test_schemathesis(emu: EmulatorHandle, tmp_path: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        str(SPEC_PATH),
        "--url",
        emu.rest_url,
        "--auth",
        f"{emu.username}:{emu.apikey}",
        "--max-examples",
        os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "3"),
        "--phases",
        os.environ.get("SCHEMATHESIS_PHASES", "examples,fuzzing,stateful"),
        "--seed",
        "42",
        "--generation-deterministic",
        "--workers",
        "1",
        "--exclude-checks",
        "positive_data_acceptance,negative_data_rejection,use_after_free",
        # two free-text path parameters (region, node type, az) make hypothesis discard many
        # generated values that cannot be one path segment; that is generation, not the server
        "--suppress-health-check",
        "filter_too_much",
        "--request-timeout",
        "10",
        "--no-color",
    ]
    # The timeouts only stop a hung run; the work is bounded by the example count.
    result = subprocess.run(command, capture_output=True, text=True, timeout=3000, cwd=tmp_path)
    tail = result.stdout[-6000:]
    assert result.returncode == 0, f"schemathesis failed:\n{tail}\n{result.stderr[-2000:]}"
    operations = sum(1 for item in parsed_spec()["paths"].values() for key in item if key in _METHODS)
    assert f"Tested: {operations}" in result.stdout, f"not every operation was exercised:\n{tail}"
