"""Retry delays and the mapping of handshake failures onto the client's exceptions (pure)."""

from __future__ import annotations

import pytest
from websockets.datastructures import Headers
from websockets.exceptions import InvalidHeaderValue, InvalidMessage, InvalidStatus, InvalidURI
from websockets.http11 import Response

from dockercloud_client._redaction import authorization_secrets
from dockercloud_client.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from dockercloud_client.streams import ReconnectPolicy
from dockercloud_client.streams.policy import classify_handshake_error

pytestmark = pytest.mark.timeout(10)
URL = "ws://127.0.0.1:1/api/audit/v1/events/"


def _status(code: int, body: bytes = b'{"error": "nope"}', **headers: str) -> InvalidStatus:
    return InvalidStatus(Response(code, "x", Headers(headers), body))


def test_delays_grow_and_are_capped() -> None:
    policy = ReconnectPolicy(initial_delay=1, max_delay=5, multiplier=2, jitter=0)
    assert [policy.delay(n) for n in range(5)] == [1, 2, 4, 5, 5]


def test_jitter_only_shortens() -> None:
    assert ReconnectPolicy(initial_delay=1, jitter=0.5, random=lambda: 1.0).delay(0) == 0.5
    assert ReconnectPolicy(initial_delay=1, jitter=0.5, random=lambda: 0.0).delay(0) == 1.0


def test_policy_validation() -> None:
    with pytest.raises(ValueError):
        ReconnectPolicy(attempts=0)
    with pytest.raises(ValueError):
        ReconnectPolicy(jitter=2)
    assert ReconnectPolicy.once().attempts == 1


def test_401_is_authentication_error_and_final() -> None:
    error, retry = classify_handshake_error(_status(401), URL)
    assert isinstance(error, AuthenticationError) and not retry
    assert error.status_code == 401 and error.error == "nope" and error.url == URL


@pytest.mark.parametrize(
    ("code", "cls", "retry"),
    [
        (403, PermissionDeniedError, False),
        (404, NotFoundError, False),
        (429, RateLimitError, True),
        (500, InternalServerError, False),
        (502, InternalServerError, True),
        (408, APIStatusError, True),
        (503, InternalServerError, True),
    ],
)
def test_status_mapping(code: int, cls: type[Exception], retry: bool) -> None:
    error, retryable = classify_handshake_error(_status(code), URL)
    assert type(error) is cls and retryable is retry


def test_network_failures_are_retryable_connection_errors() -> None:
    for exc in (ConnectionRefusedError("refused"), InvalidMessage("did not receive a valid HTTP response"), EOFError()):
        error, retry = classify_handshake_error(exc, URL)
        assert type(error) is APIConnectionError and retry
    error, retry = classify_handshake_error(TimeoutError(), URL)
    assert isinstance(error, APITimeoutError) and retry


def test_bad_uri_is_configuration_error() -> None:
    error, retry = classify_handshake_error(InvalidURI("x", "bad"), URL)
    assert isinstance(error, ConfigurationError) and not retry


def test_what_a_server_quotes_of_the_credentials_stays_out_of_the_error() -> None:
    secrets = authorization_secrets("Basic ZGVtbzpkZW1vLWFwaWtleQ==")  # demo:demo-apikey
    refusal = _status(
        400, b'{"error": "you sent Basic ZGVtbzpkZW1vLWFwaWtleQ== (demo:demo-apikey)"}', X_Echo=secrets[0]
    )
    bad_accept = InvalidHeaderValue("Sec-WebSocket-Accept", secrets[1])
    for exc in (refusal, bad_accept, ValueError(secrets[2])):
        error, _ = classify_handshake_error(exc, URL, secrets)
        shown = [str(error), repr(error)]
        if isinstance(error, APIStatusError):
            shown += [error.body, error.error, str(error.headers)]
        assert not [secret for secret in secrets for text in shown if secret in text]
        assert "<redacted>" in str(error)
