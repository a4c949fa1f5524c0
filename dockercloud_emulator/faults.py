"""Fault injection for client reliability tests.

Rules are added with ``POST /_emulator/faults`` (or :meth:`EmulatorHandle.inject_fault`)::

    {"path": "<regex searched in the request path>", "method": "GET" (optional),
     "count": N (how many matching requests are hit, default 1),
     "kind": "status" | "slow" | "truncate" | "malformed" | "drop_websocket",
     "status": 503 (kind status, default 503), "retry_after": seconds (adds Retry-After),
     "delay": seconds (kind slow), "after_messages": n (kind drop_websocket, default 0)}

* ``status``: answer ``status`` with ``{"error": ...}`` (websocket: refuse the handshake with it).
* ``slow``: wait ``delay`` seconds, then answer normally.
* ``truncate``: send the normal status and ``Content-Length`` but only half of the body, then
  drop the connection.
* ``malformed``: answer 200 with a body that is not valid JSON.
* ``drop_websocket``: let ``after_messages`` messages through, then close the websocket with
  code 1011.

``DELETE /_emulator/faults`` removes every rule. Admin paths (``/_emulator/...``) are never hit.
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


@dataclass
class FaultRule:
    """One injected fault and how many more requests it hits."""

    path: re.Pattern[str]
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
            "path": self.path.pattern,
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
    path = body.get("path", ".*")
    if not isinstance(path, str):
        raise ApiError(400, "Invalid value for 'path': expected a regular expression string.")
    try:
        pattern = re.compile(path)
    except re.error as exc:
        raise ApiError(400, f"Invalid value for 'path': not a valid regular expression ({exc}).") from None
    method = body.get("method")
    if method is not None and not isinstance(method, str):
        raise ApiError(400, "Invalid value for 'method': expected a string such as GET.")

    def number(name: str, default: float, minimum: float, integer: bool = False) -> Any:
        value = body.get(name, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (integer and not isinstance(value, int)):
            raise ApiError(400, f"Invalid value for '{name}': expected a number.")
        if value < minimum:
            raise ApiError(400, f"Invalid value for '{name}': must be at least {minimum}.")
        return value

    status = number("status", 503, 100, integer=True)
    if status > 599:
        raise ApiError(400, "Invalid value for 'status': must be an HTTP status code.")
    return FaultRule(
        pattern,
        kind,
        count=number("count", 1, 1, integer=True),
        method=method.upper() if method else None,
        status=status,
        retry_after=number("retry_after", 0, 0) if body.get("retry_after") is not None else None,
        delay=number("delay", 1.0, 0),
        after_messages=number("after_messages", 0, 0, integer=True),
    )


class _DropWebsocket(Exception):
    pass


class FaultInjector:
    """The active rules and the ASGI middleware that applies them."""

    def __init__(self) -> None:
        self.rules: list[FaultRule] = []

    def add(self, rule: FaultRule) -> None:
        """Activate a rule."""
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
            if not rule.path.search(path):
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
