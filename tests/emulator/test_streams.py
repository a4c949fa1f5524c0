"""Stream API: events, logs and exec websockets."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from dockercloud_emulator import EmulatorHandle

from .conftest import deploy_cluster

pytestmark = pytest.mark.timeout(60)


async def _recv_json(ws: Any, timeout: float = 5.0) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(await asyncio.wait_for(ws.recv(), timeout))
    return data


async def _collect_until_closed(ws: Any, limit: int = 2000, timeout: float = 5.0) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for _ in range(limit):
        try:
            out.append(await _recv_json(ws, timeout))
        except ConnectionClosed:
            return out
    raise AssertionError("stream did not close")


def _running_service(client: httpx.Client, containers: int = 2) -> dict[str, Any]:
    deploy_cluster(client, nodes=2)
    svc: dict[str, Any] = client.post(
        "/api/app/v1/service/",
        json={
            "image": "tutum/hello-world",
            "name": "web",
            "target_num_containers": containers,
            "container_envvars": [{"key": "GREETING", "value": "hi"}],
        },
    ).json()
    client.post(f"/api/app/v1/service/{svc['uuid']}/start/")
    return svc


def test_websocket_auth_rejected_before_accept(emu: EmulatorHandle) -> None:
    async def main() -> None:
        with pytest.raises(InvalidStatus) as info:
            async with connect(f"{emu.stream_url}/api/audit/v1/events/", open_timeout=5):
                pass
        assert info.value.response.status_code == 401
        assert "error" in json.loads(info.value.response.body or b"{}")
        with pytest.raises(InvalidStatus) as info2:
            async with connect(
                f"{emu.stream_url}/api/audit/v1/other-org/events/",
                open_timeout=5,
                additional_headers={"Authorization": emu.auth_header},
            ):
                pass
        assert info2.value.response.status_code == 404

    asyncio.run(main())


def test_events_with_filters(emu: EmulatorHandle, client: httpx.Client) -> None:
    async def main() -> None:
        headers = {"Authorization": emu.auth_header}
        async with (
            connect(
                f"{emu.stream_url}/api/audit/v1/events/?type=service,stack", additional_headers=headers, open_timeout=5
            ) as svc_ws,
            connect(
                f"{emu.stream_url}/api/audit/v1/demo/events/?type=container", additional_headers=headers, open_timeout=5
            ) as cont_ws,
            # every event reaches this one and the test reads only the first: a larger receive queue keeps
            # the unread ones from holding back the server's close frame (which costs close_timeout)
            connect(
                f"{emu.stream_url}/api/audit/v1/events", additional_headers=headers, open_timeout=5, max_queue=1024
            ) as all_ws,
        ):
            svc = await asyncio.to_thread(_running_service, client, 1)
            events = [await _recv_json(svc_ws) for _ in range(3)]
            assert [(e["type"], e["action"], e["state"]) for e in events] == [
                ("service", "create", "Not running"),
                ("service", "update", "Starting"),
                ("service", "update", "Running"),
            ]
            assert events[0]["resource_uri"] == svc["resource_uri"]
            assert events[0]["datetime"].endswith("Z") and "T" in events[0]["datetime"]
            container_event = await _recv_json(cont_ws)
            assert container_event["type"] == "container" and svc["resource_uri"] in container_event["parents"]
            first = await _recv_json(all_ws)
            assert first["type"] == "nodecluster" and first["action"] == "create"
            parent_url = f"{emu.stream_url}/api/audit/v1/events/?parents={svc['resource_uri']}"
            async with connect(parent_url, additional_headers=headers, open_timeout=5) as parent_ws:
                await asyncio.to_thread(client.post, f"/api/app/v1/service/{svc['uuid']}/stop/")
                child = await _recv_json(parent_ws)
                assert svc["resource_uri"] in child["parents"]
                assert child["type"] in ("container", "action")

    asyncio.run(main())


def test_container_and_service_logs(emu: EmulatorHandle, client: httpx.Client) -> None:
    svc = _running_service(client)
    container = client.get("/api/app/v1/container/", params={"service": svc["resource_uri"]}).json()["objects"][0]

    async def main() -> None:
        headers = {"Authorization": emu.auth_header}
        url = f"{emu.stream_url}/api/app/v1/container/{container['uuid']}/logs/?follow=false"
        async with connect(url, additional_headers=headers, open_timeout=5) as ws:
            lines = await _collect_until_closed(ws)
            assert ws.close_code == 1000
        assert lines and all(line["type"] == "log" and line["streamType"] == "stdout" for line in lines)
        assert "source" not in lines[0] and isinstance(lines[0]["timestamp"], int)
        assert any("is ready" in line["log"] for line in lines)
        async with connect(url + "&tail=2", additional_headers=headers, open_timeout=5) as ws:
            assert len(await _collect_until_closed(ws)) == 2
        svc_url = f"{emu.stream_url}/api/app/v1/demo/service/{svc['uuid']}/logs/?follow=false"
        async with connect(svc_url, additional_headers=headers, open_timeout=5) as ws:
            merged = await _collect_until_closed(ws)
        assert {m["source"] for m in merged} == {"web-1", "web-2"}
        # follow: new lines arrive as the container produces them
        async with connect(
            f"{emu.stream_url}/api/app/v1/container/{container['uuid']}/logs/?tail=0",
            additional_headers=headers,
            open_timeout=5,
        ) as ws:
            await asyncio.to_thread(client.post, f"/api/app/v1/container/{container['uuid']}/stop/")
            line = await _recv_json(ws)
            assert "SIGTERM" in line["log"]

    asyncio.run(main())


def test_action_logs(emu: EmulatorHandle, client: httpx.Client) -> None:
    svc = client.post("/api/app/v1/service/", json={"image": "tutum/hello-world"}).json()
    action_uri = client.post(f"/api/app/v1/service/{svc['uuid']}/start/").headers["X-DockerCloud-Action-URI"]

    async def main() -> None:
        url = f"{emu.stream_url}{action_uri}logs/"
        async with connect(url, additional_headers={"Authorization": emu.auth_header}, open_timeout=5) as ws:
            lines = await _collect_until_closed(ws)
        # the reason comes last, where clients look for it (ActionFailedError.reason)
        assert lines[-2]["log"].strip().endswith("finished: Failed")
        assert lines[-1]["log"].startswith("Error: There are no deployed nodes")
        action = client.get(action_uri).json()
        assert action["logs"] == "".join(line["log"] for line in lines)  # the action's JSON carries them too

    asyncio.run(main())


def test_exec(emu: EmulatorHandle, client: httpx.Client) -> None:
    svc = _running_service(client, 1)
    container = client.get("/api/app/v1/container/", params={"service": svc["resource_uri"]}).json()["objects"][0]
    base = f"{emu.stream_url}/api/app/v1/container/{container['uuid']}/exec/"
    headers = {"Authorization": emu.auth_header}

    async def run(command: str, stdin: list[str] | None = None) -> tuple[list[dict[str, Any]], int | None]:
        async with connect(f"{base}?command={command}", additional_headers=headers, open_timeout=5) as ws:
            for text in stdin or []:
                await ws.send(text)
            frames = await _collect_until_closed(ws)
            return frames, ws.close_code

    async def main() -> None:
        frames, code = await run("echo+hello+world")
        assert (
            frames
            == [
                {"type": "exec", "output": "hello world\n", "streamType": "stdout"},
                {"type": "exec", "output": "EOF", "streamType": "stdout"},
            ]
            and code == 1000
        )
        frames, _ = await run("hostname")
        assert frames[0]["output"] == "web-1\n"
        frames, _ = await run("env")
        assert "GREETING=hi" in frames[0]["output"]
        frames, _ = await run("cat+/etc/hostname")
        assert frames[0]["output"] == "web-1\n"
        frames, _ = await run("ls+/etc")
        assert "hosts" in frames[0]["output"]
        frames, _ = await run("rm+-rf+/")
        assert frames[0]["streamType"] == "stderr" and frames[-1]["output"] == "EOF"
        frames, _ = await run("sh", ["echo one\n", "hostname\nech", "o two\n", "\u0004"])
        outputs = [f["output"] for f in frames]
        assert outputs == ["one\n", "web-1\n", "two\n", "EOF"]

    asyncio.run(main())
