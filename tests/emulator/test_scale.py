"""The emulator's creates, gets and list pages never scan a whole collection (issue 13, target 7).

Not a timing test: once a namespace holds some services, every way of walking a collection object
by object is made to fail, and the requests whose cost must not grow with the number of stored
objects still succeed. ``make bench`` reports the measured ratios (bench/emulator_bench.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NoReturn

import httpx
import pytest

from dockercloud_emulator import run_emulator
from dockercloud_emulator.auth import DEFAULT_APIKEY, DEFAULT_USER
from dockercloud_emulator.store import Collection, Obj

SERVICES = "/api/app/v1/service/"


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
        store = emu.app.state.store  # swapped between requests: the server thread is idle
        ns = store.ns(DEFAULT_USER)
        ns.services, ns.stacks, ns.nodeclusters = no_scan(ns.services), no_scan(ns.stacks), no_scan(ns.nodeclusters)
        store.actions = no_scan(store.actions)
        yield http


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
    cluster = {
        "name": "c",
        "region": "/api/infra/v1/region/digitalocean/lon1/",
        "node_type": "/api/infra/v1/nodetype/digitalocean/1gb/",
    }
    assert client.post("/api/infra/v1/nodecluster/", json=cluster).status_code == 201
    assert client.post("/api/infra/v1/nodecluster/", json=cluster).status_code == 409


def test_the_guard_catches_a_scan(client: httpx.Client) -> None:
    # a filtered list has to look at every object: the guard notices (so the test above can fail);
    # the emulator answers its own exceptions with a JSON 500
    answer = client.get(SERVICES, params={"name": "web-3"})
    assert answer.status_code == 500 and "walked a whole collection" in answer.json()["error"]
