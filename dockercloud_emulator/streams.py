"""Stream API websocket handlers: events, action/service/container logs and container exec.

Authentication happens before the handshake is accepted: bad credentials are refused with an
HTTP 401 ``{"error": ...}`` answer (websocket denial response). Every handler watches for the
client going away so that shutdown and disconnects are prompt.
"""

from __future__ import annotations

import asyncio
import contextlib
import shlex
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.responses import JSONResponse
from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from .events import OVERFLOW, OVERFLOW_CLOSE_CODE, EventFilter, overflow_reason
from .shell import run_command
from .state import EmulatorState
from .store import FINAL_ACTION_STATES, Namespace, Obj
from .validation import parse_bool, parse_int

EVENT_TYPES = ("stack", "service", "container", "nodecluster", "node", "action", "error")
EOT = "\u0004"


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _emu(websocket: WebSocket) -> EmulatorState:
    emu: EmulatorState = websocket.app.state.emulator
    return emu


async def _refuse(websocket: WebSocket, status: int, message: str) -> None:
    body = JSONResponse({"error": message}, status_code=status)
    if "websocket.http.response" in websocket.scope.get("extensions", {}):
        await websocket.send_denial_response(body)
    else:
        await websocket.close(code=1008, reason=message[:100])


async def refuse_unknown_path(websocket: WebSocket) -> None:
    """Refuse a handshake on a path that has no stream: a JSON 404, like every other refusal."""
    await _refuse(websocket, 404, f"Not found: no stream at {websocket.url.path}.")


def _authenticate(websocket: WebSocket) -> tuple[str, str | None]:
    """The user and the addressed namespace; raises :class:`_Refused`."""
    emu = _emu(websocket)
    user = emu.accounts.authenticate(websocket.headers.get("authorization"))
    if user is None:
        q_user = websocket.query_params.get("user")
        token = websocket.query_params.get("token")
        if q_user and token and emu.accounts.check(q_user, token):
            user = q_user
    if user is None:
        raise _Refused(401, "Unauthorized: missing or wrong credentials (use HTTP Basic with your API key).")
    namespace = websocket.path_params.get("namespace")
    if namespace is not None and namespace not in emu.accounts.namespaces_of(user):
        raise _Refused(404, f"Not found: namespace '{namespace}' does not exist or is not yours.")
    return user, namespace or user


def _query(websocket: WebSocket) -> tuple[int, bool]:
    params = websocket.query_params
    tail = parse_int(params["tail"], "tail", 0) if "tail" in params else 300
    follow = parse_bool(params["follow"], "follow") if "follow" in params else True
    return tail, follow


async def _wait_disconnect(websocket: WebSocket) -> None:
    with contextlib.suppress(WebSocketDisconnect, RuntimeError):
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                return


async def _close(websocket: WebSocket, code: int = 1000, reason: str | None = None) -> None:
    if websocket.application_state == WebSocketState.CONNECTED:
        with contextlib.suppress(RuntimeError, WebSocketDisconnect):
            await websocket.close(code=code, reason=reason)


async def _pump(websocket: WebSocket, queue: asyncio.Queue[dict[str, Any]], strip_source: bool = False) -> None:
    """Forward queued messages until the client leaves or an ``_end`` marker arrives."""
    gone = asyncio.create_task(_wait_disconnect(websocket))
    try:
        while True:
            getter = asyncio.create_task(queue.get())
            done, _ = await asyncio.wait({getter, gone}, return_when=asyncio.FIRST_COMPLETED)
            if gone in done:
                getter.cancel()
                return
            message = getter.result()
            if message.get("type") == "_end":
                await _close(websocket)
                return
            if message is OVERFLOW:
                await _close(websocket, OVERFLOW_CLOSE_CODE, overflow_reason(queue.maxsize - 1))
                return
            await websocket.send_json(_log_view(message, strip_source))
    except (WebSocketDisconnect, RuntimeError, OSError):
        return
    finally:
        gone.cancel()


def _log_view(message: dict[str, Any], strip_source: bool) -> dict[str, Any]:
    if strip_source and "source" in message:
        return {k: v for k, v in message.items() if k != "source"}
    return message


async def _guarded(websocket: WebSocket, body: Any) -> None:
    try:
        await body
    except _Refused as exc:
        await _refuse(websocket, exc.status, exc.message)
    except WebSocketDisconnect:
        return


def _lookup(emu: EmulatorState, namespace: str, collection: str, ident: str, what: str) -> tuple[Namespace, Obj]:
    ns = emu.store.ns(namespace)
    obj = ns[collection].get(ident)
    if obj is None:
        raise _Refused(404, f"Not found: the requested {what} cannot be found.")
    return ns, obj


