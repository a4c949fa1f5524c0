"""Identifiers and resource URIs → checked path segments and the namespace (design decision 12)."""

from __future__ import annotations

import pytest

from dockercloud_client._identifiers import ResolvedPath, build_path, check_segment, resolve_path
from dockercloud_client.errors import ConfigurationError, InvalidIdentifierError

SERVICE_GET = "/api/app/v1/service/{uuid}/"
SERVICE_START = "/api/app/v1/service/{uuid}/start/"
TRIGGER_CALL = "/api/app/v1/service/{service_uuid}/trigger/{uuid}/call/"
TRIGGER_LIST = "/api/app/v1/service/{service_uuid}/trigger/"
REGION_GET = "/api/infra/v1/region/{provider}/{name}/"
AZ_GET = "/api/infra/v1/az/{provider}/{region}/{name}/"
REPO_GET = "/api/repo/v1/repository/{name}/"
ACTION_GET = "/api/audit/v1/action/{uuid}/"
U = "fee900c6-97da-46b3-a21c-e2b50ed07015"
T = "7a4cea6a-0d4f-4b2a-b6d6-9e3e1c9a2b11"


def values(template: str, args: list[str | None], composite: tuple[str, ...] = ()) -> tuple[str, ...]:
    return resolve_path(template, args, namespace=None, namespaced=True, composite=composite).values


@pytest.mark.parametrize(
    "given",
    [
        U,
        f"/api/app/v1/service/{U}/",
        f"/api/app/v1/service/{U}",
        f"/api/app/v1/demo-org/service/{U}/",
        f"https://cloud.docker.com/api/app/v1/service/{U}/",
        f"http://127.0.0.1:8000/api/app/v1/demo-org/service/{U}/",
    ],
)
def test_uuid_or_resource_uri(given: str) -> None:
    assert values(SERVICE_GET, [given]) == (U,)
    assert values(SERVICE_START, [given]) == (U,)


def test_trigger_uri_gives_both_parameters() -> None:
    uri = f"/api/app/v1/service/{U}/trigger/{T}/"
    assert values(TRIGGER_CALL, [uri, None]) == (U, T)
    assert values(TRIGGER_CALL, [f"/api/app/v1/org/service/{U}/", T]) == (U, T)
    assert values(TRIGGER_CALL, [U, T]) == (U, T)
    assert values(TRIGGER_LIST, [f"/api/app/v1/service/{U}/"]) == (U,)


def test_composite_names() -> None:
    assert values(REGION_GET, ["digitalocean/lon1", None]) == ("digitalocean", "lon1")
    assert values(REGION_GET, ["digitalocean", "lon1"]) == ("digitalocean", "lon1")
    assert values(REGION_GET, ["/api/infra/v1/region/digitalocean/lon1/", None]) == ("digitalocean", "lon1")
    assert values(AZ_GET, ["aws/us-east-1/us-east-1a", None, None]) == ("aws", "us-east-1", "us-east-1a")
    assert values(AZ_GET, ["aws", "us-east-1/us-east-1a", None]) == ("aws", "us-east-1", "us-east-1a")
    assert values(REPO_GET, ["/api/repo/v1/repository/quay.io/x/y/"], ("name",)) == ("quay.io/x/y",)
    assert values(REPO_GET, ["/api/repo/v1/org/repository/quay.io:5000/x/y/"], ("name",)) == ("quay.io:5000/x/y",)
    assert values(REPO_GET, ["tutum/mysql"], ("name",)) == ("tutum/mysql",)


def test_paths_are_percent_encoded_segment_by_segment() -> None:
    repo = resolve_path(
        REPO_GET, ["registry.local:5000/user/im@ge"], namespace="org", namespaced=True, composite=("name",)
    )
    assert repo.path() == "/api/repo/v1/org/repository/registry.local%3A5000/user/im%40ge/"
    assert build_path(REGION_GET, ["digitalocean", "lon1"]) == "/api/infra/v1/region/digitalocean/lon1/"
    assert build_path(SERVICE_GET, ["caf\u00e9"]) == "/api/app/v1/service/caf%C3%A9/"


