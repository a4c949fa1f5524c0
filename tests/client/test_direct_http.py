"""The client's own HTTP path (``_http.DirectHTTP``, no ``httpx.Client``) as a demanding user meets it.

Against a raw TCP server on 127.0.0.1: headers as they reach the wire (``extra_headers`` replaces a default
header whatever its case, nothing is sent twice), the raw response's httpx attributes, compressed bodies
whose decoded size is far beyond ``max_response_size`` (memory stays near the limit, also when codings are
stacked), a corrupt compressed body (a client error, not a bare httpx one), and connections that are closed,
not leaked, when a body is refused or never comes (``Client`` and ``AsyncClient``), and reused after a body
read to its end; proxy credentials sent as ``Proxy-Authorization`` but in no log record of any logger.
"""

from __future__ import annotations

import base64
import datetime
import gzip
import json
import logging
import socket
import threading
import tracemalloc
import zlib
from collections.abc import Callable, Iterator

import pytest

from dockercloud_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncClient,
    BadRequestError,
    Client,
    InvalidValueError,
    ResponseTooLargeError,
)
from tests.spec_conformance import spec_copy
from tests.tcp import read_request, tcp_server

pytestmark = pytest.mark.timeout(60)

_SERVICE = spec_copy()["components"]["examples"]["Service"]["value"]
SERVICE = json.dumps(_SERVICE).encode()
_META = {"limit": 1, "offset": 0, "total_count": 1, "next": None, "previous": None}
PAGE = json.dumps({"meta": _META, "objects": [_SERVICE]}).encode()
U = _SERVICE["uuid"]
LIMIT = 1024 * 1024
#: What a compressed body may cost in memory beyond its limit (decoding steps, the joined body).
SLACK = 8 * 1024 * 1024


def _answer(body: bytes, head: bytes = b"") -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n"
        % (
            len(body),
            head,
        )
        + body
    )


@pytest.fixture
def heads() -> list[bytes]:
    return []


@pytest.fixture
def server(heads: list[bytes]) -> Iterator[int]:
    """Answers every request with the spec's Service on one kept-alive connection per client."""

    def handle(conn: socket.socket, index: int) -> None:
        while head := read_request(conn):
            heads.append(head)
            conn.sendall(_answer(PAGE if head.startswith(b"GET /api/app/v1/service/?") else SERVICE))

    with tcp_server(handle) as port:
        yield port


def _client(port: int, **kwargs: object) -> Client:
    return Client(user="demo", apikey="demo-apikey", rest_host=f"http://127.0.0.1:{port}", environ={}, **kwargs)  # type: ignore[arg-type]


def _async_client(port: int, **kwargs: object) -> AsyncClient:
    return AsyncClient(user="demo", apikey="demo-apikey", rest_host=f"http://127.0.0.1:{port}", environ={}, **kwargs)  # type: ignore[arg-type]


def _header_lines(head: bytes) -> list[tuple[str, str]]:
    lines = head.decode("latin-1").split("\r\n")[1:]
    return [(name.strip().lower(), value.strip()) for name, _, value in (line.partition(":") for line in lines if line)]


def test_extra_headers_replace_defaults_whatever_their_case(server: int, heads: list[bytes]) -> None:
    extra = {"user-agent": "mine/1", "ACCEPT": "application/json; q=1", "accept-encoding": "identity", "X-Id": "1"}
    with _client(server) as client:
        client.services.get(U, extra_headers=extra)
        client.with_options(timeout=5).services.list(limit=1, extra_headers=extra).first_page()
    for head in heads:
        lines = _header_lines(head)
        names = [name for name, _ in lines]
        assert len(names) == len(set(names)), head  # no header sent twice
        sent = dict(lines)
        assert sent["user-agent"] == "mine/1"
        assert sent["accept"] == "application/json; q=1"
        assert sent["accept-encoding"] == "identity"
        assert sent["x-id"] == "1"
        assert sent["authorization"].startswith("Basic ")


