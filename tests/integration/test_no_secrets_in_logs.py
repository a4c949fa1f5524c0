"""No credential at any log level of any logger the client uses, nor in exception chains (issue 11).

The tour at DEBUG with every logger printing is checked in tests/test_demo.py, on the same run of
``make demo``'s launcher that checks what the demo shows (the suite's slowest step, run once).
"""

from __future__ import annotations

import base64
import logging

import httpx
import pytest

from dockercloud_client import APIConnectionError, Client
from dockercloud_client._redaction import REDACTED, RedactingLogger, authorization_secrets


def secret_forms(user: str, key: str) -> list[str]:
    encoded = base64.b64encode(f"{user}:{key}".encode()).decode()
    return [key, f"{user}:{key}", encoded]


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
