"""Synchronous streams against the Docker Cloud emulator on 127.0.0.1."""

from __future__ import annotations

import pytest

from dockercloud_client.errors import AuthenticationError, NotFoundError
from dockercloud_client.streams import (
    Event,
    EventStream,
    ExecSession,
    LogStream,
    StreamReconnected,
    StreamServerError,
)
from dockercloud_client.streams.exec import run

from .emulator_helpers import FAST, SERVICE_LIFECYCLE, Cloud, read_until, watchdog

pytestmark = pytest.mark.timeout(30)
BAD_KEY = "Basic ZGVtbzp3cm9uZw=="  # demo:wrong


def test_service_lifecycle_events_in_order_with_filters(cloud: Cloud) -> None:
    api = cloud.streams()
    with EventStream(api, type="service") as services, EventStream(api, type=["container"]) as containers:
        svc = cloud.create_service()
        uri = svc["resource_uri"]
        cloud.call("POST", uri + "start/")
        cloud.call("PATCH", uri, {"target_num_containers": 2})
        cloud.call("POST", uri + "scale/")
        cloud.call("DELETE", uri)
        service_events = read_until(services, "Terminated")
        container_events = read_until(containers, "Terminated")
    assert all(isinstance(e, Event) and e.type.value == "service" for e in service_events)
    states = [(e.action.value, e.state) for e in service_events if isinstance(e, Event)]
    assert states == SERVICE_LIFECYCLE
    assert all(isinstance(e, Event) and e.resource_uri == uri for e in service_events)
    assert all(
        isinstance(e, Event) and e.type.value == "container" and uri in (e.parents or []) for e in container_events
    )
    first = service_events[0]
    assert isinstance(first, Event) and first.datetime is not None and first.datetime.tzinfo is not None


def test_parent_and_object_filters(cloud: Cloud) -> None:
    other = cloud.create_service("other")
    svc = cloud.create_service()
    api = cloud.streams()
    with (
        EventStream(api, parent=svc["resource_uri"]) as children,
        EventStream(api, object=svc["resource_uri"]) as itself,
    ):
        cloud.call("POST", other["resource_uri"] + "start/")
        cloud.call("POST", svc["resource_uri"] + "start/")
        cloud.call("POST", svc["resource_uri"] + "stop/")
        child_events = read_until(children, "Stopped", limit=12)
        own_events = read_until(itself, "Stopped")
    assert child_events and all(isinstance(e, Event) and svc["resource_uri"] in (e.parents or []) for e in child_events)
    assert {e.type.value for e in child_events if isinstance(e, Event)} >= {"container", "action"}
    assert [e.state for e in own_events if isinstance(e, Event)] == ["Starting", "Running", "Stopping", "Stopped"]


def test_dropped_socket_is_survived_and_signalled(cloud: Cloud) -> None:
    # The emulator lets one message through and closes with 1011 when it would send the next.
    cloud.emu.inject_fault(path="*/events/", kind="drop_websocket", after_messages=1)
    seen: list[StreamReconnected] = []
    with EventStream(cloud.streams(), type="service", reconnect=FAST, on_reconnect=seen.append) as events:
        timer = watchdog(events)
        svc = cloud.create_service()
        first = next(events)
        cloud.call("POST", svc["resource_uri"] + "start/")  # its events hit the drop: missed
        marker = next(events)  # returns once the stream has reconnected
        cloud.call("POST", svc["resource_uri"] + "stop/")
        after = [next(events), next(events)]
        timer.cancel()
    assert isinstance(first, Event) and first.action.value == "create"
    assert isinstance(marker, StreamReconnected) and seen == [marker] and "1011" in marker.reason
    assert marker.last_event_at == first.datetime
    assert [e.state for e in after if isinstance(e, Event)] == ["Stopping", "Stopped"]
    assert events.reconnects == 1