def _refuse_bad_query(websocket: WebSocket) -> tuple[int, bool]:
    from .errors import ApiError

    try:
        return _query(websocket)
    except ApiError as exc:
        raise _Refused(400, exc.message) from None


async def events_stream(websocket: WebSocket) -> None:
    """S5: ``/api/audit/v1/[ns/]events/`` with ``type``, ``object``, ``parent``/``parents`` filters."""

    async def body() -> None:
        _user, namespace = _authenticate(websocket)
        params = websocket.query_params
        flt = EventFilter.from_query(
            params.getlist("type"), params.getlist("object"), params.getlist("parent") + params.getlist("parents")
        )
        unknown = flt.types - set(EVENT_TYPES)
        if unknown:
            raise _Refused(
                400,
                f"Invalid value for query parameter 'type': {', '.join(sorted(unknown))} "
                f"(allowed: {', '.join(EVENT_TYPES)}).",
            )
        assert namespace is not None
        await _serve_events(websocket, namespace, flt)

    await _guarded(websocket, body())


async def _serve_events(websocket: WebSocket, namespace: str, flt: EventFilter) -> None:
    """Accept, then forward the namespace's events that match ``flt`` until the client leaves."""
    emu = _emu(websocket)
    queue = emu.events.subscribe(namespace, flt)
    try:
        await websocket.accept()
        await _pump(websocket, queue)
    finally:
        emu.events.unsubscribe(queue)


async def node_events(websocket: WebSocket) -> None:
    """``/api/infra/v1/[ns/]node/{uuid}/events/``: undocumented, opened by the Go SDK's ``Node.Events``.

    Inferred: the live message shape is unknown (the Go SDK reads ``type`` and ``log``), so the
    emulator sends the node's own events in the events stream's shape (``type`` is ``node``).
    """

    async def body() -> None:
        emu = _emu(websocket)
        _user, namespace = _authenticate(websocket)
        assert namespace is not None
        _ns, node = _lookup(emu, namespace, "nodes", websocket.path_params["uuid"], "node")
        await _serve_events(websocket, namespace, EventFilter.from_query([], [node["resource_uri"]], []))

    await _guarded(websocket, body())


async def _send_lines(websocket: WebSocket, lines: list[dict[str, Any]], strip_source: bool) -> None:
    for line in lines:
        await websocket.send_json(_log_view(line, strip_source))


async def _log_stream(
    websocket: WebSocket,
    keys: list[str],
    lines: list[dict[str, Any]],
    follow: bool,
    strip_source: bool,
    finished: bool = False,
) -> None:
    emu = _emu(websocket)
    queue = emu.logs.subscribe(keys[0]) if follow and not finished else None
    try:
        await websocket.accept()
        await _send_lines(websocket, lines, strip_source)
        if queue is None:
            await _close(websocket)
            return
        await _pump(websocket, queue, strip_source)
    finally:
        if queue is not None:
            emu.logs.unsubscribe(keys[0], queue)


async def action_logs(websocket: WebSocket) -> None:
    """S1: ``/api/audit/v1/action/{uuid}/logs/`` (closes when the action has ended)."""

    async def body() -> None:
        emu = _emu(websocket)
        user, _ = _authenticate(websocket)
        tail, follow = _refuse_bad_query(websocket)
        action = emu.store.actions.get(websocket.path_params["uuid"])
        if action is None or action["_ns"] not in emu.accounts.namespaces_of(user):
            raise _Refused(404, "Not found: the requested action cannot be found.")
        lines = action["_logs"][-tail:] if tail else []
        finished = action["state"] in FINAL_ACTION_STATES
        await _log_stream(websocket, [action["uuid"]], lines, follow, False, finished)

    await _guarded(websocket, body())


async def service_logs(websocket: WebSocket) -> None:
    """S2: merged logs of every container of a service (with ``source``)."""

    async def body() -> None:
        emu = _emu(websocket)
        _user, namespace = _authenticate(websocket)
        tail, follow = _refuse_bad_query(websocket)
        assert namespace is not None
        ns, svc = _lookup(emu, namespace, "services", websocket.path_params["uuid"], "service")
        merged: list[tuple[int, int, int, dict[str, Any]]] = []
        for ci, cid in enumerate(svc["_containers"]):
            for li, line in enumerate(ns["containers"][cid]["_logs"]):
                merged.append((line["timestamp"], ci, li, line))
        merged.sort(key=lambda item: item[:3])
        lines = [m[3] for m in merged][-tail:] if tail else []
        await _log_stream(websocket, [svc["uuid"]], lines, follow, False)

    await _guarded(websocket, body())


