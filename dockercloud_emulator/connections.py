"""HTTP connections with a deadline for each request head, and JSON instead of uvicorn's plain-text 400.

uvicorn arms its keep-alive timer only after an answer and drops it at the first byte received, so a
client that opens a connection and sends half a request line or half its headers holds it forever.
Here every connection gets ``head_timeout`` seconds, from when it opens or its previous answer was
sent, to complete the next request head; then it is answered 408 and closed. Waits inside a body are
bounded by :func:`dockercloud_emulator.body.read_body`, idle keep-alive connections by uvicorn.
"""

from __future__ import annotations

import asyncio
import json

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol


def _raw_json_response(status: int, reason: str, message: str) -> bytes:
    body = json.dumps({"error": message}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol plus a request-head deadline; its own 400 answers are JSON."""

    #: seconds to complete a request head (see :class:`dockercloud_emulator.limits.Limits`)
    head_timeout: float = 10.0
    _head_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Start the deadline of the first request head."""
        super().connection_made(transport)
        self._arm_head_deadline()

    def connection_lost(self, exc: Exception | None) -> None:
        """Forget the deadline."""
        self._disarm_head_deadline()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        """Feed h11; once a whole head has arrived (or the connection became a websocket) the deadline ends."""
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE or self.transport.get_protocol() is not self:
            self._disarm_head_deadline()

    def on_response_complete(self) -> None:
        """The next request head gets a fresh deadline."""
        super().on_response_complete()
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self._arm_head_deadline()

    def send_400_response(self, msg: str) -> None:
        """An unparsable or oversized request head: a JSON 400, then close."""
        self._disarm_head_deadline()
        if not self.transport.is_closing():
            self.transport.write(_raw_json_response(400, "Bad Request", f"Bad Request: {msg}"))
            self.transport.close()

    def _arm_head_deadline(self) -> None:
        self._disarm_head_deadline()
        self._head_deadline = self.loop.call_later(self.head_timeout, self._head_timed_out)

    def _disarm_head_deadline(self) -> None:
        if self._head_deadline is not None:
            self._head_deadline.cancel()
            self._head_deadline = None

    def _head_timed_out(self) -> None:
        self._head_deadline = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        message = f"Request Timeout: no complete request head within {self.head_timeout:g} s."
        self.transport.write(_raw_json_response(408, "Request Timeout", message))
        self.transport.close()


def guarded_protocol(head_timeout: float) -> type[GuardedH11Protocol]:
    """A :class:`GuardedH11Protocol` class with its own ``head_timeout`` (uvicorn takes a class)."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {"head_timeout": head_timeout})
