"""Tolerant decoding through the public Client: legacy responses decode and round-trip, a present
attribute of the wrong type is reported with its path, strict mode refuses what is undocumented."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from dockercloud_api.models import NodeState, ServiceState
from dockercloud_client import AsyncClient, Client, ResponseValidationError
from tests.client import legacy_corpus as corpus
from tests.spec_conformance import spec_copy

HOST = "http://127.0.0.1:9"
SPEC = spec_copy()
EXAMPLES: dict[str, Any] = {name: ex["value"] for name, ex in SPEC["components"]["examples"].items()}


def _first_page(group: str) -> Callable[[Client], Any]:
    """Calls ``client.<group>.list()`` and takes its first page."""
    return lambda c: next(iter(getattr(c, group).list().pages()))


#: How each corpus operation is called through the public client (lists: the first page).
CALLS: dict[str, Callable[[Client], Any]] = {
    "services_get": lambda c: c.services.get(corpus.SERVICE_UUID),
    "nodes_get": lambda c: c.nodes.get(corpus.NODE_UUID),
    "actions_get": lambda c: c.actions.get(corpus.ACTION_UUID),
    "registries_get": lambda c: c.registries.get("quay.io"),
    "node_clusters_get": lambda c: c.node_clusters.get(corpus.CLUSTER_UUID),
    "stacks_get": lambda c: c.stacks.get(corpus.STACK_UUID),
    "containers_get": lambda c: c.containers.get(corpus.CONTAINER_UUID),
    "providers_get": lambda c: c.providers.get("digitalocean"),
    "regions_get": lambda c: c.regions.get("digitalocean", "lon1"),
    "availability_zones_get": lambda c: c.availability_zones.get("aws", "us-east-1", "us-east-1a"),
    "node_types_get": lambda c: c.node_types.get("digitalocean", "1gb"),
    "repositories_get": lambda c: c.repositories.get("quay.io/alice/app"),
    "triggers_get": lambda c: c.triggers.get(corpus.SERVICE_UUID, corpus.TRIGGER_UUID),
    "triggers_list": lambda c: next(iter(c.triggers.list(corpus.SERVICE_UUID).pages())),
    **{
        f"{group}_list": _first_page(group)
        for group in (
            "services",
            "nodes",
            "actions",
            "registries",
            "node_clusters",
            "stacks",
            "containers",
            "providers",
            "regions",
            "availability_zones",
            "node_types",
            "repositories",
            "tags",
        )
    },
}


def serving(routes: dict[str, Any], tmp_path: Path, **options: Any) -> Client:
    """A public Client whose transport answers each path in ``routes`` with that JSON body."""

    def answer(request: httpx.Request) -> httpx.Response:
        body = routes.get(request.url.path)
        return httpx.Response(200, json=body) if body is not None else httpx.Response(404, json={"error": "no"})

    return Client(
        user="alice", apikey="k", rest_host=HOST, transport=httpx.MockTransport(answer), environ={}, home=tmp_path,
        **options,
    )  # fmt: skip


def test_the_corpus_covers_a_get_and_a_list_of_every_resource() -> None:
    assert {operation for _, operation, _, _ in corpus.CASES} == set(CALLS)


@pytest.mark.parametrize(("case", "operation", "path", "body"), corpus.CASES, ids=[c[0] for c in corpus.CASES])
def test_legacy_response_decodes_and_round_trips(
    case: str, operation: str, path: str, body: dict[str, Any], tmp_path: Path
) -> None:
    with serving({path: body}, tmp_path) as client:
        decoded = CALLS[operation](client)
    assert decoded.to_dict() == body  # nothing present is lost, nothing absent is invented


def test_present_attributes_are_typed_and_absent_or_null_ones_are_none(tmp_path: Path) -> None:
    with serving({"/api/app/v1/service/": corpus.page(corpus.SERVICE, corpus.SERVICE_OLD)}, tmp_path) as client:
        web, db = list(client.services.list())
    assert web.state is ServiceState.RUNNING and db.state is ServiceState.STOPPED
    assert web.deployed_datetime is not None and web.deployed_datetime.tzinfo is not None
    assert web.container_ports is not None and web.container_ports[0].outer_port == 32768
    assert web.cpu_shares is None and web.memory is None  # sent as null
    assert web.nickname is None and web.bindings is None and web.roles is None  # not sent
    assert web.image_tag == corpus.SERVICE["image_tag"]
    assert web["tutum_uri"] == corpus.SERVICE["tutum_uri"]  # undocumented: kept
    assert db.current_num_containers is None and db.deployment_strategy is None
    assert "state_history" in db.additional_properties


def test_node_without_hardware_facts(tmp_path: Path) -> None:
    path = f"/api/infra/v1/node/{corpus.NODE_UUID}/"
    with serving({path: corpus.NODE}, tmp_path) as client:
        node = client.nodes.get(corpus.NODE_UUID)
    assert node.state is NodeState.DEPLOYED
    assert (node.availability_zone, node.cpu, node.memory, node.tunnel) == (None, None, None, None)
    assert node["agent_version"] == "0.11.2"


def _with(body: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**body, **changes}


def test_wrong_type_names_operation_path_and_expected_type(tmp_path: Path) -> None:
    services = [_with(corpus.SERVICE, uuid=f"u{i}") for i in range(5)]
    services[3]["target_num_containers"] = "x"
    with serving({"/api/app/v1/service/": corpus.page(*services)}, tmp_path) as client:
        page = list(client.services.list())
    # The page's objects are filled on first access: the others read fine, the invalid one raises then.
    assert [page[i].uuid for i in (0, 1, 2, 4)] == ["u0", "u1", "u2", "u4"]
    with pytest.raises(ResponseValidationError) as caught:
        page[3].name  # noqa: B018
    with pytest.raises(ResponseValidationError):  # every access, not only the first
        page[3].to_dict()
    error = caught.value
    assert (error.operation_id, error.path, error.expected) == (
        "services_list",
        "objects[3].target_num_containers",
        "integer",
    )
    assert "services_list" in str(error) and "objects[3].target_num_containers: expected integer, got string" in str(
        error
    )


@pytest.mark.parametrize(
    ("changes", "path", "expected"),
    [
        ({"container_ports": [{"inner_port": "80"}]}, "container_ports[0].inner_port", "integer"),
        ({"container_ports": {"inner_port": 80}}, "container_ports", "array"),
        ({"containers": ["/api/app/v1/alice/container/1/", 7]}, "containers[1]", "string"),
        ({"deployed_datetime": "yesterday"}, "deployed_datetime", "RFC 1123 or ISO 8601 timestamp"),
        ({"autorestart": 1}, "autorestart", "string"),
        ({"privileged": "false"}, "privileged", "boolean"),
        ({"labels": ["a"]}, "labels", "object"),
        ({"uuid": None}, "uuid", "string"),
        ({"name": 3}, "name", "string"),
    ],
)
def test_wrong_types_anywhere_are_reported_not_passed_through(
    changes: dict[str, Any], path: str, expected: str, tmp_path: Path
) -> None:
    url = f"/api/app/v1/service/{corpus.SERVICE_UUID}/"
    with (
        serving({url: _with(corpus.SERVICE, **changes)}, tmp_path) as client,
        pytest.raises(ResponseValidationError) as caught,
    ):
        client.services.get(corpus.SERVICE_UUID)
    assert (caught.value.operation_id, caught.value.path, caught.value.expected) == ("services_get", path, expected)


def test_missing_identity_is_reported(tmp_path: Path) -> None:
    body = {k: v for k, v in corpus.SERVICE.items() if k != "resource_uri"}
    with (
        serving({f"/api/app/v1/service/{corpus.SERVICE_UUID}/": body}, tmp_path) as client,
        pytest.raises(ResponseValidationError, match="resource_uri: expected a value, got missing"),
    ):
        client.services.get(corpus.SERVICE_UUID)


def test_unknown_enum_value_keeps_the_object(tmp_path: Path) -> None:
    body = _with(corpus.SERVICE, state="Hibernating", deployment_strategy="RANDOM")
    with serving({f"/api/app/v1/service/{corpus.SERVICE_UUID}/": body}, tmp_path) as client:
        service = client.services.get(corpus.SERVICE_UUID)
    assert service.state == "Hibernating" and not service.state.is_known
    assert service.to_dict() == body


def test_strict_mode_refuses_a_missing_documented_attribute(tmp_path: Path) -> None:
    url = f"/api/app/v1/service/{corpus.SERVICE_UUID}/"
    with (
        serving({url: corpus.SERVICE}, tmp_path, strict=True) as client,
        pytest.raises(ResponseValidationError) as caught,
    ):
        client.services.get(corpus.SERVICE_UUID)
    assert caught.value.expected == "a documented attribute"
    assert caught.value.path and caught.value.path not in corpus.SERVICE  # one of the omitted ones
    with serving({url: corpus.SERVICE}, tmp_path) as client:  # tolerant by default
        assert client.services.get(corpus.SERVICE_UUID).to_dict() == corpus.SERVICE


def test_strict_mode_looks_inside_lists(tmp_path: Path) -> None:
    complete = copy.deepcopy(EXAMPLES["Service"])
    meta = {"limit": 25, "offset": 0, "total_count": 1, "next": None, "previous": None}
    with serving({"/api/app/v1/service/": {"meta": meta, "objects": [complete]}}, tmp_path, strict=True) as client:
        assert [s.uuid for s in client.services.list()] == [complete["uuid"]]  # the docs' example is complete
    del complete["container_ports"][0]["port_name"]
    with (
        serving({"/api/app/v1/service/": {"meta": meta, "objects": [complete]}}, tmp_path, strict=True) as client,
        pytest.raises(ResponseValidationError) as caught,
    ):
        list(client.services.list())
    assert caught.value.path == "objects[0].container_ports[0].port_name"


@pytest.mark.anyio
async def test_async_client_decodes_legacy_responses(tmp_path: Path) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=corpus.page(corpus.ACTION))

    async with AsyncClient(user="alice", apikey="k", rest_host=HOST, transport=httpx.MockTransport(answer),
                           environ={}, home=tmp_path) as client:  # fmt: skip
        actions = [a async for a in client.actions.list()]
    assert actions[0].user is None and actions[0].is_user_action is None and actions[0].to_dict() == corpus.ACTION


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
