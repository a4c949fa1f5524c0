"""The admin endpoints need the admin token, and fault rules are bounded and cannot stall the server."""

from __future__ import annotations

import time

import httpx
import pytest

from dockercloud_emulator import EmulatorHandle, run_emulator
from dockercloud_emulator.faults import PathPattern

pytestmark = pytest.mark.timeout(60)

ADMIN_CALLS = [
    ("POST", "/_emulator/reset/", None),
    ("POST", "/_emulator/faults/", {"kind": "slow", "delay": 30, "path": "*"}),
    ("GET", "/_emulator/faults/", None),
    ("DELETE", "/_emulator/faults/", None),
    ("GET", "/_emulator/state/", None),
]


def _admin(emu: EmulatorHandle) -> dict[str, str]:
    return {"Authorization": f"Bearer {emu.admin_token}"}


@pytest.mark.parametrize(("method", "path", "body"), ADMIN_CALLS)
def test_accounts_cannot_use_admin_endpoints(
    emu: EmulatorHandle, client: httpx.Client, other_client: httpx.Client, method: str, path: str, body: object
) -> None:
    client.post("/api/app/v1/service/", json={"image": "redis"})
    for account in (client, other_client):
        refused = account.request(method, path, json=body)
        assert refused.status_code == 403, refused.text
        assert "admin token" in refused.json()["error"]
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {emu.admin_token}"}):
        anonymous = httpx.request(method, emu.rest_url + path, json=body, headers=headers)
        assert anonymous.status_code == 401 and "admin token" in anonymous.json()["error"]
    # nothing happened: the data is there, no fault slows the next request
    assert client.get("/api/app/v1/service/").json()["meta"]["total_count"] == 1
    assert httpx.get(emu.rest_url + "/_emulator/faults/", headers=_admin(emu)).json() == {"faults": []}


def test_admin_token_works_and_can_be_chosen() -> None:
    with run_emulator(admin_token="chosen-token") as emu:
        assert emu.admin_token == "chosen-token"
        assert httpx.post(emu.rest_url + "/_emulator/reset/", headers=_admin(emu)).json() == {"reset": True}
    with run_emulator() as one, run_emulator() as two:
        assert one.admin_token != two.admin_token and len(one.admin_token) >= 32
        refused = httpx.post(one.rest_url + "/_emulator/reset/", headers=_admin(two))
        assert refused.status_code == 401


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("/api/app/v1/service/", "/api/app/v1/service/abc/start/", True),  # a plain prefix
        ("/api/app/v1/service/", "/api/app/v1/demo/service/", False),
        ("*/service/", "/api/app/v1/demo/service/", True),  # a glob matches the whole path
        ("*/service/", "/api/app/v1/service/abc/", False),
        ("/api/app/v1/service/*/start/", "/api/app/v1/service/abc/start/", True),
        ("/api/app/v1/service/*/start/", "/api/app/v1/service/abc/stop/", False),
        ("*/logs/", "/api/app/v1/container/x/logs/", True),
        ("/api/?pp/*", "/api/app/v1/", True),
        ("/api/?pp/*", "/api/infra/v1/", False),
        ("*a*b*", "xxaxxbxx", True),
        ("*a*b", "xxbxxa", False),
        ("a*a", "a", False),
        ("*", "", True),
        ("^/(a+)+$", "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", False),  # not a regex any more
    ],
)
def test_path_patterns(pattern: str, path: str, expected: bool) -> None:
    assert PathPattern(pattern).matches(path) is expected


def test_a_pathological_pattern_does_not_stall_the_server(emu: EmulatorHandle, client: httpx.Client) -> None:
    # the regex ^/(a+)+$ took 3.2 s on a 26-character path and doubled every 2 characters
    rule = {"kind": "status", "path": "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", "count": 1}
    assert httpx.post(emu.rest_url + "/_emulator/faults/", json=rule, headers=_admin(emu)).status_code == 201
    response = client.get("/api/app/v1/service/" + "a" * 4000 + "/")
    assert response.status_code == 404  # the rule does not match; the request went through


@pytest.mark.parametrize(
    ("rule", "word"),
    [
        ({"kind": "slow", "delay": 1e9}, "delay"),
        ({"kind": "slow", "delay": -1}, "delay"),
        ({"kind": "status", "count": 10**9}, "count"),
        ({"kind": "status", "count": 0}, "count"),
        ({"kind": "status", "retry_after": 10**7}, "retry_after"),
        ({"kind": "drop_websocket", "after_messages": 10**9}, "after_messages"),
        ({"kind": "status", "status": 700}, "status"),
        ({"kind": "status", "path": "x" * 300}, "path"),
        ({"kind": "status", "path": ""}, "path"),
        ({"kind": "status", "method": "BREW"}, "method"),
    ],
)
def test_fault_rules_are_bounded(emu: EmulatorHandle, rule: dict[str, object], word: str) -> None:
    response = httpx.post(emu.rest_url + "/_emulator/faults/", json=rule, headers=_admin(emu))
    assert response.status_code == 400 and word in response.json()["error"]


def test_rule_count_is_bounded(emu: EmulatorHandle) -> None:
    with httpx.Client(base_url=emu.rest_url, headers=_admin(emu)) as admin:
        for _ in range(100):
            assert admin.post("/_emulator/faults/", json={"kind": "status", "path": "/nowhere/"}).status_code == 201
        refused = admin.post("/_emulator/faults/", json={"kind": "status", "path": "/nowhere/"})
        assert refused.status_code == 400 and "at most 100" in refused.json()["error"]


def test_slow_fault_is_capped_and_affects_only_matching_requests(emu: EmulatorHandle, client: httpx.Client) -> None:
    emu.inject_fault(path="/api/infra/v1/region/", kind="slow", delay=60, count=1)
    started = time.monotonic()
    assert client.get("/api/infra/v1/provider/").status_code == 200  # not delayed: another path
    assert time.monotonic() - started < 30
