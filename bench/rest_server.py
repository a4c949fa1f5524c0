"""A minimal HTTP/1.1 server answering every GET with one service, after a fixed latency.

Run as a child process by ``bench/concurrency.py``: ``python -m bench.rest_server LATENCY_SECONDS`` prints
``PORT <n>`` and serves until killed. It does almost no work per request (the body is built once), so the
concurrency benchmark measures the clients, not the server; every candidate talks to this same server and
fetches the same body. The latency is an ``asyncio.sleep`` per request, so concurrent requests overlap as they
would against a remote API.
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys
from pathlib import Path
from typing import Any

import yaml

SPEC = Path(__file__).resolve().parent.parent / "spec" / "openapi.yaml"
#: Longest request head accepted; the benchmark's requests are a few hundred bytes.
MAX_HEAD = 16 * 1024


def service_body() -> bytes:
    """The spec's documented Service example, as the server sends it."""
    spec: dict[str, Any] = yaml.safe_load(SPEC.read_text())
    return json.dumps(spec["components"]["examples"]["Service"]["value"]).encode()


async def serve(latency: float) -> None:
    body = service_body()
    head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n" + f"content-length: {len(body)}\r\n\r\n".encode()

    async def connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # asyncio leaves Nagle on for accepted sockets whose proto is not IPPROTO_TCP; with it, a response
        # can wait ~40 ms for a delayed ACK, which would swamp the latency being measured.
        writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            while True:
                # GET requests without a body: the head is the whole request.
                request = await reader.readuntil(b"\r\n\r\n")
                if len(request) > MAX_HEAD or not request.startswith(b"GET "):
                    break
                if latency:
                    await asyncio.sleep(latency)
                writer.write(head + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(connection, "127.0.0.1", 0, backlog=1024)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(float(sys.argv[1])))
