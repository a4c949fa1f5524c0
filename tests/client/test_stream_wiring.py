"""The public client hands its stream host, namespace and credentials to the Stream API (no I/O)."""

from __future__ import annotations

import pytest

from dockercloud_client import AsyncClient, Client, StreamServerError, errors, streams

ENV = {
    "DOCKERCLOUD_USER": "demo",
    "DOCKERCLOUD_APIKEY": "demo-apikey",
    "DOCKERCLOUD_REST_HOST": "http://127.0.0.1:9",
    "DOCKERCLOUD_STREAM_HOST": "ws://127.0.0.1:9",
}
UUID = "0b0e3538-88df-4f07-9aed-3a3cc4175076"

pytestmark = pytest.mark.timeout(10)  # nothing here connects; the bound is a safety net


def test_stream_urls_follow_the_client_settings() -> None:
    with Client(environ=ENV) as client:
        assert client.events.stream(type="service").url == "ws://127.0.0.1:9/api/audit/v1/events/?type=service"
        assert client.containers.logs(UUID, tail=5, follow=False).url.startswith(
            f"ws://127.0.0.1:9/api/app/v1/container/{UUID}/logs/"
        )
        assert client.services.logs(UUID).url.startswith(f"ws://127.0.0.1:9/api/app/v1/service/{UUID}/logs/")
        assert client.containers.exec(UUID, "hostname").url.startswith(
            f"ws://127.0.0.1:9/api/app/v1/container/{UUID}/exec/"
        )
        org = client.with_namespace("demo-org")
        assert org.events.stream().url.startswith("ws://127.0.0.1:9/api/audit/v1/demo-org/events/")
        assert org.containers.logs(UUID).url.startswith(f"ws://127.0.0.1:9/api/app/v1/demo-org/container/{UUID}/")
        assert org.actions.logs(UUID).url.startswith(f"ws://127.0.0.1:9/api/audit/v1/action/{UUID}/logs/")
        assert org.with_namespace(None).events.stream().url.startswith("ws://127.0.0.1:9/api/audit/v1/events/")


def test_namespace_from_the_environment_applies_to_streams() -> None:
    with Client(environ={**ENV, "DOCKERCLOUD_NAMESPACE": "team"}) as client:
        assert "/api/audit/v1/team/events/" in client.events.stream().url
        assert f"/api/app/v1/team/service/{UUID}/logs/" in client.services.logs(UUID).url


@pytest.mark.anyio
async def test_async_stream_urls() -> None:
    async with AsyncClient(environ=ENV, namespace="team") as client:
        assert "/api/audit/v1/team/events/" in client.events.stream(object="/api/app/v1/team/service/x/").url
        assert f"/api/app/v1/team/container/{UUID}/exec/" in client.containers.exec(UUID).url
        assert "/api/audit/v1/other/events/" in client.with_namespace("other").events.stream().url


def test_one_exception_tree() -> None:
    assert streams.StreamServerError is StreamServerError is errors.StreamServerError
    assert issubclass(StreamServerError, errors.DockerCloudError)
    error = StreamServerError("boom", url="ws://u:p@127.0.0.1:9/x")
    assert "u:p" not in str(error) and "boom" in str(error)


def test_models_convenience() -> None:
    import dockercloud_api.models
    import dockercloud_client.models
    from dockercloud_client import models

    assert models is dockercloud_client.models
    assert set(models.__all__) == set(dockercloud_api.models.__all__)
    assert models.ServiceCreate is dockercloud_api.models.ServiceCreate
    assert models.ServiceCreate(image="tutum/hello-world").image == "tutum/hello-world"
