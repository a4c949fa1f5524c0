"""The emulator's indexes give the answers a plain filter over every object gives, and stay consistent.

Random operations (fixed seed) create, start, scale, stop, update and terminate services, stacks,
containers, nodes and node clusters, add and remove triggers and repositories; then every list filter
that reads an index (``state``, ``uuid__startswith``, ``name``, ``stack``, ``stack__name``,
``service__stack__name``, ``node``, ``node_cluster``, a node's ``docker_version``, ``region`` and
``node_type``, an action's ``object``) answers exactly what this
test computes by brute force from the unfiltered lists, and every collection's groups equal the groups
recomputed from its objects. Also: which finished actions are kept (``Limits.kept_actions``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from dockercloud_emulator import EmulatorHandle, Limits, run_emulator
from dockercloud_emulator.auth import DEFAULT_APIKEY, DEFAULT_USER
from dockercloud_emulator.store import Collection, Obj, Store

SERVICES = "/api/app/v1/service/"
STACKS = "/api/app/v1/stack/"
CONTAINERS = "/api/app/v1/container/"
NODES = "/api/infra/v1/node/"
CLUSTERS = "/api/infra/v1/nodecluster/"
ACTIONS = "/api/audit/v1/action/"
REPOSITORIES = "/api/repo/v1/repository/"
CLUSTER = {
    "region": "/api/infra/v1/region/digitalocean/lon1/",
    "node_type": "/api/infra/v1/nodetype/digitalocean/1gb/",
}
NAMES = ["web", "db", "cache", "api", "worker", "None"]
IMAGES = ["nginx", "redis:7", "registry.local:5000/web:2", "registry.local:5000/web", "quay.io/app/x"]
OPERATIONS = 160


def everything(http: httpx.Client, path: str, **params: str | list[str]) -> list[Obj]:
    """Every object of a list (one page of at most 1,000: the test stores fewer)."""
    page = http.get(path, params={**params, "limit": 1000}).json()
    assert page["meta"]["total_count"] == len(page["objects"]), page["meta"]
    objects: list[Obj] = page["objects"]
    return objects


def pick(rng: random.Random, objects: list[Obj]) -> Obj | None:
    return rng.choice(objects) if objects else None


def random_operations(http: httpx.Client, rng: random.Random) -> None:
    """Operations of every kind in a random order; refusals (400, 409) are part of the mix."""

    def service() -> Obj | None:
        return pick(rng, everything(http, SERVICES))

    def create_service() -> None:
        body: dict[str, Any] = {"image": rng.choice(IMAGES), "target_num_containers": rng.randint(0, 3)}
        if rng.random() < 0.8:
            body["name"] = f"{rng.choice(NAMES)}-{rng.randrange(12)}"
        http.post(SERVICES, json=body)

    def create_stack() -> None:
        members = [{"image": rng.choice(IMAGES), "name": name} for name in rng.sample(NAMES, rng.randint(0, 3))]
        http.post(STACKS, json={"name": rng.choice(NAMES), "services": members})

    def service_operation() -> None:
        svc = service()
        if svc is None:
            return
        verb = rng.choice(["start", "start", "start", "stop", "redeploy", "scale", "terminate", "update", "trigger"])
        url = f"{SERVICES}{svc['uuid']}/"
        if verb == "terminate":
            http.delete(url)
        elif verb == "update":
            http.patch(url, json={"image": rng.choice(IMAGES), "target_num_containers": rng.randint(0, 3)})
        elif verb == "trigger":
            triggers = everything(http, f"{url}trigger/")
            if triggers and rng.random() < 0.4:
                http.delete(f"{url}trigger/{triggers[0]['resource_uri'].rstrip('/').rsplit('/', 1)[1]}/")
            else:
                http.post(f"{url}trigger/", json={"name": rng.choice(NAMES), "operation": "SCALEUP"})
        else:
            http.post(f"{url}{verb}/")

    def start_stop_redeploy_or_terminate(path: str) -> Callable[[], None]:
        def operation() -> None:
            target = pick(rng, everything(http, path))
            if target is not None:
                verb = rng.choice(["start", "stop", "redeploy", "terminate"])
                if verb == "terminate":
                    http.delete(f"{path}{target['uuid']}/")
                else:
                    http.post(f"{path}{target['uuid']}/{verb}/")

        return operation

    def cluster_operation() -> None:
        cluster = pick(rng, everything(http, CLUSTERS))
        if cluster is None or rng.random() < 0.2:
            created = http.post(
                CLUSTERS, json={**CLUSTER, "name": rng.choice(NAMES), "target_num_nodes": rng.randint(1, 3)}
            )
            if created.status_code == 201:
                http.post(f"{CLUSTERS}{created.json()['uuid']}/deploy/")
            return
        verb = rng.choice(["scale", "terminate", "node", "upgrade"])
        node = pick(rng, everything(http, NODES, node_cluster=cluster["resource_uri"]))
        if verb == "upgrade":
            if node is not None:
                http.post(f"{NODES}{node['uuid']}/docker-upgrade/")
        elif cluster["name"] == "first":  # keeps its nodes, for the services
            http.patch(f"{CLUSTERS}{cluster['uuid']}/", json={"target_num_nodes": rng.randint(2, 3)})
        elif verb == "scale":
            http.patch(f"{CLUSTERS}{cluster['uuid']}/", json={"target_num_nodes": rng.randint(0, 3)})
        elif verb == "terminate":
            http.delete(f"{CLUSTERS}{cluster['uuid']}/")
        elif node is not None:
            http.delete(f"{NODES}{node['uuid']}/")

    def repository_operation() -> None:
        name = f"registry.local:5000/{rng.choice(['web', 'app', 'x'])}"
        if rng.random() < 0.6:
            http.post(REPOSITORIES, json={"name": name})
        else:
            http.delete(f"{REPOSITORIES}{name}/")

    kinds: list[tuple[Callable[[], None], int]] = [
        (create_service, 5),
        (create_stack, 2),
        (service_operation, 6),
        (start_stop_redeploy_or_terminate(STACKS), 2),
        (start_stop_redeploy_or_terminate(CONTAINERS), 3),
        (cluster_operation, 2),
        (repository_operation, 1),
    ]
    operations = [op for op, weight in kinds for _ in range(weight)]
    deployed = http.post(CLUSTERS, json={**CLUSTER, "name": "first", "target_num_nodes": 2}).json()
    http.post(f"{CLUSTERS}{deployed['uuid']}/deploy/")
    for _ in range(OPERATIONS):
        rng.choice(operations)()


@pytest.fixture(scope="module")
def filled() -> Iterator[tuple[EmulatorHandle, httpx.Client]]:
    with (
        run_emulator(step_seconds=0) as emu,
        httpx.Client(base_url=emu.rest_url, auth=(DEFAULT_USER, DEFAULT_APIKEY)) as http,
    ):
        random_operations(http, random.Random(13))
        yield emu, http


def uuids(objects: list[Obj]) -> list[str]:
    return [o.get("uuid") or o["resource_uri"] for o in objects]


def check(http: httpx.Client, path: str, params: dict[str, list[str]], keep: Callable[[Obj], bool]) -> None:
    """The emulator's filtered list == the brute-force filter over its unfiltered list, in the same order."""
    expected = [o for o in everything(http, path) if keep(o)]
    assert uuids(everything(http, path, **params)) == uuids(expected), (path, params)


