"""AsyncClient's network backend on plain asyncio, held to httpcore's own anyio backend on 127.0.0.1 peers.

Each behaviour is checked with both backends side by side: what httpcore's ``AnyIOBackend`` does (the backend
``AsyncClient`` used before) is the evidence, and ours must raise the same httpx exception, which is what the
retry layer and ``dockercloud_client.errors`` decide on. The peers are threads on 127.0.0.1 (``tests/tcp.py``),
byte by byte; the TLS ones use a self-signed certificate for 127.0.0.1 (``tls/``, valid until 2126), directly
and through an HTTP proxy's CONNECT tunnel.
"""

from __future__ import annotations

import json
import select
import socket
import ssl
import struct
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpcore
import httpx
import pytest

from dockercloud_client import AsyncClient
from dockercloud_client._asyncio_backend import AsyncioBackend, AsyncioStream
from tests.spec_conformance import spec_copy
from tests.tcp import read_request, tcp_server

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(30)]

TLS = Path(__file__).parent / "tls"
SERVICE = spec_copy()["components"]["examples"]["Service"]["value"]
BACKENDS = {"asyncio": AsyncioBackend, "httpcore-anyio": httpcore.AnyIOBackend}
Handler = Callable[[socket.socket, int], None]


@pytest.fixture(params=list(BACKENDS))
def backend(request: pytest.FixtureRequest) -> httpcore.AsyncNetworkBackend:
    return BACKENDS[request.param]()


def _transport(backend: httpcore.AsyncNetworkBackend, **kwargs: Any) -> httpx.AsyncHTTPTransport:
    """An httpx transport whose httpcore pool connects through ``backend`` (as ``_pool.lane_transport`` wires it)."""
    transport = httpx.AsyncHTTPTransport(**kwargs)
    transport._pool._network_backend = backend
    return transport


async def _get(
    transport: httpx.AsyncHTTPTransport, url: str, method: str = "GET", content: bytes = b"", **timeouts: float
) -> httpx.Response:
    """Send one request and read its body (the timeouts default to 10 s)."""
    limits = {"connect": 10.0, "read": 10.0, "write": 10.0, "pool": 10.0} | timeouts
    request = httpx.Request(method, url, content=content, extensions={"timeout": limits})
    response = await transport.handle_async_request(request)
    try:
        await response.aread()
    finally:
        await response.aclose()
    return response


def _head(length: int | None) -> bytes:
    framing = b"Connection: close\r\n" if length is None else b"Content-Length: %d\r\n" % length
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + framing + b"\r\n"


