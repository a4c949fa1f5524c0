"""Fault injection, reset, the CLI and the loopback guard."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from dockercloud_emulator import EmulatorHandle, run_emulator
from dockercloud_emulator.server import NonLoopbackRefused

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(60)


def test_status_fault_with_retry_after(emu: EmulatorHandle) -> None:
    emu.inject_fault(path="*/provider/", kind="status", status=429, retry_after=2, count=2, method="GET")
    with httpx.Client(base_url=emu.rest_url, headers={"Authorization": emu.auth_header}) as c:
        for _ in range(2):
            r = c.get("/api/infra/v1/provider/")
            assert r.status_code == 429 and r.headers["Retry-After"] == "2" and "error" in r.json()
        assert c.get("/api/infra/v1/provider/").status_code == 200


def test_slow_malformed_truncate_faults(emu: EmulatorHandle) -> None:
    with httpx.Client(base_url=emu.rest_url, headers={"Authorization": emu.auth_header}, timeout=5) as c:
        emu.inject_fault(path="/api/infra/v1/region/", kind="slow", delay=0.5)
        started = time.monotonic()
        assert c.get("/api/infra/v1/region/").status_code == 200
        assert time.monotonic() - started >= 0.45
        emu.inject_fault(path="*/region/", kind="malformed")
        bad = c.get("/api/infra/v1/region/")
        with pytest.raises(ValueError):
            bad.json()
        emu.inject_fault(path="*/region/*", kind="truncate")
        with pytest.raises(httpx.HTTPError):
            c.get("/api/infra/v1/region/")
        assert c.get("/api/infra/v1/region/").status_code == 200
        emu.inject_fault(path="*/region/", kind="status", status=500, count=5)
        admin = {"Authorization": f"Bearer {emu.admin_token}"}
        assert c.get("/_emulator/faults/", headers=admin).json()["faults"][0]["count"] == 5
        emu.clear_faults()
        assert c.get("/api/infra/v1/region/").status_code == 200
        bad_rule = c.post("/_emulator/faults/", json={"kind": "explode"}, headers=admin)
        assert bad_rule.status_code == 400
        assert httpx.post(f"{emu.rest_url}/_emulator/faults/", json={"kind": "slow"}).status_code == 401


def test_drop_websocket(emu: EmulatorHandle) -> None:
    with httpx.Client(base_url=emu.rest_url, headers={"Authorization": emu.auth_header}) as c:
        c.post(
            "/api/infra/v1/nodecluster/",
            json={
                "name": "a",
                "region": "/api/infra/v1/region/digitalocean/lon1/",
                "node_type": "/api/infra/v1/nodetype/digitalocean/1gb/",
            },
        )
        action = c.get("/api/audit/v1/action/").json()["objects"][0]
    emu.inject_fault(path="*/logs/", kind="drop_websocket", after_messages=1)

    async def main() -> None:
        url = f"{emu.stream_url}{action['resource_uri']}logs/"
        async with connect(url, additional_headers={"Authorization": emu.auth_header}, open_timeout=5) as ws:
            await asyncio.wait_for(ws.recv(), 5)
            with pytest.raises(ConnectionClosed):
                await asyncio.wait_for(ws.recv(), 5)
            assert ws.close_code == 1011

    asyncio.run(main())


def test_reset(emu: EmulatorHandle) -> None:
    with httpx.Client(base_url=emu.rest_url, headers={"Authorization": emu.auth_header}) as c:
        c.post("/api/app/v1/service/", json={"image": "tutum/hello-world"})
        assert c.get("/api/app/v1/service/").json()["meta"]["total_count"] == 1
        emu.reset()
        assert c.get("/api/app/v1/service/").json()["meta"]["total_count"] == 0
        assert c.get("/api/audit/v1/action/").json()["meta"]["total_count"] == 0
        assert c.get("/api/infra/v1/provider/").json()["meta"]["total_count"] == 5


def test_cancel_in_progress_action() -> None:
    with (
        run_emulator(step_seconds=0.3) as emu,
        httpx.Client(base_url=emu.rest_url, headers={"Authorization": emu.auth_header}) as c,
    ):
        cluster = c.post(
            "/api/infra/v1/nodecluster/",
            json={
                "name": "slow",
                "region": "/api/infra/v1/region/digitalocean/lon1/",
                "node_type": "/api/infra/v1/nodetype/digitalocean/1gb/",
            },
        ).json()
        deploy = c.post(f"/api/infra/v1/nodecluster/{cluster['uuid']}/deploy/")
        action_uri = deploy.headers["X-DockerCloud-Action-URI"]
        assert c.get(action_uri).json()["state"] == "In progress"
        canceled = c.post(f"{action_uri}cancel/")
        assert canceled.status_code == 200 and canceled.json()["state"] == "Canceling"
        for _ in range(50):
            if c.get(action_uri).json()["state"] == "Canceled":
                break
            time.sleep(0.1)
        assert c.get(action_uri).json()["state"] == "Canceled"


def test_custom_accounts_and_loopback_guard() -> None:
    with pytest.raises(NonLoopbackRefused), run_emulator(host="0.0.0.0"):
        pass
    with run_emulator(accounts=[("alice", "k1")], orgs=[("acme", ["alice"])]) as emu:
        assert emu.username == "alice"
        r = httpx.get(f"{emu.rest_url}/api/app/v1/acme/service/", headers={"Authorization": emu.auth_header})
        assert r.status_code == 200
        assert (
            httpx.get(
                f"{emu.rest_url}/api/app/v1/service/", headers={"Authorization": "Basic ZGVtbzpkZW1vLWFwaWtleQ=="}
            ).status_code
            == 401
        )


def test_cli_prints_urls_and_serves() -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dockercloud_emulator",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--account",
            "bob:secret",
            "--org",
            "team:bob",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines: dict[str, str] = {}
        deadline = time.monotonic() + 15
        while "READY" not in lines and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            key, _, value = line.strip().partition(" ")
            lines[key] = value
        assert lines["REST"].startswith("http://127.0.0.1:") and lines["STREAM"].startswith("ws://127.0.0.1:")
        assert lines["USER"] == "bob" and lines["APIKEY"] == "secret"
        r = httpx.get(
            f"{lines['REST']}/api/app/v1/team/service/", headers={"Authorization": lines["DOCKERCLOUD_AUTH"]}, timeout=5
        )
        assert r.status_code == 200
        reset = f"{lines['REST']}/_emulator/reset/"
        for authorization, status in ((lines["DOCKERCLOUD_AUTH"], 403), (f"Bearer {lines['ADMIN_TOKEN']}", 200)):
            assert httpx.post(reset, headers={"Authorization": authorization}, timeout=5).status_code == status
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    refused = subprocess.run(
        [sys.executable, "-m", "dockercloud_emulator", "--host", "0.0.0.0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert refused.returncode == 2 and "non-loopback" in refused.stderr
