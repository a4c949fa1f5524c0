"""Stream URLs: documented paths, namespace rule, resource URIs, no credentials in queries."""

from __future__ import annotations

import pytest

from dockercloud_client._identifiers import resolve_path
from dockercloud_client.errors import ConfigurationError, InvalidIdentifierError
from dockercloud_client.streams.urls import events_url, exec_url, logs_url, resolve_target, stream_base

pytestmark = pytest.mark.timeout(10)

BASE = "wss://ws.cloud.docker.com"
C = "0b0e3538-88df-4f07-9aed-3a3cc4175076"


def test_events_url_plain_and_namespaced() -> None:
    assert events_url(BASE, None) == f"{BASE}/api/audit/v1/events/"
    assert events_url(BASE + "/", "org") == f"{BASE}/api/audit/v1/org/events/"


def test_events_filters_use_documented_parent_and_commas() -> None:
    url = events_url(
        BASE,
        None,
        type=["service", "container"],
        object="/api/app/v1/service/abc/",
        parent=["/api/app/v1/stack/s1/", "/api/app/v1/stack/s2/"],
    )
    assert url == (
        f"{BASE}/api/audit/v1/events/?type=service,container&object=/api/app/v1/service/abc/"
        "&parent=/api/app/v1/stack/s1/,/api/app/v1/stack/s2/"
    )
    assert "parents=" not in url


def test_logs_urls() -> None:
    assert logs_url(BASE, "container", C, None) == f"{BASE}/api/app/v1/container/{C}/logs/?tail=300&follow=true"
    assert (
        logs_url(BASE, "service", "svc-1", "org", tail=0, follow=False)
        == f"{BASE}/api/app/v1/org/service/svc-1/logs/?tail=0&follow=false"
    )
    assert logs_url(BASE, "container", C, None, tail=None) == f"{BASE}/api/app/v1/container/{C}/logs/?follow=true"
    assert logs_url(BASE, "container", C, None, service="/api/app/v1/service/x/").endswith(
        "&service=/api/app/v1/service/x/"
    )


def test_action_logs_are_never_namespaced() -> None:
    assert logs_url(BASE, "action", "a-1", "org") == f"{BASE}/api/audit/v1/action/a-1/logs/?tail=300&follow=true"


def test_exec_url_quotes_the_command() -> None:
    expected = f"{BASE}/api/app/v1/org/container/{C}/exec/?command=ls%20-la%20/tmp"
    assert exec_url(BASE, C, "org", "ls -la /tmp") == expected
    assert exec_url(BASE, C, None).endswith("/exec/?command=sh")
    assert "%26" in exec_url(BASE, C, None, "echo a&b")


def test_no_credentials_anywhere() -> None:
    for url in (events_url(BASE, "o"), logs_url(BASE, "container", C, "o"), exec_url(BASE, C, "o")):
        assert "token=" not in url and "user=" not in url and "@" not in url


LOGS = {
    "container": ("/api/app/v1/container/{uuid}/logs/", True),
    "service": ("/api/app/v1/service/{uuid}/logs/", True),
    "action": ("/api/audit/v1/action/{uuid}/logs/", False),
}


@pytest.mark.parametrize(
    ("resource", "identifier", "namespace", "expected"),
    [
        ("container", C, None, (C, None)),
        ("container", C, "org", (C, "org")),
        ("container", f"/api/app/v1/container/{C}/", "org", (C, "org")),
        ("container", f"/api/app/v1/team/container/{C}/", None, (C, "team")),
        ("container", f"/api/app/v1/team/container/{C}/", "team", (C, "team")),
        ("container", f"https://cloud.docker.com/api/app/v1/container/{C}/", None, (C, None)),
        ("service", "/api/app/v1/service/s-1", None, ("s-1", None)),
        ("action", "/api/audit/v1/action/a-1/", "org", ("a-1", None)),
        ("action", "/api/app/v1/user_namespace/action/a-1/", None, ("a-1", None)),  # the docs' event example
    ],
)
def test_resolve_target(
    resource: str, identifier: str, namespace: str | None, expected: tuple[str, str | None]
) -> None:
    template, namespaced = LOGS[resource]
    resolved = resolve_target(template, identifier, namespace, namespaced=namespaced)
    assert (resolved.values[0], resolved.namespace) == expected


@pytest.mark.parametrize(
    ("resource", "identifier", "namespace"),
    [
        ("container", "/api/app/v1/service/s-1/", None),
        ("service", f"/api/app/v1/container/{C}/", None),
        ("container", f"/api/infra/v1/container/{C}/", None),
        ("container", "", None),
        ("container", "../../etc", None),
        ("container", "..", None),
        ("container", "a/b", None),
        ("container", "x?token=1", None),
        ("container", "x%2F..", None),
        # a URI of another namespace than the bound one, as for REST
        ("container", f"/api/app/v1/team/container/{C}/", "org"),
    ],
)
def test_resolve_target_rejects(resource: str, identifier: str, namespace: str | None) -> None:
    template, namespaced = LOGS[resource]
    with pytest.raises(InvalidIdentifierError):
        resolve_target(template, identifier, namespace, namespaced=namespaced)


def test_bad_inputs() -> None:
    with pytest.raises(ConfigurationError):
        logs_url(BASE, "container", C, None, tail=-1)
    with pytest.raises(ConfigurationError):
        logs_url(BASE, "service", "s", None, service="/api/app/v1/service/x/")
    with pytest.raises(ConfigurationError):
        exec_url(BASE, C, None, "  ")
    for namespace in ("a/b", "..", "x?y"):
        with pytest.raises(InvalidIdentifierError):
            events_url(BASE, namespace)


def test_stream_base() -> None:
    assert stream_base("https://ws.example.com/prefix/") == "wss://ws.example.com/prefix"
    assert stream_base("http://127.0.0.1:8000") == "ws://127.0.0.1:8000"
    for bad in ("ftp://x", "ws://user:pw@host", "nohost"):
        with pytest.raises(ConfigurationError):
            stream_base(bad)


@pytest.mark.parametrize("bound", [None, "org"])
@pytest.mark.parametrize(
    "identifier",
    [
        C,
        f"/api/app/v1/service/{C}/",
        f"/api/app/v1/org/service/{C}/",
        f"https://cloud.docker.com/api/app/v1/org/service/{C}/",
        f"/api/app/v1/other/service/{C}/",
        f"/api/app/v1/container/{C}/",
        "../../x",
    ],
)
def test_rest_and_streams_read_identifiers_alike(bound: str | None, identifier: str) -> None:
    # Decision 12: one parser turns an identifier into path segments and a namespace for REST calls and
    # streams; a service's logs stream is its REST path + "logs/", or both refuse the identifier.
    try:
        rest = resolve_path("/api/app/v1/service/{uuid}/", [identifier], namespace=bound, namespaced=True).path()
    except InvalidIdentifierError:
        with pytest.raises(InvalidIdentifierError):
            logs_url(BASE, "service", identifier, bound)
        return
    assert logs_url(BASE, "service", identifier, bound, tail=None) == f"{BASE}{rest}logs/?follow=true"