# Every way an identifier could change the endpoint, the namespace or the query of a request.
TRAVERSALS = [
    "..",
    ".",
    "../../../infra/v1/nodecluster/" + U,
    "../service/" + U,
    "../../alice/service/" + U,
    U + "/../../x",
    "a/b",
    "%2e%2e",
    "%2F",
    "x%2F..%2Fy",
    "x?limit=1",
    "x#frag",
    "a\\..\\b",
    "with space",
    " " + U,
    U + "\n",
    "tab\there",
    "nul\x00",
    "bell\x07",
    "zero\u200bwidth",
    "rtl\u202eoverride",
    "nbsp\u00a0",
    "line\u2028sep",
    "lone\ud800surrogate",
    "",
    "x" * 256,
    # URIs that leave the operation's resource or subsystem, or carry a query or escapes
    f"/api/app/v1/service/{U}/../../../infra/v1/nodecluster/{U}/",
    f"/api/app/v1/container/{U}/",
    f"/api/infra/v1/service/{U}/",
    f"/api/app/v1/service/{U}/start/extra/",
    f"/api/app/v1/service/{U}/?x=1",
    f"/api/app/v1/service/{U}/#f",
    "/api/app/v1/service/%2e%2e/",
    f"/api/app/v1/../service/{U}/",
    f"/api/app/v1/a/b/service/{U}/",
    "/api/app/v1/service/",
    "/not/an/api/path/",
    "http://evil.example/",
    f"/api/app/v1/ns with space/service/{U}/",
]


@pytest.mark.parametrize("identifier", TRAVERSALS, ids=range(len(TRAVERSALS)))
def test_traversals_are_refused(identifier: str) -> None:
    with pytest.raises(InvalidIdentifierError):
        resolve_path(SERVICE_GET, [identifier], namespace=None, namespaced=True)


@pytest.mark.parametrize(
    ("template", "args", "composite"),
    [
        (REGION_GET, ["digitalocean", None], ()),
        (REGION_GET, [None, "lon1"], ()),
        (REGION_GET, ["a/b/c", None], ()),
        (REGION_GET, ["digitalocean", "lon1/x"], ()),
        (REGION_GET, ["../lon1", None], ()),
        (REPO_GET, ["tutum/../x"], ("name",)),
        (REPO_GET, ["tutum//x"], ("name",)),
        (REPO_GET, ["tutum/x/"], ("name",)),
        (REPO_GET, ["tutum/x?y"], ("name",)),
        (REPO_GET, ["tutum/mysql"], ()),
        (SERVICE_GET, [U, "extra"], ()),
    ],
)
def test_bad_argument_shapes(template: str, args: list[str | None], composite: tuple[str, ...]) -> None:
    with pytest.raises(InvalidIdentifierError):
        resolve_path(template, args, namespace=None, namespaced=True, composite=composite)


def test_namespace_of_a_resource_uri() -> None:
    uri = f"/api/app/v1/acme/service/{U}/"
    # Used when the client has no namespace, equal to a bound one is fine, another one is refused.
    assert resolve_path(SERVICE_GET, [uri], namespace=None, namespaced=True) == ResolvedPath(SERVICE_GET, (U,), "acme")
    assert (
        resolve_path(SERVICE_GET, [uri], namespace="acme", namespaced=True).path() == f"/api/app/v1/acme/service/{U}/"
    )
    with pytest.raises(InvalidIdentifierError, match="with_namespace"):
        resolve_path(SERVICE_GET, [uri], namespace="alice", namespaced=True)
    # A URI without a namespace keeps the client's.
    plain = resolve_path(SERVICE_GET, [f"/api/app/v1/service/{U}/"], namespace="acme", namespaced=True)
    assert plain.namespace == "acme"
    # Operations without a namespace ignore it (the docs show action URIs under /api/app/v1/<ns>/).
    action = resolve_path(ACTION_GET, [f"/api/app/v1/acme/action/{U}/"], namespace="alice", namespaced=False)
    assert action == ResolvedPath(ACTION_GET, (U,), None)


@pytest.mark.parametrize("namespace", ["..", ".", "a/b", "a b", "x?y", "%2e", ""])
def test_bad_namespaces(namespace: str) -> None:
    with pytest.raises(ConfigurationError):
        build_path(SERVICE_GET, [U], check_segment(namespace, "namespace"))


def test_check_segment_accepts_real_names() -> None:
    for name in (U, "web-1", "my_stack.v2", "lon1", "registry-1.docker.io", "sa-east-1a", "1gb", "x:y", 3):
        assert check_segment(name) == str(name)
    with pytest.raises(InvalidIdentifierError):
        check_segment(True)
    with pytest.raises(InvalidIdentifierError):
        check_segment(None)
