"""REST behaviour of the emulator: every operation, states, actions, namespaces, errors."""

from __future__ import annotations

import httpx
import pytest

from dockercloud_emulator import EmulatorHandle

from .conftest import SpecRecorder, deploy_cluster, dump

pytestmark = pytest.mark.timeout(60)

SVC = "/api/app/v1/service/"


def test_catalogue(client: httpx.Client) -> None:
    providers = client.get("/api/infra/v1/provider/").json()
    names = {p["name"] for p in providers["objects"]}
    assert {"digitalocean", "aws", "packet", "softlayer", "azure"} <= names
    do = client.get("/api/infra/v1/provider/digitalocean/").json()
    assert "/api/infra/v1/region/digitalocean/ams2/" in do["regions"]
    region = client.get("/api/infra/v1/region/digitalocean/ams2/").json()
    assert region["availability_zones"] == [] and region["label"] == "Amsterdam 2"
    assert "/api/infra/v1/nodetype/digitalocean/1gb/" in region["node_types"]
    az = client.get("/api/infra/v1/az/aws/us-east-1/us-east-1a/").json()
    assert az["region"] == "/api/infra/v1/region/aws/us-east-1/"
    azs = client.get("/api/infra/v1/az/", params={"region": "/api/infra/v1/region/aws/us-east-1/"}).json()
    assert azs["meta"]["total_count"] == 4
    nt = client.get("/api/infra/v1/nodetype/aws/t2.micro/").json()
    assert nt["provider"] == "/api/infra/v1/provider/aws/"
    filtered = client.get(
        "/api/infra/v1/nodetype/", params={"regions": "/api/infra/v1/region/digitalocean/lon1/", "limit": 100}
    ).json()
    assert {o["provider"] for o in filtered["objects"]} == {"/api/infra/v1/provider/digitalocean/"}
    assert (
        client.get("/api/infra/v1/region/", params={"provider": "/api/infra/v1/provider/packet/"}).json()["meta"][
            "total_count"
        ]
        == 4
    )
    assert client.get("/api/infra/v1/provider/nope/").status_code == 404


def test_pagination_envelope(client: httpx.Client) -> None:
    first = client.get("/api/infra/v1/region/", params={"limit": 5, "provider": "/api/infra/v1/provider/aws/"})
    meta = first.json()["meta"]
    assert meta["limit"] == 5 and meta["offset"] == 0 and meta["total_count"] == 8 and meta["previous"] is None
    assert meta["next"].startswith("/api/infra/v1/region/?")
    assert "provider=%2Fapi%2Finfra%2Fv1%2Fprovider%2Faws%2F" in meta["next"] and "offset=5" in meta["next"]
    second = client.get(meta["next"]).json()
    assert len(second["objects"]) == 3 and second["meta"]["next"] is None
    assert "offset=0" in second["meta"]["previous"]
    for bad in ("0", "-1", "abc", "100000"):
        response = client.get("/api/infra/v1/region/", params={"limit": bad})
        assert response.status_code == 400, bad
        assert "limit" in response.json()["error"]


def test_auth_errors(anon: httpx.Client, emu: EmulatorHandle) -> None:
    response = anon.get("/api/infra/v1/provider/")
    assert response.status_code == 401 and "error" in response.json()
    wrong = anon.get("/api/infra/v1/provider/", headers={"Authorization": "Basic ZGVtbzp3cm9uZw=="})
    assert wrong.status_code == 401
    good = anon.get("/api/infra/v1/provider/", headers={"Authorization": emu.auth_header})
    assert good.status_code == 200


def test_errors(client: httpx.Client) -> None:
    assert client.get("/api/app/v1/nothing/here/").status_code == 404
    wrong_method = client.put("/api/app/v1/service/", json={})
    assert wrong_method.status_code == 405 and "error" in wrong_method.json()
    bad_json = client.post(SVC, content=b"{not json", headers={"Content-Type": "application/json"})
    assert bad_json.status_code == 400 and "JSON" in bad_json.json()["error"]
    no_type = client.post(SVC, content=b'{"image": "x/y"}', headers={"Content-Type": "text/plain"})
    assert no_type.status_code == 415
    missing = client.post(SVC, json={"name": "x"})
    assert missing.status_code == 400 and "image" in missing.json()["error"]
    wrong_type = client.post(SVC, json={"image": "x/y", "target_num_containers": "two"})
    assert wrong_type.status_code == 400 and "target_num_containers" in wrong_type.json()["error"]
    bad_enum = client.post(SVC, json={"image": "x/y", "autorestart": "SOMETIMES"})
    assert bad_enum.status_code == 400 and "autorestart" in bad_enum.json()["error"]
    assert client.get(SVC + "00000000-0000-0000-0000-000000000000/").status_code == 404
    assert client.get(SVC, params={"state": "Sleeping"}).status_code == 400


