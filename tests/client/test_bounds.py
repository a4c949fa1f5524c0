"""Faults with their bounds (issue 11): retries inside the body read, lost DELETE answers, size
limits, ``Retry-After`` caps and the total deadline of a call.

Byte-level faults come from a raw socket server on 127.0.0.1 that this module controls; waits use
an injected ``sleep`` and ``clock``, so no test depends on wall-clock timing.
"""

from __future__ import annotations

import json
import socket
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from dockercloud_client import (
    APITimeoutError,
    AsyncClient,
    AsyncCompletedAction,
    BadRequestError,
    Client,
    CompletedAction,
    NotFoundError,
    RateLimitError,
    ResponseTooLargeError,
)
from tests.spec_conformance import spec_copy
from tests.tcp import read_request, tcp_server

pytestmark = pytest.mark.timeout(30)

AUTH = "Basic ZGVtbzpkZW1vLWFwaWtleQ=="
SPEC = spec_copy()
SERVICE = SPEC["components"]["examples"]["Service"]["value"]
U = "fee900c6-97da-46b3-a21c-e2b50ed07015"

Handler = Callable[[socket.socket, bytes], None]


@dataclass
class RawServer:
    """Answers the n-th connection with ``handlers[n]`` (the last one repeats); records requests."""

    handlers: list[Handler]
    url: str = ""
    requests: list[bytes] = field(default_factory=list)


