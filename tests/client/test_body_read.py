"""How a response body is read inside the retries (issue 13 item 4, with the bounds of issue 11).

The body is read by the response itself through a bounded stream (no copy, no rebuilt response) unless it
is compressed; the size limit holds on the decoded body whether ``Content-Length`` is given, missing, too
large or wrong, and a compressed body is counted as it is decoded. Also: what the client's own HTTP client
(``_http.DirectHTTP``, no ``httpx.Client``) sends and keeps. Transports here are in-process: ``MockTransport``
or streams that count what was pulled from them.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from dockercloud_client import AsyncClient, Client, ClientClosedError, ResponseTooLargeError
from dockercloud_client._http import AsyncDirectHTTP, DirectHTTP
from dockercloud_client._transport import AsyncRetryTransport, RetryPolicy, RetryTransport
from tests.spec_conformance import spec_copy

HOST = "http://127.0.0.1:9"
AUTH = "Basic ZGVtbzpkZW1vLWFwaWtleQ=="
U = "fee900c6-97da-46b3-a21c-e2b50ed07015"
SERVICE = spec_copy()["components"]["examples"]["Service"]["value"]
LIMIT = 4096


class CountingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body of ``chunks`` chunks of ``size`` bytes that records how many were pulled and whether it was closed."""

    def __init__(self, chunks: int, size: int = 1024) -> None:
        self.chunks, self.size = chunks, size
        self.pulled = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.chunks):
            self.pulled += 1
            yield b" " * self.size

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def bounded(answer: httpx.Response, limit: int | None = LIMIT) -> RetryTransport:
    return RetryTransport(httpx.MockTransport(lambda request: answer), RetryPolicy(max_response_size=limit))


def get(transport: httpx.BaseTransport) -> httpx.Response:
    return transport.handle_request(httpx.Request("GET", f"{HOST}/x"))


def test_a_body_without_content_length_stops_at_the_limit_and_is_closed() -> None:
    stream = CountingStream(chunks=1000)
    with pytest.raises(ResponseTooLargeError) as caught:
        get(bounded(httpx.Response(200, stream=stream)))
    assert caught.value.limit == LIMIT
    assert stream.pulled == LIMIT // 1024 + 1  # not one chunk past the limit
    assert stream.closed


def test_a_declared_length_over_the_limit_is_refused_before_reading() -> None:
    stream = CountingStream(chunks=1000)
    answer = httpx.Response(200, headers={"Content-Length": str(1000 * 1024)}, stream=stream)
    with pytest.raises(ResponseTooLargeError):
        get(bounded(answer))
    assert stream.pulled == 0
    assert stream.closed


def test_a_length_that_transfer_encoding_overrides_is_not_refused() -> None:
    # RFC 9112 section 6.3: with both, Transfer-Encoding frames the body (h11 reads it chunked); a Content-Length
    # beside it says nothing of the size, and refusing a small body as too large named the wrong fault.
    stream = CountingStream(chunks=2)
    headers = {"Content-Length": str(1000 * 1024), "Transfer-Encoding": "chunked"}
    assert get(bounded(httpx.Response(200, headers=headers, stream=stream))).content == b" " * 2048


def test_a_declared_length_under_the_limit_does_not_bound_a_longer_body() -> None:
    # A transport that sends more than it declared (h11 would refuse it; a custom transport might not).
    stream = CountingStream(chunks=1000)
    with pytest.raises(ResponseTooLargeError):
        get(bounded(httpx.Response(200, headers={"Content-Length": "10"}, stream=stream)))
    assert stream.pulled == LIMIT // 1024 + 1