def prefixes(rng: random.Random, objects: list[Obj]) -> list[str]:
    """uuid prefixes of every length around the index's (3 characters), and one that matches nothing."""
    found = [o["uuid"][:length] for o in rng.sample(objects, min(4, len(objects))) for length in (1, 2, 3, 4, 9)]
    return [*found, "zz"]


def test_the_operations_reached_every_state_an_index_files(filled: tuple[EmulatorHandle, httpx.Client]) -> None:
    _, http = filled
    services = everything(http, SERVICES)
    assert {"Not running", "Running", "Stopped", "Terminated"} <= {s["state"] for s in services}
    assert {"Running", "Terminated"} <= {c["state"] for c in everything(http, CONTAINERS)}
    assert {"Deployed", "Terminated"} <= {n["state"] for n in everything(http, NODES)}
    assert any(s["stack"] for s in services) and any(not s["stack"] for s in services)


def equal(attr: str, *values: object) -> Callable[[Obj], bool]:
    """Whether an object's ``attr`` is one of ``values``."""
    return lambda obj: obj[attr] in values


def starts(prefix: str) -> Callable[[Obj], bool]:
    """Whether an object's uuid starts with ``prefix``."""
    return lambda obj: str(obj["uuid"]).startswith(prefix)


def linked(link: Callable[[Obj], object], names: dict[str, str], name: str) -> Callable[[Obj], bool]:
    """Whether the object ``link`` leads to (a stack's URI) is named ``name`` (``names``: URI -> name)."""
    return lambda obj: names.get(str(link(obj))) == name


