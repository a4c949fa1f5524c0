"""No credential at any log level of any logger the client uses, nor in exception chains (issue 11).

The tour of the README runs at DEBUG with every logger printing; the key, its ``user:key`` form and
its Basic encoding must appear 0 times. The emulator runs in a child process whose own logs are
not part of the client's output (the emulator's log redaction is tested with the emulator).
"""

from __future__ import annotations

import base64
import logging
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from dockercloud_client import APIConnectionError, Client
from dockercloud_client._redaction import REDACTED, RedactingLogger, authorization_secrets
from dockercloud_emulator.auth import DEFAULT_APIKEY, DEFAULT_USER

ROOT = Path(__file__).resolve().parents[2]
TOUR = ROOT / "examples" / "tour.py"

LAUNCHER = ROOT / "examples" / "run_demo.py"

#: Runs the tour in this interpreter with every logger at DEBUG on stderr.
DEBUG_TOUR = f"""
import logging, runpy, sys
logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(name)s %(levelname)s %(message)s")
runpy.run_path({str(TOUR)!r}, run_name="__main__")
"""


def secret_forms(user: str, key: str) -> list[str]:
    encoded = base64.b64encode(f"{user}:{key}".encode()).decode()
    return [key, f"{user}:{key}", encoded]


@pytest.mark.timeout(150)
def test_the_tour_at_debug_level_logs_no_credential(tmp_path: Path) -> None:
    script = tmp_path / "debug_tour.py"
    script.write_text(DEBUG_TOUR, encoding="utf-8")
    # make demo's launcher: an emulator child (its own logs are not in this output unless it fails),
    # and the tour with the emulator's default account.
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCKERCLOUD_")}
    result = subprocess.run(
        [sys.executable, str(LAUNCHER), "--step-seconds", "0", "--timeout", "100", "--tour", str(script)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=130,
    )  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    # The run really logged at DEBUG, handshakes included (else the check below proves nothing).
    assert "websockets.client DEBUG > GET /api/" in result.stderr
    assert f"websockets.client DEBUG > Authorization: {REDACTED}" in result.stderr
    assert "httpcore" in result.stderr
    for secret in secret_forms(DEFAULT_USER, DEFAULT_APIKEY):
        assert output.count(secret) == 0, f"a credential form appears {output.count(secret)} times"


def test_redacting_logger_hides_header_values_and_secrets(caplog: pytest.LogCaptureFixture) -> None:
    auth = "Basic " + base64.b64encode(b"alice:s3cr3t-key").decode()
    logger = RedactingLogger(logging.getLogger("websockets.client"), authorization_secrets(auth))
    with caplog.at_level(logging.DEBUG):
        logger.debug("> %s: %s", "Authorization", auth)
        logger.debug("> %s: %s", "proxy-authorization", "Basic abc")
        logger.debug("> %s: %s", "User-Agent", "ua")
        logger.info("echo %s", f"token={auth.split()[1]}")
        logger.warning("raw alice:s3cr3t-key and s3cr3t-key")
        logger.debug(f"message itself {auth}")
    text = caplog.text
    assert "User-Agent: ua" in text
    for secret in ("s3cr3t-key", auth.split()[1], "Basic abc"):
        assert secret not in text
    assert text.count(REDACTED) >= 6


def test_transport_errors_chain_no_request_and_no_header() -> None:
    key = "chain-secret-key"

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = Client(
        user="alice", apikey=key, rest_host="http://127.0.0.1:9", environ={},
        transport=httpx.MockTransport(refuse), max_retries=0,
    )  # fmt: skip
    with client, pytest.raises(APIConnectionError) as caught:
        client.services.get("x")
    forms = secret_forms("alice", key)
    seen: list[str] = []
    error: BaseException | None = caught.value
    for _ in range(10):  # bounded walk of the chain
        if error is None:
            break
        seen.append(repr(error) + str(error) + repr(vars(error)))
        assert not isinstance(error, httpx.RequestError) or error._request is None
        error = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
    assert len(seen) >= 2  # the copy of the httpx error is still chained, for its type and message
    assert "ConnectError" in seen[1] and "connection refused" in seen[1]
    for secret in forms:
        assert all(secret not in text for text in seen)
