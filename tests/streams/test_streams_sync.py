"""Synchronous streams against local replay servers on 127.0.0.1 (every wait bounded)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator

import attrs
import pytest

from dockercloud_client._redaction import authorization_secrets
from dockercloud_client.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
)
from dockercloud_client.streams import (
    Event,
    EventItem,
    EventStream,
    EventType,
    ExecOutput,
    ExecSession,
    LogStream,
    LogStreamType,
    ReconnectPolicy,
    StreamOptions,
    StreamReconnected,
    StreamServerError,
    StreamSettings,
)
from dockercloud_client.streams.exec import run

from .conftest import (
    AUTH,
    BAD_AUTH,
    FAST,
    OPTIONS,
    UA,
    DeadPeer,
    Replay,
    Script,
    Stalled,
    Unanswered,
    streams,
    transcript,
)

pytestmark = pytest.mark.timeout(20)

EVENTS = transcript("events")


def take(iterator: Iterator[EventItem], count: int) -> list[EventItem]:
    """At most ``count`` items (the stream may end earlier)."""
    items: list[EventItem] = []
    for item in iterator:
        items.append(item)
        if len(items) >= count:
            break
    return items


def close_from_another_thread(target: object) -> threading.Thread:
    """Close ``target`` from a second thread (at no particular moment: the tests' outcome must not depend on it)."""
    closer = threading.Thread(target=target.close)  # type: ignore[attr-defined]
    closer.start()
    return closer


def drain_in_thread(stream: Iterator[object], bound: float = 30.0) -> list[object]:
    """Iterate ``stream`` to its end in a worker thread; fail if it is still blocked after ``bound`` s.

    The bound only turns a hang into a failure; a correct stream ends as soon as it is closed.
    """
    items: list[object] = []
    worker = threading.Thread(target=lambda: items.extend(stream), daemon=True)
    worker.start()
    worker.join(bound)
    assert not worker.is_alive(), "the stream did not end after close()"
    return items


# ---------------------------------------------------------------- events


def test_events_typed_in_order_with_headers_and_filters(replay_server: Replay) -> None:
    replay_server.scripts = [Script(EVENTS, end="hold")]
    api = streams(replay_server, namespace="demo")
    with EventStream(api, type=["service", "container"], parent="/api/app/v1/stack/s/") as events:
        items = take(events, 9)
    assert all(isinstance(i, Event) for i in items)
    assert [i.type.value for i in items if isinstance(i, Event)] == [
        "stack",
        "service",
        "action",
        "service",
        "container",
        "container",
        "action",
        "volume",
        "service",
    ]  # the auth frame was skipped, the unknown "volume" type kept
    first = items[0]
    assert isinstance(first, Event) and first.datetime is not None and first.datetime.tzinfo is not None
    path, headers = replay_server.requests[0]
    assert path == "/api/audit/v1/demo/events/?type=service,container&parent=/api/app/v1/stack/s/"
    assert headers["Authorization"] == AUTH
    assert headers["User-Agent"] == UA


def test_events_reconnect_after_drop_yields_marker_and_calls_back(replay_server: Replay) -> None:
    replay_server.scripts = [Script(EVENTS[:4], end="drop"), Script(EVENTS[4:], end="hold")]
    seen: list[StreamReconnected] = []
    with EventStream(streams(replay_server), reconnect=FAST, on_reconnect=seen.append) as events:
        items = take(events, 10)
        assert events.reconnects == 1
    kinds = ["gap" if isinstance(i, StreamReconnected) else "event" for i in items]
    assert kinds == ["event"] * 3 + ["gap"] + ["event"] * 6
    marker = items[3]
    assert isinstance(marker, StreamReconnected) and seen == [marker]
    assert "1011" in marker.reason and marker.attempts == 1
    assert marker.last_event_at is not None and marker.reconnected_at >= marker.disconnected_at
    assert replay_server.connections == 2


def test_events_normal_server_close_also_reconnects(replay_server: Replay) -> None:
    replay_server.scripts = [Script(EVENTS[:2], end="close"), Script(EVENTS[2:3], end="hold")]
    with EventStream(streams(replay_server), reconnect=FAST) as events:
        items = take(events, 3)
    assert [type(i).__name__ for i in items] == ["Event", "StreamReconnected", "Event"]


def test_events_without_reconnect_end_or_fail(replay_server: Replay) -> None:
    replay_server.scripts = [Script(EVENTS[:3], end="close"), Script(EVENTS[:3], end="drop")]
    events = EventStream(streams(replay_server), reconnect=None)
    assert len(list(events)) == 2  # normal close: the iteration ends
    events = EventStream(streams(replay_server), reconnect=None)
    with pytest.raises(APIConnectionError, match="1011"):
        take(events, 10)


def test_bad_key_fails_fast_without_retry(replay_server: Replay) -> None:
    with pytest.raises(AuthenticationError) as info:  # noqa: SIM117
        with EventStream(streams(replay_server, authorization=BAD_AUTH), reconnect=ReconnectPolicy(attempts=5)):
            pass
    assert info.value.status_code == 401
    assert replay_server.connections == 1


def test_handshake_5xx_retried_then_raised(replay_server: Replay) -> None:
    replay_server.scripts = [Script(status=503)]
    events = EventStream(
        streams(replay_server), reconnect=ReconnectPolicy(attempts=3, initial_delay=0.01, max_delay=0.02)
    )
    with pytest.raises(InternalServerError) as info:
        next(events)
    assert info.value.status_code == 503
    # The first connection follows the factory's short handshake policy, not ``reconnect``.
    assert replay_server.connections == FAST.attempts
    assert any(f"{FAST.attempts} connection attempt" in note for note in info.value.__notes__)


def test_a_refusal_that_echoes_the_credentials_raises_without_them(
    replay_server: Replay, caplog: pytest.LogCaptureFixture
) -> None:
    replay_server.scripts = [Script(status=503, echo=True)]  # retried, then raised
    with caplog.at_level(logging.DEBUG), pytest.raises(APIStatusError) as caught:
        next(EventStream(streams(replay_server)))
    error = caught.value
    assert error.status_code == 503 and replay_server.connections == FAST.attempts
    # The client's records (the replay server in this process logs what it received).
    logged = [r.getMessage() for r in caplog.records if not r.name.startswith("websockets.server")]
    shown = [str(error), repr(error), error.body, error.error, str(error.headers), *logged]
    assert not [secret for secret in authorization_secrets(AUTH) for text in shown if secret in text]
    assert "Authorization: <redacted>" in error.body


def test_handshake_recovers_after_transient_5xx(replay_server: Replay) -> None:
    replay_server.scripts = [Script(status=503), Script(status=502), Script(EVENTS[1:2], end="hold")]
    with EventStream(streams(replay_server), reconnect=FAST) as events:
        first = next(events)
    assert isinstance(first, Event)  # no marker: nothing was missed before the first connection


def test_refused_connection_is_api_connection_error() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    api = StreamSettings(url_base=f"ws://127.0.0.1:{port}", authorization=AUTH, user_agent=UA, options=OPTIONS)
    with pytest.raises(APIConnectionError):
        next(EventStream(api, reconnect=ReconnectPolicy(attempts=2, initial_delay=0.01)))


def test_flapping_server_is_bounded(replay_server: Replay) -> None:
    replay_server.scripts = [Script([], end="drop")]
    events = EventStream(
        streams(replay_server), reconnect=ReconnectPolicy(attempts=3, initial_delay=0.01, max_delay=0.02)
    )
    with pytest.raises(APIConnectionError, match="consecutive connections"):
        take(events, 50)
    assert replay_server.connections <= 4


def test_error_frames(replay_server: Replay) -> None:
    errors = transcript("errors")
    replay_server.scripts = [Script(EVENTS[1:2] + errors[1:2], end="hold"), Script(errors[:1], end="hold")]
    events = EventStream(streams(replay_server))
    assert isinstance(next(events), Event)
    with pytest.raises(StreamServerError, match="not running"):
        next(events)
    assert events.closed
    with pytest.raises(AuthenticationError):
        next(EventStream(streams(replay_server)))


def test_garbage_frames_are_skipped(replay_server: Replay) -> None:
    replay_server.scripts = [Script(["not json", "[1]", '{"no": "type"}', EVENTS[1]], end="hold")]
    with EventStream(streams(replay_server)) as events:
        item = next(events)
    assert isinstance(item, Event) and item.type is EventType.STACK


def test_close_from_another_thread_unblocks_iteration(replay_server: Replay) -> None:
    replay_server.scripts = [Script(EVENTS[:2], end="hold")]
    events = EventStream(streams(replay_server))
    with events:
        first = next(events)  # the one event; the server then holds the connection open
        assert isinstance(first, Event)
        close_from_another_thread(events).join()
        assert drain_in_thread(events) == []
    assert events.closed
    events.close()  # idempotent
    assert list(events) == []


def test_close_from_another_thread_during_backoff(replay_server: Replay) -> None:
    replay_server.scripts = [Script(status=503)]
    # Backoff of 120 s per attempt: only an interrupted backoff ends within drain_in_thread's bound.
    slow = ReconnectPolicy(attempts=5, initial_delay=120, jitter=0)
    events = EventStream(attrs.evolve(streams(replay_server), handshake_retry=slow), reconnect=slow)
    closer = threading.Timer(0.3, events.close)
    closer.start()
    assert drain_in_thread(events) == []
    closer.join()


#: Streams of every kind on settings whose handshake would wait ``open_timeout`` for an answer.
STREAM_KINDS: dict[str, Callable[[StreamSettings], Iterator[object]]] = {
    "events": lambda settings: EventStream(settings, reconnect=None),
    "logs": lambda settings: LogStream(settings, "container", "c1"),
    "exec": lambda settings: ExecSession(settings, "c1", "ls"),
}


@pytest.mark.parametrize("kind", STREAM_KINDS)
def test_close_from_another_thread_aborts_a_handshake_in_progress(kind: str, unanswered_server: Unanswered) -> None:
    # 120 s to answer the handshake: only an aborted handshake ends within the test's timeout.
    settings = streams(unanswered_server)
    stream = STREAM_KINDS[kind](attrs.evolve(settings, options=attrs.evolve(OPTIONS, open_timeout=120.0)))
    items: list[object] = []
    errors: list[BaseException] = []

    def drain() -> None:
        try:
            items.extend(stream)
        except BaseException as exc:  # reported below: a closed stream ends, it does not raise
            errors.append(exc)

    worker = threading.Thread(target=drain, daemon=True)
    worker.start()
    assert unanswered_server.asked.wait(10)  # the client now waits for the handshake response
    stream.close()  # type: ignore[attr-defined]
    worker.join(10)  # the bound only turns a hang into a failure: an aborted handshake ends at once
    assert not worker.is_alive(), "the handshake went on after close()"
    assert (items, errors) == ([], [])


#: Far more than the socket buffers of a loopback connection hold: sending it blocks on a peer that does not read.
LARGE_STDIN = "x" * (16 * 2**20)


def test_close_from_another_thread_ends_a_send_blocked_by_a_peer_that_does_not_read(stalled_server: Stalled) -> None:
    session = ExecSession(streams(stalled_server), "c1", "cat")
    session.connect()
    errors: list[BaseException] = []

    def send() -> None:
        try:
            session.send(LARGE_STDIN)
        except BaseException as exc:
            errors.append(exc)

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    assert stalled_server.reading_stopped.wait(10)  # the send began; it cannot finish
    closer = threading.Thread(target=session.close, daemon=True)
    closer.start()
    closer.join(10)  # the bounds only turn a hang into a failure: close() ends the send at once
    sender.join(10)
    assert not closer.is_alive(), "close() waited for the blocked send"
    assert not sender.is_alive()
    assert [type(e) for e in errors] == [APIConnectionError] and "already ended" in str(errors[0])


def test_run_timeout_bounds_a_stdin_the_server_does_not_read(stalled_server: Stalled) -> None:
    # The bound only turns a hang into a failure: run() raises once its 0.5 s are up.
    worker_errors: list[BaseException] = []

    def run_it() -> None:
        try:
            run(ExecSession(streams(stalled_server), "c1", "cat"), stdin=LARGE_STDIN, timeout=0.5)
        except BaseException as exc:
            worker_errors.append(exc)

    worker = threading.Thread(target=run_it, daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "run() went on past its timeout"
    assert [type(e) for e in worker_errors] == [APITimeoutError]
    assert "did not finish within 0.5 s" in str(worker_errors[0])


def test_keepalive_detects_dead_peer_and_reconnects(dead_peer_server: DeadPeer) -> None:
    api = StreamSettings(
        url_base=dead_peer_server.url,
        authorization=AUTH,
        user_agent=UA,
        options=StreamOptions(ping_interval=0.2, ping_timeout=0.2, close_timeout=0.2, proxy=None),
    )
    with EventStream(api, reconnect=FAST) as events:
        items = take(events, 3)
    assert [type(i).__name__ for i in items] == ["Event", "StreamReconnected", "Event"]
    marker = items[1]
    assert isinstance(marker, StreamReconnected) and ("1011" in marker.reason or "1006" in marker.reason)


# ---------------------------------------------------------------- logs


def test_container_logs_tail_then_server_close(replay_server: Replay) -> None:
    replay_server.scripts = [Script(transcript("logs_container"), end="close")]
    api = streams(replay_server, namespace="demo")
    with LogStream(api, "container", "/api/app/v1/demo/container/c-1/", tail=3, follow=False) as logs:
        lines = list(logs)
    assert [line.stream_type for line in lines] == [LogStreamType.STDOUT, LogStreamType.STDERR, LogStreamType.STDOUT]
    assert all(line.timestamp is not None and line.timestamp.tzinfo is not None for line in lines)
    assert replay_server.requests[0][0] == "/api/app/v1/demo/container/c-1/logs/?tail=3&follow=false"


def test_service_logs_carry_source(replay_server: Replay) -> None:
    replay_server.scripts = [Script(transcript("logs_service"), end="close")]
    lines = list(LogStream(streams(replay_server), "service", "svc-1"))
    sources = [line.source for line in lines]
    assert sources == ["wordpress-stackable-1", "wordpress-stackable-2", "wordpress-stackable-1"]
    assert replay_server.requests[0][0] == "/api/app/v1/service/svc-1/logs/?tail=300&follow=true"


def test_action_logs_never_namespaced(replay_server: Replay) -> None:
    replay_server.scripts = [Script(transcript("logs_action"), end="close")]
    lines = list(LogStream(streams(replay_server, namespace="org"), "action", "a-1", tail=None))
    assert [line.log for line in lines][0] == "Log line from the action"
    assert replay_server.requests[0][0] == "/api/audit/v1/action/a-1/logs/?follow=true"


def test_follow_logs_end_on_close(replay_server: Replay) -> None:
    replay_server.scripts = [Script(transcript("logs_container"), end="hold")]
    logs = LogStream(streams(replay_server), "container", "c-1")
    assert len([next(logs) for _ in range(3)]) == 3  # the transcript; the server then holds
    close_from_another_thread(logs).join()
    assert drain_in_thread(logs) == []


def test_logs_dropped_connection_is_an_error(replay_server: Replay) -> None:
    replay_server.scripts = [Script(transcript("logs_container")[:1], end="drop")]
    logs = LogStream(streams(replay_server), "container", "c-1")
    assert next(logs).log.startswith("Starting")
    with pytest.raises(APIConnectionError, match="log stream lost"):
        next(logs)


def test_logs_bad_key(replay_server: Replay) -> None:
    with pytest.raises(AuthenticationError):
        next(LogStream(streams(replay_server, authorization=BAD_AUTH), "container", "c-1"))
    assert replay_server.connections == 1


# ---------------------------------------------------------------- exec


def test_exec_round_trip_with_stdin(replay_server: Replay) -> None:
    replay_server.scripts = [Script(end="echo")]
    with ExecSession(streams(replay_server, namespace="demo"), "c-1", "sh") as session:
        session.send("echo hi\n")
        first = session.next_output(timeout=3)
        assert isinstance(first, ExecOutput) and first.output == "ECHO HI\n"
        session.send(b"pwd\n")
        session.close_stdin()
        rest = list(session)
    assert [o.output for o in rest] == ["PWD\n"]
    assert session.finished
    assert replay_server.received == ["echo hi\n", "pwd\n", "\u0004"]
    assert replay_server.requests[0][0] == "/api/app/v1/demo/container/c-1/exec/?command=sh"


def test_run_collects_output_until_eof(replay_server: Replay) -> None:
    replay_server.scripts = [Script(transcript("exec"), end="hold")]
    api = streams(replay_server)
    assert run(ExecSession(api, "c-1", "hostname; nope; pwd"), timeout=5) == "web-1\nsh: 1: nope: not found\n/app\n"
    assert run(ExecSession(api, "c-1", "hostname; nope; pwd"), timeout=5, stderr=False) == "web-1\n/app\n"
    assert replay_server.requests[0][0] == "/api/app/v1/container/c-1/exec/?command=hostname%3B%20nope%3B%20pwd"


def test_run_with_stdin(replay_server: Replay) -> None:
    replay_server.scripts = [Script(end="echo")]
    assert run(ExecSession(streams(replay_server), "c-1", "cat"), stdin="abc", timeout=5) == "ABC"


@pytest.mark.parametrize("end", ["close", "drop"])
def test_run_with_stdin_for_a_command_that_already_ended_returns_its_output(replay_server: Replay, end: str) -> None:
    replay_server.scripts = [Script(transcript("exec")[:1], end=end)]  # output, then a normal close or a drop
    session = ExecSession(streams(replay_server), "c-1", "hostname")
    session.connect()
    assert replay_server.closed.wait(10)  # the command ended before its stdin was sent
    if end == "close":
        assert run(session, stdin="ignored", timeout=5) == "web-1\n"
    else:  # a lost connection is still an error
        with pytest.raises(APIConnectionError, match="lost: closed with code 1011"):
            run(session, stdin="ignored", timeout=5)


def test_run_times_out(replay_server: Replay) -> None:
    replay_server.scripts = [Script(end="hold")]
    with pytest.raises(APITimeoutError):
        run(ExecSession(streams(replay_server), "c-1", "sleep 100"), timeout=0.3)


def test_exec_error_frame(replay_server: Replay) -> None:
    replay_server.scripts = [Script(transcript("errors")[1:2], end="close")]
    with pytest.raises(StreamServerError, match="not running"):
        run(ExecSession(streams(replay_server), "c-1", "ls"), timeout=5)


def test_exec_ends_on_server_close_without_eof(replay_server: Replay) -> None:
    replay_server.scripts = [Script(transcript("exec")[:1], end="close")]
    assert run(ExecSession(streams(replay_server), "c-1", "hostname"), timeout=5) == "web-1\n"
