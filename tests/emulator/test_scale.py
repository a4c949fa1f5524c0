"""The emulator's creates, gets and list pages never scan a whole collection (issue 13, target 7).

Not a timing test: once a namespace holds some services, every way of walking a collection object
by object is made to fail (every collection of the namespace, and the action log), and the requests
whose cost must not grow with the number of stored objects still succeed: creates, gets, list pages,
lists filtered by ``uuid``, ``uuid__startswith``, ``name``, ``state`` or a stack's name, action lists by
object or state, starting services (container placement, node counters, the deployed nodes), a new
node's ``EVERY_NODE`` containers, whether a repository is in use, trigger calls and the log ticker.
What still reads every object is in docs/architecture.md ("Emulator", what the indexes leave out).
``make bench`` reports the measured ratios (bench/emulator_bench.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NoReturn

import httpx
import pytest

from dockercloud_emulator import run_emulator
from dockercloud_emulator.auth import DEFAULT_APIKEY, DEFAULT_USER
from dockercloud_emulator.store import Collection, Obj, Store

SERVICES = "/api/app/v1/service/"
CLUSTERS = "/api/infra/v1/nodecluster/"
CLUSTER = {
    "name": "c",
    "region": "/api/infra/v1/region/digitalocean/lon1/",
    "node_type": "/api/infra/v1/nodetype/digitalocean/1gb/",
}


def walked(*_: object) -> NoReturn:
    raise AssertionError("a request walked a whole collection")


class NoScanList(list[Obj]):
    """Objects in creation order that can be counted, sliced and appended to, but not walked."""

    __iter__ = walked


class NoScan(Collection):
    """A collection whose objects may be looked up, paged and added, but not walked one by one."""

    __iter__ = walked


def no_scan(collection: Collection) -> NoScan:
    guarded = NoScan.__new__(NoScan)
    guarded.__dict__.update(collection.__dict__)
    guarded._ordered = NoScanList(collection.ordered())
    return guarded


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with (
        run_emulator(step_seconds=0) as emu,
        httpx.Client(base_url=emu.rest_url, auth=(DEFAULT_USER, DEFAULT_APIKEY)) as http,
    ):
        for i in range(30):
            assert http.post(SERVICES, json={"image": "nginx", "name": f"web-{i}"}).status_code == 201
        guard(emu.app.state.store)  # swapped between requests: the server thread is idle
        yield http


def guard(store: Store) -> None:
    """Make every collection of the default namespace, and the actions, refuse to be walked."""
    ns = store.ns(DEFAULT_USER)
    for tag in ns:
        ns.collections[tag] = no_scan(ns[tag])
    store.actions = no_scan(store.actions)


def test_create_get_and_list_pages_do_not_scan(client: httpx.Client) -> None:
    created = client.post(SERVICES, json={"image": "nginx", "name": "web-new"})
    assert created.status_code == 201
    assert client.post(SERVICES, json={"image": "nginx", "name": "web-new"}).status_code == 409
    assert client.get(f"{SERVICES}{created.json()['uuid']}/").json()["name"] == "web-new"
    page = client.get(SERVICES, params={"limit": 5, "offset": 25}).json()
    assert [s["name"] for s in page["objects"]] == ["web-25", "web-26", "web-27", "web-28", "web-29"]
    assert page["meta"]["total_count"] == 31
    actions = client.get("/api/audit/v1/action/", params={"limit": 2, "offset": 30}).json()
    assert [a["action"] for a in actions["objects"]] == ["Service Create"]
    assert actions["meta"]["total_count"] == 31


def test_stack_and_node_cluster_names_are_checked_without_a_scan(client: httpx.Client) -> None:
    stacks = "/api/app/v1/stack/"
    assert client.post(stacks, json={"name": "s", "services": [{"image": "nginx", "name": "web-0"}]}).status_code == 201
    assert client.post(stacks, json={"name": "s"}).status_code == 409
    assert client.post(CLUSTERS, json=CLUSTER).status_code == 201
    assert client.post(CLUSTERS, json=CLUSTER).status_code == 409


def test_lists_filtered_by_uuid_or_name_read_only_those(client: httpx.Client) -> None:
    web3 = client.get(SERVICES, params={"name": "web-3"}).json()["objects"]
    assert [s["name"] for s in web3] == ["web-3"]
    both = client.get(SERVICES, params=[("name", "web-7"), ("name", "web-2"), ("state", "Not running")]).json()
    assert [s["name"] for s in both["objects"]] == ["web-2", "web-7"]  # creation order, other filters applied
    by_uuid = client.get(SERVICES, params={"uuid": web3[0]["uuid"]}).json()["objects"]
    assert [s["name"] for s in by_uuid] == ["web-3"]
    assert client.get(SERVICES, params={"uuid": "0000", "name": "web-3"}).json()["meta"]["total_count"] == 0
    stack = client.post("/api/app/v1/stack/", json={"name": "s", "services": [{"image": "a"}, {"image": "b"}]}).json()
    plain = stack["resource_uri"].replace(f"/v1/{DEFAULT_USER}/", "/v1/", 1)  # with or without the namespace
    assert plain != stack["resource_uri"]
    for uri in (stack["resource_uri"], plain):
        assert [s["name"] for s in client.get(SERVICES, params={"stack": uri}).json()["objects"]] == ["a", "b"]


def test_a_services_triggers_are_listed_without_reading_the_others(client: httpx.Client) -> None:
    first, second = client.get(SERVICES, params={"limit": 2}).json()["objects"]
    for svc, name in ((first, "a"), (second, "b"), (first, "c")):
        assert client.post(f"{SERVICES}{svc['uuid']}/trigger/", json={"name": name}).status_code == 201
    listed = client.get(f"{SERVICES}{first['uuid']}/trigger/").json()
    assert [t["name"] for t in listed["objects"]] == ["a", "c"]


def test_a_repositorys_use_is_read_from_its_images_services(client: httpx.Client) -> None:
    repos = "/api/repo/v1/repository/"
    repo = client.post(repos, json={"name": "registry.local:5000/web"}).json()
    assert repo["in_use"] is False
    client.post(SERVICES, json={"image": "registry.local:5000/webby", "name": "other"})  # another repository
    assert client.get(f"{repos}registry.local:5000/web/").json()["in_use"] is False
    svc = client.post(SERVICES, json={"image": "registry.local:5000/web:2", "name": "uses"}).json()
    assert client.get(f"{repos}registry.local:5000/web/").json()["in_use"] is True
    assert [r["in_use"] for r in client.get(repos).json()["objects"]] == [True]
    assert client.patch(f"{SERVICES}{svc['uuid']}/", json={"image": "nginx"}).status_code == 200  # regrouped
    assert client.get(f"{repos}registry.local:5000/web/").json()["in_use"] is False


def test_starting_services_and_new_nodes_read_only_their_own_objects() -> None:
    with (
        run_emulator(step_seconds=0) as emu,
        httpx.Client(base_url=emu.rest_url, auth=(DEFAULT_USER, DEFAULT_APIKEY)) as http,
    ):
        cluster = http.post(CLUSTERS, json={**CLUSTER, "target_num_nodes": 1}).json()
        assert http.post(f"{CLUSTERS}{cluster['uuid']}/deploy/").status_code == 202
        every = http.post(SERVICES, json={"image": "agent", "deployment_strategy": "EVERY_NODE"}).json()
        assert http.post(f"{SERVICES}{every['uuid']}/start/").status_code == 202
        for i in range(20):
            svc = http.post(SERVICES, json={"image": "nginx", "name": f"web-{i}", "target_num_containers": 2}).json()
            assert http.post(f"{SERVICES}{svc['uuid']}/start/").status_code == 202
        guard(emu.app.state.store)
        late = http.post(SERVICES, json={"image": "nginx", "name": "late", "target_num_containers": 3}).json()
        assert http.post(f"{SERVICES}{late['uuid']}/start/").status_code == 202  # placement, node counters
        assert http.get(f"{SERVICES}{late['uuid']}/").json()["state"] == "Running"
        # a second node: the EVERY_NODE service gets a container there, the other 21 services are not read
        assert http.patch(f"{CLUSTERS}{cluster['uuid']}/", json={"target_num_nodes": 2}).status_code == 202
        nodes = http.get("/api/infra/v1/node/").json()["objects"]
        assert [n["current_num_containers"] for n in nodes] == [1 + 20 * 2 + 3, 1]
        assert http.get(f"{SERVICES}{every['uuid']}/").json()["running_num_containers"] == 2
        # lists of the containers of one service, or on one node, read only those
        containers = "/api/app/v1/container/"
        assert http.get(containers, params={"service": late["resource_uri"]}).json()["meta"]["total_count"] == 3
        on_second = http.get(containers, params={"node": nodes[1]["resource_uri"]}).json()["objects"]
        assert [c["service"] for c in on_second] == [every["resource_uri"]]
        assert (
            http.get("/api/infra/v1/node/", params={"node_cluster": cluster["resource_uri"]}).json()["meta"][
                "total_count"
            ]
            == 2
        )
        # terminating the service with 3 containers frees them on the node
        assert http.delete(f"{SERVICES}{late['uuid']}/").status_code == 202
        assert http.get("/api/infra/v1/node/").json()["objects"][0]["current_num_containers"] == 1 + 20 * 2


def test_lists_filtered_by_state_uuid_prefix_or_stack_name_read_only_candidates(client: httpx.Client) -> None:
    web = client.get(SERVICES, params={"limit": 30}).json()["objects"]
    assert client.delete(f"{SERVICES}{web[4]['uuid']}/").status_code == 202
    terminated = client.get(SERVICES, params={"state": "Terminated"}).json()
    assert [s["name"] for s in terminated["objects"]] == ["web-4"]
    both = client.get(SERVICES, params=[("state", "Terminated"), ("state", "Not running"), ("limit", 100)]).json()
    assert both["meta"]["total_count"] == 30
    prefix = web[7]["uuid"][:5]
    expected = [s["name"] for s in web if s["uuid"].startswith(prefix)]
    assert [s["name"] for s in client.get(SERVICES, params={"uuid__startswith": prefix}).json()["objects"]] == expected
    short = web[7]["uuid"][:1]  # shorter than the index's buckets: every bucket it begins is read
    expected = [s["name"] for s in web if s["uuid"].startswith(short)]
    assert [s["name"] for s in client.get(SERVICES, params={"uuid__startswith": short}).json()["objects"]] == expected
    stacks = "/api/app/v1/stack/"
    client.post(stacks, json={"name": "s", "services": [{"image": "a"}, {"image": "b"}]})
    client.post(stacks, json={"name": "t", "services": [{"image": "c"}]})
    in_s = client.get(SERVICES, params={"stack__name": "s"}).json()["objects"]
    assert [s["name"] for s in in_s] == ["a", "b"]
    assert client.get(SERVICES, params={"stack__name": "None"}).json()["meta"]["total_count"] == 0  # no stack
    containers = client.get("/api/app/v1/container/", params={"service__stack__name": "s"}).json()
    assert containers["meta"]["total_count"] == 0  # not started: no containers
    t_prefix = client.get(stacks, params={"name": "t"}).json()["objects"][0]["uuid"][:4]
    assert "t" in [s["name"] for s in client.get(stacks, params={"uuid__startswith": t_prefix}).json()["objects"]]


def test_containers_nodes_and_clusters_by_state_or_stack_name() -> None:
    with (
        run_emulator(step_seconds=0) as emu,
        httpx.Client(base_url=emu.rest_url, auth=(DEFAULT_USER, DEFAULT_APIKEY)) as http,
    ):
        cluster = http.post(CLUSTERS, json={**CLUSTER, "target_num_nodes": 2}).json()
        http.post(f"{CLUSTERS}{cluster['uuid']}/deploy/")
        stack = http.post("/api/app/v1/stack/", json={"name": "s", "services": [{"image": "a"}]}).json()
        http.post(f"/api/app/v1/stack/{stack['uuid']}/start/")
        for i in range(10):
            svc = http.post(SERVICES, json={"image": "nginx", "name": f"web-{i}"}).json()
            http.post(f"{SERVICES}{svc['uuid']}/start/")
        guard(emu.app.state.store)
        containers = "/api/app/v1/container/"
        in_stack = http.get(containers, params={"service__stack__name": "s"}).json()["objects"]
        assert [c["name"] for c in in_stack] == ["a-1"]
        assert http.get(containers, params={"state": "Running"}).json()["meta"]["total_count"] == 11
        nodes = http.get("/api/infra/v1/node/", params={"state": "Deployed"}).json()["objects"]
        assert len(nodes) == 2
        assert http.get(CLUSTERS, params={"state": "Deployed"}).json()["meta"]["total_count"] == 1
        by_region = http.get(CLUSTERS, params={"region": CLUSTER["region"], "node_type": CLUSTER["node_type"]})
        assert by_region.json()["meta"]["total_count"] == 1
        version = nodes[0]["docker_version"]
        assert http.get("/api/infra/v1/node/", params={"docker_version": version}).json()["meta"]["total_count"] == 2
        emu.app.state.lifecycle.tick_logs()  # every running container prints a line; the others are not read
        assert emu.app.state.store.ns(DEFAULT_USER)["containers"][in_stack[0]["uuid"]]["_tick"] == 1


def test_actions_by_object_or_state_and_trigger_calls_read_only_those(client: httpx.Client) -> None:
    first = client.get(SERVICES, params={"limit": 1}).json()["objects"][0]
    actions = "/api/audit/v1/action/"
    of_first = client.get(actions, params={"object": first["resource_uri"]}).json()["objects"]
    assert [a["action"] for a in of_first] == ["Service Create"]
    assert client.get(actions, params={"state": "In progress"}).json()["meta"]["total_count"] == 0
    trigger = client.post(f"{SERVICES}{first['uuid']}/trigger/", json={"name": "t", "operation": "SCALEUP"}).json()
    called = httpx.post(client.base_url.join(trigger["url"]))  # no credentials
    assert called.status_code == 202
    related = client.get(actions, params={"object": first["resource_uri"], "include_related": "true"}).json()
    assert [a["action"] for a in related["objects"]][:2] == ["Service Create", "Trigger Create"]


def test_the_guard_catches_a_scan(client: httpx.Client) -> None:
    # a date filter on the actions reads every kept action (they are bounded by Limits.kept_actions):
    # the guard notices (so the tests above can fail); the emulator answers its own exceptions with a
    # JSON 500
    answer = client.get("/api/audit/v1/action/", params={"start_date__gte": "2000-01-01T00:00:00Z"})
    assert answer.status_code == 500 and "walked a whole collection" in answer.json()["error"]