def both(first: Callable[[Obj], bool], second: Callable[[Obj], bool]) -> Callable[[Obj], bool]:
    return lambda obj: first(obj) and second(obj)


def test_service_filters_equal_a_brute_force_filter(filled: tuple[EmulatorHandle, httpx.Client]) -> None:
    _, http = filled
    rng = random.Random(7)
    services = everything(http, SERVICES)
    stack_names = {s["resource_uri"]: s["name"] for s in everything(http, STACKS)}
    states = sorted({s["state"] for s in services}) + ["Scaling"]
    for state in states:
        check(http, SERVICES, {"state": [state]}, equal("state", state))
    two = rng.sample(states, 2)
    check(http, SERVICES, {"state": two}, equal("state", *two))
    for prefix in prefixes(rng, services):
        check(http, SERVICES, {"uuid__startswith": [prefix]}, starts(prefix))
        check(
            http,
            SERVICES,
            {"uuid__startswith": [prefix], "state": ["Running"]},
            both(starts(prefix), equal("state", "Running")),
        )
    for name in [*{s["name"] for s in services}, "missing"]:
        check(http, SERVICES, {"name": [name]}, equal("name", name))
        check(
            http,
            SERVICES,
            {"name": [name], "state": ["Terminated"]},
            both(equal("name", name), equal("state", "Terminated")),
        )
    for name in [*NAMES, "missing"]:
        check(http, SERVICES, {"stack__name": [name]}, linked(lambda s: s["stack"], stack_names, name))
    for uri in stack_names:
        check(http, SERVICES, {"stack": [uri]}, equal("stack", uri))
        check(
            http,
            SERVICES,
            {"stack": [uri], "state": ["Running", "Stopped"]},
            both(equal("stack", uri), equal("state", "Running", "Stopped")),
        )


def test_container_node_and_cluster_filters_equal_a_brute_force_filter(
    filled: tuple[EmulatorHandle, httpx.Client],
) -> None:
    _, http = filled
    rng = random.Random(8)
    containers = everything(http, CONTAINERS)
    stack_of = {s["resource_uri"]: s["stack"] for s in everything(http, SERVICES)}
    stack_names = {s["resource_uri"]: s["name"] for s in everything(http, STACKS)}
    for state in sorted({c["state"] for c in containers}) + ["Stopping"]:
        check(http, CONTAINERS, {"state": [state]}, equal("state", state))
    for prefix in prefixes(rng, containers):
        check(http, CONTAINERS, {"uuid__startswith": [prefix]}, starts(prefix))
    for name in [*NAMES, "missing"]:
        check(
            http,
            CONTAINERS,
            {"service__stack__name": [name]},
            linked(lambda c: stack_of[c["service"]], stack_names, name),
        )
    for svc in {c["service"] for c in containers}:
        check(
            http,
            CONTAINERS,
            {"service": [svc], "state": ["Running"]},
            both(equal("service", svc), equal("state", "Running")),
        )
    nodes = everything(http, NODES)
    for node in nodes:
        check(http, CONTAINERS, {"node": [node["resource_uri"]]}, equal("node", node["resource_uri"]))
    for state in sorted({n["state"] for n in nodes}):
        check(http, NODES, {"state": [state]}, equal("state", state))
    for attr in ("docker_version", "region", "node_type"):
        for value in sorted({n[attr] for n in nodes}):
            check(http, NODES, {attr: [value]}, equal(attr, value))
    assert len({n["docker_version"] for n in nodes}) > 1
    for prefix in prefixes(rng, nodes):
        check(http, NODES, {"uuid__startswith": [prefix]}, starts(prefix))
    clusters = everything(http, CLUSTERS)
    for cluster in clusters:
        check(http, NODES, {"node_cluster": [cluster["resource_uri"]]}, equal("node_cluster", cluster["resource_uri"]))
    for state in sorted({c["state"] for c in clusters}):
        check(http, CLUSTERS, {"state": [state]}, equal("state", state))
    for attr in ("region", "node_type"):
        for value in sorted({c[attr] for c in clusters}):
            deployed = both(equal(attr, value), equal("state", "Deployed"))
            check(http, CLUSTERS, {attr: [value], "state": ["Deployed"]}, deployed)