def test_service_lifecycle(client: httpx.Client) -> None:
    deploy_cluster(client, nodes=2)
    created = client.post(
        SVC,
        json={
            "image": "tutum/hello-world",
            "name": "web",
            "target_num_containers": 3,
            "container_ports": [{"protocol": "tcp", "inner_port": 80, "published": True}],
            "container_envvars": [{"key": "A", "value": "1"}],
        },
    )
    assert created.status_code == 201, created.text
    svc = created.json()
    assert svc["state"] == "Not running" and svc["image_name"] == "tutum/hello-world:latest"
    assert svc["resource_uri"] == f"/api/app/v1/demo/service/{svc['uuid']}/"
    assert "X-DockerCloud-Action-URI" in created.headers
    uri = f"{SVC}{svc['uuid']}/"
    started = client.post(uri + "start/")
    assert started.status_code == 202 and started.json()["state"] == "Starting"
    action_uri = started.headers["X-DockerCloud-Action-URI"]
    running = client.get(uri).json()
    assert running["state"] == "Running", dump(running)
    assert running["current_num_containers"] == 3 == running["running_num_containers"]
    action = client.get(action_uri).json()
    assert action["state"] == "Success" and action["action"] == "Service Start"
    assert action["method"] == "POST" and action["path"] == uri + "start/" and action["user"] == "demo"
    assert action["end_date"].endswith("+0000") and action["object"] == svc["resource_uri"]
    containers = client.get("/api/app/v1/container/", params={"service": svc["resource_uri"]}).json()
    nodes = [c["node"] for c in containers["objects"]]
    assert len(nodes) == 3 and len(set(nodes)) == 2  # spread over the nodes (EMPTIEST_NODE)
    # scale up and down
    assert client.patch(uri, json={"target_num_containers": 5}).status_code == 200
    assert client.post(uri + "scale/").status_code == 202
    assert client.get(uri).json()["current_num_containers"] == 5
    client.patch(uri, json={"target_num_containers": 2})
    client.post(uri + "scale/")
    after = client.get(uri).json()
    assert after["current_num_containers"] == 2 and after["state"] == "Running"
    terminated = client.get("/api/app/v1/container/", params={"state": "Terminated"}).json()
    assert terminated["meta"]["total_count"] == 3
    # stop / invalid transition / start / redeploy / terminate
    assert client.post(uri + "stop/").json()["state"] == "Stopping"
    assert client.get(uri).json()["state"] == "Stopped"
    bad = client.post(uri + "stop/")
    assert bad.status_code == 400 and "Stopped" in bad.json()["error"]
    client.post(uri + "start/")
    assert client.get(uri).json()["state"] == "Running"
    assert client.post(uri + "redeploy/").json()["state"] == "Redeploying"
    assert client.get(uri).json()["state"] == "Running"
    assert client.delete(uri).json()["state"] == "Terminating"
    final = client.get(uri).json()
    assert final["state"] == "Terminated" and final["destroyed_datetime"]
    assert client.post(uri + "start/").status_code == 400
    listed = client.get(SVC, params={"state": "Terminated"}).json()
    assert [o["uuid"] for o in listed["objects"]] == [svc["uuid"]]


def test_start_without_nodes_fails(client: httpx.Client) -> None:
    svc = client.post(SVC, json={"image": "tutum/hello-world"}).json()
    started = client.post(f"{SVC}{svc['uuid']}/start/")
    assert started.status_code == 202
    action = client.get(started.headers["X-DockerCloud-Action-URI"]).json()
    assert action["state"] == "Failed"
    assert client.get(f"{SVC}{svc['uuid']}/").json()["state"] == "Not running"
    retried = client.post(f"{action['resource_uri']}retry/")
    assert retried.status_code == 200
    assert client.get(action["resource_uri"]).json()["state"] == "Failed"
    deploy_cluster(client, nodes=1)
    client.post(f"{action['resource_uri']}retry/")
    assert client.get(action["resource_uri"]).json()["state"] == "Success"
    assert client.get(f"{SVC}{svc['uuid']}/").json()["state"] == "Running"
    cancel = client.post(f"{action['resource_uri']}cancel/")
    assert cancel.status_code == 400 and "cancel" in cancel.json()["error"]


