"""The Go SDK's exact wire behaviour (go-dockercloud, last release), replayed with httpx and websockets.

No Go toolchain is installed here, so this module reproduces on the wire what the SDK's
``DockerCloudCall`` and stream dialers send (read from its source, described in
docs/go-parity.md), rather than running the SDK itself:

* REST: ``BaseUrl + path`` with ``BaseUrl = <host>/api/``; headers ``Authorization``,
  ``Accept: application/json`` and ``User-Agent: go-dockercloud/1.0.8``, **never**
  ``Content-Type``; a JSON body on creates and updates and the literal body ``{}`` on every other
  call, GETs and DELETEs included; any status above 300 is an error; lists follow ``meta.next``.
* Request structs: ``omitempty`` almost everywhere, but ``ContainerPortInfo`` always sends
  ``container: ""`` and ``outer_port: 0`` (no ``published``), ``ServiceBinding`` always sends
  ``host_path`` and ``rewritable``, a given ``ProviderOption`` always sends both ``vpc`` (with
  ``id: ""``) and ``iam`` (``{}``), ``TriggerCreateRequest`` always sends ``name`` and ``operation``.
* Streams: action logs, exec and node events on paths without ``/api/`` authenticated by
  ``?user=&token=``; container and service logs and the event stream on ``/api/...`` with the
  ``Authorization`` header (events without a trailing slash).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from dockercloud_emulator import EmulatorHandle, run_emulator

pytestmark = pytest.mark.timeout(120)

USER_AGENT = "go-dockercloud/1.0.8"


class GoWire:
    """``DockerCloudCall`` and the stream URLs of the Go SDK, on httpx and websockets."""

    def __init__(self, emu: EmulatorHandle) -> None:
        self.emu = emu
        self.http = httpx.Client(
            base_url=emu.rest_url + "/api/",
            headers={"Authorization": emu.auth_header, "Accept": "application/json", "User-Agent": USER_AGENT},
            timeout=10.0,
        )

    def call(self, path: str, method: str, body: dict[str, Any] | None = None) -> Any:
        """One call: ``body`` as JSON, else ``{}``; no Content-Type; an error above 300."""
        content = json.dumps(body).encode() if body is not None else b"{}"
        request = self.http.build_request(method, path, content=content)
        assert "content-type" not in request.headers
        response = self.http.send(request)
        assert response.status_code <= 300, f"{method} {path} -> {response.status_code} {response.text}"
        return response.json() if response.content else None

    def list_all(self, path: str) -> list[Any]:
        """A ``ListX`` function: every page, following ``meta.next`` with its ``/api/`` cut off."""
        page = self.call(path, "GET")
        objects: list[Any] = list(page["objects"])
        for _ in range(1000):
            if not page["meta"]["next"]:
                return objects
            page = self.call(page["meta"]["next"][len("/api/") :], "GET")
            objects.extend(page["objects"])
        raise AssertionError("pagination did not end")

    def query_auth(self) -> str:
        """The ``?user=&token=`` pair of the legacy stream paths."""
        return f"user={quote(self.emu.username)}&token={quote(self.emu.apikey)}"


@pytest.fixture
def go() -> Iterator[GoWire]:
    with run_emulator(accounts=[("demo", "demo-apikey")]) as emu:
        wire = GoWire(emu)
        yield wire
        wire.http.close()


def _uuid(uri: str) -> str:
    return uri.rstrip("/").rsplit("/", 1)[1]


async def _frames(url: str, headers: dict[str, str] | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """Every JSON frame until the server closes."""
    out: list[dict[str, Any]] = []
    async with connect(url, additional_headers=headers or {}, user_agent_header=USER_AGENT, open_timeout=5) as ws:
        for _ in range(limit):
            try:
                out.append(json.loads(await asyncio.wait_for(ws.recv(), 5)))
            except ConnectionClosed:
                return out
    raise AssertionError("stream did not close")


def test_body_bearing_calls_of_the_go_sdk(go: GoWire) -> None:
    # CreateNodeCluster with a zero ProviderOption, then Deploy and Upgrade (inferred operation)
    cluster = go.call(
        "infra/v1/nodecluster/",
        "POST",
        {
            "name": "go-cluster",
            "node_type": "/api/infra/v1/nodetype/digitalocean/1gb/",
            "region": "/api/infra/v1/region/digitalocean/lon1/",
            "target_num_nodes": 2,
            "provider_options": {"vpc": {"id": ""}, "iam": {}},
        },
    )
    assert cluster["provider_options"] == {}
    go.call(f"infra/v1/nodecluster/{cluster['uuid']}/deploy/", "POST")
    go.call(f"infra/v1/nodecluster/{cluster['uuid']}/", "PATCH", {"target_num_nodes": 3})
    go.call(f"infra/v1/nodecluster/{cluster['uuid']}/docker-upgrade/", "POST")
    nodes = go.list_all("infra/v1/node/")
    assert len(nodes) == 3 and all(n["state"] == "Deployed" for n in nodes)
    # Node.Update sends the whole struct (availability_zone always, through the `omniempty` typo)
    go.call(f"infra/v1/node/{nodes[0]['uuid']}/", "PATCH", {"availability_zone": "", "tags": [{"name": "go"}]})
    go.call(f"infra/v1/node/{nodes[0]['uuid']}/docker-upgrade/", "POST")

    # CreateService: ports and bindings as the Go structs always encode them
    service = go.call(
        "app/v1/service/",
        "POST",
        {
            "image": "tutum/hello-world",
            "name": "go-web",
            "target_num_containers": 2,
            "container_ports": [{"container": "", "inner_port": 80, "outer_port": 0, "protocol": "tcp"}],
            "bindings": [{"container_path": "/data", "host_path": "", "rewritable": False}],
        },
    )
    assert service["container_ports"][0]["outer_port"] is None
    uri = f"app/v1/service/{service['uuid']}/"
    go.call(uri + "start/", "POST")
    go.call(uri, "PATCH", {"target_num_containers": 3})
    go.call(uri + "scale/", "POST")
    go.call(uri + "redeploy/?reuse_volumes=false", "POST")  # ReuseVolumesOption{} (the zero value)
    go.call(uri + "stop/", "POST")
    assert go.call(uri, "GET")["state"] == "Stopped"
    # triggers: never namespaced in Go; create and call
    trigger = go.call(uri + "trigger/", "POST", {"name": "go-hook", "operation": "REDEPLOY"})
    go.call(f"{uri}trigger/{_uuid(trigger['resource_uri'])}/call/", "POST")
    assert [t["name"] for t in go.list_all(uri + "trigger/")] == ["go-hook"]

    # CreateStack, Update, Start, Stop, Redeploy, ExportStack, Terminate
    stack = go.call("app/v1/stack/", "POST", {"name": "go-stack", "services": [{"image": "redis", "name": "cache"}]})
    stack_uri = f"app/v1/stack/{stack['uuid']}/"
    go.call(stack_uri, "PATCH", {"services": [{"image": "redis", "name": "cache", "target_num_containers": 2}]})
    go.call(stack_uri + "start/", "POST")
    go.call(stack_uri + "redeploy/", "POST")
    go.call(stack_uri + "stop/", "POST")
    assert go.call(stack_uri + "export/", "GET")["cache"]["target_num_containers"] == 2
    go.call(stack_uri, "DELETE")

    # containers: Start decodes a Container from the answer, Redeploy, Stop, Terminate
    running = [c for c in go.list_all("app/v1/container/") if c["state"] == "Running"]  # the trigger redeployed
    container_uri = f"app/v1/container/{running[0]['uuid']}/"
    go.call(container_uri + "stop/", "POST")
    assert go.call(container_uri + "start/", "POST")["uuid"] == running[0]["uuid"]
    go.call(container_uri + "redeploy/", "POST")
    go.call(container_uri, "DELETE")

    # repositories: never namespaced in Go
    go.call("repo/v1/repository/", "POST", {"name": "registry.example.com/go/app", "username": "u", "password": "p"})
    go.call("repo/v1/repository/registry.example.com/go/app/", "PATCH", {"password": "q"})
    go.call("repo/v1/repository/registry.example.com/go/app/", "DELETE")

    # action retry on a failed action (start without nodes in another service)
    lonely = go.call("app/v1/service/", "POST", {"image": "redis", "name": "lonely", "target_num_containers": 1})
    go.call(f"infra/v1/nodecluster/{cluster['uuid']}/", "DELETE")
    go.call(f"app/v1/service/{lonely['uuid']}/start/", "POST")
    failed = [a for a in go.list_all("audit/v1/action/") if a["state"] == "Failed"]
    assert failed
    assert go.call(f"audit/v1/action/{failed[0]['uuid']}/retry/", "POST")["uuid"] == failed[0]["uuid"]


def test_action_cancel_of_the_go_sdk() -> None:
    with run_emulator(accounts=[("demo", "demo-apikey")], step_seconds=3600) as emu:
        go = GoWire(emu)
        with go.http:
            cluster = go.call(
                "infra/v1/nodecluster/",
                "POST",
                {
                    "name": "slow",
                    "node_type": "/api/infra/v1/nodetype/digitalocean/1gb/",
                    "region": "/api/infra/v1/region/digitalocean/lon1/",
                },
            )
            go.call(f"infra/v1/nodecluster/{cluster['uuid']}/deploy/", "POST")
            pending = [a for a in go.list_all("audit/v1/action/") if a["can_be_canceled"]]
            assert pending
            canceled = go.call(f"audit/v1/action/{pending[0]['uuid']}/cancel/", "POST")
            assert canceled["state"] in ("Canceling", "Canceled")


def test_streams_of_the_go_sdk(go: GoWire) -> None:
    emu = go.emu
    go.call(
        "infra/v1/nodecluster/",
        "POST",
        {
            "name": "s",
            "node_type": "/api/infra/v1/nodetype/digitalocean/1gb/",
            "region": "/api/infra/v1/region/digitalocean/lon1/",
        },
    )
    cluster = go.list_all("infra/v1/nodecluster/")[0]
    deploy_action = go.http.post(f"infra/v1/nodecluster/{cluster['uuid']}/deploy/", content=b"{}")
    action_uuid = _uuid(deploy_action.headers["X-DockerCloud-Action-URI"])
    service = go.call("app/v1/service/", "POST", {"image": "tutum/hello-world", "name": "s"})
    go.call(f"app/v1/service/{service['uuid']}/start/", "POST")
    container = go.list_all("app/v1/container/")[0]
    node = go.list_all("infra/v1/node/")[0]
    header = {"Authorization": emu.auth_header}

    async def main() -> None:
        # Action.GetLogs: legacy path, query-string credentials
        lines = await _frames(f"{emu.stream_url}/audit/v1/action/{action_uuid}/logs/?{go.query_auth()}")
        assert lines and all(line["type"] == "log" for line in lines)
        # Container.Run: legacy path, query-string credentials, escaped command
        command = quote("echo go exec", safe="")
        frames = await _frames(
            f"{emu.stream_url}/app/v1/container/{container['uuid']}/exec/?{go.query_auth()}&command={command}"
        )
        assert [f["output"] for f in frames] == ["go exec\n", "EOF"]
        # Container.Logs / Service.Logs: documented paths, Authorization header, no tail or follow (follows)
        async with connect(
            f"{emu.stream_url}/api/app/v1/container/{container['uuid']}/logs/",
            additional_headers=header,
            user_agent_header=USER_AGENT,
            open_timeout=5,
        ) as ws:
            assert json.loads(await asyncio.wait_for(ws.recv(), 5))["type"] == "log"
        # Node.Events (undocumented): legacy path, query-string credentials
        async with connect(
            f"{emu.stream_url}/infra/v1/node/{node['uuid']}/events/?{go.query_auth()}",
            user_agent_header=USER_AGENT,
            open_timeout=5,
        ) as ws:
            await asyncio.to_thread(go.call, f"infra/v1/node/{node['uuid']}/docker-upgrade/", "POST")
            event = json.loads(await asyncio.wait_for(ws.recv(), 5))
            assert event["type"] == "node" and event["resource_uri"] == node["resource_uri"]
        # NewStream(...).Connect(): /api/audit/v1/events without a trailing slash, filters with `parents`
        url = f"{emu.stream_url}/api/audit/v1/events?parents={service['resource_uri']}&type=container"
        async with connect(url, additional_headers=header, user_agent_header=USER_AGENT, open_timeout=5) as ws:
            await asyncio.to_thread(go.call, f"app/v1/service/{service['uuid']}/stop/", "POST")
            event = json.loads(await asyncio.wait_for(ws.recv(), 5))
            assert event["type"] == "container" and service["resource_uri"] in event["parents"]

    asyncio.run(main())