def test_a_body_at_the_limit_is_read_in_place() -> None:
    stream = CountingStream(chunks=LIMIT // 1024)
    answer = httpx.Response(200, headers={"Content-Length": str(LIMIT)}, stream=stream)
    response = get(bounded(answer))
    assert response is answer  # read by itself: neither copied nor rebuilt
    assert response.content == b" " * LIMIT
    assert response.is_closed and stream.closed
    assert response.headers["Content-Length"] == str(LIMIT)


def test_a_body_already_in_memory_is_checked_too() -> None:
    with pytest.raises(ResponseTooLargeError):
        get(bounded(httpx.Response(200, content=b"x" * (LIMIT + 1))))
    small = httpx.Response(200, content=b"x" * LIMIT)
    assert get(bounded(small)) is small


def test_no_limit_reads_everything() -> None:
    response = get(bounded(httpx.Response(200, stream=CountingStream(chunks=100)), limit=None))
    assert len(response.content) == 100 * 1024


def test_a_compressed_body_is_limited_by_its_decoded_size() -> None:
    bomb = gzip.compress(b" " * (LIMIT * 64))
    assert len(bomb) < LIMIT  # small on the wire, 64 times the limit decoded
    answer = httpx.Response(
        200, headers={"Content-Encoding": "gzip", "Content-Length": str(len(bomb))}, stream=httpx.ByteStream(bomb)
    )
    with pytest.raises(ResponseTooLargeError):
        get(bounded(answer))


def test_a_compressed_body_under_the_limit_is_decoded_once() -> None:
    body = json.dumps({"a": "b" * 100}).encode()
    packed = gzip.compress(body)
    answer = httpx.Response(
        200, headers={"Content-Encoding": "gzip", "Content-Length": str(len(packed))}, stream=httpx.ByteStream(packed)
    )
    response = get(bounded(answer))
    assert response.content == body
    assert "Content-Encoding" not in response.headers  # the body held is the decoded one
    assert response.json() == {"a": "b" * 100}


@pytest.mark.anyio
async def test_async_bodies_have_the_same_bounds() -> None:
    stream = CountingStream(chunks=1000)
    policy = RetryPolicy(max_response_size=LIMIT)
    transport = AsyncRetryTransport(httpx.MockTransport(lambda request: httpx.Response(200, stream=stream)), policy)
    with pytest.raises(ResponseTooLargeError):
        await transport.handle_async_request(httpx.Request("GET", f"{HOST}/x"))
    assert stream.pulled == LIMIT // 1024 + 1 and stream.closed
    declared = CountingStream(chunks=1000)
    answer = httpx.Response(200, headers={"Content-Length": str(1000 * 1024)}, stream=declared)
    transport = AsyncRetryTransport(httpx.MockTransport(lambda request: answer), policy)
    with pytest.raises(ResponseTooLargeError):
        await transport.handle_async_request(httpx.Request("GET", f"{HOST}/x"))
    assert declared.pulled == 0 and declared.closed
    fits = CountingStream(chunks=2)
    answer = httpx.Response(200, stream=fits)
    transport = AsyncRetryTransport(httpx.MockTransport(lambda request: answer), policy)
    assert await transport.handle_async_request(httpx.Request("GET", f"{HOST}/x")) is answer
    assert answer.content == b" " * 2048 and fits.closed


class Recorder:
    """A MockTransport handler that records requests and answers the Service example, with a cookie."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=SERVICE, headers={"Set-Cookie": "session=abc; Path=/"})


def test_the_client_sends_its_headers_and_keeps_no_cookies() -> None:
    server = Recorder()
    with Client(rest_host=HOST, auth=AUTH, environ={}, transport=httpx.MockTransport(server)) as client:
        service = client.services.get(U)
        client.services.get(U, extra_headers={"accept-encoding": "identity", "X-Trace": "1"})
    assert service.uuid == SERVICE["uuid"]
    first, second = server.requests
    assert first.headers["Authorization"] == AUTH
    assert first.headers["Accept"] == "application/json"
    assert first.headers["User-Agent"].startswith("dockercloud-client/")
    assert first.headers["Accept-Encoding"] == "gzip, deflate"
    assert first.headers["Connection"] == "keep-alive"
    assert first.headers["Host"] == "127.0.0.1:9"
    assert "Cookie" not in second.headers  # the API authenticates each request; cookies are not kept
    assert second.headers.get_list("Accept-Encoding") == ["identity"]  # a given header replaces the default
    assert second.headers["X-Trace"] == "1"


def test_timeouts_reach_the_transport() -> None:
    server = Recorder()
    with Client(rest_host=HOST, auth=AUTH, environ={}, timeout=7.0, transport=httpx.MockTransport(server)) as client:
        client.services.get(U)
        client.services.get(U, timeout=httpx.Timeout(3.0, connect=1.0))
    default, given = (request.extensions["timeout"] for request in server.requests)
    assert default == {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    assert given == {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0}


def test_a_closed_client_sends_nothing() -> None:
    server = Recorder()
    client = Client(rest_host=HOST, auth=AUTH, environ={}, transport=httpx.MockTransport(server))
    client.close()
    with pytest.raises(ClientClosedError, match="closed") as caught:
        client.services.get(U)
    assert isinstance(caught.value, RuntimeError)  # what it was before it had a class of its own
    assert server.requests == []


@pytest.mark.anyio
async def test_a_closed_async_client_sends_nothing() -> None:
    server = Recorder()
    async with AsyncClient(rest_host=HOST, auth=AUTH, environ={}, transport=httpx.MockTransport(server)) as client:
        pass
    with pytest.raises(ClientClosedError, match="closed"):
        await client.services.get(U)
    assert server.requests == []


def test_direct_http_answers_responses_that_know_their_request() -> None:
    http = DirectHTTP(httpx.MockTransport(lambda request: httpx.Response(204)), httpx.Timeout(5.0))
    response = http.request("POST", f"{HOST}/x", headers={}, params={"b": "2"}, json={"c": 3})
    assert response.request.url == f"{HOST}/x?b=2"
    assert response.request.content == b'{"c":3}'
    assert response.request.headers["Content-Type"] == "application/json"
    http.close()
    assert http.is_closed


@pytest.mark.anyio
async def test_async_client_sends_the_same_request() -> None:
    server = Recorder()
    async with AsyncClient(rest_host=HOST, auth=AUTH, environ={}, transport=httpx.MockTransport(server)) as client:
        assert (await client.services.get(U)).uuid == SERVICE["uuid"]
    with Client(rest_host=HOST, auth=AUTH, environ={}, transport=httpx.MockTransport(server)) as sync:
        sync.services.get(U)
    asynchronous, blocking = server.requests

    def shape(request: httpx.Request) -> dict[str, Any]:
        return {"url": str(request.url), "headers": dict(request.headers), "timeout": request.extensions["timeout"]}

    assert shape(asynchronous) == shape(blocking)
    direct = AsyncDirectHTTP(httpx.MockTransport(server), httpx.Timeout(1.0))
    await direct.aclose()
    with pytest.raises(ClientClosedError, match="closed"):
        await direct.request("GET", f"{HOST}/x", headers={})