def _reset(conn: socket.socket) -> None:
    """Close with a TCP reset (SO_LINGER 0), as a crashed peer does."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def _answers(*bodies: bytes) -> Handler:
    """Answer each request of a connection with the next body, then close."""

    def handle(conn: socket.socket, index: int) -> None:
        for body in bodies:
            read_request(conn)
            conn.sendall(_head(len(body)) + body)

    return handle


async def test_an_answer_and_a_kept_alive_connection(backend: httpcore.AsyncNetworkBackend) -> None:
    body = json.dumps(SERVICE).encode()
    with tcp_server(_answers(body, body)) as port:
        async with _transport(backend) as transport:
            first = await _get(transport, f"http://127.0.0.1:{port}/x")
            second = await _get(transport, f"http://127.0.0.1:{port}/x")
    assert first.json() == second.json() == SERVICE  # the second on the same connection: the server accepts once


async def test_a_body_larger_than_the_read_buffer_arrives_whole(backend: httpcore.AsyncNetworkBackend) -> None:
    body = bytes(range(256)) * 8192  # 2 MiB: reading pauses and resumes several times
    with tcp_server(_answers(body)) as port:
        async with _transport(backend) as transport:
            assert (await _get(transport, f"http://127.0.0.1:{port}/x")).content == body


async def test_a_body_delimited_by_the_close_of_the_connection(backend: httpcore.AsyncNetworkBackend) -> None:
    def handle(conn: socket.socket, index: int) -> None:
        read_request(conn)
        conn.sendall(_head(None) + b'{"end": "by close"}')
        conn.close()

    with tcp_server(handle) as port:
        async with _transport(backend) as transport:
            assert (await _get(transport, f"http://127.0.0.1:{port}/x")).json() == {"end": "by close"}


async def test_a_connection_the_server_closed_while_idle_is_replaced(backend: httpcore.AsyncNetworkBackend) -> None:
    closed = threading.Event()

    def handle(conn: socket.socket, index: int) -> None:
        read_request(conn)
        conn.sendall(_head(2) + b"{}")
        conn.close()  # keep-alive announced, then closed
        closed.set()

    with tcp_server(handle) as port:
        async with _transport(backend) as transport:
            await _get(transport, f"http://127.0.0.1:{port}/x")
            assert closed.wait(5)
            # Idle and closed by its peer: the pool sees it (is_readable) and opens another, no error.
            assert (await _get(transport, f"http://127.0.0.1:{port}/x")).json() == {}


async def test_a_server_that_never_answers_is_a_read_timeout(backend: httpcore.AsyncNetworkBackend) -> None:
    def silent(conn: socket.socket, index: int) -> None:
        read_request(conn)
        conn.recv(1)  # returns when the client gives up and closes

    with tcp_server(silent) as port:
        async with _transport(backend) as transport:
            with pytest.raises(httpx.ReadTimeout):
                await _get(transport, f"http://127.0.0.1:{port}/x", read=0.2)


async def test_a_body_cut_short_by_a_close_is_a_remote_protocol_error(backend: httpcore.AsyncNetworkBackend) -> None:
    def cut(conn: socket.socket, index: int) -> None:
        read_request(conn)
        conn.sendall(_head(1000) + b"x" * 100)
        conn.close()

    with tcp_server(cut) as port:
        async with _transport(backend) as transport:
            with pytest.raises(httpx.RemoteProtocolError, match="incomplete|complete message"):
                await _get(transport, f"http://127.0.0.1:{port}/x")


async def test_a_body_cut_short_by_a_reset_is_a_read_error(backend: httpcore.AsyncNetworkBackend) -> None:
    def reset(conn: socket.socket, index: int) -> None:
        read_request(conn)
        conn.sendall(_head(1000) + b"x" * 100)
        _reset(conn)

    with tcp_server(reset) as port:
        async with _transport(backend) as transport:
            with pytest.raises(httpx.ReadError):
                await _get(transport, f"http://127.0.0.1:{port}/x")


async def test_a_refused_connection_is_a_connect_error(backend: httpcore.AsyncNetworkBackend) -> None:
    with socket.socket() as refused:
        refused.bind(("127.0.0.1", 0))  # bound, never listening
        async with _transport(backend) as transport:
            with pytest.raises(httpx.ConnectError):
                await _get(transport, f"http://127.0.0.1:{refused.getsockname()[1]}/x")


async def test_a_peer_that_reads_nothing_is_a_write_timeout(backend: httpcore.AsyncNetworkBackend) -> None:
    def deaf(conn: socket.socket, index: int) -> None:
        conn.recv(1)  # takes the first byte only; returns (b"" or a reset) when the client closes

    small = [(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)]
    with tcp_server(deaf) as port:
        async with _transport(backend, socket_options=small) as transport:
            with pytest.raises(httpx.WriteTimeout):  # 8 MiB cannot fit in the socket buffers
                await _get(transport, f"http://127.0.0.1:{port}/x", "POST", b"x" * (8 << 20), write=0.2)


def _tls(handle: Handler) -> Handler:
    """``handle`` over TLS, with the 127.0.0.1 certificate."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(TLS / "cert.pem", TLS / "key.pem")

    def wrapped(conn: socket.socket, index: int) -> None:
        with context.wrap_socket(conn, server_side=True) as tls:
            handle(tls, index)

    return wrapped


def _trusting() -> ssl.SSLContext:
    return httpx.create_ssl_context(verify=ssl.create_default_context(cafile=TLS / "cert.pem"))


