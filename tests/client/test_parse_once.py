"""Issue 13 item 2: each response body is decoded from JSON exactly once (a regression test, not a timing).

List pages used to be decoded twice (the page, then ``meta.next``), 202 answers too (the object, then
its ``resource_uri``); here every ``orjson.loads`` and ``json.loads`` call is counted against the responses
that carry a body.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import orjson
import pytest

from dockercloud_client import AsyncClient, Client

HOST = "http://127.0.0.1:9"
U = "fee900c6-97da-46b3-a21c-e2b50ed07015"
ACTION = "/api/audit/v1/action/6246c558-976c-4df6-ba60-eb1a344a17af/"


def service(index: int, state: str = "Running") -> dict[str, Any]:
    return {"uuid": f"{U[:-4]}{index:04d}", "name": f"web-{index}", "state": state,
            "resource_uri": f"/api/app/v1/service/{U[:-4]}{index:04d}/"}  # fmt: skip


class Server:
    """Three list pages of two services; a 202 start; the action and the service after it."""

    def __init__(self) -> None:
        self.bodies = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        response = self.answer(request)
        self.bodies += bool(response.content)
        return response

    def answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/api/app/v1/service/" and request.method == "GET":
            offset = int(request.url.params.get("offset", "0"))
            following = f"/api/app/v1/service/?limit=2&offset={offset + 2}" if offset < 4 else None
            meta = {"limit": 2, "offset": offset, "total_count": 6, "next": following, "previous": None}
            return httpx.Response(200, json={"meta": meta, "objects": [service(offset), service(offset + 1)]})
        if path.endswith("/start/"):
            return httpx.Response(202, json=service(0, "Starting"), headers={"X-DockerCloud-Action-URI": ACTION})
        if path == ACTION:
            return httpx.Response(200, json={"uuid": ACTION.split("/")[-2], "state": "Success", "resource_uri": ACTION})
        return httpx.Response(200, json=service(0))


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Callable[[], int]:
    calls = 0

    def counting(real: Callable[..., Any]) -> Callable[..., Any]:
        def loads(*args: Any, **kwargs: Any) -> Any:
            nonlocal calls
            calls += 1
            return real(*args, **kwargs)

        return loads

    # Bodies are parsed with orjson (dockercloud_api._decoding.parse_json); a json.loads anywhere counts too.
    monkeypatch.setattr(orjson, "loads", counting(orjson.loads))
    monkeypatch.setattr(json, "loads", counting(json.loads))
    return lambda: calls


def client(server: Server) -> Client:
    return Client(rest_host=HOST, auth="Basic eDp5", environ={}, transport=httpx.MockTransport(server))


def test_a_list_of_three_pages_decodes_three_bodies(counted: Callable[[], int]) -> None:
    server = Server()
    with client(server) as c:
        assert len(list(c.services.list(limit=2))) == 6
    assert server.bodies == 3
    assert counted() == 3


def test_an_action_answer_and_everything_after_it_decode_once_each(counted: Callable[[], int]) -> None:
    server = Server()
    with client(server) as c:
        started = c.services.start(U)
        assert counted() == server.bodies == 1
        assert started.wait().state == "Running"  # polls the action, then gets the service again
    assert server.bodies == 3
    assert counted() == 3


def test_a_get_and_a_raw_parse_decode_once_each(counted: Callable[[], int]) -> None:
    server = Server()
    with client(server) as c:
        c.services.get(U)
        raw = c.with_raw_response.services.get(U)
        assert counted() == 1  # a raw response is decoded only when parsed
        raw.parse()
    assert counted() == server.bodies == 2


def test_reading_every_listed_object_decodes_each_page_once(counted: Callable[[], int]) -> None:
    # Default settings (large pages, objects filled on first access): filling them parses nothing again.
    server = Server()
    with client(server) as c:
        services = list(c.services.list())
        assert [service.to_dict()["name"] for service in services] == [f"web-{index}" for index in range(6)]
    assert server.bodies == 3
    assert counted() == 3


@pytest.mark.anyio
async def test_async_client_decodes_each_body_once(counted: Callable[[], int]) -> None:
    server = Server()
    async with AsyncClient(rest_host=HOST, auth="Basic eDp5", environ={}, transport=httpx.MockTransport(server)) as c:
        names = [service.name async for service in c.services.list()]
        assert names == [f"web-{index}" for index in range(6)]
        await c.services.get(U)
        started = await c.services.start(U)
        assert (await started.wait()).state == "Running"
    assert server.bodies == 3 + 1 + 3
    assert counted() == server.bodies
