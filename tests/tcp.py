"""A threaded TCP server on 127.0.0.1 for tests that need byte-level control of a peer."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress


@contextmanager
def tcp_server(handle: Callable[[socket.socket, int], None]) -> Iterator[int]:
    """Serve connections with ``handle(connection, index)`` on an ephemeral port; yield the port.

    Connections are handled one after the other on one thread; the handler owns its connection
    (it may keep it open: every connection still open is closed on exit). Bounded: the accept loop
    wakes every 0.1 s to see whether to stop, and the thread is joined for at most 5 s.
    """
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    stop = threading.Event()
    opened: list[socket.socket] = []

    def serve() -> None:
        index = 0
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            opened.append(conn)
            conn.settimeout(5.0)
            with suppress(OSError):  # a peer that went away ends that connection only
                handle(conn, index)
            index += 1

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=5)
        for conn in opened:
            conn.close()
        listener.close()


def read_request(conn: socket.socket) -> bytes:
    """The request head (up to the blank line, at most 64 KiB)."""
    data = b""
    while b"\r\n\r\n" not in data and len(data) < 65536:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data
