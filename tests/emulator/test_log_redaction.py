"""The emulator's logs never contain a credential, at any log level.

The emulator runs as ``python -m dockercloud_emulator --log-level trace`` (the most verbose level:
uvicorn's trace lines plus every websocket handshake header) with its log captured; credentials are
used through the Authorization header (REST and websocket), the ``?user=&token=`` query of the
Stream API and the admin token; then the captured log is searched for them.
"""

from __future__ import annotations

import base64
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest
from websockets.sync.client import connect

from dockercloud_client import _redaction as client_redaction
from dockercloud_emulator import redaction as emulator_redaction

ROOT = Path(__file__).resolve().parents[2]
USER, APIKEY = "bob", "bob-Key-7f3a9c2e51"
BASIC = base64.b64encode(f"{USER}:{APIKEY}".encode()).decode()
STARTUP = 30.0

pytestmark = pytest.mark.timeout(120)


def test_the_emulator_hides_the_headers_the_client_hides_with_the_same_marker() -> None:
    # The emulator writes the client's list out again rather than importing the whole client (redaction.py).
    assert emulator_redaction.SENSITIVE_HEADERS == client_redaction.SENSITIVE_HEADERS
    assert emulator_redaction.REDACTED == client_redaction.REDACTED


@pytest.mark.parametrize("level", ["trace", "info"])
def test_no_credential_in_the_emulator_log(tmp_path: Path, level: str) -> None:
    log_path = tmp_path / "emulator.log"
    command = [sys.executable, "-m", "dockercloud_emulator", "--port", "0", "--account", f"{USER}:{APIKEY}"]
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [*command, "--log-level", level], cwd=ROOT, stdout=subprocess.PIPE, stderr=log, text=True
        )
        try:
            lines = _read_announcements(proc)
            _use_credentials(lines)
        finally:
            proc.terminate()
            proc.wait(timeout=15)
    text = log_path.read_text()
    assert "WebSocket /api/audit/v1/events/?user=bob&token=<redacted>" in text  # the lines were logged
    if level == "trace":
        assert "authorization: <redacted>" in text.lower()
    for secret in (APIKEY, BASIC, lines["ADMIN_TOKEN"]):
        assert text.count(secret) == 0, secret


def _read_announcements(proc: subprocess.Popen[str]) -> dict[str, str]:
    """The ``KEY value`` lines printed before ``READY`` (bounded by :data:`STARTUP`)."""
    assert proc.stdout is not None
    lines: dict[str, str] = {}
    done = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            key, _, value = line.strip().partition(" ")
            lines[key] = value
            if key == "READY":
                break
        done.set()

    threading.Thread(target=read, daemon=True).start()
    assert done.wait(STARTUP), f"no READY within {STARTUP} s"
    assert "ADMIN_TOKEN" in lines, lines
    return lines


def _use_credentials(lines: dict[str, str]) -> None:
    rest, stream = lines["REST"], lines["STREAM"]
    basic = {"Authorization": f"Basic {BASIC}"}
    with httpx.Client(base_url=rest, timeout=10) as client:
        assert client.get("/api/app/v1/service/", headers=basic).status_code == 200
        created = client.post("/api/app/v1/service/", headers=basic, json={"image": "redis", "name": APIKEY})
        assert created.status_code == 201  # the key as a value: in the data, never in a log line
        wrong = {"Authorization": "Basic " + base64.b64encode(f"{USER}:{APIKEY}x".encode()).decode()}
        assert client.get("/api/app/v1/service/", headers=wrong).status_code == 401
        admin = {"Authorization": f"Bearer {lines['ADMIN_TOKEN']}"}
        assert client.post("/_emulator/reset/", headers=admin).status_code == 200
    for url, headers in (
        (f"{stream}/api/audit/v1/events/", basic),
        (f"{stream}/api/audit/v1/events/?user={USER}&token={APIKEY}", {}),
        (f"{stream}/api/audit/v1/events/?token={APIKEY}&user={USER}", {}),
    ):
        with connect(url, additional_headers=headers, open_timeout=10) as ws:
            ws.close()
