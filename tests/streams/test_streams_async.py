"""Asynchronous streams against local replay servers on 127.0.0.1 (every wait bounded)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

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
    AsyncEventStream,
    AsyncExecSession,
    AsyncLogStream,
    Event,
    EventItem,
    LogStreamType,
    ReconnectPolicy,
    StreamOptions,
    StreamReconnected,
    StreamServerError,
    StreamSettings,
)
from dockercloud_client.streams.exec import arun

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

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(20)]

EVENTS = transcript("events")


async def take(iterator: AsyncIterator[EventItem], count: int, timeout: float = 5.0) -> list[EventItem]:
    items: list[EventItem] = []

    async def run() -> None:
        async for item in iterator:
            items.append(item)
            if len(items) >= count:
                return

    await asyncio.wait_for(run(), timeout)
    return items


async def test_events_typed_in_order_with_headers(replay_server: Replay) -> None:
    replay_server.scripts = [Script(EVENTS, end="hold")]
    async with AsyncEventStream(streams(replay_server, namespace="demo"), type="service") as events:
        items = await take(events, 9)
    assert [i.type.value for i in items if isinstance(i, Event)][:3] == ["stack", "service", "action"]
    assert len(items) == 9
    path, headers = replay_server.requests[0]
    assert path == "/api/audit/v1/demo/events/?type=service"
    assert headers["Authorization"] == AUTH and headers["User-Agent"] == UA


async def test_events_reconnect_marker(replay_server: Replay) -> None:
    replay_server.scripts = [Script(EVENTS[:3], end="drop"), Script(EVENTS[3:5], end="hold")]
    seen: list[StreamReconnected] = []
    async with AsyncEventStream(streams(replay_server), reconnect=FAST, on_reconnect=seen.append) as events:
        items = await take(events, 5)
        assert events.reconnects == 1
    assert [type(i).__name__ for i in items] == ["Event", "Event", "StreamReconnected", "Event", "Event"]
    assert seen == [items[2]]


async def test_events_without_reconnect(replay_server: Replay) -> None:
    replay_server.scripts = [Script(EVENTS[:3], end="close"), Script(EVENTS[:3], end="drop")]
    assert len(await take(AsyncEventStream(streams(replay_server), reconnect=None), 10)) == 2
    with pytest.raises(APIConnectionError, match="1011"):
        await take(AsyncEventStream(streams(replay_server), reconnect=None), 10)


async def test_bad_key_fails_fast(replay_server: Replay) -> None:
    with pytest.raises(AuthenticationError):
        async with AsyncEventStream(
            streams(replay_server, authorization=BAD_AUTH), reconnect=ReconnectPolicy(attempts=5)
        ):
            pass
    assert replay_server.connections == 1  # no retry after a 401


async def test_handshake_5xx_bounded(replay_server: Replay) -> None:
    replay_server.scripts = [Script(status=503)]
    events = AsyncEventStream(
        streams(replay_server), reconnect=ReconnectPolicy(attempts=3, initial_delay=0.01, max_delay=0.02)
    )
    with pytest.raises(InternalServerError):
        await events.__anext__()
    # The first connection follows the factory's short handshake policy, not ``reconnect``.
    assert replay_server.connections == FAST.attempts


async def test_a_refusal_that_echoes_the_credentials_raises_without_them(replay_server: Replay) -> None:
    replay_server.scripts = [Script(status=400, echo=True)]
    with pytest.raises(APIStatusError) as caught:
        await take(AsyncEventStream(streams(replay_server)), 1)
    error = caught.value
    shown = [str(error), repr(error), error.body, error.error, str(error.headers)]
    assert not [secret for secret in authorization_secrets(AUTH) for text in shown if secret in text]


async def test_error_frame_raises(replay_server: Replay) -> None:
    replay_server.scripts = [Script(transcript("errors")[:1], end="hold")]
    with pytest.raises(AuthenticationError):
        await take(AsyncEventStream(streams(replay_server)), 1)


async def test_aclose_from_another_task(replay_server: Replay) -> None:
    replay_server.scripts = [Script(EVENTS[:2], end="hold")]
    events = AsyncEventStream(streams(replay_server))
    assert len(await take(events, 1)) == 1  # the one event; the server then holds the connection open
    task = asyncio.create_task(events.aclose())
    # The bound only turns a hang into a failure; a closed stream ends at once.
    assert await asyncio.wait_for(take(events, 10), 30) == []
    await task
    assert events.closed


async def test_aclose_during_backoff(replay_server: Replay) -> None:
    replay_server.scripts = [Script(status=503)]
    # Backoff of 120 s per attempt: only an interrupted backoff ends within the 30 s bound.
    slow = ReconnectPolicy(attempts=5, initial_delay=120, jitter=0)
    events = AsyncEventStream(attrs.evolve(streams(replay_server), handshake_retry=slow), reconnect=slow)

    async def closer() -> None:
        await asyncio.sleep(0.3)
        await events.aclose()

    task = asyncio.create_task(closer())
    assert await asyncio.wait_for(take(events, 1), 30) == []
    await task


#: Streams of every kind on settings whose handshake would wait ``open_timeout`` for an answer.
STREAM_KINDS: dict[str, Callable[[StreamSettings], AsyncEventStream | AsyncLogStream | AsyncExecSession]] = {
    "events": lambda settings: AsyncEventStream(settings, reconnect=None),
    "logs": lambda settings: AsyncLogStream(settings, "container", "c1"),
    "exec": lambda settings: AsyncExecSession(settings, "c1", "ls"),
}


@pytest.mark.parametrize("kind", STREAM_KINDS)
async def test_aclose_from_another_task_aborts_a_handshake_in_progress(
    kind: str, unanswered_server: Unanswered
) -> None:
    # 120 s to answer the handshake: only an aborted handshake ends within the test's timeout.
    settings = streams(unanswered_server)
    stream = STREAM_KINDS[kind](attrs.evolve(settings, options=attrs.evolve(OPTIONS, open_timeout=120.0)))

    async def drain() -> list[object]:
        return [item async for item in stream]

    task = asyncio.create_task(drain())
    while not unanswered_server.asked.is_set():  # the client now waits for the handshake response
        await asyncio.sleep(0.01)
    await stream.aclose()
    # The bound only turns a hang into a failure: an aborted handshake ends at once, without an error.
    assert await asyncio.wait_for(task, 10) == []


async def test_aclose_from_another_task_ends_a_send_blocked_by_a_peer_that_does_not_read(
    stalled_server: Stalled,
) -> None:
    no_pings = attrs.evolve(OPTIONS, ping_interval=None)  # keepalive would end the connection by itself
    session = AsyncExecSession(attrs.evolve(streams(stalled_server), options=no_pings), "c1", "cat")
    await session.connect()
    sender = asyncio.create_task(session.send("x" * (16 * 2**20)))  # far more than the socket buffers hold
    while not stalled_server.reading_stopped.is_set():  # the send began; it cannot finish
        await asyncio.sleep(0.01)
    # The bounds only turn a hang into a failure: aclose() ends the send at once.
    await asyncio.wait_for(session.aclose(), 10)
    with pytest.raises(APIConnectionError, match="already ended"):
        await asyncio.wait_for(sender, 10)


async def test_arun_timeout_bounds_a_stdin_the_server_does_not_read(stalled_server: Stalled) -> None:
    no_pings = attrs.evolve(OPTIONS, ping_interval=None)  # keepalive would end the connection by itself
    session = AsyncExecSession(attrs.evolve(streams(stalled_server), options=no_pings), "c1", "cat")
    # The outer bound only turns a hang into a failure: arun() raises once its 0.5 s are up.
    with pytest.raises(APITimeoutError, match="did not finish within 0.5 s"):
        await asyncio.wait_for(arun(session, stdin="x" * (16 * 2**20), timeout=0.5), 10)


async def test_keepalive_detects_dead_peer(dead_peer_server: DeadPeer) -> None:
    api = StreamSettings(
        url_base=dead_peer_server.url,
        authorization=AUTH,
        user_agent=UA,
        options=StreamOptions(ping_interval=0.2, ping_timeout=0.2, close_timeout=0.2, proxy=None),
    )
    async with AsyncEventStream(api, reconnect=FAST) as events:
        items = await take(events, 3)
    assert [type(i).__name__ for i in items] == ["Event", "StreamReconnected", "Event"]


async def test_logs(replay_server: Replay) -> None:
    replay_server.scripts = [Script(transcript("logs_service"), end="close")]
    async with AsyncLogStream(
        streams(replay_server), "service", "/api/app/v1/org/service/s-1/", tail=3, follow=False
    ) as logs:
        lines = [line async for line in logs]
    assert [line.stream_type for line in lines] == [LogStreamType.STDOUT, LogStreamType.STDERR, LogStreamType.STDOUT]
    assert lines[0].source == "wordpress-stackable-1" and lines[0].timestamp is not None
    assert replay_server.requests[0][0] == "/api/app/v1/org/service/s-1/logs/?tail=3&follow=false"


async def test_logs_drop_is_an_error(replay_server: Replay) -> None:
    replay_server.scripts = [Script(transcript("logs_action")[:1], end="drop")]
    logs = AsyncLogStream(streams(replay_server, namespace="org"), "action", "a-1")
    assert (await logs.__anext__()).log == "Log line from the action"
    with pytest.raises(APIConnectionError):
        await logs.__anext__()
    assert replay_server.requests[0][0] == "/api/audit/v1/action/a-1/logs/?tail=300&follow=true"


async def test_exec_round_trip(replay_server: Replay) -> None:
    replay_server.scripts = [Script(end="echo")]
    async with AsyncExecSession(streams(replay_server), "c-1", "sh") as session:
        await session.send("echo hi\n")
        first = await session.next_output(timeout=3)
        await session.close_stdin()
        rest = [o async for o in session]
    assert first is not None and first.output == "ECHO HI\n"
    assert rest == [] and session.finished
    assert replay_server.received == ["echo hi\n", "\u0004"]


async def test_run(replay_server: Replay) -> None:
    replay_server.scripts = [Script(transcript("exec"), end="hold")]
    assert (
        await arun(AsyncExecSession(streams(replay_server), "c-1", "x"), timeout=5)
        == "web-1\nsh: 1: nope: not found\n/app\n"
    )


async def test_arun_with_stdin_for_a_command_that_already_ended_returns_its_output(replay_server: Replay) -> None:
    replay_server.scripts = [Script(transcript("exec")[:1], end="close")]  # output, then a normal close
    session = AsyncExecSession(streams(replay_server), "c-1", "hostname")
    await session.connect()
    while not replay_server.closed.is_set():  # the command ended before its stdin was sent
        await asyncio.sleep(0.01)
    assert await arun(session, stdin="ignored", timeout=5) == "web-1\n"


async def test_run_timeout(replay_server: Replay) -> None:
    replay_server.scripts = [Script(end="hold")]
    with pytest.raises(APITimeoutError):
        await arun(AsyncExecSession(streams(replay_server), "c-1", "sleep 100"), timeout=0.3)


async def test_exec_error_frame(replay_server: Replay) -> None:
    replay_server.scripts = [Script(transcript("errors")[1:2], end="close")]
    with pytest.raises(StreamServerError):
        await arun(AsyncExecSession(streams(replay_server), "c-1", "ls"), timeout=5)