def test_action_filters_equal_a_brute_force_filter(filled: tuple[EmulatorHandle, httpx.Client]) -> None:
    _, http = filled
    rng = random.Random(9)
    actions = everything(http, ACTIONS)
    assert len(actions) > OPERATIONS // 2
    for state in sorted({a["state"] for a in actions}) + ["Pending"]:
        check(http, ACTIONS, {"state": [state]}, equal("state", state))
    for prefix in prefixes(rng, actions):
        check(http, ACTIONS, {"uuid__startswith": [prefix]}, starts(prefix))
    for obj in rng.sample(sorted({a["object"] for a in actions}), 10):
        check(http, ACTIONS, {"object": [obj]}, equal("object", obj))


def test_repositories_in_use_equals_their_live_services(filled: tuple[EmulatorHandle, httpx.Client]) -> None:
    _, http = filled
    live_images = {s["image_name"].rsplit(":", 1)[0] for s in everything(http, SERVICES) if s["state"] != "Terminated"}
    repositories = everything(http, REPOSITORIES)
    assert repositories
    for repo in repositories:
        assert repo["in_use"] == (repo["name"] in live_images), repo


def test_every_index_equals_the_one_recomputed_from_its_objects(filled: tuple[EmulatorHandle, httpx.Client]) -> None:
    emu, _ = filled
    store = emu.app.state.store
    collections = [store.actions, *(c for ns in store.namespaces.values() for c in ns.collections.values())]
    assert sum(len(c) for c in collections) > OPERATIONS // 2
    for collection in collections:
        assert_consistent(collection)


def assert_consistent(collection: Collection) -> None:
    """The groups, order and names of ``collection`` are what its objects say, whatever happened to them."""
    objects = list(collection.ordered())
    assert sorted(map(id, objects)) == sorted(map(id, collection.values()))
    for group, key_of in collection._group_keys.items():
        expected: dict[object, list[Obj]] = {}
        for obj in objects:
            expected.setdefault(key_of(obj), []).append(obj)
        assert set(collection.group_values(group)) == set(expected), group
        for value, members in expected.items():
            assert [id(o) for o in collection.group(group, value)] == [id(o) for o in members], (group, value)
            assert collection.count(group, value) == len(members)


def test_terminate_and_delete_leave_every_index_consistent() -> None:
    with (
        run_emulator(step_seconds=0) as emu,
        httpx.Client(base_url=emu.rest_url, auth=(DEFAULT_USER, DEFAULT_APIKEY)) as http,
    ):
        cluster = http.post(CLUSTERS, json={**CLUSTER, "name": "c", "target_num_nodes": 2}).json()
        http.post(f"{CLUSTERS}{cluster['uuid']}/deploy/")
        stack = http.post(STACKS, json={"name": "s", "services": [{"image": "registry.local:5000/web", "name": "a"}]})
        http.post(f"{STACKS}{stack.json()['uuid']}/start/")
        http.post(REPOSITORIES, json={"name": "registry.local:5000/web"})
        svc = everything(http, SERVICES)[0]
        trigger = http.post(f"{SERVICES}{svc['uuid']}/trigger/", json={"name": "t"}).json()
        assert everything(http, REPOSITORIES)[0]["in_use"] is True
        http.delete(f"{SERVICES}{svc['uuid']}/trigger/{trigger['resource_uri'].rstrip('/').rsplit('/', 1)[1]}/")
        http.delete(f"{STACKS}{stack.json()['uuid']}/")
        assert everything(http, REPOSITORIES)[0]["in_use"] is False
        http.delete(f"{REPOSITORIES}registry.local:5000/web/")
        http.delete(f"{CLUSTERS}{cluster['uuid']}/")
        assert [s["state"] for s in everything(http, SERVICES, state="Terminated")] == ["Terminated"]
        assert everything(http, CONTAINERS, state="Running") == []
        assert len(everything(http, NODES, state="Terminated")) == 2
        store = emu.app.state.store
        ns = store.ns(DEFAULT_USER)
        assert len(ns["triggers"]) == 0 and len(ns["repositories"]) == 0
        for collection in [store.actions, *ns.collections.values()]:
            assert_consistent(collection)


