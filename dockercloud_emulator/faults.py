"""Fault injection for client reliability tests.

Rules are added with ``POST /_emulator/faults`` (or :meth:`EmulatorHandle.inject_fault`), which,
like every ``/_emulator/`` endpoint, needs the admin token (:mod:`dockercloud_emulator.admin`)::

    {"path": "<path prefix or glob>", "method": "GET" (optional),
     "count": N (how many matching requests are hit, 1-10000, default 1),
     "kind": "status" | "slow" | "truncate" | "malformed" | "drop_websocket",
     "status": 503 (kind status, default 503), "retry_after": seconds (adds Retry-After, at most 86400),
     "delay": seconds (kind slow, at most 60), "after_messages": n (kind drop_websocket, default 0)}

``path`` is matched against the request path (without the query string): a glob when it contains
``*`` (any run of characters, ``/`` included) or ``?`` (one character), which must then match the
whole path (``*/provider/``, ``/api/app/v1/service/*/start/``); otherwise a plain prefix
(``/api/audit/v1/events/``). Default ``*``. Matching is linear in the path: no pattern can stall
the server (regular expressions could).

* ``status``: answer ``status`` with ``{"error": ...}`` (websocket: refuse the handshake with it).
* ``slow``: wait ``delay`` seconds, then answer normally.
* ``truncate``: send the normal status and ``Content-Length`` but only half of the body, then
  drop the connection.
* ``malformed``: answer 200 with a body that is not valid JSON.
* ``drop_websocket``: let ``after_messages`` messages through, then close the websocket with
  code 1011.

``DELETE /_emulator/faults`` removes every rule; at most :data:`MAX_RULES` are active at once.
Admin paths (``/_emulator/...``) are never hit.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ApiError

KINDS = ("status", "slow", "truncate", "malformed", "drop_websocket")
METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
#: Bounds of a rule: one rule can delay or fail only so much.
MAX_RULES = 100
MAX_PATTERN = 256
MAX_COUNT = 10_000
MAX_DELAY = 60.0
MAX_RETRY_AFTER = 86400.0
MAX_AFTER_MESSAGES = 10000


class PathPattern:
    """A path prefix, or a glob with ``*`` and ``?`` that must match the whole path."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.is_glob = "*" in text or "?" in text
        # a glob is literal chunks between stars; "?" inside a chunk is any one character. Each chunk is
        # a regular expression of fixed length (no repetition), so a search costs at most path x chunk.
        self._chunks = [
            re.compile("".join("." if char == "?" else re.escape(char) for char in chunk), re.DOTALL)
            for chunk in text.split("*")
        ]
        self._lengths = [len(chunk) for chunk in text.split("*")]

    def matches(self, path: str) -> bool:
        """Whether ``path`` matches (prefix, or the whole path for a glob)."""
        if not self.is_glob:
            return path.startswith(self.text)
        chunks, lengths = self._chunks, self._lengths
        if len(chunks) == 1:
            return chunks[0].fullmatch(path) is not None
        if chunks[0].match(path) is None:
            return False
        position, end = lengths[0], len(path) - lengths[-1]
        if end < position:
            return False
        for chunk, length in zip(chunks[1:-1], lengths[1:-1], strict=True):
            # the leftmost place is always the best: a "*" can absorb whatever lies before a later one
            found = chunk.search(path, position, end)
            if found is None:
                return False
            position = found.start() + length
        return chunks[-1].fullmatch(path, end) is not None


@dataclass
class FaultRule:
    """One injected fault and how many more requests it hits."""

    path: PathPattern
    kind: str
    count: int = 1
    method: str | None = None
    status: int = 503
    retry_after: float | None = None
    delay: float = 1.0
    after_messages: int = 0

    def describe(self) -> dict[str, Any]:
        """JSON view of the rule."""
        return {
            "path": self.path.text,
            "kind": self.kind,
            "count": self.count,
            "method": self.method,
            "status": self.status,
            "retry_after": self.retry_after,
            "delay": self.delay,
            "after_messages": self.after_messages,
        }


