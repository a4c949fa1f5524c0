"""Local websocket servers on 127.0.0.1 that replay JSON-lines transcripts to the stream clients.

Every server is bounded: handlers stop after a few seconds at most, teardown shuts them down.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any

import pytest
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.sync.server import Server, ServerConnection, serve

from dockercloud_client.streams import ReconnectPolicy, StreamOptions, StreamSettings
from tests.tcp import read_request, tcp_server

TRANSCRIPTS = Path(__file__).parent / "transcripts"
AUTH = "Basic " + base64.b64encode(b"demo:demo-apikey").decode()
BAD_AUTH = "Basic " + base64.b64encode(b"demo:wrong").decode()
UA = "dockercloud-client-tests"
HOLD_LIMIT = 10.0  # seconds a "hold" handler keeps a connection open at most


def transcript(name: str) -> list[str]:
    """The frames of ``transcripts/<name>.jsonl``, one text frame per non-empty line."""
    lines = (TRANSCRIPTS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip()]


@dataclass(frozen=True)
class TextBytes:
    """A text frame sent byte for byte, whether or not the bytes are valid UTF-8."""

    data: bytes


@dataclass
class Script:
    """What the server does on one connection: send ``frames``, then ``end``.

    A ``str`` frame goes as a text frame, ``bytes`` as a binary frame, :class:`TextBytes` as a text
    frame of those exact bytes.

    ``end``: ``close`` (1000), ``drop`` (1011, as the emulator's drop_websocket fault),
    ``hold`` (stay open until the client leaves), ``echo`` (exec: echo stdin, EOT ends).
    """

    frames: Sequence[str | bytes | TextBytes] = field(default_factory=list)
    end: str = "close"
    status: int | None = None  # refuse the handshake with this HTTP status instead
    headers: dict[str, str] = field(default_factory=dict)  # headers of that refusal
    echo: bool = False  # that refusal quotes the request's headers in its body and an X-Echo header


@dataclass
class Replay:
    """A running replay server."""

    url: str
    scripts: list[Script]
    requests: list[tuple[str, Headers]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    received: list[str] = field(default_factory=list)
    connections: int = 0
    #: Set once a ``close`` or ``drop`` script's closing handshake completed: the client has seen the close frame.
    closed: threading.Event = field(default_factory=threading.Event)

    def next_script(self) -> Script:
        with self.lock:
            index = self.connections
            self.connections += 1
        return self.scripts[min(index, len(self.scripts) - 1)]


def _handler(replay: Replay, ws: ServerConnection) -> None:
    script: Script = ws.script  # type: ignore[attr-defined]
    try:
        for frame in script.frames:
            if isinstance(frame, TextBytes):
                ws.send(frame.data, text=True)
            else:
                ws.send(frame)
        if script.end == "close":
            ws.close(1000)
            replay.closed.set()
        elif script.end == "drop":
            ws.close(1011, "injected drop")
            replay.closed.set()
        elif script.end == "hold":
            while True:
                try:
                    ws.recv(timeout=HOLD_LIMIT)
                except TimeoutError:
                    ws.close(1001)
                    return
        elif script.end == "echo":
            while True:
                text = ws.recv(timeout=HOLD_LIMIT)
                assert isinstance(text, str)
                replay.received.append(text)
                data, eot, _ = text.partition("\u0004")
                if data:
                    ws.send(json.dumps({"type": "exec", "output": data.upper(), "streamType": "stdout"}))
                if eot:
                    ws.send(json.dumps({"type": "exec", "output": "EOF", "streamType": "stdout"}))
                    ws.close(1000)
                    return
    except (ConnectionClosed, TimeoutError):
        return


@pytest.fixture
def replay_server() -> Iterator[Replay]:
    """A threaded websockets server on 127.0.0.1:0; set ``.scripts`` before connecting."""
    replay = Replay(url="", scripts=[Script()])

    def process_request(connection: ServerConnection, request: Request) -> Response | None:
        replay.requests.append((request.path, request.headers))
        script = replay.next_script()
        connection.script = script  # type: ignore[attr-defined]
        if request.headers.get("Authorization") != AUTH:
            return connection.respond(HTTPStatus.UNAUTHORIZED, '{"error": "Unauthorized"}\n')
        if script.status is not None:
            body = json.dumps({"error": str(request.headers)}) if script.echo else '{"error": "Injected"}'
            response = connection.respond(HTTPStatus(script.status), body + "\n")
            for name, value in script.headers.items():
                response.headers[name] = value
            if script.echo:
                response.headers["X-Echo"] = request.headers["Authorization"]
            return response
        return None

    server: Server = serve(lambda ws: _handler(replay, ws), "127.0.0.1", 0, process_request=process_request)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    replay.url = f"ws://127.0.0.1:{server.socket.getsockname()[1]}"
    try:
        yield replay
    finally:
        server.shutdown()
        thread.join(timeout=5)


def accept_websocket(conn: socket.socket) -> None:
    """Read a websocket handshake request on a raw socket and accept it (RFC 6455, 4.2.2)."""
    request = read_request(conn)
    key = ""
    for line in request.decode("latin-1").split("\r\n"):
        if line.lower().startswith("sec-websocket-key:"):
            key = line.split(":", 1)[1].strip()
    accept = base64.b64encode(hashlib.sha1((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest()).decode()
    conn.sendall(
        (
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Accept: {accept}\r\n\r\n"
        ).encode()
    )


@dataclass
class DeadPeer:
    """A server that completes the handshake, sends one frame, then never answers again."""

    url: str
    connections: int = 0


@pytest.fixture
def dead_peer_server() -> Iterator[DeadPeer]:
    """Raw-socket websocket server whose peer goes silent (no pongs) after one frame."""
    peer = DeadPeer(url="")
    frame = transcript("events")[1].encode()

    def handshake_then_silence(conn: socket.socket, index: int) -> None:
        accept_websocket(conn)
        size = len(frame)
        header = bytes([0x81, 126]) + size.to_bytes(2, "big") if size > 125 else bytes([0x81, size])
        conn.sendall(header + frame)
        peer.connections += 1  # the connection is never read again: pings go unanswered

    with tcp_server(handshake_then_silence) as port:
        peer.url = f"ws://127.0.0.1:{port}"
        yield peer


@dataclass
class Unanswered:
    """A server that reads each handshake request and never answers it (nor closes)."""

    url: str
    asked: threading.Event = field(default_factory=threading.Event)  # set once a request was read


@pytest.fixture
def unanswered_server() -> Iterator[Unanswered]:
    """Raw-socket server on 127.0.0.1 whose handshakes stay unanswered: the client waits ``open_timeout``."""
    unanswered = Unanswered(url="")

    def read_and_never_answer(conn: socket.socket, index: int) -> None:
        read_request(conn)
        unanswered.asked.set()

    with tcp_server(read_and_never_answer) as port:
        unanswered.url = f"ws://127.0.0.1:{port}"
        yield unanswered


@dataclass
class Stalled:
    """A server that accepts the websocket, reads the start of what the client sends, then stops reading."""

    url: str
    reading_stopped: threading.Event = field(default_factory=threading.Event)  # set once it stopped


@pytest.fixture
def stalled_server() -> Iterator[Stalled]:
    """Raw-socket server whose peer stops reading: a large send blocks once the socket buffers are full."""
    stalled = Stalled(url="")

    def accept_then_stop_reading(conn: socket.socket, index: int) -> None:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
        accept_websocket(conn)
        conn.recv(1024)  # the client started sending; nothing more is read
        stalled.reading_stopped.set()

    with tcp_server(accept_then_stop_reading) as port:
        stalled.url = f"ws://127.0.0.1:{port}"
        yield stalled


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (websockets' asyncio client needs it)."""
    return "asyncio"


@pytest.fixture(scope="module")
def emulator() -> Iterator[Any]:
    """The Docker Cloud emulator on 127.0.0.1 (one per test module)."""
    run_emulator = pytest.importorskip("dockercloud_emulator").run_emulator
    with run_emulator() as emu:
        yield emu


@pytest.fixture
def cloud(emulator: Any) -> Iterator[Any]:
    """The emulator reset to its seeded state, without faults, with a deployed node cluster."""
    from .emulator_helpers import Cloud

    emulator.reset()
    emulator.clear_faults()
    cloud = Cloud(emulator)
    cloud.deploy_cluster()
    try:
        yield cloud
    finally:
        cloud.http.close()


#: Reconnection and socket settings of the replay tests: short, so that a failing case fails fast.
FAST = ReconnectPolicy(attempts=4, initial_delay=0.01, max_delay=0.05)
OPTIONS = StreamOptions(ping_interval=1.0, ping_timeout=1.0, open_timeout=3.0, close_timeout=1.0, proxy=None)


def streams(
    replay: Replay | DeadPeer | Unanswered | Stalled, authorization: str = AUTH, namespace: str | None = None
) -> StreamSettings:
    """Stream settings pointing at a replay server (or a dead peer), with the tests' short timeouts."""
    return StreamSettings(
        url_base=replay.url,
        authorization=authorization,
        namespace=namespace,
        user_agent=UA,
        options=OPTIONS,
        handshake_retry=FAST,
    )