def test_stack_lifecycle(client: httpx.Client) -> None:
    deploy_cluster(client, nodes=2)
    created = client.post(
        "/api/app/v1/stack/",
        json={
            "name": "my-new-stack",
            "services": [
                {
                    "name": "hello-word",
                    "image": "tutum/hello-world",
                    "target_num_containers": 2,
                    "linked_to_service": [{"to_service": "database", "name": "DB"}],
                },
                {"name": "database", "image": "tutum/mysql"},
            ],
        },
    )
    assert created.status_code == 201, created.text
    stack = created.json()
    assert stack["state"] == "Not Running" and len(stack["services"]) == 2
    uri = f"/api/app/v1/stack/{stack['uuid']}/"
    web = client.get(stack["services"][0]).json()
    assert web["linked_to_service"][0]["name"] == "DB" and web["stack"] == stack["resource_uri"]
    assert client.post(uri + "start/").json()["state"] == "Starting"
    assert client.get(uri).json()["state"] == "Running"
    exported = client.get(uri + "export/").json()
    assert exported["hello-word"]["image"] == "tutum/hello-world:latest"
    assert exported["hello-word"]["links"] == ["database:DB"]
    patched = client.patch(uri, json={"services": [{"name": "hello-word", "target_num_containers": 3}]})
    assert patched.status_code == 200
    assert client.get(stack["services"][0]).json()["target_num_containers"] == 3
    client.post(uri + "stop/")
    assert client.get(uri).json()["state"] == "Stopped"
    client.post(uri + "redeploy/")
    assert client.get(uri).json()["state"] == "Running"
    client.delete(uri)
    assert client.get(uri).json()["state"] == "Terminated"
    assert all(client.get(s).json()["state"] == "Terminated" for s in stack["services"])


def test_nodecluster_and_nodes(client: httpx.Client) -> None:
    cluster = deploy_cluster(client, nodes=1)
    uri = f"/api/infra/v1/nodecluster/{cluster['uuid']}/"
    assert cluster["current_num_nodes"] == 1 and cluster["deployed_datetime"]
    scaled = client.patch(uri, json={"target_num_nodes": 3, "tags": [{"name": "tag-1"}]})
    assert scaled.status_code == 202 and scaled.json()["state"] == "Scaling"
    now = client.get(uri).json()
    assert now["state"] == "Deployed" and now["current_num_nodes"] == 3 and now["tags"] == [{"name": "tag-1"}]
    nodes = client.get("/api/infra/v1/node/", params={"node_cluster": cluster["resource_uri"]}).json()["objects"]
    assert len(nodes) == 3 and all(n["state"] == "Deployed" for n in nodes)
    node_uri = f"/api/infra/v1/node/{nodes[0]['uuid']}/"
    renamed = client.patch(node_uri, json={"nickname": "dev node", "tags": [{"name": "x"}]})
    assert renamed.status_code == 200 and renamed.json()["nickname"] == "dev node"
    assert client.post(node_uri + "docker-upgrade/").json()["state"] == "Upgrading"
    assert client.get(node_uri).json()["docker_version"] != nodes[0]["docker_version"]
    assert client.post(node_uri + "health-check/").status_code == 202
    tags = client.get("/api/infra/v1/tag/", params={"origin": "user"}).json()["objects"]
    assert {"name": "x", "origin": "user"} in tags
    assert client.delete(node_uri).json()["state"] == "Terminating"
    assert client.get(node_uri).json()["state"] == "Terminated"
    assert client.get(uri).json()["current_num_nodes"] == 2
    assert client.delete(uri).status_code == 202
    assert client.get(uri).json()["state"] == "Terminated"
    assert client.post(uri + "deploy/").status_code == 400
    dup = client.post(
        "/api/infra/v1/nodecluster/",
        json={
            "name": "bad",
            "region": "/api/infra/v1/region/digitalocean/lon1/",
            "node_type": "/api/infra/v1/nodetype/aws/t2.micro/",
        },
    )
    assert dup.status_code == 400


