"""One backoff policy and one set of retryable statuses for REST retries, stream connections and action polls."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from websockets.datastructures import Headers
from websockets.exceptions import InvalidStatus
from websockets.http11 import Response

from dockercloud_client import ReconnectPolicy, RetryPolicy
from dockercloud_client._actions import POLL_BACKOFF
from dockercloud_client._backoff import RETRYABLE_STATUSES, Backoff
from dockercloud_client.streams.policy import DEFAULT_HANDSHAKE_RETRY, DEFAULT_RECONNECT, classify_handshake_error


def test_every_waiting_policy_is_the_one_backoff_type() -> None:
    for policy in (RetryPolicy(), ReconnectPolicy(), DEFAULT_RECONNECT, DEFAULT_HANDSHAKE_RETRY, POLL_BACKOFF):
        assert isinstance(policy, Backoff)
    # The same parameter names everywhere.
    same: dict[str, Any] = {"initial_delay": 1.0, "max_delay": 4.0, "multiplier": 3.0, "jitter": 0.0}
    assert [RetryPolicy(**same).delay(n) for n in range(3)] == [1.0, 3.0, 4.0]
    assert [ReconnectPolicy(**same).delay(n) for n in range(3)] == [1.0, 3.0, 4.0]
    assert [Backoff(**same).delay(n) for n in range(3)] == [1.0, 3.0, 4.0]


def test_defaults_of_each_use() -> None:
    assert [RetryPolicy(random=lambda: 0.0).delay(n) for n in range(5)] == [0.5, 1.0, 2.0, 4.0, 8.0]
    assert ReconnectPolicy(random=lambda: 0.0).delay(10) == 30.0
    assert [POLL_BACKOFF.delay(n) for n in range(3)] == [0.5, 0.75, 1.125] and POLL_BACKOFF.delay(50) == 5.0


def test_a_long_run_of_failures_stays_at_the_cap() -> None:
    assert Backoff(jitter=0.0).delay(100_000) == 8.0


def test_jitter_only_shortens() -> None:
    assert Backoff(initial_delay=2.0, jitter=0.5, random=lambda: 1.0).delay(0) == 1.0
    assert Backoff(initial_delay=2.0, jitter=0.5, random=lambda: 0.0).delay(0) == 2.0


@pytest.mark.parametrize("value", [{"initial_delay": -1}, {"multiplier": 0.5}, {"jitter": 1.5}, {"max_delay": -1}])
def test_invalid_backoffs_are_refused(value: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        Backoff(**value)
    with pytest.raises(ValueError):
        RetryPolicy(**value)
    with pytest.raises(ValueError):
        ReconnectPolicy(**value)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 408, 409, 425, 429, 500, 501, 502, 503, 504])
def test_rest_and_streams_retry_the_same_statuses(status: int) -> None:
    request = httpx.Request("GET", "http://127.0.0.1/api/app/v1/service/")
    rest = RetryPolicy().retries_status(request, httpx.Response(status, request=request))
    handshake = InvalidStatus(Response(status, "x", Headers(), b"{}"))
    _, stream = classify_handshake_error(handshake, "ws://127.0.0.1/api/audit/v1/events/")
    assert rest is stream is (status in RETRYABLE_STATUSES)
