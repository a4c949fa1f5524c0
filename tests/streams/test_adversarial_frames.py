"""Streams fed hostile frames by a 127.0.0.1 server, blocking and asyncio alike (events mostly).

What each frame does to the stream:

* invalid UTF-8 in a text frame: the event, log line or exec output is kept, the bad bytes read as
  U+FFFD (every stream reads frames as bytes and decodes them as a tolerant reader; the connection is
  not failed with 1007, which would lose the rest of a command's output);
* a binary frame holding a JSON event: an event, as if it came as text;
* a frame over ``max_size``: the connection fails with 1009 (a reconnection, or an error without one;
  a log stream raises);
* JSON that is not an event object (an array, a string, a number, null, a ``type`` that is no string,
  an event whose fields have the wrong JSON type): skipped with a warning, the stream goes on;
* an error frame: raised, and the stream closed.
"""

from __future__ import annotations

import asyncio
import json
import logging

import attrs
import pytest

from dockercloud_client.errors import APIConnectionError, StreamServerError
from dockercloud_client.streams import (
    AsyncEventStream,
    AsyncExecSession,
    AsyncLogStream,
    Event,
    EventItem,
    EventStream,
    ExecSession,
    LogStream,
    StreamReconnected,
    StreamSettings,
)
from dockercloud_client.streams.exec import arun, run

from .conftest import FAST, Replay, Script, TextBytes, streams, transcript

pytestmark = pytest.mark.timeout(20)

EVENTS = transcript("events")
STACK, SERVICE, ACTION = EVENTS[1], EVENTS[2], EVENTS[3]
#: The stack event with its state's bytes replaced by bytes that are not UTF-8.
BAD_UTF8 = STACK.encode().replace(b"Not Running", b"Not \xff\xfeRunning")
#: JSON frames that are no event; each is skipped.
NOT_EVENTS = [
    "[1, 2]",
    '"a string"',
    "5",
    "null",
    '{"type": [1], "action": "update"}',
    '{"type": {"k": "v"}}',
    json.dumps({**json.loads(STACK), "resource_uri": 5}),
    json.dumps({**json.loads(STACK), "datetime": "yesterday"}),
]
SMALL = 4096  # max_size of the oversized-frame tests
HUGE = json.dumps({**json.loads(SERVICE), "padding": "x" * (2 * SMALL)})


def small_frames(replay: Replay) -> StreamSettings:
    settings = streams(replay)
    return attrs.evolve(settings, options=attrs.evolve(settings.options, max_size=SMALL))


def take(stream: EventStream, count: int) -> list[EventItem]:
    items: list[EventItem] = []
    for item in stream:
        items.append(item)
        if len(items) == count:
            break
    return items


async def atake(stream: AsyncEventStream, count: int) -> list[EventItem]:
    items: list[EventItem] = []

    async def run() -> None:
        async for item in stream:
            items.append(item)
            if len(items) == count:
                return

    await asyncio.wait_for(run(), 10)
    return items


def uris(items: list[EventItem]) -> list[str]:
    return [item.resource_uri if isinstance(item, Event) else "gap" for item in items]


def uri(frame: str) -> str:
    return str(json.loads(frame)["resource_uri"])


# ---------------------------------------------------------------- invalid UTF-8, binary frames


def test_invalid_utf8_in_a_text_frame_is_read_with_replacement_characters(replay_server: Replay) -> None:
    replay_server.scripts = [Script([TextBytes(BAD_UTF8), SERVICE], end="hold")]
    with EventStream(streams(replay_server)) as events:
        first, second = take(events, 2)
    assert isinstance(first, Event) and first.state == "Not \ufffd\ufffdRunning"
    assert first.resource_uri == uri(STACK) and first.datetime is not None
    assert isinstance(second, Event) and second.resource_uri == uri(SERVICE)
    assert replay_server.connections == 1  # the connection was not failed


@pytest.mark.anyio
async def test_invalid_utf8_in_a_text_frame_async(replay_server: Replay) -> None:
    replay_server.scripts = [Script([TextBytes(BAD_UTF8), SERVICE], end="hold")]
    async with AsyncEventStream(streams(replay_server)) as events:
        first, second = await atake(events, 2)
    assert isinstance(first, Event) and first.state == "Not \ufffd\ufffdRunning"
    assert uris([second]) == [uri(SERVICE)]
    assert replay_server.connections == 1


#: A log line and raw exec output (what a command like ``cat /bin/true`` prints) that are not UTF-8.
BAD_LOG = transcript("logs_container")[0].encode().replace(b"Starting", b"Start\xffing")
BAD_OUTPUT = b"ELF\x7f\x02\x01\x01\xc3\n"  # the last byte but one starts a sequence it does not finish
EXEC_END = transcript("exec")[-1]


def test_invalid_utf8_in_log_and_exec_frames_is_read_with_replacement_characters(replay_server: Replay) -> None:
    line = transcript("logs_container")[1]
    replay_server.scripts = [Script([TextBytes(BAD_LOG), line], end="close")]
    lines = [item.log for item in LogStream(streams(replay_server), "container", "c-1")]
    assert lines[0].startswith("Start\ufffding") and lines[1] == json.loads(line)["log"]
    replay_server.scripts = [Script([TextBytes(BAD_OUTPUT), EXEC_END], end="hold")]
    assert run(ExecSession(streams(replay_server), "c-1", "cat /bin/true"), timeout=5) == "ELF\x7f\x02\x01\x01\ufffd\n"


