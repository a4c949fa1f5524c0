"""The emulator's routes come from the spec's operation and stream tables; handlers are registered by operationId.

An operation added to the spec is routed at once and answers a JSON 501 until a handler is
registered for it: proven here on a copy of the spec with a made-up operation, run through the
same function that writes the generated operation table.
"""

from __future__ import annotations

import asyncio
import importlib.util
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from starlette.responses import Response
from starlette.routing import WebSocketRoute

from dockercloud_api.operations import STREAMS, OperationInfo
from dockercloud_client.streams.urls import events_url, logs_url
from dockercloud_emulator import create_app, streams
from dockercloud_emulator.app import build_routes
from dockercloud_emulator.auth import DEFAULT_APIKEY, DEFAULT_USER
from dockercloud_emulator.http import Ctx, ok
from dockercloud_emulator.routing import HANDLERS, SERVED_OPERATIONS, operation
from tests.spec_conformance import spec_copy

ROOT = Path(__file__).resolve().parents[2]
WIDGETS = "/api/app/v1/widget/{uuid}/polish/"


@cache
def spec_operations(extra: bool) -> list[OperationInfo]:
    """The operation table of spec/openapi.yaml, built as ``make generate`` builds it (``extra``: plus a fake)."""
    loader = importlib.util.spec_from_file_location("regen", ROOT / "generator" / "regen.py")
    assert loader is not None and loader.loader is not None
    regen = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(regen)
    spec = spec_copy()
    if extra:
        spec["paths"][WIDGETS] = {
            "parameters": [{"name": "uuid", "in": "path", "required": True, "schema": {"type": "string"}}],
            "post": {
                "operationId": "widgets_polish",
                "tags": ["widgets"],
                "summary": "Polish a widget (not a Docker Cloud operation: a test's).",
                "x-dockercloud-namespaced": True,
                "responses": {"202": {"description": "Polishing."}},
            },
        }
    return [OperationInfo(**row) for row in regen.operation_table(spec)]


def request(operations: list[OperationInfo], method: str, path: str, *, auth: bool = True) -> httpx.Response:
    """One request to a fresh in-process emulator serving ``operations``."""

    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(operations=operations))
        credentials = (DEFAULT_USER, DEFAULT_APIKEY) if auth else None
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", auth=credentials) as client:
            return await client.request(method, path)

    return asyncio.run(send())


def test_every_operation_of_the_spec_has_exactly_one_handler() -> None:
    spec_ids = {info.operation_id for info in spec_operations(False)}
    assert set(SERVED_OPERATIONS) == spec_ids  # the generated table is the spec's (all of it)
    assert set(HANDLERS) == spec_ids  # none missing (501) and none left over


def test_an_operation_without_a_handler_answers_501_json() -> None:
    operations = spec_operations(True)
    assert "widgets_polish" in {info.operation_id for info in operations}
    for path in ("/api/app/v1/widget/w1/polish/", f"/api/app/v1/{DEFAULT_USER}/widget/w1/polish/"):
        answer = request(operations, "POST", path)
        assert answer.status_code == 501
        assert answer.json() == {
            "error": f"Not implemented: the emulator has no handler for operation 'widgets_polish' (POST {WIDGETS})."
        }
    # the rest of the route's behaviour comes from the table as for any operation
    assert request(operations, "POST", "/api/app/v1/widget/w1/polish/", auth=False).status_code == 401
    not_allowed = request(operations, "GET", "/api/app/v1/widget/w1/polish/")
    assert not_allowed.status_code == 405 and not_allowed.headers["allow"] == "POST"
    # and the operations that have handlers still work beside it
    assert request(operations, "GET", "/api/app/v1/service/").json()["meta"]["total_count"] == 0


def test_a_registered_handler_serves_the_new_operation() -> None:
    # CONTRIBUTING's emulator step: a function decorated with @operation("<operationId>") answers it
    async def widgets_polish(ctx: Ctx) -> Response:
        return ok({"polished": ctx.param("uuid"), "namespace": ctx.ns.name}, 202)

    operation("widgets_polish")(widgets_polish)
    try:
        answer = request(spec_operations(True), "POST", f"/api/app/v1/{DEFAULT_USER}/widget/w1/polish/")
    finally:
        del HANDLERS["widgets_polish"]
    assert answer.status_code == 202
    assert answer.json() == {"polished": "w1", "namespace": DEFAULT_USER}


@pytest.mark.parametrize("operation_id", ["services_list", "triggers_call_with_count", "nodes_deploy"])
def test_routes_follow_the_table(operation_id: str) -> None:
    # without an operation in the table there is no route: a request is an unknown path
    operations = [info for info in spec_operations(False) if info.operation_id != operation_id]
    info = SERVED_OPERATIONS[operation_id]
    path = info.path.format(uuid="u1", trigger_uuid="t1", count=2)
    answer = request(operations, info.method, path)
    assert answer.status_code in (404, 405)
    assert request(spec_operations(False), info.method, path).status_code not in (405, 501)


def test_stream_routes_come_from_the_stream_table() -> None:
    # one handler per channel of spec/streams.yaml, routed at its path and legacy aliases
    assert set(streams.HANDLERS) == set(STREAMS)
    routed = {route.path for route in build_routes(SERVED_OPERATIONS.values()) if isinstance(route, WebSocketRoute)}
    for channel in STREAMS.values():
        assert channel.path in routed
        assert set(channel.legacy_paths) <= routed
    # the client builds its stream URLs from the same table
    events = urlsplit(events_url("ws://127.0.0.1:1", None)).path
    assert events == STREAMS["events_listen"].path
    action_logs = urlsplit(logs_url("ws://127.0.0.1:1", "action", "a1", "org")).path
    assert action_logs == STREAMS["actions_logs"].path.format(uuid="a1")  # not namespaced