def test_containers(client: httpx.Client) -> None:
    deploy_cluster(client, nodes=1)
    svc = client.post(SVC, json={"image": "tutum/hello-world", "target_num_containers": 2}).json()
    client.post(f"{SVC}{svc['uuid']}/start/")
    containers = client.get("/api/app/v1/container/", params={"service": svc["resource_uri"]}).json()["objects"]
    c_uri = f"/api/app/v1/container/{containers[0]['uuid']}/"
    assert client.post(c_uri + "stop/").json()["state"] == "Stopping"
    assert client.get(c_uri).json()["state"] == "Stopped"
    assert client.get(f"{SVC}{svc['uuid']}/").json()["state"] == "Partly running"
    assert client.post(c_uri + "start/").status_code == 202
    assert client.get(f"{SVC}{svc['uuid']}/").json()["state"] == "Running"
    assert client.post(c_uri + "redeploy/").status_code == 202
    assert client.delete(c_uri).status_code == 202
    assert client.get(c_uri).json()["state"] == "Terminated"
    after = client.get(f"{SVC}{svc['uuid']}/").json()
    assert after["current_num_containers"] == 1 == after["target_num_containers"]
    assert client.post(c_uri + "start/").status_code == 400


def test_triggers(client: httpx.Client, anon: httpx.Client) -> None:
    deploy_cluster(client, nodes=1)
    password = "db-password-4f1c"
    envvars = [{"key": "DB_PASSWORD", "value": password}]
    svc = client.post(SVC, json={"image": "tutum/hello-world", "container_envvars": envvars}).json()
    uri = f"{SVC}{svc['uuid']}/"
    client.post(uri + "start/")
    scale = client.post(uri + "trigger/", json={"name": "up", "operation": "SCALEUP"})
    assert scale.status_code == 201, scale.text
    trigger = scale.json()
    assert trigger["url"] == trigger["resource_uri"] + "call/"
    assert trigger["resource_uri"].startswith(f"/api/app/v1/demo/service/{svc['uuid']}/trigger/")
    called = anon.post(trigger["url"])
    # the anonymous caller gets the started action only: nothing of the service's configuration
    assert called.status_code == 202 and called.json()["object"] == svc["resource_uri"]
    assert called.headers["X-DockerCloud-Action-URI"] == called.json()["resource_uri"]
    assert called.json()["state"] == "In progress" and password not in called.text
    assert "container_envvars" not in called.json() and "DB_PASSWORD" not in called.text
    assert client.get(uri).json()["current_num_containers"] == 2
    with_count = anon.post(trigger["url"] + "3/")
    assert with_count.status_code == 202 and password not in with_count.text
    assert client.get(uri).json()["current_num_containers"] == 5
    redeploy = client.post(uri + "trigger/", json={}).json()
    assert redeploy["operation"] == "REDEPLOY"
    redeployed = anon.post(redeploy["url"])
    assert redeployed.status_code == 202 and password not in redeployed.text
    listed = client.get(uri + "trigger/").json()
    assert listed["meta"]["total_count"] == 2
    assert client.get(trigger["resource_uri"]).json()["name"] == "up"
    assert client.delete(trigger["resource_uri"]).status_code == 204
    assert client.get(trigger["resource_uri"]).status_code == 404
    assert anon.post(trigger["url"]).status_code == 404


def test_repositories_and_registries(client: httpx.Client) -> None:
    registries = client.get("/api/repo/v1/registry/").json()["objects"]
    assert registries[0]["host"] == "registry-1.docker.io" and registries[0]["is_docker_registry"]
    created = client.post(
        "/api/repo/v1/repository/", json={"name": "my.registry.com/user1/image1", "username": "u", "password": "p"}
    )
    assert created.status_code == 201, created.text
    repo = created.json()
    assert repo["registry"] == "/api/repo/v1/demo/registry/my.registry.com/"
    assert client.post("/api/repo/v1/repository/", json={"name": "my.registry.com/user1/image1"}).status_code == 409
    got = client.get("/api/repo/v1/repository/my.registry.com/user1/image1/")
    assert got.status_code == 200 and "password" not in got.json()
    # The spec sends raw slashes (as the reference does) and lets servers accept %2F, which
    # generated clients send by default.
    encoded = client.get("/api/repo/v1/repository/my.registry.com%2Fuser1%2Fimage1/")
    assert encoded.status_code == 200 and encoded.json() == got.json()
    registry = client.get("/api/repo/v1/registry/my.registry.com/").json()
    assert client.get("/api/repo/v1/registry/", params={"uuid": registry["uuid"]}).json()["objects"] == [registry]
    assert client.get("/api/repo/v1/registry/my.registry.com/").json()["is_docker_registry"] is False
    assert (
        client.get("/api/repo/v1/registry/", params={"is_docker_registry": "false"}).json()["meta"]["total_count"] == 1
    )
    assert (
        client.patch(
            "/api/repo/v1/repository/my.registry.com/user1/image1/", json={"username": "v", "password": "q"}
        ).status_code
        == 200
    )
    assert client.delete("/api/repo/v1/repository/my.registry.com/user1/image1/").status_code == 204
    assert client.get("/api/repo/v1/repository/my.registry.com/user1/image1/").status_code == 404


