"""The clients honour the proxy environment variables (as httpx.Client did before requests bypassed it).

The "proxy" is a 127.0.0.1 socket that answers an absolute-form request line itself, so the REST host
(``dockercloud.invalid``) is never resolved or reached: nothing leaves this machine.
"""

from __future__ import annotations

import json
import socket
from contextlib import AbstractContextManager

import pytest

from dockercloud_client import AsyncClient, Client
from dockercloud_client._config import resolve_proxy
from tests.spec_conformance import spec_copy
from tests.tcp import read_request, tcp_server

pytestmark = pytest.mark.timeout(30)

AUTH = "Basic ZGVtbzpkZW1vLWFwaWtleQ=="
SERVICE = spec_copy()["components"]["examples"]["Service"]["value"]
U = SERVICE["uuid"]
REST = "http://dockercloud.invalid"


def _serve(heads: list[bytes]) -> AbstractContextManager[int]:
    """A 127.0.0.1 stand-in for a proxy: records each request head and answers the spec's Service."""
    body = json.dumps(SERVICE).encode()

    def answer(conn: socket.socket, index: int) -> None:
        heads.append(read_request(conn))
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        conn.sendall(b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)

    return tcp_server(answer)


def test_sync_client_sends_through_http_proxy_from_environ() -> None:
    heads: list[bytes] = []
    with (
        _serve(heads) as port,
        Client(rest_host=REST, auth=AUTH, environ={"http_proxy": f"http://127.0.0.1:{port}"}) as client,
    ):
        assert client.services.get(U).uuid == U
    assert heads[0].startswith(f"GET {REST}/api/app/v1/service/{U}/ HTTP/1.1".encode())


@pytest.mark.anyio
async def test_async_client_sends_through_all_proxy_from_environ() -> None:
    heads: list[bytes] = []
    with _serve(heads) as port:
        async with AsyncClient(rest_host=REST, auth=AUTH, environ={"ALL_PROXY": f"http://127.0.0.1:{port}"}) as client:
            assert (await client.services.get(U)).uuid == U
    assert heads[0].startswith(f"GET {REST}/api/app/v1/service/{U}/ HTTP/1.1".encode())


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, None),
        ({"HTTPS_PROXY": "http://p:1"}, "http://p:1"),
        ({"https_proxy": "http://lower:1", "HTTPS_PROXY": "http://upper:1"}, "http://lower:1"),
        ({"http_proxy": "http://p:1"}, None),  # the other scheme's proxy is not this one
        ({"all_proxy": "http://all:1"}, "http://all:1"),
        ({"HTTPS_PROXY": "http://p:1", "NO_PROXY": "*"}, None),
        ({"HTTPS_PROXY": "http://p:1", "no_proxy": "example.com, .docker.com"}, None),
        ({"HTTPS_PROXY": "http://p:1", "no_proxy": "cloud.docker.com:443"}, None),
        ({"HTTPS_PROXY": "http://p:1", "no_proxy": "cloud.docker.com:8443"}, "http://p:1"),
        ({"HTTPS_PROXY": "http://p:1", "no_proxy": "docker.co"}, "http://p:1"),  # a suffix on a dot only
    ],
)
def test_proxy_variables_are_read_as_curl_reads_them(environ: dict[str, str], expected: str | None) -> None:
    assert resolve_proxy("https://cloud.docker.com", environ) == expected
