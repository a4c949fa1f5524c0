"""Bounded streams (issue 11): a silent server, a slow or refused handshake, redirects, garbage.

Every wait in these tests is short; each test also has a pytest timeout far below what the code
would take without the bound (for example the 30 s close and open timeouts of ``SLOW_PEER``).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from websockets.datastructures import Headers
from websockets.exceptions import InvalidStatus
from websockets.http11 import Response

from dockercloud_client import APIConnectionError, APIStatusError, APITimeoutError, Client, RateLimitError
from dockercloud_client.streams import EventStream, ReconnectPolicy, StreamOptions, StreamSettings
from dockercloud_client.streams._common import ConnectAttempts
from dockercloud_client.streams.logs import DEFAULT_LOG_TIMEOUT
from tests.tcp import tcp_server

from .conftest import AUTH, UA, Replay, Script, transcript

pytestmark = pytest.mark.timeout(15)

U = "fee900c6-97da-46b3-a21c-e2b50ed07015"
#: Options under which an unbounded wait would take 30 s (far past each test's timeout).
SLOW_PEER = StreamOptions(open_timeout=30.0, close_timeout=30.0, ping_interval=None, proxy=None)
TINY = ReconnectPolicy(attempts=3, initial_delay=0.01, max_delay=0.02)


def client_for(url: str) -> Client:
    return Client(auth=AUTH, rest_host="http://127.0.0.1:9", stream_host=url, environ={}, stream_options=SLOW_PEER)


def streams(url: str) -> StreamSettings:
    return StreamSettings(url_base=url, authorization=AUTH, user_agent=UA, options=SLOW_PEER, handshake_retry=TINY)


@dataclass
class Mute:
    url: str
    held: list[socket.socket] = field(default_factory=list)


@pytest.fixture
def mute_server() -> Iterator[Mute]:
    """Accepts TCP connections and never answers (a wrong or hung stream host)."""
    mute = Mute("")
    with tcp_server(lambda conn, index: mute.held.append(conn)) as port:
        mute.url = f"ws://127.0.0.1:{port}"
        yield mute


def test_logs_without_follow_from_a_silent_server_end_with_a_timeout(replay_server: Replay) -> None:
    replay_server.scripts = [Script([], end="hold")]
    with client_for(replay_server.url) as client:
        logs = client.containers.logs(U, follow=False, timeout=0.3)
        with pytest.raises(APITimeoutError, match="no log line within 0.3 s"):
            next(logs)
        assert logs.closed
        assert client.containers.logs(U, follow=False)._timeout == DEFAULT_LOG_TIMEOUT
        assert client.containers.logs(U)._timeout is None


def test_logs_timeout_bounds_a_handshake_that_never_answers(mute_server: Mute) -> None:
    with client_for(mute_server.url) as client, pytest.raises(APITimeoutError):
        next(client.containers.logs(U, follow=False, timeout=0.5))


def test_run_timeout_bounds_reading_and_closing(replay_server: Replay) -> None:
    replay_server.scripts = [Script([], end="hold")]  # accepts, never answers, never closes
    with client_for(replay_server.url) as client, pytest.raises(APITimeoutError, match="did not finish within 0.5 s"):
        client.containers.run(U, "sleep 100", timeout=0.5)


def test_run_timeout_bounds_a_handshake_that_never_answers(mute_server: Mute) -> None:
    with client_for(mute_server.url) as client, pytest.raises(APITimeoutError):
        client.containers.run(U, "ls", timeout=0.5)


def test_the_first_event_connection_fails_fast_then_reconnection_applies(mute_server: Mute) -> None:
    quick = StreamOptions(open_timeout=0.2, ping_interval=None, proxy=None)
    api = StreamSettings(
        url_base=mute_server.url, authorization=AUTH, user_agent=UA, options=quick, handshake_retry=TINY
    )
    # reconnect would allow 100 attempts; the first connection gets the short handshake policy
    with pytest.raises(APITimeoutError, match="handshake timed out"):
        next(EventStream(api, reconnect=ReconnectPolicy(attempts=100, initial_delay=0.01)))
    assert len(mute_server.held) == TINY.attempts


def test_event_idle_timeout(replay_server: Replay) -> None:
    replay_server.scripts = [Script([], end="hold")]
    events = EventStream(streams(replay_server.url), idle_timeout=0.3)
    with pytest.raises(APITimeoutError, match="no event within 0.3 s"):
        next(events)
    assert events.closed


def test_retry_after_beyond_the_cap_on_a_handshake_raises_at_once(replay_server: Replay) -> None:
    replay_server.scripts = [Script(status=429, headers={"Retry-After": "3600"})]
    with pytest.raises(RateLimitError) as caught:
        next(EventStream(streams(replay_server.url)))
    assert caught.value.retry_after == 3600
    assert replay_server.connections == 1


def test_retry_after_lengthens_the_handshake_backoff() -> None:
    response = Response(429, "Too Many Requests", Headers({"Retry-After": "7"}), b"{}")
    attempts = ConnectAttempts("ws://127.0.0.1:9/api/audit/v1/events/", TINY, 0)
    attempts.failed(InvalidStatus(response))
    assert attempts.delay() == 7.0
    response = Response(503, "Unavailable", Headers({"Retry-After": "120"}), b"{}")
    with pytest.raises(APIStatusError):
        ConnectAttempts("ws://127.0.0.1:9/x", TINY, 0).failed(InvalidStatus(response))


def test_websocket_redirects_are_not_followed(replay_server: Replay) -> None:
    replay_server.scripts = [Script(status=302, headers={"Location": "ws://127.0.0.1:9/elsewhere"})]
    with pytest.raises(APIStatusError) as caught:
        next(EventStream(streams(replay_server.url)))
    assert caught.value.status_code == 302
    assert replay_server.connections == 1


def test_garbage_then_clean_close_counts_against_the_reconnect_budget(replay_server: Replay) -> None:
    replay_server.scripts = [Script(["not json", "[1]", '{"no": "type"}'], end="close")]
    events = EventStream(streams(replay_server.url), reconnect=TINY)
    with pytest.raises(APIConnectionError, match="consecutive"):
        for _ in range(50):  # bounded: the stream must give up long before
            next(events)
    assert replay_server.connections <= 1 + TINY.attempts


def test_valid_events_still_reset_the_budget(replay_server: Replay) -> None:
    event = transcript("events")[1]
    replay_server.scripts = [Script(["garbage", event], end="close")] * 3 + [Script([], end="close")]
    events = EventStream(streams(replay_server.url), reconnect=TINY)
    seen = 0
    with pytest.raises(APIConnectionError):
        for _ in range(50):
            item = next(events)
            seen += type(item).__name__ == "Event"
    assert seen == 3  # each valid event proved its connection stable
