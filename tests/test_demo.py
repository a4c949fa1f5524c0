"""``make demo``: the launcher starts the emulator, runs the tour, stops the emulator, forwards the status;
and with every logger at DEBUG, no form of the credential is logged (issue 11).
"""

from __future__ import annotations

import base64
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dockercloud_client._redaction import REDACTED
from dockercloud_emulator.auth import DEFAULT_APIKEY, DEFAULT_USER

ROOT = Path(__file__).resolve().parents[1]
LAUNCHER = ROOT / "examples" / "run_demo.py"

#: The tour in the launcher's child interpreter, with every logger at DEBUG on stderr.
DEBUG_TOUR = f"""
import logging, runpy, sys
logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(name)s %(levelname)s %(message)s")
runpy.run_path({str(ROOT / "examples" / "tour.py")!r}, run_name="__main__")
"""


def _launch(*args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCKERCLOUD_")}
    return subprocess.run(
        [sys.executable, str(LAUNCHER), *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


def _assert_emulator_stopped(output: str) -> None:
    match = re.search(r"emulator \(pid (\d+)\) on http://127\.0\.0\.1:\d+", output)
    assert match, output
    assert f"emulator (pid {match.group(1)}) stopped" in output
    pid = int(match.group(1))
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    pytest.fail(f"emulator pid {pid} still running")


@pytest.mark.timeout(150)
def test_the_tour_runs_to_the_end_and_logs_no_credential_at_debug(tmp_path: Path) -> None:
    # One run for two checks (it is the suite's slowest step): stdout is what make demo shows (the
    # logging goes to stderr), stderr also holds every logger's DEBUG lines of the tour.
    script = tmp_path / "debug_tour.py"
    script.write_text(DEBUG_TOUR, encoding="utf-8")
    result = _launch("--step-seconds", "0", "--timeout", "100", "--tour", str(script), timeout=130)
    out = result.stdout
    assert result.returncode == 0, out[-4000:] + result.stderr[-4000:]
    for expected in [
        "== 2. Catalogue: providers, regions, node types",
        "providers: digitalocean",
        "chosen: digitalocean / lon1 / 1gb",
        "node cluster tour-cluster: Deployed, 2 nodes",
        "created stack tour-shop",
        "   | event  stack       update stack tour-shop    -> Running",
        "   | event  service     update service web        -> Scaling",
        "stack tour-shop: Running",
        "web runs 3 containers:",
        "web-1 is ready",
        "    web-1$ hostname",
        "      web-1",
        "created trigger tour-scale-up (SCALEUP)",
        "web now runs 4 containers",
        '"links": [',
        "stack: Terminated; node cluster: Terminated",
        "event stream closed after",
        "Tour complete in",
        "$ dockercloud stack up -f examples/docker-cloud.yml -n cli-shop --sync",
        "$ dockercloud container exec web-3 hostname\nweb-3\n",
    ]:
        assert expected in out, f"missing {expected!r} in:\n{out}"
    assert out.index("starting the stack") < out.index("stack tour-shop    -> Running") < out.index("Tour complete")
    assert "start stack cli-shop: Success" in result.stderr  # --sync reports the action's state on stderr
    assert "demo-apikey" not in out and "Basic " not in out  # no secrets on screen
    assert "/api/app/v1/service/" not in out.split("== 10. Trigger")[1].split("== 11.")[0]  # no trigger URL
    _assert_emulator_stopped(out)

    # The run really logged at DEBUG, handshakes included (else the check below proves nothing). The
    # emulator's own logs are not in this output unless it fails (its redaction is tested with it).
    assert "websockets.client DEBUG > GET /api/" in result.stderr
    assert f"websockets.client DEBUG > Authorization: {REDACTED}" in result.stderr
    assert "httpcore" in result.stderr
    basic = base64.b64encode(f"{DEFAULT_USER}:{DEFAULT_APIKEY}".encode()).decode()
    for secret in (DEFAULT_APIKEY, f"{DEFAULT_USER}:{DEFAULT_APIKEY}", basic):
        count = (out + result.stderr).count(secret)
        assert count == 0, f"a credential form appears {count} times"


@pytest.mark.timeout(60)
def test_a_failing_tour_stops_the_emulator_and_forwards_its_status(tmp_path: Path) -> None:
    script = tmp_path / "fails.py"
    script.write_text(
        "import os, sys\n"
        "assert os.environ['DOCKERCLOUD_REST_HOST'].startswith('http://127.0.0.1:')\n"
        "assert os.environ['DOCKERCLOUD_STREAM_HOST'].startswith('ws://127.0.0.1:')\n"
        "assert os.environ['DOCKERCLOUD_USER'] == 'demo' and 'DOCKERCLOUD_AUTH' not in os.environ\n"
        "sys.exit(3)\n"
    )
    result = _launch("--step-seconds", "0", "--tour", str(script), timeout=45)
    assert result.returncode == 3, result.stdout + result.stderr
    assert "exit status 3" in result.stdout
    _assert_emulator_stopped(result.stdout)


@pytest.mark.timeout(60)
def test_a_tour_that_hangs_is_stopped_at_the_timeout(tmp_path: Path) -> None:
    script = tmp_path / "hangs.py"
    script.write_text("import time\ntime.sleep(60)\n")
    result = _launch("--step-seconds", "0", "--timeout", "2", "--tour", str(script), timeout=45)
    assert result.returncode == 124, result.stdout + result.stderr
    _assert_emulator_stopped(result.stdout)