async def container_logs(websocket: WebSocket) -> None:
    """S3: logs of one container."""

    async def body() -> None:
        emu = _emu(websocket)
        _user, namespace = _authenticate(websocket)
        tail, follow = _refuse_bad_query(websocket)
        assert namespace is not None
        _ns, container = _lookup(emu, namespace, "containers", websocket.path_params["uuid"], "container")
        lines = container["_logs"][-tail:] if tail else []
        await _log_stream(websocket, [container["uuid"]], lines, follow, True)

    await _guarded(websocket, body())


async def _send_output(websocket: WebSocket, output: list[tuple[str, str]]) -> None:
    for stream, text in output:
        if text:
            await websocket.send_json({"type": "exec", "output": text, "streamType": stream})


async def container_exec(websocket: WebSocket) -> None:
    """S4: run a command of the fake shell; stdin comes as text frames, ``\\u0004`` ends it."""

    async def body() -> None:
        emu = _emu(websocket)
        _user, namespace = _authenticate(websocket)
        assert namespace is not None
        _ns, container = _lookup(emu, namespace, "containers", websocket.path_params["uuid"], "container")
        command = websocket.query_params.get("command") or "sh"
        await websocket.accept()
        if container["state"] != "Running":
            await _not_running(websocket, container)
            return
        try:
            first = shlex.split(command)[:1]
        except ValueError:
            first = []
        if first in (["sh"], ["bash"], ["/bin/sh"], ["/bin/bash"]):
            await _interactive(websocket, container)
        else:
            output, _ = run_command(command, container)
            await _send_output(websocket, output)
        await websocket.send_json({"type": "exec", "output": "EOF", "streamType": "stdout"})
        await _close(websocket)

    await _guarded(websocket, body())


async def _not_running(websocket: WebSocket, container: Obj) -> None:
    """End an exec session whose container is not (or no longer) running, with the error frame."""
    message = f"Container {container['name']} is not running (state {container['state']})."
    await websocket.send_json({"type": "error", "data": {"errorMessage": message}})
    await _close(websocket)


#: Close code of a line too long to buffer (RFC 6455: "Message Too Big").
TOO_BIG_CLOSE_CODE = 1009


async def _interactive(websocket: WebSocket, container: Obj) -> None:
    # a line waits in ``buffer`` for its newline; frames are bounded one by one (uvicorn's ws_max_size),
    # so the line is bounded here too, or a client that never sends a newline grows it without end
    limit = _emu(websocket).config.limits.max_body_bytes
    buffer = ""
    while True:
        message = await websocket.receive()
        if message["type"] == "websocket.disconnect":
            raise WebSocketDisconnect(message.get("code", 1000))
        text = message.get("text")
        if text is None:
            text = (message.get("bytes") or b"").decode("utf-8", "replace")
        ended = EOT in text
        # one split per frame: splitting off one line at a time copies the rest each time (quadratic; a
        # frame of a million newlines held the event loop for 25 s)
        *lines, buffer = (buffer + text.split(EOT, 1)[0]).split("\n")
        for line in lines:
            if not line or line.isspace():  # nothing to run (and no shlex pass over it)
                continue
            if await _run_line(websocket, container, line):
                return
        if len(buffer) > limit:
            await _close(websocket, TOO_BIG_CLOSE_CODE, f"Input line longer than {limit} characters.")
            raise WebSocketDisconnect(TOO_BIG_CLOSE_CODE)
        if ended:
            if buffer.strip():
                await _run_line(websocket, container, buffer)
            return


async def _run_line(websocket: WebSocket, container: Obj, line: str) -> bool:
    """Run one line of an interactive session and send its output; True when the shell exits.

    A container stopped or terminated since the session began has no shell left: the session ends
    with the error frame of :func:`_not_running`.
    """
    if container["state"] != "Running":
        await _not_running(websocket, container)
        raise WebSocketDisconnect(1000)
    output, leave = run_command(line, container)
    await _send_output(websocket, output)
    return leave


#: The handler of each channel of spec/streams.yaml, by its operationId (the app routes the
#: generated ``STREAMS`` table, legacy paths included, to these).
HANDLERS: dict[str, Callable[[WebSocket], Awaitable[None]]] = {
    "actions_logs": action_logs,
    "services_logs": service_logs,
    "containers_logs": container_logs,
    "containers_exec": container_exec,
    "nodes_events": node_events,
    "events_listen": events_stream,
}