def test_bad_key_fails_fast(cloud: Cloud) -> None:
    api = cloud.streams(authorization=BAD_KEY)
    with pytest.raises(AuthenticationError):
        next(EventStream(api))
    with pytest.raises(AuthenticationError):
        next(LogStream(api, "container", "0b0e3538-88df-4f07-9aed-3a3cc4175076"))
    with pytest.raises(AuthenticationError):
        run(ExecSession(api, "0b0e3538-88df-4f07-9aed-3a3cc4175076", "hostname"))


def test_unknown_namespace_and_object_are_not_retried(cloud: Cloud) -> None:
    with pytest.raises(NotFoundError):
        next(EventStream(cloud.streams(namespace="nobody")))
    with pytest.raises(NotFoundError):
        next(LogStream(cloud.streams(), "container", "no-such-container"))


def test_handshake_faults_are_retried(cloud: Cloud) -> None:
    cloud.emu.inject_fault(path="*/events/", kind="status", status=503, count=2)
    with EventStream(cloud.streams(), type="service") as events:
        cloud.create_service()
        timer = watchdog(events)
        item = next(events)
        timer.cancel()
    assert isinstance(item, Event) and item.action.value == "create"


def test_container_logs_tail_and_follow(cloud: Cloud) -> None:
    _svc, container = cloud.running_service()
    api = cloud.streams()
    everything = list(LogStream(api, "container", container["resource_uri"], follow=False))
    assert len(everything) >= 3 and everything[-1].log.endswith("is ready\n")
    assert all(line.timestamp is not None and line.timestamp.tzinfo is not None for line in everything)
    tail = list(LogStream(api, "container", container["uuid"], tail=2, follow=False))
    assert [line.log for line in tail] == [line.log for line in everything[-2:]]
    with LogStream(api, "container", container["uuid"], tail=1, follow=True) as logs:
        timer = watchdog(logs)
        assert next(logs).log == everything[-1].log
        cloud.call("POST", container["resource_uri"] + "stop/")
        follow = next(logs)
        timer.cancel()
    assert "SIGTERM" in follow.log and follow.stream_type is not None


def test_service_and_action_logs(cloud: Cloud) -> None:
    svc, _container = cloud.running_service()
    api = cloud.streams()
    lines = list(LogStream(api, "service", svc["uuid"], follow=False))
    assert lines and all(line.source == "web-1" for line in lines)
    actions = cloud.call("GET", "/api/audit/v1/action/")["objects"]
    action = actions[0]
    action_lines = list(LogStream(api.with_namespace("demo"), "action", action["resource_uri"], follow=True))
    assert all(line.stream_type is None or line.stream_type.value in ("stdout", "stderr") for line in action_lines)


def test_exec_round_trip_with_stdin(cloud: Cloud) -> None:
    _svc, container = cloud.running_service()
    with ExecSession(cloud.streams(), container["uuid"], "sh") as session:
        timer = watchdog(session)
        session.send("echo hello world\n")
        first = session.next_output(timeout=5)
        session.send("nope\n")
        second = session.next_output(timeout=5)
        session.close_stdin()
        rest = list(session)
        timer.cancel()
    assert first is not None and first.output == "hello world\n" and first.stream_type.value == "stdout"
    assert second is not None and "not found" in second.output and second.stream_type.value == "stderr"
    assert rest == [] and session.finished


def test_run_collects_output(cloud: Cloud) -> None:
    _svc, container = cloud.running_service()
    api = cloud.streams()
    assert run(ExecSession(api, container["resource_uri"], "hostname"), timeout=10) == container["hostname"] + "\n"
    assert run(ExecSession(api, container["uuid"], "sh"), stdin="echo a\necho b\n", timeout=10) == "a\nb\n"
    assert run(ExecSession(api, container["uuid"], "nope"), timeout=10, stderr=False) == ""


def test_exec_on_stopped_container_is_a_stream_error(cloud: Cloud) -> None:
    _svc, container = cloud.running_service()
    cloud.call("POST", container["resource_uri"] + "stop/")
    with pytest.raises(StreamServerError, match="not running"):
        run(ExecSession(cloud.streams(), container["uuid"], "hostname"), timeout=10)