@pytest.mark.anyio
async def test_invalid_utf8_in_log_and_exec_frames_async(replay_server: Replay) -> None:
    replay_server.scripts = [Script([TextBytes(BAD_LOG)], end="close")]
    lines = [item.log async for item in AsyncLogStream(streams(replay_server), "container", "c-1")]
    assert len(lines) == 1 and lines[0].startswith("Start\ufffding")
    replay_server.scripts = [Script([TextBytes(BAD_OUTPUT), EXEC_END], end="hold")]
    session = AsyncExecSession(streams(replay_server), "c-1", "cat /bin/true")
    assert await arun(session, timeout=5) == "ELF\x7f\x02\x01\x01\ufffd\n"


def test_binary_frames_decode_like_text_frames(replay_server: Replay) -> None:
    replay_server.scripts = [Script([STACK.encode(), SERVICE, ACTION.encode()], end="hold")]
    with EventStream(streams(replay_server)) as events:
        items = take(events, 3)
    assert uris(items) == [uri(STACK), uri(SERVICE), uri(ACTION)]


@pytest.mark.anyio
async def test_binary_frames_async(replay_server: Replay) -> None:
    replay_server.scripts = [Script([STACK.encode(), SERVICE], end="hold")]
    async with AsyncEventStream(streams(replay_server)) as events:
        items = await atake(events, 2)
    assert uris(items) == [uri(STACK), uri(SERVICE)]


# ---------------------------------------------------------------- frames over max_size


def test_a_frame_over_max_size_fails_the_connection_then_the_stream_reconnects(replay_server: Replay) -> None:
    replay_server.scripts = [Script([STACK, HUGE, SERVICE], end="hold"), Script([ACTION], end="hold")]
    with EventStream(small_frames(replay_server), reconnect=FAST) as events:
        items = take(events, 3)
    assert uris(items) == [uri(STACK), "gap", uri(ACTION)]  # SERVICE came after the failure: lost
    marker = items[1]
    assert isinstance(marker, StreamReconnected) and "1009" in marker.reason
    assert replay_server.connections == 2


def test_a_frame_over_max_size_without_reconnect_is_an_error(replay_server: Replay) -> None:
    replay_server.scripts = [Script([STACK, HUGE], end="hold")]
    events = EventStream(small_frames(replay_server), reconnect=None)
    assert uris([next(events)]) == [uri(STACK)]
    with pytest.raises(APIConnectionError, match="1009"):
        next(events)
    assert replay_server.connections == 1


@pytest.mark.anyio
async def test_a_frame_over_max_size_async(replay_server: Replay) -> None:
    replay_server.scripts = [Script([STACK, HUGE], end="hold"), Script([ACTION], end="hold")]
    async with AsyncEventStream(small_frames(replay_server), reconnect=FAST) as events:
        items = await atake(events, 3)
    assert uris(items) == [uri(STACK), "gap", uri(ACTION)]
    replay_server.scripts = [Script([HUGE], end="hold")]
    with pytest.raises(APIConnectionError, match="1009"):
        await atake(AsyncEventStream(small_frames(replay_server), reconnect=None), 1)


def test_a_frame_over_max_size_ends_a_log_stream_with_an_error(replay_server: Replay) -> None:
    line = transcript("logs_container")[0]
    big = json.dumps({**json.loads(line), "log": "x" * (2 * SMALL)})
    replay_server.scripts = [Script([line, big], end="hold")]
    logs = LogStream(small_frames(replay_server), "container", "c-1")
    assert next(logs).log.startswith("Starting")
    with pytest.raises(APIConnectionError, match="1009"):
        next(logs)


# ---------------------------------------------------------------- JSON that is no event, error frames


def test_json_that_is_no_event_is_skipped_and_logged(replay_server: Replay, caplog: pytest.LogCaptureFixture) -> None:
    replay_server.scripts = [Script([*NOT_EVENTS, STACK], end="hold")]
    with caplog.at_level(logging.WARNING, "dockercloud_client.streams"), EventStream(streams(replay_server)) as events:
        items = take(events, 1)
    assert uris(items) == [uri(STACK)]
    skipped = [record for record in caplog.records if "skipped a frame" in record.getMessage()]
    assert len(skipped) == len(NOT_EVENTS)
    assert replay_server.connections == 1


@pytest.mark.anyio
async def test_json_that_is_no_event_is_skipped_async(replay_server: Replay) -> None:
    replay_server.scripts = [Script([*NOT_EVENTS, STACK], end="hold")]
    async with AsyncEventStream(streams(replay_server)) as events:
        items = await atake(events, 1)
    assert uris(items) == [uri(STACK)]


def test_an_error_frame_after_garbage_raises_and_closes(replay_server: Replay) -> None:
    error = transcript("errors")[1]
    replay_server.scripts = [Script([TextBytes(BAD_UTF8), "[1]", error, SERVICE], end="hold")]
    events = EventStream(streams(replay_server))
    assert isinstance(next(events), Event)
    with pytest.raises(StreamServerError, match="not running"):
        next(events)
    assert events.closed and list(events) == []


@pytest.mark.anyio
async def test_an_error_frame_async(replay_server: Replay) -> None:
    replay_server.scripts = [Script(["[1]", transcript("errors")[2], SERVICE], end="hold")]
    events = AsyncEventStream(streams(replay_server))
    with pytest.raises(StreamServerError, match="Too many connections"):
        await atake(events, 1)
    assert events.closed
