"""Identifiers and resource URIs → path parameters; the namespace segment."""

from __future__ import annotations

import pytest

from dockercloud_client._identifiers import insert_namespace, path_values
from dockercloud_client.errors import ConfigurationError

SERVICE_GET = "/api/app/v1/service/{uuid}/"
SERVICE_START = "/api/app/v1/service/{uuid}/start/"
TRIGGER_CALL = "/api/app/v1/service/{service_uuid}/trigger/{uuid}/call/"
TRIGGER_LIST = "/api/app/v1/service/{service_uuid}/trigger/"
REGION_GET = "/api/infra/v1/region/{provider}/{name}/"
REGION_GET_ONE = "/api/infra/v1/region/{name}/"
AZ_GET = "/api/infra/v1/az/{provider}/{region}/{name}/"
REPO_GET = "/api/repo/v1/repository/{name}/"
U = "fee900c6-97da-46b3-a21c-e2b50ed07015"
T = "7a4cea6a-0d4f-4b2a-b6d6-9e3e1c9a2b11"


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
    assert path_values(SERVICE_GET, [given]) == (U,)
    assert path_values(SERVICE_START, [given]) == (U,)


def test_trigger_uri_gives_both_parameters() -> None:
    uri = f"/api/app/v1/service/{U}/trigger/{T}/"
    assert path_values(TRIGGER_CALL, [uri, None]) == (U, T)
    assert path_values(TRIGGER_CALL, [f"/api/app/v1/org/service/{U}/", T]) == (U, T)
    assert path_values(TRIGGER_CALL, [U, T]) == (U, T)
    assert path_values(TRIGGER_LIST, [f"/api/app/v1/service/{U}/"]) == (U,)
    assert path_values(TRIGGER_LIST, [uri]) == (U,)


def test_composite_names() -> None:
    assert path_values(REGION_GET, ["digitalocean/lon1", None]) == ("digitalocean", "lon1")
    assert path_values(REGION_GET, ["digitalocean", "lon1"]) == ("digitalocean", "lon1")
    assert path_values(REGION_GET, ["/api/infra/v1/region/digitalocean/lon1/", None]) == ("digitalocean", "lon1")
    assert path_values(REGION_GET_ONE, ["digitalocean/lon1"]) == ("digitalocean/lon1",)
    assert path_values(AZ_GET, ["aws/us-east-1/us-east-1a", None, None]) == ("aws", "us-east-1", "us-east-1a")
    assert path_values(AZ_GET, ["aws", "us-east-1/us-east-1a", None]) == ("aws", "us-east-1", "us-east-1a")
    assert path_values(REPO_GET, ["/api/repo/v1/repository/quay.io/x/y/"]) == ("quay.io/x/y",)
    assert path_values(REPO_GET, ["tutum/mysql"]) == ("tutum/mysql",)


@pytest.mark.parametrize(
    ("template", "args"),
    [
        (SERVICE_GET, [""]),
        (REGION_GET, ["digitalocean", None]),
        (REGION_GET, [None, "lon1"]),
        (SERVICE_GET, ["/api/infra/v1/node/x/"]),
        (SERVICE_GET, [f"/api/app/v1/container/{U}/"]),
        (SERVICE_GET, ["/not/an/api/path/"]),
    ],
)
def test_bad_identifiers(template: str, args: list[str | None]) -> None:
    with pytest.raises(ConfigurationError):
        path_values(template, args)


def test_insert_namespace() -> None:
    assert insert_namespace("/api/app/v1/service/", "org") == "/api/app/v1/org/service/"
    assert insert_namespace("/api/app/v1/service/x/start/", "org") == "/api/app/v1/org/service/x/start/"
    assert insert_namespace("/api/app/v1/service/", None) == "/api/app/v1/service/"
    with pytest.raises(ConfigurationError):
        insert_namespace("/elsewhere/", "org")