async def test_tls_to_a_server_whose_certificate_is_trusted(backend: httpcore.AsyncNetworkBackend) -> None:
    body = json.dumps(SERVICE).encode()

    def close_delimited(conn: socket.socket, index: int) -> None:
        read_request(conn)
        conn.sendall(_head(None) + body)

    with tcp_server(_tls(_answers(body, body))) as port:
        async with _transport(backend, verify=_trusting()) as transport:
            first = await _get(transport, f"https://127.0.0.1:{port}/x")
            second = await _get(transport, f"https://127.0.0.1:{port}/x")  # the same TLS connection
    assert first.json() == second.json() == SERVICE
    stream = first.extensions["network_stream"]
    assert stream.get_extra_info("ssl_object").version().startswith("TLS")
    with tcp_server(_tls(close_delimited)) as port:
        async with _transport(backend, verify=_trusting()) as transport:
            assert (await _get(transport, f"https://127.0.0.1:{port}/x")).json() == SERVICE
    large = bytes(range(256)) * 8192  # 2 MiB: reading the decrypted stream pauses and resumes
    with tcp_server(_tls(_answers(large))) as port:
        async with _transport(backend, verify=_trusting()) as transport:
            assert (await _get(transport, f"https://127.0.0.1:{port}/x")).content == large


async def test_tls_to_a_server_whose_certificate_is_not_trusted_is_a_connect_error(
    backend: httpcore.AsyncNetworkBackend,
) -> None:
    with tcp_server(_tls(_answers(b"{}"))) as port:
        async with _transport(backend) as transport:  # the default trust store does not hold it
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                await _get(transport, f"https://127.0.0.1:{port}/x")


def _tunnel(conn: socket.socket, index: int) -> None:
    """An HTTP proxy's CONNECT on 127.0.0.1: answers 200, then relays bytes both ways until one side closes."""
    head = read_request(conn)
    port = int(head.split(b" ", 2)[1].rsplit(b":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as upstream:
        conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        sides = {conn: upstream, upstream: conn}
        while True:
            ready, _, _ = select.select(list(sides), [], [], 5)
            if not ready:
                return
            for side in ready:
                data = side.recv(65536)
                if not data:
                    return
                sides[side].sendall(data)


async def test_tls_through_an_http_proxy_tunnel(backend: httpcore.AsyncNetworkBackend) -> None:
    with tcp_server(_tls(_answers(b'{"through": "tunnel"}'))) as port, tcp_server(_tunnel) as proxy:
        async with _transport(backend, verify=_trusting(), proxy=f"http://127.0.0.1:{proxy}") as transport:
            response = await _get(transport, f"https://127.0.0.1:{port}/x")
    assert response.json() == {"through": "tunnel"}
    # The proxy's pool opened the tunnel, and TLS ran over it, through the backend under test.
    assert isinstance(response.extensions["network_stream"], AsyncioStream) == isinstance(backend, AsyncioBackend)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Records each call of the methods vcrpy (httpx's transport) and respx (httpcore's pool, connection) patch."""
    seen: list[str] = []
    for owner in (httpx.AsyncHTTPTransport, httpcore.AsyncConnectionPool, httpcore.AsyncHTTPConnection):
        real = owner.handle_async_request

        async def spy(self: Any, request: Any, real: Any = real, name: str = owner.__name__) -> Any:
            seen.append(name)
            return await real(self, request)

        monkeypatch.setattr(owner, "handle_async_request", spy)
    yield seen


async def test_async_client_sends_through_the_patched_methods_and_this_backend(calls: list[str]) -> None:
    body = json.dumps(SERVICE).encode()
    with tcp_server(_answers(body)) as port:
        async with AsyncClient(auth="Basic eA==", rest_host=f"http://127.0.0.1:{port}", environ={}) as client:
            raw = await client.with_raw_response.services.get(SERVICE["uuid"])
    assert calls == ["AsyncHTTPTransport", "AsyncConnectionPool", "AsyncHTTPConnection"]
    assert isinstance(raw.http_response.extensions["network_stream"], AsyncioStream)