def _reset(conn: socket.socket) -> None:
    """Close with a TCP reset (SO_LINGER 0), as a crashed peer or a middlebox would."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def _answer(status: str, body: bytes, extra: str = "") -> bytes:
    # "Connection: close" says what the server does (one answer per connection), so the client never sends
    # the next request on a connection the server thread may not have closed yet (a race on thread timing).
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return (head + f"Connection: close\r\n{extra}\r\n").encode() + body


@pytest.fixture
def raw_server() -> Iterator[RawServer]:
    server = RawServer(handlers=[])

    def handle(conn: socket.socket, index: int) -> None:
        request = read_request(conn)
        server.requests.append(request)
        try:
            server.handlers[min(index, len(server.handlers) - 1)](conn, request)
        finally:
            conn.close()

    with tcp_server(handle) as port:
        server.url = f"http://127.0.0.1:{port}"
        yield server


def client_for(url: str, sleeps: list[float], **kwargs: Any) -> Client:
    return Client(rest_host=url, auth=AUTH, environ={}, sleep=sleeps.append, **kwargs)


def mock_client(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> Client:
    return Client(
        rest_host="http://127.0.0.1:9", auth=AUTH, environ={}, transport=httpx.MockTransport(handler), **kwargs
    )


def request_lines(server: RawServer) -> list[str]:
    return [r.split(b"\r\n", 1)[0].decode() for r in server.requests]


def test_a_get_reset_mid_body_is_retried(raw_server: RawServer) -> None:
    body = json.dumps(SERVICE).encode()

    def half_then_reset(conn: socket.socket, request: bytes) -> None:
        conn.sendall(_answer("200 OK", body)[: len(body) // 2])
        _reset(conn)

    raw_server.handlers = [half_then_reset, lambda conn, request: conn.sendall(_answer("200 OK", body))]
    sleeps: list[float] = []
    with client_for(raw_server.url, sleeps) as client:
        service = client.services.get(U)
    assert service.uuid == SERVICE["uuid"]
    assert request_lines(raw_server) == [f"GET /api/app/v1/service/{U}/ HTTP/1.1"] * 2
    assert len(sleeps) == 1


def test_a_post_reset_mid_body_is_not_retried(raw_server: RawServer) -> None:
    def half_then_reset(conn: socket.socket, request: bytes) -> None:
        conn.sendall(_answer("201 Created", json.dumps(SERVICE).encode())[:100])
        _reset(conn)

    raw_server.handlers = [half_then_reset]
    sleeps: list[float] = []
    with client_for(raw_server.url, sleeps) as client, pytest.raises(Exception, match="RemoteProtocolError|ReadError"):
        client.services.create(image="tutum/hello-world")
    assert len(raw_server.requests) == 1 and sleeps == []


def lost_answer(conn: socket.socket, request: bytes) -> None:
    """The server got the request (and did the work) but the answer is lost."""
    _reset(conn)


def test_a_terminate_whose_answer_was_lost_succeeds(raw_server: RawServer) -> None:
    terminating = dict(SERVICE, state="Terminating")
    raw_server.handlers = [
        lost_answer,
        lambda conn, request: conn.sendall(
            _answer("400 Bad Request", b'{"error": "Service \'web\' is already terminating."}')
        ),
        lambda conn, request: conn.sendall(_answer("200 OK", json.dumps(terminating).encode())),
    ]
    sleeps: list[float] = []
    with client_for(raw_server.url, sleeps) as client:
        started = client.services.terminate(U)
        assert isinstance(started, CompletedAction)
        assert started.done and started.action_uri is None
        assert started.object.state.value == "Terminating"
        assert started.wait() is started.object  # nothing to wait for
    assert request_lines(raw_server) == [
        f"DELETE /api/app/v1/service/{U}/ HTTP/1.1",
        f"DELETE /api/app/v1/service/{U}/ HTTP/1.1",
        f"GET /api/app/v1/service/{U}/ HTTP/1.1",
    ]


def test_a_trigger_delete_whose_retry_finds_nothing_succeeds(raw_server: RawServer) -> None:
    raw_server.handlers = [lost_answer, lambda conn, request: conn.sendall(_answer("404 Not Found", b'{"error": "x"}'))]
    with client_for(raw_server.url, []) as client:
        client.triggers.delete(U, U)  # no error
    assert len(raw_server.requests) == 2


def test_a_first_404_or_already_terminated_is_still_an_error(raw_server: RawServer) -> None:
    raw_server.handlers = [lambda conn, request: conn.sendall(_answer("404 Not Found", b'{"error": "no"}'))]
    with client_for(raw_server.url, []) as client, pytest.raises(NotFoundError):
        client.services.terminate(U)
    raw_server.handlers = [
        lambda conn, request: conn.sendall(_answer("400 Bad Request", b'{"error": "Service is already terminated."}'))
    ]
    with client_for(raw_server.url, []) as client, pytest.raises(BadRequestError):
        client.triggers.delete(U, U)


def test_an_endless_body_stops_at_the_size_limit(raw_server: RawServer) -> None:
    limit = 256 * 1024
    sent = [0]

    def endless(conn: socket.socket, request: bytes) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"[" + b"0," * 8191
        frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        while sent[0] < 64 * limit:  # bounded: the client must stop long before
            conn.sendall(frame)
            sent[0] += len(chunk)

    raw_server.handlers = [endless]
    with (
        client_for(raw_server.url, [], max_response_size=limit) as client,
        pytest.raises(ResponseTooLargeError) as caught,
    ):
        client.services.get(U)
    assert caught.value.limit == limit
    assert str(limit) in str(caught.value)
    assert len(raw_server.requests) == 1  # a size error is not retried
    assert sent[0] < 64 * limit  # the server saw the client go away


def test_error_messages_from_huge_bodies_are_capped() -> None:
    huge = "x" * 5_000_000

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": huge})

    with mock_client(answer) as client, pytest.raises(BadRequestError) as caught:
        client.services.get(U)
    assert len(str(caught.value)) < 3000
    assert len(caught.value.error) < 3000
    assert len(caught.value.body) <= 64 * 1024


def test_retry_after_beyond_the_cap_raises_at_once_without_sleeping() -> None:
    calls: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(429, json={"error": "slow down"}, headers={"Retry-After": "3600"})

    sleeps: list[float] = []
    with (
        Client(
            rest_host="http://127.0.0.1:9",
            auth=AUTH,
            environ={},
            transport=httpx.MockTransport(answer),
            sleep=sleeps.append,
        ) as client,
        pytest.raises(RateLimitError) as caught,
    ):
        client.services.get(U)
    assert caught.value.retry_after == 3600
    assert sleeps == [] and len(calls) == 1


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_a_call_never_outlives_its_deadline() -> None:
    clock = FakeClock()
    attempts: list[tuple[float, dict[str, float]]] = []
    sleeps: list[float] = []

    def slow_503(request: httpx.Request) -> httpx.Response:
        attempts.append((clock.now, dict(request.extensions["timeout"])))
        # Each attempt takes 8.5 s (a real one would be cut by its shrunk timeouts). Whatever the jitter of
        # the five waits (11.6 to 15.5 s in all), the sixth attempt starts before the deadline and ends
        # after it; with 8 s, a run of short waits let it end first (a 503, about one run in 300).
        clock.now += 8.5
        return httpx.Response(503, json={"error": "busy"})

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock.sleep(seconds)

    client = mock_client(slow_503, timeout=10.0, max_retries=5, sleep=sleep, clock=clock)
    with client, pytest.raises(APITimeoutError, match="deadline of 60 s"):
        client.services.get(U)
    # deadline: 10 s x 6 attempts = 60 s after the start (1000). Waits 0.375..0.5, 0.75..1, 1.5..2, 3..4, 6..8 s.
    deadline = 1000.0 + 60.0
    assert len(attempts) == 6 and len(sleeps) == 5
    for started, timeouts in attempts:
        # no attempt may wait (connect, read, write, pool) past the deadline
        assert all(started + value <= deadline for value in timeouts.values())
        assert all(value <= 10.0 for value in timeouts.values())
    assert attempts[-1][1]["read"] < 10.0  # the last one got only what was left


def test_a_trickling_body_is_cut_at_the_deadline() -> None:
    clock = FakeClock()

    def trickle() -> Iterator[bytes]:
        for _ in range(1000):  # bounded; the deadline stops it long before
            clock.now += 1.0
            yield b" "

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=_Stream(trickle()))

    client = mock_client(answer, timeout=5.0, max_retries=1, sleep=clock.sleep, clock=clock)
    with client, pytest.raises(APITimeoutError, match="deadline"):
        client.services.get(U)
    assert clock.now - 1000.0 <= 10.0 + 1.0


class SendCounter:
    """A clock that reads how many pieces a peer has sent: time moves only as the peer sends, a second a piece."""

    def __init__(self) -> None:
        self.sent = 0

    def __call__(self) -> float:
        return float(self.sent)


def _endless_1xx(clock: SendCounter) -> Handler:
    """Informational answers one after the other (RFC 9110 section 15.2: a client reads past any number of them)."""

    def handle(conn: socket.socket, request: bytes) -> None:
        for _ in range(10_000):  # 250 KB, so the client must read more than three times (64 KiB a read)
            conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
            clock.sent += 1
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    return handle


def _trickled_head(clock: SendCounter) -> Handler:
    """A head sent a kilobyte at a time, 80 KiB in all (h11 accepts up to 100 KiB; more than one read)."""

    def handle(conn: socket.socket, request: bytes) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        for _ in range(80):
            conn.sendall(b"X-Padding: " + b"a" * 1011 + b"\r\n")
            clock.sent += 1
        conn.sendall(b"Content-Length: 0\r\nConnection: close\r\n\r\n")

    return handle


#: Peers that each keep sending a little without finishing a head: per-read timeouts never stop them.
SLOW_HEADS = {"endless 1xx answers": _endless_1xx, "a trickled head": _trickled_head}


@pytest.mark.parametrize("peer", list(SLOW_HEADS))
def test_a_head_that_keeps_coming_is_cut_at_the_deadline(raw_server: RawServer, peer: str) -> None:
    # The clock counts what the peer sent, so the deadline (5 s x 1 attempt) passes after its 5th piece: every
    # read after that must fail; the client reads more than once after it, so no thread timing decides this.
    clock = SendCounter()
    raw_server.handlers = [SLOW_HEADS[peer](clock)]
    client = client_for(raw_server.url, [], timeout=5.0, max_retries=0, clock=clock)
    with client, pytest.raises(APITimeoutError, match="deadline of 5 s"):
        client.with_raw_response.services.get(U)


@pytest.mark.anyio
@pytest.mark.parametrize("peer", list(SLOW_HEADS))
async def test_async_a_head_that_keeps_coming_is_cut_at_the_deadline(raw_server: RawServer, peer: str) -> None:
    clock = SendCounter()
    raw_server.handlers = [SLOW_HEADS[peer](clock)]

    async def no_sleep(seconds: float) -> None:
        raise AssertionError("nothing is retried")

    client = AsyncClient(
        rest_host=raw_server.url, auth=AUTH, environ={}, sleep=no_sleep, timeout=5.0, max_retries=0, clock=clock
    )
    async with client:
        with pytest.raises(APITimeoutError, match="deadline of 5 s"):
            await client.with_raw_response.services.get(U)


class _Stream(httpx.SyncByteStream):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        return self._chunks


@pytest.mark.anyio
async def test_async_client_retries_mid_body_and_accepts_a_lost_terminate(raw_server: RawServer) -> None:
    body = json.dumps(SERVICE).encode()

    def half_then_reset(conn: socket.socket, request: bytes) -> None:
        conn.sendall(_answer("200 OK", body)[: len(body) // 2])
        _reset(conn)

    raw_server.handlers = [
        half_then_reset,
        lambda conn, request: conn.sendall(_answer("200 OK", body)),
        lost_answer,
        lambda conn, request: conn.sendall(_answer("404 Not Found", b'{"error": "gone"}')),
        lambda conn, request: conn.sendall(_answer("200 OK", json.dumps(dict(SERVICE, state="Terminated")).encode())),
    ]
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async with AsyncClient(rest_host=raw_server.url, auth=AUTH, environ={}, sleep=sleep) as client:
        assert (await client.services.get(U)).uuid == SERVICE["uuid"]
        started = await client.services.terminate(U)
        assert isinstance(started, AsyncCompletedAction)
        assert started.done and (await started.wait()).state.value == "Terminated"
    assert [line.split()[0] for line in request_lines(raw_server)] == ["GET", "GET", "DELETE", "DELETE", "GET"]
    assert len(sleeps) == 2