def test_an_extra_authorization_header_replaces_the_credentials(server: int, heads: list[bytes]) -> None:
    with _client(server) as client:
        client.services.get(U, extra_headers={"authorization": "Bearer other"})
    assert [value for name, value in _header_lines(heads[0]) if name == "authorization"] == ["Bearer other"]


def test_a_raw_response_has_httpx_attributes(server: int) -> None:
    with _client(server) as client:
        response = client.with_raw_response.services.get(U).http_response
        assert response.http_version == "HTTP/1.1"
        assert response.request.method == "GET"
        assert response.url == response.request.url
        assert str(response.url).endswith(f"/api/app/v1/service/{U}/")
        assert response.request.headers["Host"] == f"127.0.0.1:{server}"
        assert isinstance(response.elapsed, datetime.timedelta)
        assert response.elapsed >= datetime.timedelta(0)
        assert response.is_closed


@pytest.mark.anyio
async def test_an_async_raw_response_has_httpx_attributes(server: int) -> None:
    async with _async_client(server) as client:
        response = (await client.with_raw_response.services.get(U)).http_response
        assert response.request.method == "GET"
        assert isinstance(response.elapsed, datetime.timedelta)


def _deflated(data_size: int, layers: int) -> bytes:
    body = b"\0" * data_size
    for _ in range(layers):
        body = gzip.compress(body, 9)
    return body


class _OnePeer:
    """Handles one connection: reads a request, answers ``body`` (or never answers when it is None).

    ``client_closed()`` is asked after the client call has returned, so it races nothing: a client that
    closes has closed by then (its FIN is already queued on loopback), and one that kept the connection
    is seen by a recv that times out. The server thread only has to finish sending, which a closed peer
    ends at once.
    """

    def __init__(self, body: bytes | None, head: bytes = b"") -> None:
        self._answer = None if body is None else _answer(body, head)
        self._conn: socket.socket | None = None
        self._send_failed = False
        self._served = threading.Event()

    def __call__(self, conn: socket.socket, index: int) -> None:
        self._conn = conn
        read_request(conn)
        try:
            if self._answer is not None:
                conn.sendall(self._answer)
        except OSError:  # the client closed while we were still sending
            self._send_failed = True
        finally:
            self._served.set()

    def client_closed(self) -> bool:
        assert self._served.wait(30), "the server never finished its answer"
        if self._send_failed:
            return True
        assert self._conn is not None
        self._conn.settimeout(1.0)
        try:
            while self._conn.recv(65536):
                pass
        except TimeoutError:
            return False  # still open: the client kept (leaked) the connection
        except OSError:
            return True  # reset by the client
        return True