def test_namespaces(client: httpx.Client, other_client: httpx.Client) -> None:
    mine = client.post(SVC, json={"image": "tutum/hello-world"}).json()
    assert other_client.get(f"{SVC}{mine['uuid']}/").status_code == 404
    assert other_client.get(f"/api/app/v1/demo/service/{mine['uuid']}/").status_code == 404
    assert other_client.get("/api/app/v1/demo/service/").status_code == 404
    assert client.get(f"/api/app/v1/demo/service/{mine['uuid']}/").status_code == 200
    org = client.post("/api/app/v1/demo-org/service/", json={"image": "tutum/mysql"})
    assert org.status_code == 201
    assert org.json()["resource_uri"].startswith("/api/app/v1/demo-org/service/")
    assert client.get("/api/app/v1/demo-org/service/").json()["meta"]["total_count"] == 1
    assert client.get(SVC).json()["meta"]["total_count"] == 1
    start = client.post(f"/api/app/v1/demo-org/service/{org.json()['uuid']}/start/")
    action = client.get(start.headers["X-DockerCloud-Action-URI"]).json()
    assert action["state"] == "Failed"  # the organisation has no nodes
    assert other_client.get(action["resource_uri"]).status_code == 404
    assert other_client.get("/api/audit/v1/action/").json()["meta"]["total_count"] == 0


def test_actions_list_filters(client: httpx.Client) -> None:
    deploy_cluster(client, nodes=1)
    svc = client.post(SVC, json={"image": "tutum/hello-world"}).json()
    client.post(f"{SVC}{svc['uuid']}/start/")
    actions = client.get("/api/audit/v1/action/", params={"limit": 100}).json()
    names = [a["action"] for a in actions["objects"]]
    assert names == ["Cluster Create", "Cluster Deploy", "Service Create", "Service Start"]
    related = client.get("/api/audit/v1/action/", params={"object": svc["resource_uri"]}).json()
    assert [a["action"] for a in related["objects"]] == ["Service Create", "Service Start"]
    container = client.get("/api/app/v1/container/").json()["objects"][0]
    with_related = client.get(
        "/api/audit/v1/action/", params={"object": svc["resource_uri"], "include_related": "true"}
    ).json()
    assert with_related["meta"]["total_count"] == 2
    assert (
        client.get(
            "/api/audit/v1/action/", params={"object": container["resource_uri"], "include_related": "true"}
        ).json()["meta"]["total_count"]
        == 2
    )
    assert client.get("/api/audit/v1/action/", params={"state": "Failed"}).json()["meta"]["total_count"] == 0
    first = actions["objects"][0]
    assert (
        client.get("/api/audit/v1/action/", params={"start_date__gte": first["start_date"]}).json()["meta"][
            "total_count"
        ]
        == 4
    )
    assert (
        client.get("/api/audit/v1/action/", params={"end_date__lte": "2000-01-01T00:00:00Z"}).json()["meta"][
            "total_count"
        ]
        == 0
    )
    assert client.get("/api/audit/v1/action/", params={"start_date__gte": "yesterday"}).status_code == 400


def test_every_operation_validated(client: httpx.Client, anon: httpx.Client, recorder: SpecRecorder) -> None:
    """A full tour; every answer went through the openapi-core hook."""
    test_service_lifecycle(client)
    test_stack_lifecycle(client)
    test_repositories_and_registries(client)
    assert recorder.validated > 50