def fake_action(uuid: str, state: str, namespace: str = "demo") -> Obj:
    return {"uuid": uuid, "state": state, "_ns": namespace, "object": f"/api/app/v1/{namespace}/service/{uuid}/"}


def test_finished_actions_beyond_the_limit_are_dropped_oldest_first() -> None:
    store = Store(kept_actions=2)
    ns = store.ns("demo")

    def finish(action: Obj, state: str) -> None:
        action["state"] = state
        store.state_changed(ns, "action", action)

    states = (("a", "In progress"), ("b", "Success"), ("c", "Failed"), ("d", "Success"))
    a, b, c, d = (fake_action(uuid, state) for uuid, state in states)
    for action in (a, b, c):
        store.add_action(action)
    assert list(store.actions) == ["a", "b", "c"]  # at the limit: two finished, one running
    store.add_action(d)
    assert list(store.actions) == ["a", "c", "d"]  # the running one stays however old
    finish(a, "Canceled")
    assert list(store.actions) == ["a", "d"]  # finished last: a is now the newest finished
    finish(d, "In progress")  # retried: running again, not counted
    store.add_action(fake_action("e", "Success"))
    assert list(store.actions) == ["a", "d", "e"]
    finish(d, "Success")
    assert list(store.actions) == ["d", "e"]
    store.add_action(fake_action("o", "Success", "demo-org"))  # another namespace keeps its own
    assert list(store.actions) == ["d", "e", "o"]
    assert set(store.action_namespaces) == {"demo", "demo-org"}
    assert store.actions.group("state", "Success") == [d, store.actions["e"], store.actions["o"]]
    assert_consistent(store.actions)
    with pytest.raises(ValueError, match="at least 1"):
        Store(kept_actions=0)


def test_a_dropped_action_answers_404_like_an_unknown_one() -> None:
    with (
        run_emulator(step_seconds=0, limits=Limits(kept_actions=3)) as emu,
        httpx.Client(base_url=emu.rest_url, auth=(DEFAULT_USER, DEFAULT_APIKEY)) as http,
    ):
        org = http.post("/api/app/v1/demo-org/service/", json={"image": "nginx", "name": "org"})
        created = [http.post(SERVICES, json={"image": "nginx", "name": f"web-{i}"}) for i in range(3)]
        first, *_ = uris = [r.headers["X-DockerCloud-Action-URI"] for r in created]
        assert [http.get(uri).status_code for uri in uris] == [200, 200, 200]  # at the limit: all kept
        http.post(SERVICES, json={"image": "nginx", "name": "web-3"})
        dropped = http.get(first)
        unknown = http.get(f"{ACTIONS}00000000-0000-0000-0000-000000000000/")
        assert (dropped.status_code, dropped.json()) == (unknown.status_code, unknown.json()) == (404, unknown.json())
        listed = everything(http, ACTIONS)
        assert first not in [a["resource_uri"] for a in listed] and len(listed) == 4  # 3 of demo, 1 of demo-org
        service = created[0].json()["resource_uri"]
        assert everything(http, ACTIONS, object=service) == []
        assert http.get(org.headers["X-DockerCloud-Action-URI"]).status_code == 200  # its namespace's own history
        emu.reset()
        assert emu.app.state.store.kept_actions == 3