def _peak_while(call: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        call()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


@pytest.mark.parametrize(("layers", "coding"), [(1, b"gzip"), (2, b"gzip, gzip")])
def test_a_compression_bomb_stays_near_the_limit_in_memory(layers: int, coding: bytes) -> None:
    bomb = _deflated(48 * 1024 * 1024, layers)  # 48 MiB of zeros, a few KiB on the wire
    peer = _OnePeer(bomb, b"Content-Encoding: " + coding + b"\r\n")
    with (
        tcp_server(peer) as port,
        _client(port, max_retries=0, max_response_size=LIMIT) as client,
    ):

        def get() -> None:
            with pytest.raises(ResponseTooLargeError):
                client.services.get(U)

        assert _peak_while(get) < LIMIT + SLACK
        assert peer.client_closed()


def test_a_compressed_body_under_the_limit_is_decoded() -> None:
    for coding, body in ((b"gzip", gzip.compress(SERVICE)), (b"deflate", zlib.compress(SERVICE))):
        raw_deflate = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        for coding_, body_ in ((coding, body), (b"deflate", raw_deflate.compress(SERVICE) + raw_deflate.flush())):
            with (
                tcp_server(_OnePeer(body_, b"Content-Encoding: " + coding_ + b"\r\n")) as port,
                _client(port, max_response_size=LIMIT) as client,
            ):
                assert client.services.get(U).uuid == U


def test_a_corrupt_compressed_body_is_a_client_error() -> None:
    with (
        tcp_server(_OnePeer(b"this is not gzip", b"Content-Encoding: gzip\r\n")) as port,
        _client(port, max_retries=0) as client,
        pytest.raises(APIConnectionError, match="DecodingError"),
    ):
        client.services.get(U)


@pytest.mark.parametrize("coding", [b"br", b"zstd", b"compress", b"gzip, br"])
def test_a_coding_the_client_did_not_ask_for_is_refused(coding: bytes) -> None:
    # httpx would decode br/zstd a chunk at a time without a bound (with brotli/zstandard installed) and pass
    # an unknown coding through as if it were plain JSON; the client asked for gzip and deflate only.
    with (
        tcp_server(_OnePeer(SERVICE, b"Content-Encoding: " + coding + b"\r\n")) as port,
        _client(port, max_retries=0) as client,
        pytest.raises(APIConnectionError, match=r"DecodingError: .*Content-Encoding .*the client did not ask for"),
    ):
        client.services.get(U)


def test_a_body_over_the_limit_closes_its_connection() -> None:
    peer = _OnePeer(b" " * (4 * LIMIT))
    with tcp_server(peer) as port, _client(port, max_retries=0, max_response_size=LIMIT) as client:
        with pytest.raises(ResponseTooLargeError):
            client.services.get(U)
        assert peer.client_closed()


@pytest.mark.anyio
async def test_async_bodies_over_the_limit_close_their_connection() -> None:
    bomb = (_deflated(48 * 1024 * 1024, 2), b"Content-Encoding: gzip, gzip\r\n")
    for body, head in ((b" " * (4 * LIMIT), b""), bomb):
        peer = _OnePeer(body, head)
        with tcp_server(peer) as port:
            async with _async_client(port, max_retries=0, max_response_size=LIMIT) as client:
                with pytest.raises(ResponseTooLargeError):
                    await client.services.get(U)
                assert peer.client_closed()


def test_a_silent_server_times_out_and_the_connection_is_closed() -> None:
    peer = _OnePeer(None)  # never answers
    with tcp_server(peer) as port:
        with _client(port, max_retries=0, timeout=0.2) as client, pytest.raises(APITimeoutError) as caught:
            client.services.get(U)
        assert caught.value.method == "GET"
        assert caught.value.url.endswith(f"/api/app/v1/service/{U}/")
        assert "demo-apikey" not in repr(caught.value) + str(caught.value.__cause__)
        assert peer.client_closed()


@pytest.mark.anyio
async def test_async_a_silent_server_times_out_and_the_connection_is_closed() -> None:
    peer = _OnePeer(None)  # never answers
    with tcp_server(peer) as port:
        async with _async_client(port, max_retries=0, timeout=0.2) as client:
            with pytest.raises(APITimeoutError):
                await client.services.get(U)
        assert peer.client_closed()


def test_kept_alive_connections_are_reused_after_plain_and_compressed_bodies() -> None:
    answers = [(SERVICE, b""), (gzip.compress(SERVICE), b"Content-Encoding: gzip\r\n")]
    answers.append((zlib.compress(SERVICE), b"Content-Encoding: deflate\r\n"))
    connections: list[int] = []

    def handle(conn: socket.socket, index: int) -> None:
        while read_request(conn):
            body, head = answers[len(connections) % len(answers)]
            connections.append(index)
            conn.sendall(_answer(body, head))

    with tcp_server(handle) as port, _client(port) as client:
        for _ in range(2 * len(answers)):
            assert client.services.get(U).uuid == U
    assert connections == [0] * 2 * len(answers)  # every body read to its end, its connection reused


def test_proxy_credentials_are_sent_but_never_logged_or_raised(caplog: pytest.LogCaptureFixture) -> None:
    encoded = [base64.b64encode(pair).decode() for pair in (b"proxy-user:proxy-pass", b"demo:demo-apikey")]
    secrets = ["proxy-pass", "demo-apikey", *encoded]
    heads: list[bytes] = []

    def handle(conn: socket.socket, index: int) -> None:
        heads.append(read_request(conn))
        if index == 0:
            conn.sendall(_answer(SERVICE, b"Connection: close\r\n"))
        else:  # closes without answering: a transport error through the proxy
            conn.close()

    caplog.set_level(logging.DEBUG)  # every logger: the client's, httpx's, httpcore's
    with tcp_server(handle) as port:
        environ = {"http_proxy": f"http://proxy-user:proxy-pass@127.0.0.1:{port}"}
        with Client(
            user="demo", apikey="demo-apikey", rest_host="http://dockercloud.invalid", environ=environ
        ) as client:
            assert client.services.get(U).uuid == U
            with pytest.raises(APIConnectionError) as caught:
                client.with_options(max_retries=0).services.get(U)
            shown = [repr(client), str(caught.value), repr(caught.value), repr(caught.value.__cause__)]
    assert b"\r\nProxy-Authorization: Basic " in heads[0]
    shown += [record.getMessage() for record in caplog.records]
    assert any("dockercloud.invalid" in line for line in shown)  # the records are there
    assert not [line for line in shown if any(secret in line for secret in secrets)]


@pytest.mark.parametrize(
    ("arguments", "argument"),
    [
        ({"name": "web\ud800"}, "name"),
        ({"name": "web", "container_envvars": [{"key": "K", "value": "\udfff"}]}, "container_envvars[0].value"),
        ({"name": "web", "target_num_containers": float("nan")}, "target_num_containers"),
    ],
)
def test_a_body_json_cannot_carry_is_refused_naming_the_value(
    server: int, heads: list[bytes], arguments: dict[str, object], argument: str
) -> None:
    with _client(server) as client:
        with pytest.raises(InvalidValueError) as caught:
            client.services.create(image="tutum/hello-world", **arguments)  # type: ignore[arg-type]
        assert heads == []  # nothing was sent
        client.services.create(image="tutum/hello-world", name="wéb ☃")  # non-ASCII is sent as UTF-8
    assert caught.value.argument == argument
    assert argument in str(caught.value)
    assert heads[0].startswith(b"POST /api/app/v1/service/ ")


@pytest.mark.anyio
async def test_async_a_body_json_cannot_carry_is_refused_naming_the_value(server: int, heads: list[bytes]) -> None:
    async with _async_client(server) as client:
        with pytest.raises(InvalidValueError) as caught:
            await client.services.create(image="tutum/hello-world", name="web", target_num_containers=float("inf"))  # type: ignore[arg-type]
        assert heads == []  # nothing was sent
    assert caught.value.argument == "target_num_containers"


def test_a_query_value_with_a_lone_surrogate_is_refused_naming_it(server: int, heads: list[bytes]) -> None:
    # What a name read from a file with errors="surrogateescape" holds; httpx raised a bare UnicodeEncodeError.
    with _client(server) as client:
        with pytest.raises(InvalidValueError) as caught:
            client.services.list(name="web\udcff").first_page()
        with pytest.raises(InvalidValueError):
            client.services.find("web\udcff")  # the CLI's lookup by name
        assert heads == []  # nothing was sent
        client.services.list(name="wéb ☃").first_page()  # non-ASCII is sent, percent-encoded UTF-8
    assert caught.value.argument == "name"
    assert heads[0].startswith(b"GET /api/app/v1/service/?") and b"name=w%C3%A9b" in heads[0]


@pytest.mark.anyio
async def test_async_a_query_value_with_a_lone_surrogate_is_refused(server: int, heads: list[bytes]) -> None:
    async with _async_client(server) as client:
        with pytest.raises(InvalidValueError) as caught:
            await client.services.list(name="\ud800").first_page()
        assert heads == []
    assert caught.value.argument == "name"


@pytest.mark.parametrize(
    ("extra", "argument"),
    [
        ({"X-Token": "secret-0f3a\r\nX-Injected: 1"}, "extra_headers['X-Token']"),  # would start another header
        ({"X-Token": "secret-0f3a\n"}, "extra_headers['X-Token']"),
        ({"X-Token": "secret-0f3a\x00"}, "extra_headers['X-Token']"),
        ({"X-Token": "secret-0f3aé"}, "extra_headers['X-Token']"),  # httpx sends text headers as ASCII only
        ({"X-Token": "secret-0f3a\udcff"}, "extra_headers['X-Token']"),
        ({"X Token": "v"}, "extra_headers"),
        ({"X-Token:": "v"}, "extra_headers"),
        ({"": "v"}, "extra_headers"),
    ],
)
def test_an_extra_header_http_cannot_carry_is_refused_before_sending(
    server: int, heads: list[bytes], extra: dict[str, str], argument: str
) -> None:
    with _client(server) as client:
        with pytest.raises(InvalidValueError) as caught:
            client.services.get(U, extra_headers=extra)
        with pytest.raises(InvalidValueError):
            client.services.list(extra_headers=extra).first_page()
        assert heads == []  # nothing was sent, nothing retried
        client.services.get(U, extra_headers={"X-Token": "secret-0f3a\t~ !"})  # tab, space and symbols are fine
    assert caught.value.argument == argument
    assert "secret-0f3a" not in str(caught.value)  # a header value may be a credential
    assert len(heads) == 1


def test_a_refusal_that_quotes_the_credentials_raises_without_them(caplog: pytest.LogCaptureFixture) -> None:
    # A misconfigured proxy or debugging server echoing the request: the API key must not reach the
    # exception (its message, error, body, headers) or any log record.
    def echo(conn: socket.socket, index: int) -> None:
        head = read_request(conn)
        sent = next(line for line in head.split(b"\r\n") if line.lower().startswith(b"authorization:"))
        body = json.dumps({"error": "bad request: " + head.decode("latin-1")}).encode()
        conn.sendall(
            b"HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nX-Echo: %s\r\n"
            b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (sent, len(body), body)
        )

    caplog.set_level(logging.DEBUG)
    token = base64.b64encode(b"demo:demo-apikey").decode()
    for extra in ({}, {"Authorization": "Bearer other-token-7f"}):
        with (
            tcp_server(echo) as port,
            _client(port, max_retries=0) as client,
            pytest.raises(BadRequestError) as caught,
        ):
            client.services.get(U, extra_headers=extra)
        error = caught.value
        shown = [str(error), repr(error), error.error or "", error.body or "", *error.headers.values()]
        assert "<redacted>" in error.body and "<redacted>" in error.headers["x-echo"]
        shown += [record.getMessage() for record in caplog.records]
        for secret in ("demo-apikey", token, "other-token-7f"):
            assert not [line for line in shown if secret in line], secret


def test_cookies_a_server_sets_reach_no_log_record(caplog: pytest.LogCaptureFixture) -> None:
    secret = b"session=cookie-secret-0f3a"

    def handle(conn: socket.socket, index: int) -> None:
        read_request(conn)
        conn.sendall(_answer(SERVICE, b"Set-Cookie: %s; Path=/\r\nset-cookie: other=%s\r\n" % (secret, secret)))

    caplog.set_level(logging.DEBUG)  # every logger: httpcore logs response headers at DEBUG
    with tcp_server(handle) as port, _client(port) as client:
        client.services.get(U)
    lines = [record.getMessage() for record in caplog.records]
    assert any("receive_response_headers" in line and "<redacted>" in line for line in lines)  # httpcore's record
    assert not [line for line in lines if secret.decode() in line]
