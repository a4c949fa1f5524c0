"""Adversarial request bodies and connections: every one is refused with ``{"error": ...}`` JSON, nothing
is stored, and the namespace's lists stay readable afterwards."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import httpx
import pytest

from dockercloud_emulator import EmulatorHandle, Limits, run_emulator

pytestmark = pytest.mark.timeout(60)

SVC = "/api/app/v1/service/"
STACK = "/api/app/v1/stack/"
LISTS = (
    "/api/app/v1/service/",
    "/api/app/v1/stack/",
    "/api/app/v1/container/",
    "/api/infra/v1/nodecluster/",
    "/api/infra/v1/node/",
    "/api/repo/v1/repository/",
    "/api/audit/v1/action/",
)
#: Short waits so that a test of a timeout finishes quickly; the socket reads wait far longer.
QUICK = Limits(head_timeout=0.5, body_timeout=0.5)
READ_TIMEOUT = 20.0


@pytest.fixture
def quick_emu() -> Iterator[EmulatorHandle]:
    """An emulator whose head and body timeouts are half a second."""
    with run_emulator(limits=QUICK) as handle:
        yield handle


def post_raw(client: httpx.Client, path: str, body: bytes) -> httpx.Response:
    return client.post(path, content=body, headers={"Content-Type": "application/json"})


def assert_json_error(response: httpx.Response, status: int, *words: str) -> None:
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("application/json")
    message = response.json()["error"]
    for word in words:
        assert word in message, message


def assert_lists_readable(client: httpx.Client, services: int = 0) -> None:
    for path in LISTS:
        response = client.get(path)
        assert response.status_code == 200, (path, response.text[:300])
        json.dumps(response.json())  # the whole list is valid JSON text again
    assert client.get(SVC).json()["meta"]["total_count"] == services


@pytest.mark.parametrize(
    "body",
    [
        b'{"image": "redis", "name": "a\\ud800"}',  # an escaped lone surrogate
        b'{"image": "redis", "name": "a\xed\xa0\x80"}',  # its UTF-8-like bytes (the json module lets them through)
        b'{"image": "redis\\udfff"}',
        b'{"image": "redis", "container_envvars": [{"key": "K", "value": "\\udc00"}]}',
        b'{"image": "redis", "\\ud800": 1}',  # in a key that is otherwise ignored
    ],
)
def test_lone_surrogates_are_refused_and_nothing_is_stored(client: httpx.Client, body: bytes) -> None:
    assert_json_error(post_raw(client, SVC, body), 400, "surrogate")
    assert_lists_readable(client)


def test_surrogate_in_a_stack_service_or_a_repository(client: httpx.Client) -> None:
    stack = b'{"name": "s", "services": [{"image": "redis", "name": "ok"}, {"image": "a", "name": "\\ud83d"}]}'
    assert_json_error(post_raw(client, STACK, stack), 400, "services[1].name")
    assert_json_error(post_raw(client, "/api/repo/v1/repository/", b'{"name": "x\\ud800/y"}'), 400, "surrogate")
    assert_lists_readable(client)


@pytest.mark.parametrize(
    ("field", "value"),
    [("name", "web\u0007"), ("name", "a\nb"), ("image", "redis\u0000"), ("nickname", "x\u009bq")],
)
def test_control_characters_in_names_are_refused(client: httpx.Client, field: str, value: str) -> None:
    body = {"image": "redis", field: value}
    assert_json_error(client.post(SVC, json=body), 400, field, "control character")
    assert_json_error(
        client.post(SVC, json={"image": "redis", "container_envvars": [{"key": "A\tB", "value": "v"}]}),
        400,
        "container_envvars[0].key",
    )
    assert_lists_readable(client)
    # text that is not a name keeps its control characters (a value, a command)
    created = client.post(SVC, json={"image": "redis", "run_command": "sh -c 'a\nb'"})
    assert created.status_code == 201 and created.json()["run_command"] == "sh -c 'a\nb'"


@pytest.mark.parametrize("depth", [33, 1000, 100_000])
def test_deep_nesting_is_refused(client: httpx.Client, depth: int) -> None:
    body = b'{"image": "redis", "x": ' + b"[" * depth + b"]" * depth + b"}"
    assert_json_error(post_raw(client, SVC, body), 400, "nested deeper than 32")
    assert_lists_readable(client)


def test_nesting_within_the_limit_is_accepted(client: httpx.Client) -> None:
    body = b'{"image": "redis", "x": ' + b"[" * 30 + b"]" * 30 + b"}"
    assert post_raw(client, SVC, body).status_code == 201


def test_huge_bodies_are_413(client: httpx.Client) -> None:
    services = [{"image": "redis", "name": f"s{i}"} for i in range(200_000)]
    body = json.dumps({"name": "big", "services": services}).encode()
    assert len(body) > 5_000_000
    assert_json_error(post_raw(client, STACK, body), 413, "at most 1048576 bytes")

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds while reading
        yield b'{"image": "redis", "name": "'
        for _ in range(40):
            yield b"x" * 65536
        yield b'"}'

    response = client.post(SVC, content=chunks(), headers={"Content-Type": "application/json"})
    assert_json_error(response, 413, "Payload Too Large")
    assert_lists_readable(client)


def test_long_lists_are_refused(client: httpx.Client) -> None:
    stack = {"name": "wide", "services": [{"image": "redis", "name": f"s{i}"} for i in range(101)]}
    assert_json_error(client.post(STACK, json=stack), 400, "services", "at most 100")
    tags = [{"name": f"t{i}"} for i in range(1001)]
    assert_json_error(client.post(SVC, json={"image": "redis", "tags": tags}), 400, "body.tags", "at most 1000")
    assert_json_error(client.post(SVC, json={"image": "redis", "junk": list(range(5000))}), 400, "body.junk")
    assert_lists_readable(client)


def _raw_exchange(emu: EmulatorHandle, data: bytes) -> bytes:
    """Send ``data`` on a fresh connection and read until the server closes it (bounded)."""
    with socket.create_connection((emu.host, emu.port), timeout=READ_TIMEOUT) as sock:
        sock.sendall(data)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    return received


def _json_answer(raw: bytes) -> tuple[int, dict[str, str]]:
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    assert b"content-type: application/json" in head.lower(), head
    return status, json.loads(body)


def test_half_sent_request_head_is_answered_408_and_closed(quick_emu: EmulatorHandle) -> None:
    raw = _raw_exchange(quick_emu, b"GET /api/app/v1/service/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthoriz")
    status, body = _json_answer(raw)
    assert status == 408 and "request head" in body["error"]


def test_connection_sending_nothing_is_closed(quick_emu: EmulatorHandle) -> None:
    status, _ = _json_answer(_raw_exchange(quick_emu, b""))
    assert status == 408


def test_half_sent_body_is_answered_408_and_closed(quick_emu: EmulatorHandle) -> None:
    head = (
        f"POST {SVC} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {quick_emu.auth_header}\r\n"
        "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
    )
    status, body = _json_answer(_raw_exchange(quick_emu, head.encode() + b'{"image": '))
    assert status == 408 and "body" in body["error"]
    with httpx.Client(base_url=quick_emu.rest_url, headers={"Authorization": quick_emu.auth_header}) as client:
        assert_lists_readable(client)


def test_oversized_head_is_a_json_400(emu: EmulatorHandle) -> None:
    # more than the 16 KiB an unfinished head may buffer
    request = f"GET {SVC} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: {'a' * 20000}"
    status, body = _json_answer(_raw_exchange(emu, request.encode()))
    assert status == 400 and "Bad Request" in body["error"]


def test_garbage_request_line_is_a_json_400(emu: EmulatorHandle) -> None:
    status, body = _json_answer(_raw_exchange(emu, b"\x16\x03\x01 not http\r\n\r\n"))
    assert status == 400 and "error" in body


def test_unknown_paths_are_json_404_for_http_and_websockets(emu: EmulatorHandle) -> None:
    with httpx.Client(base_url=emu.rest_url, headers={"Authorization": emu.auth_header}) as client:
        assert_json_error(client.get("/api/app/v1/nothing/here/"), 404, "Not found")
    handshake = (
        "GET /api/audit/v1/nowhere/ HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
    )
    status, body = _json_answer(_raw_exchange(emu, handshake.encode()))
    assert status == 404 and "stream" in body["error"]