def parse_rule(body: Any) -> FaultRule:
    """Validate a fault description (400 with a helpful message otherwise)."""
    if not isinstance(body, dict):
        raise ApiError(400, "Invalid body: expected a JSON object describing the fault.")
    kind = body.get("kind")
    if kind not in KINDS:
        raise ApiError(400, f"Invalid value for 'kind': {kind!r} is not one of {', '.join(KINDS)}.")
    path = body.get("path", "*")
    if not isinstance(path, str) or not 0 < len(path) <= MAX_PATTERN:
        raise ApiError(
            400, f"Invalid value for 'path': expected a path prefix or glob of 1 to {MAX_PATTERN} characters."
        )
    method = body.get("method")
    if method is not None and (not isinstance(method, str) or method.upper() not in METHODS):
        raise ApiError(400, f"Invalid value for 'method': expected one of {', '.join(METHODS)}.")

    def number(name: str, default: float, minimum: float, maximum: float, integer: bool = False) -> Any:
        value = body.get(name, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (integer and not isinstance(value, int)):
            raise ApiError(400, f"Invalid value for '{name}': expected a number.")
        if not minimum <= value <= maximum:
            raise ApiError(400, f"Invalid value for '{name}': must be between {minimum:g} and {maximum:g}.")
        return value

    return FaultRule(
        PathPattern(path),
        kind,
        count=number("count", 1, 1, MAX_COUNT, integer=True),
        method=method.upper() if method else None,
        status=number("status", 503, 100, 599, integer=True),
        retry_after=number("retry_after", 0, 0, MAX_RETRY_AFTER) if body.get("retry_after") is not None else None,
        delay=number("delay", 1.0, 0, MAX_DELAY),
        after_messages=number("after_messages", 0, 0, MAX_AFTER_MESSAGES, integer=True),
    )


class _DropWebsocket(Exception):
    pass


class FaultInjector:
    """The active rules and the ASGI middleware that applies them."""

    def __init__(self) -> None:
        self.rules: list[FaultRule] = []

    def add(self, rule: FaultRule) -> None:
        """Activate a rule (400 when :data:`MAX_RULES` are active)."""
        if len(self.rules) >= MAX_RULES:
            raise ApiError(400, f"Too many fault rules: at most {MAX_RULES} are active at once (DELETE clears them).")
        self.rules.append(rule)

    def clear(self) -> None:
        """Remove every rule."""
        self.rules.clear()

    def take(self, method: str, path: str, websocket: bool) -> FaultRule | None:
        """The first rule matching this request (its count is consumed)."""
        if path.startswith("/_emulator"):
            return None
        for rule in self.rules:
            if rule.method and rule.method != method:
                continue
            if rule.kind == "drop_websocket" and not websocket:
                continue
            if not rule.path.matches(path):
                continue
            rule.count -= 1
            if rule.count <= 0:
                self.rules.remove(rule)
            return rule
        return None

    def middleware(self, app: ASGIApp) -> ASGIApp:
        """Wrap ``app`` so that matching requests get their fault."""

        async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] not in ("http", "websocket"):
                await app(scope, receive, send)
                return
            websocket = scope["type"] == "websocket"
            rule = self.take("GET" if websocket else scope["method"], scope["path"], websocket)
            if rule is None:
                await app(scope, receive, send)
            elif websocket:
                await _websocket_fault(app, rule, scope, receive, send)
            else:
                await _http_fault(app, rule, scope, receive, send)

        return wrapped


def _error_body(rule: FaultRule) -> bytes:
    return json.dumps({"error": f"Injected fault: status {rule.status}"}).encode()


async def _http_fault(app: ASGIApp, rule: FaultRule, scope: Scope, receive: Receive, send: Send) -> None:
    if rule.kind == "slow":
        await asyncio.sleep(rule.delay)
        await app(scope, receive, send)
        return
    if rule.kind == "status":
        body = _error_body(rule)
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        if rule.retry_after is not None:
            headers.append(
                (
                    b"retry-after",
                    str(int(rule.retry_after) if float(rule.retry_after).is_integer() else rule.retry_after).encode(),
                )
            )
        await send({"type": "http.response.start", "status": rule.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
        return
    # truncate / malformed: run the request, then tamper with the answer
    start: Message = {}
    chunks: list[bytes] = []

    async def capture(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, capture)
    body = b"".join(chunks)
    if rule.kind == "malformed":
        bad = b'{"error": "malformed' if not body else body[: max(1, len(body) // 2)] + b"\x00<<<not json"
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(bad)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": bad})
        return
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
    headers.append((b"content-length", str(max(len(body), 2)).encode()))
    await send({"type": "http.response.start", "status": start.get("status", 200), "headers": headers})
    await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
    raise ConnectionAbortedError("injected fault: truncated response")


async def _websocket_fault(app: ASGIApp, rule: FaultRule, scope: Scope, receive: Receive, send: Send) -> None:
    if rule.kind == "slow":
        await asyncio.sleep(rule.delay)
        await app(scope, receive, send)
        return
    if rule.kind == "status":
        await receive()  # websocket.connect
        body = _error_body(rule)
        if "websocket.http.response" in scope.get("extensions", {}):
            await send(
                {
                    "type": "websocket.http.response.start",
                    "status": rule.status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
                }
            )
            await send({"type": "websocket.http.response.body", "body": body})
        else:
            await send({"type": "websocket.close", "code": 1008})
        return
    sent = 0
    closed = False

    async def counting(message: Message) -> None:
        nonlocal sent, closed
        if message["type"] == "websocket.send":
            if sent >= rule.after_messages:
                if not closed:
                    closed = True
                    await send({"type": "websocket.close", "code": 1011, "reason": "injected fault"})
                raise _DropWebsocket()
            sent += 1
        await send(message)

    try:
        await app(scope, receive, counting)
    except _DropWebsocket:
        return
