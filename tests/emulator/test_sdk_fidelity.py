"""What the official SDKs relied on that the reference does not say (issue 12), checked on the wire.

The Go SDK sends bodies without ``Content-Type``, ``outer_port: 0`` and empty provider option
objects; python-dockercloud resolves identifiers with list lookups (``uuid__startswith``, ``name``,
``stack__name``, ``service__stack__name``) and builds ``//trigger`` paths; both open streams on
legacy paths. The end-to-end runs of the SDKs themselves are in ``tests/compat``.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from dockercloud_emulator import EmulatorHandle, run_emulator

from .conftest import deploy_cluster

pytestmark = pytest.mark.timeout(60)

SVC = "/api/app/v1/service/"
STACK = "/api/app/v1/stack/"
CLUSTER = "/api/infra/v1/nodecluster/"


def test_body_without_content_type_is_read_as_json(client: httpx.Client) -> None:
    body = json.dumps({"image": "tutum/hello-world", "name": "plain"}).encode()
    request = client.build_request("POST", SVC, content=body)
    assert "content-type" not in request.headers
    created = client.send(request)
    assert created.status_code == 201, created.text
    assert created.json()["name"] == "plain"
    # the Go SDK's literal "{}" on a bodyless operation
    started = client.send(client.build_request("POST", f"{SVC}{created.json()['uuid']}/stop/", content=b"{}"))
    assert started.status_code in (202, 400), started.text  # accepted or refused by state, never 415
    for declared in ("text/plain", "application/x-www-form-urlencoded"):
        refused = client.post(SVC, content=body, headers={"Content-Type": declared})
        assert refused.status_code == 415, declared
        assert "Content-Type" in refused.json()["error"]
    broken = client.send(client.build_request("POST", SVC, content=b"{not json"))
    assert broken.status_code == 400 and "JSON" in broken.json()["error"]


def test_unknown_query_parameter_is_refused_naming_it(client: httpx.Client) -> None:
    svc = client.post(SVC, json={"image": "tutum/hello-world", "name": "web"}).json()
    listed = client.get(SVC, params={"colour": "blue"})
    assert listed.status_code == 400
    assert "'colour'" in listed.json()["error"] and "uuid__startswith" in listed.json()["error"]
    # refused before the operation runs
    stop = client.post(f"{SVC}{svc['uuid']}/start/", params={"force": "1"})
    assert stop.status_code == 400 and "'force'" in stop.json()["error"]
    assert client.get(f"{SVC}{svc['uuid']}/").json()["state"] == "Not running"
    assert client.get(f"{SVC}{svc['uuid']}/", params={"fields": "name"}).status_code == 400
    assert client.get("/api/infra/v1/provider/", params={"uuid__startswith": "d"}).status_code == 400
    # what each operation documents still works
    assert client.post(f"{SVC}{svc['uuid']}/redeploy/", params={"reuse_volumes": "false"}).status_code in (202, 400)
    assert client.get(SVC, params={"limit": 1, "offset": 0, "name": "web"}).status_code == 200


def test_identifier_lookups_of_the_sdks(client: httpx.Client) -> None:
    deploy_cluster(client, nodes=1)
    loose = client.post(SVC, json={"image": "tutum/hello-world", "name": "web"}).json()
    stack = client.post(
        STACK, json={"name": "shop", "services": [{"image": "tutum/hello-world", "name": "web"}, {"image": "redis"}]}
    ).json()
    assert client.post(f"{STACK}{stack['uuid']}/start/").status_code == 202

    def names(path: str, **params: str) -> list[str]:
        response = client.get(path, params=params)
        assert response.status_code == 200, response.text
        return sorted(o["uuid"] for o in response.json()["objects"])

    assert names(SVC, uuid__startswith=loose["uuid"][:8]) == [loose["uuid"]]
    assert names(SVC, uuid__startswith=loose["uuid"]) == [loose["uuid"]]
    assert len(names(SVC, name="web")) == 2
    in_stack = names(SVC, name="web", stack__name="shop")
    assert len(in_stack) == 1 and in_stack != [loose["uuid"]]
    assert names(SVC, name="web", stack__name="nowhere") == []
    assert names(SVC, name="nothing") == []
    assert names(STACK, uuid__startswith=stack["uuid"][:6]) == [stack["uuid"]]
    containers = client.get("/api/app/v1/container/", params={"service__stack__name": "shop"}).json()["objects"]
    assert {c["name"] for c in containers} == {"web-1", "redis-1"}
    web1 = names("/api/app/v1/container/", name="web-1", service__stack__name="shop")
    assert len(web1) == 1
    node = client.get("/api/infra/v1/node/").json()["objects"][0]
    assert names("/api/infra/v1/node/", uuid__startswith=node["uuid"][:4]) == [node["uuid"]]
    action = client.get("/api/audit/v1/action/").json()["objects"][0]
    assert names("/api/audit/v1/action/", uuid__startswith=action["uuid"][:8]) == [action["uuid"]]


def test_outer_port_zero_means_no_fixed_published_port(client: httpx.Client) -> None:
    ports = [
        {"container": "", "protocol": "tcp", "inner_port": 80, "outer_port": 0},  # the Go SDK's shape
        {"protocol": "tcp", "inner_port": 443, "outer_port": 0, "published": True},
    ]
    created = client.post(SVC, json={"image": "tutum/hello-world", "container_ports": ports})
    assert created.status_code == 201, created.text
    got = {p["inner_port"]: p for p in created.json()["container_ports"]}
    assert got[80]["outer_port"] is None and got[80]["published"] is False
    assert got[443]["published"] is True and got[443]["outer_port"] not in (None, 0)
    negative = client.post(SVC, json={"image": "x/y", "container_ports": [{**ports[0], "outer_port": -1}]})
    assert negative.status_code == 400 and "outer_port" in negative.json()["error"]


def _cluster(region: str, node_type: str, options: dict[str, Any]) -> dict[str, Any]:
    return {"name": f"c-{len(json.dumps(options))}-{region[-5:-1]}", "region": region, "node_type": node_type,
            "provider_options": options}  # fmt: skip


def test_empty_provider_options_are_ignored(client: httpx.Client) -> None:
    do = ("/api/infra/v1/region/digitalocean/lon1/", "/api/infra/v1/nodetype/digitalocean/1gb/")
    go_shape = {"vpc": {"id": ""}, "iam": {}}  # what the Go SDK sends for options nobody set
    created = client.post(CLUSTER, json=_cluster(*do, go_shape))
    assert created.status_code == 201, created.text
    assert created.json()["provider_options"] == {}
    assert client.post(CLUSTER, json=_cluster(*do, {"iam": {"instance_profile_name": "x"}})).status_code == 400
    aws = ("/api/infra/v1/region/aws/us-east-1/", "/api/infra/v1/nodetype/aws/t2.micro/")
    iam_only = client.post(CLUSTER, json=_cluster(*aws, {"vpc": {"id": ""}, "iam": {"instance_profile_name": "ops"}}))
    assert iam_only.status_code == 201, iam_only.text
    assert iam_only.json()["provider_options"] == {"iam": {"instance_profile_name": "ops"}}
    no_id = client.post(CLUSTER, json=_cluster(*aws, {"vpc": {"id": "", "subnets": ["subnet-1"]}}))
    assert no_id.status_code == 400 and "provider_options.vpc.id" in no_id.json()["error"]


def test_inferred_operations(client: httpx.Client) -> None:
    cluster = deploy_cluster(client, nodes=2)
    node_uuids = [u.rstrip("/").rsplit("/", 1)[-1] for u in cluster["nodes"]]
    versions = {u: client.get(f"/api/infra/v1/node/{u}/").json()["docker_version"] for u in node_uuids}
    upgraded = client.post(f"{CLUSTER}{cluster['uuid']}/docker-upgrade/")
    assert upgraded.status_code == 202, upgraded.text
    assert upgraded.headers["X-DockerCloud-Action-URI"].startswith("/api/audit/v1/action/")
    for uuid in node_uuids:
        node = client.get(f"/api/infra/v1/node/{uuid}/").json()
        assert node["state"] == "Deployed" and node["docker_version"] != versions[uuid]
    deployed = client.post(f"/api/infra/v1/node/{node_uuids[0]}/deploy/")
    assert deployed.status_code == 202 and deployed.json()["state"] == "Deploying"
    assert client.get(f"/api/infra/v1/node/{node_uuids[0]}/").json()["state"] == "Deployed"
    action = client.get(deployed.headers["X-DockerCloud-Action-URI"]).json()
    assert action["action"] == "Node Deploy" and action["state"] == "Success"
    fresh = client.post(
        CLUSTER,
        json={"name": "idle", "region": cluster["region"], "node_type": cluster["node_type"], "target_num_nodes": 1},
    ).json()
    refused = client.post(f"{CLUSTER}{fresh['uuid']}/docker-upgrade/")
    assert refused.status_code == 400 and "Init" in refused.json()["error"]


def test_repeated_slashes_are_merged(emu: EmulatorHandle, client: httpx.Client) -> None:
    svc = client.post(SVC, json={"image": "tutum/hello-world"}).json()
    # python-dockercloud's Trigger joins "<resource_uri>" and "trigger" with another "/"
    # (a plain client: the spec validator of `client` does not know such paths)
    url = f"{emu.rest_url}{svc['resource_uri']}/trigger/"
    assert "//trigger" in url
    listed = httpx.get(url, headers={"Authorization": emu.auth_header}, timeout=10)
    assert listed.status_code == 200, listed.text
    assert listed.json()["objects"] == []


def test_legacy_and_unknown_stream_paths(emu: EmulatorHandle, client: httpx.Client) -> None:
    headers = {"Authorization": emu.auth_header}

    async def main() -> None:
        # the Stream API introduction's events URL
        async with connect(f"{emu.stream_url}/v1/events", additional_headers=headers, open_timeout=5) as ws:
            await asyncio.to_thread(client.post, SVC, json={"image": "tutum/hello-world", "name": "evt"})
            event = json.loads(await asyncio.wait_for(ws.recv(), 5))
            assert (event["type"], event["action"]) == ("service", "create")
        for path in ("/api/app/v1/nothing/", "/nowhere", "/v2/events"):
            with pytest.raises(InvalidStatus) as info:
                async with connect(f"{emu.stream_url}{path}", additional_headers=headers, open_timeout=5):
                    pass
            assert info.value.response.status_code == 404, path
            assert "error" in json.loads(info.value.response.body or b"{}"), path

    asyncio.run(main())


def test_terminate_follows_the_state_tables() -> None:
    """The docs' tables: no action in a transitional state; terminating a parent still takes its children."""
    with (
        run_emulator(accounts=[("demo", "demo-apikey")], step_seconds=3600) as emu,
        httpx.Client(base_url=emu.rest_url, headers={"Authorization": emu.auth_header}, timeout=10) as client,
    ):
        cluster = client.post(
            CLUSTER,
            json={
                "name": "slow",
                "region": "/api/infra/v1/region/digitalocean/lon1/",
                "node_type": "/api/infra/v1/nodetype/digitalocean/1gb/",
            },
        ).json()
        assert client.post(f"{CLUSTER}{cluster['uuid']}/deploy/").json()["state"] == "Deploying"
        refused = client.delete(f"{CLUSTER}{cluster['uuid']}/")
        assert refused.status_code == 400, refused.text
        assert "Deploying" in refused.json()["error"] and "Init, Deployed" in refused.json()["error"]
        stack = client.post(STACK, json={"name": "s", "services": [{"image": "redis"}]}).json()
        assert client.delete(f"{STACK}{stack['uuid']}/").status_code == 202  # Not Running: allowed
        assert client.delete(f"{STACK}{stack['uuid']}/").status_code == 400  # already terminating
