"""A kept-alive connection is reused only when the server sent nothing beyond its response (RFC 9112 section 6.3).

Bytes that follow a complete response (a body on a 204, a ``Content-Length`` shorter than the body, a second
response nobody asked for) are no answer to anything: "A client MUST NOT process, cache, or forward such extra
data as a separate response". httpcore keeps them in its parser and, on a reused connection, read them as the
answer to the next request: a forged object returned as if the server had sent it, or a protocol error for a
``POST`` the server had received (and may have applied), which the client then may not retry. The peer here
sends the extra bytes in the same write as the response, so they reach the client's parser with it; bytes
that arrive later are seen by httpcore's own check of an idle connection before it is reused.

The same holds for an ``AsyncClient`` call cancelled while its answer was coming: the rest of that answer, sent
after the cancel, must not be read as the answer to the next call (a guard for the lanes, the body streams and
the asyncio backend, which each take part in handing a connection back).
"""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from dockercloud_client import AsyncClient, Client
from tests.spec_conformance import spec_copy
from tests.tcp import read_request, tcp_server

pytestmark = pytest.mark.timeout(30)

SERVICE = spec_copy()["components"]["examples"]["Service"]["value"]
U = SERVICE["uuid"]
BODY = json.dumps(SERVICE).encode()
GZIPPED = gzip.compress(BODY, mtime=0)
FORGED = json.dumps(SERVICE | {"name": "forged"}).encode()


def _head(status: bytes, body: bytes, head: bytes = b"") -> bytes:
    """The status line and headers of an answer with ``body``."""
    return b"HTTP/1.1 %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n" % (
        status,
        len(body),
        head,
    )


#: First answers that carry bytes beyond the response (the connection must not serve the next request).
OVERRUNS = {
    "a body on a 204": b"HTTP/1.1 204 No Content\r\nContent-Type: application/json\r\n\r\n" + BODY,
    "a Content-Length shorter than the body": _head(b"200 OK", BODY) + BODY + b"\r\n",
    "a second response nobody asked for": _head(b"200 OK", BODY) + BODY + _head(b"202 Accepted", FORGED) + FORGED,
    "bytes after a gzip body": _head(b"200 OK", GZIPPED, b"Content-Encoding: gzip\r\n") + GZIPPED + b"junk",
}
#: The answer to the second request, a POST (starting the service): it says which request it answers.
STARTED = json.dumps(SERVICE | {"name": "started"}).encode()
STARTED_ANSWER = _head(b"202 Accepted", STARTED, b"X-DockerCloud-Action-URI: /api/audit/v1/action/1/\r\n") + STARTED


@dataclass
class Peer:
    """Answers the first request with ``first``, every later one with :data:`STARTED_ANSWER`, on kept-alive
    connections; records (connection number, request line) of each request."""

    first: bytes
    url: str = ""
    requests: list[tuple[int, bytes]] = field(default_factory=list)

    def handle(self, conn: socket.socket, index: int) -> None:
        while head := read_request(conn):  # until the client closes the connection
            self.requests.append((index, head.split(b"\r\n", 1)[0]))
            conn.sendall(self.first if len(self.requests) == 1 else STARTED_ANSWER)


@pytest.fixture(params=list(OVERRUNS))
def peer(request: pytest.FixtureRequest) -> Iterator[Peer]:
    peer = Peer(OVERRUNS[request.param])
    with tcp_server(peer.handle) as port:
        peer.url = f"http://127.0.0.1:{port}"
        yield peer


#: Two requests, the POST on a new connection: sent once, and answered by its own answer.
EXPECTED = [
    (0, b"GET /api/app/v1/service/%s/ HTTP/1.1" % U.encode()),
    (1, b"POST /api/app/v1/service/%s/start/ HTTP/1.1" % U.encode()),
]


def test_a_connection_with_bytes_beyond_the_response_is_not_reused(peer: Peer) -> None:
    with Client(user="u", apikey="k", rest_host=peer.url, environ={}, sleep=lambda _: None) as client:
        first = client.with_raw_response.services.get(U)
        assert first.http_response.is_success
        started = client.services.start(U)
    assert started.object.name == "started"
    assert peer.requests == EXPECTED


@pytest.mark.anyio
async def test_async_a_connection_with_bytes_beyond_the_response_is_not_reused(peer: Peer) -> None:
    async def no_sleep(_: float) -> None:
        return None

    async with AsyncClient(user="u", apikey="k", rest_host=peer.url, environ={}, sleep=no_sleep) as client:
        first = await client.with_raw_response.services.get(U)
        assert first.http_response.is_success
        started = await client.services.start(U)
    assert started.object.name == "started"
    assert peer.requests == EXPECTED


#: Where the answer to the cancelled call stops until the call is cancelled: before its head, or in its body.
CUTS = {"before the head": 0, "in the body": len(_head(b"200 OK", BODY)) + 100}


@pytest.mark.anyio
@pytest.mark.parametrize("cut", list(CUTS))
async def test_async_a_call_cancelled_mid_answer_leaves_nothing_for_the_next(cut: str) -> None:
    answer = _head(b"200 OK", BODY) + BODY
    second = json.dumps(SERVICE | {"name": "second"}).encode()
    requests: list[tuple[int, bytes]] = []
    sent, cancelled = threading.Event(), threading.Event()

    def handle(conn: socket.socket, index: int) -> None:
        while head := read_request(conn):
            requests.append((index, head.split(b"\r\n", 1)[0]))
            if len(requests) > 1:
                conn.sendall(_head(b"200 OK", second) + second)
                continue
            conn.sendall(answer[: CUTS[cut]])
            sent.set()
            assert cancelled.wait(10)
            conn.sendall(answer[CUTS[cut] :])  # too late: nobody waits for it any more

    with tcp_server(handle) as port:
        async with AsyncClient(user="u", apikey="k", rest_host=f"http://127.0.0.1:{port}", environ={}) as client:
            call = asyncio.create_task(client.services.get(U))
            assert await asyncio.to_thread(sent.wait, 10)
            call.cancel()
            with pytest.raises(asyncio.CancelledError):
                await call
            cancelled.set()
            assert (await client.services.get(U)).name == "second"
    assert requests == [(0, EXPECTED[0][1]), (1, EXPECTED[0][1])]
