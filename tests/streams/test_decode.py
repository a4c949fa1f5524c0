"""The pure frame decoders, on the committed JSON-lines transcripts and on odd frames."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from dockercloud_client.streams import (
    AuthFrame,
    ErrorFrame,
    Event,
    EventAction,
    EventType,
    ExecOutput,
    LogLine,
    LogStreamType,
    UnknownFrame,
    decode_event_frame,
    decode_exec_frame,
    decode_log_frame,
)
from dockercloud_client.streams.decode import parse_epoch

from .conftest import transcript

pytestmark = pytest.mark.timeout(10)


def test_events_transcript_decodes_every_frame() -> None:
    frames = [decode_event_frame(raw) for raw in transcript("events")]
    assert isinstance(frames[0], AuthFrame)
    events = frames[1:]
    assert all(isinstance(e, Event) for e in events)
    assert [(e.type.value, e.action.value) for e in events if isinstance(e, Event)] == [
        ("stack", "create"),
        ("service", "create"),
        ("action", "create"),
        ("service", "update"),
        ("container", "create"),
        ("container", "update"),
        ("action", "update"),
        ("volume", "attach"),
        ("service", "delete"),
    ]


def test_event_fields_and_aware_datetime() -> None:
    event = decode_event_frame(transcript("events")[5])
    assert isinstance(event, Event)
    assert event.type is EventType.CONTAINER
    assert event.action is EventAction.CREATE
    assert event.parents is not None and len(event.parents) == 4
    assert event.resource_uri == "/api/app/v1/demo/container/0b0e3538-88df-4f07-9aed-3a3cc4175076/"
    assert event.state == "Starting"
    assert event.uuid == "0a9f2d3e-1111-4c5b-8e1d-2f3a4b5c6d05"
    assert event.datetime == datetime(2016, 2, 1, 16, 47, 24, tzinfo=UTC)
    assert event.datetime.tzinfo is not None
    assert event.additional_properties == {}


def test_unknown_event_type_action_and_fields_are_kept() -> None:
    event = decode_event_frame(transcript("events")[8])
    assert isinstance(event, Event)
    assert event.type.name == "UNKNOWN" and event.type.value == "volume" and not event.type.is_known
    assert event.action.value == "attach" and event.action.name == "UNKNOWN"
    assert event.additional_properties == {"region": "eu-west-1"}
    assert event.datetime == datetime(2016, 2, 1, 18, 47, 29, tzinfo=timezone(timedelta(hours=2)))
    assert EventType.SERVICE.is_known


def test_event_missing_or_bad_fields_are_unknown_frames_not_errors() -> None:
    frame = decode_event_frame('{"type": "node", "extra": [1, 2]}')
    assert isinstance(frame, UnknownFrame) and frame.reason.startswith("not an Event")
    assert frame.data == {"type": "node", "extra": [1, 2]}
    bad_date = json.loads(transcript("events")[1]) | {"datetime": "yesterday"}
    assert isinstance(decode_event_frame(json.dumps(bad_date)), UnknownFrame)


def test_event_datetime_forms() -> None:
    base = json.loads(transcript("events")[1])
    for value, expected in [
        ("2016-02-01T16:47:28.5+00:00", datetime(2016, 2, 1, 16, 47, 28, 500000, tzinfo=UTC)),
        ("2016-02-01T16:47:28", datetime(2016, 2, 1, 16, 47, 28, tzinfo=UTC)),
        ("Mon, 01 Feb 2016 16:47:28 +0000", datetime(2016, 2, 1, 16, 47, 28, tzinfo=UTC)),
    ]:
        event = decode_event_frame(json.dumps(base | {"datetime": value}))
        assert isinstance(event, Event) and event.datetime == expected


@pytest.mark.parametrize("decoder", [decode_event_frame, decode_log_frame, decode_exec_frame])
def test_error_frames(decoder: object) -> None:
    assert callable(decoder)
    first, second, third = (decoder(raw) for raw in transcript("errors"))
    assert isinstance(first, ErrorFrame) and first.message == "UNAUTHORIZED" and first.is_unauthorized
    assert isinstance(second, ErrorFrame) and second.message.startswith("Container web-1 is not running")
    assert not second.is_unauthorized
    assert isinstance(third, ErrorFrame) and third.message == "Too many connections"


@pytest.mark.parametrize("decoder", [decode_event_frame, decode_log_frame, decode_exec_frame])
def test_a_type_that_is_no_string_is_no_control_frame(decoder: object) -> None:
    # An unhashable ``type`` once raised TypeError from the control-frame lookup: decoders never raise.
    assert callable(decoder)
    for raw in ['{"type": [1], "action": "update"}', '{"type": {"error": 1}}', b'{"type": ["auth"]}']:
        assert isinstance(decoder(raw), UnknownFrame)


@pytest.mark.parametrize("decoder", [decode_event_frame, decode_log_frame])
def test_garbage_frames_are_unknown_not_errors(decoder: object) -> None:
    assert callable(decoder)
    for raw, reason in [("not json", "not JSON"), ("[1, 2]", "not a JSON object"), (b"\xff\xfe", "not JSON")]:
        frame = decoder(raw)
        assert isinstance(frame, UnknownFrame) and frame.reason == reason


def test_event_without_type_is_unknown() -> None:
    frame = decode_event_frame('{"action": "update"}')
    assert isinstance(frame, UnknownFrame) and frame.data == {"action": "update"}


def test_bytes_frames_are_decoded_as_utf8() -> None:
    event = decode_event_frame(transcript("events")[1].encode())
    assert isinstance(event, Event) and event.type is EventType.STACK


def test_what_orjson_refuses_decodes_as_the_standard_library_reads_it() -> None:
    # Frames are parsed with orjson; NaN and invalid UTF-8 (replacement characters) fall back to json, so a
    # frame that decoded before still decodes.
    base = json.loads(transcript("events")[1])
    event = decode_event_frame(json.dumps(base)[:-1] + ', "n": NaN}')
    assert isinstance(event, Event) and str(event.additional_properties["n"]) == "nan"
    odd = json.dumps({**base, "note": "X"}).encode().replace(b"X", b"\xff")
    event = decode_event_frame(odd)
    assert isinstance(event, Event) and event.additional_properties["note"] == "\ufffd"


def test_container_log_lines() -> None:
    lines = [decode_log_frame(raw) for raw in transcript("logs_container")]
    assert all(isinstance(line, LogLine) for line in lines)
    first = lines[0]
    assert isinstance(first, LogLine)
    assert first.log == "Starting nginx 1.9.4\n"
    assert first.epoch == 1433779324
    assert first.timestamp == datetime(2015, 6, 8, 16, 2, 4, tzinfo=UTC)
    assert first.stream_type is LogStreamType.STDOUT and first.source is None and first.type == "log"
    second = lines[1]
    assert isinstance(second, LogLine) and second.stream_type is LogStreamType.STDERR


def test_service_log_lines_have_a_source() -> None:
    lines = [decode_log_frame(raw) for raw in transcript("logs_service")]
    assert [line.source for line in lines if isinstance(line, LogLine)] == [
        "wordpress-stackable-1",
        "wordpress-stackable-2",
        "wordpress-stackable-1",
    ]


def test_action_log_lines_have_no_stream_type() -> None:
    lines = [decode_log_frame(raw) for raw in transcript("logs_action")]
    assert all(isinstance(line, LogLine) and line.stream_type is None for line in lines)


def test_log_unknown_type_and_fields_are_kept() -> None:
    line = decode_log_frame(json.dumps({"type": "log-v2", "log": "x", "timestamp": "1433779324", "node": "n1"}))
    assert isinstance(line, LogLine)
    assert line.type == "log-v2" and line.additional_properties == {"node": "n1"}
    assert line.timestamp == datetime(2015, 6, 8, 16, 2, 4, tzinfo=UTC)
    assert line.epoch is None  # the wire value was not a number


def test_log_frame_without_log_is_unknown() -> None:
    frame = decode_log_frame('{"type": "log", "timestamp": 1}')
    assert isinstance(frame, UnknownFrame)


def test_auth_frames_are_recognised_by_every_decoder() -> None:
    for decoder in (decode_event_frame, decode_log_frame, decode_exec_frame):
        assert isinstance(decoder('{"type": "auth"}'), AuthFrame)


def test_exec_frames() -> None:
    frames = [decode_exec_frame(raw) for raw in transcript("exec")]
    assert all(isinstance(f, ExecOutput) for f in frames)
    outputs = [f for f in frames if isinstance(f, ExecOutput)]
    assert [(o.output, o.stream_type.value) for o in outputs] == [
        ("web-1\n", "stdout"),
        ("sh: 1: nope: not found\n", "stderr"),
        ("/app\n", "stdout"),  # no streamType: stdout
        ("EOF", "stdout"),
    ]
    assert outputs[0].type == "exec"


def test_exec_plain_text_frame_is_stdout() -> None:
    frame = decode_exec_frame("raw text\n")
    assert isinstance(frame, ExecOutput) and frame.output == "raw text\n" and frame.type is None


def test_exec_frame_without_output_is_unknown() -> None:
    assert isinstance(decode_exec_frame('{"type": "exec"}'), UnknownFrame)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, datetime(1970, 1, 1, tzinfo=UTC)),
        (1433779324.5, datetime(2015, 6, 8, 16, 2, 4, 500000, tzinfo=UTC)),
        ("1433779324", datetime(2015, 6, 8, 16, 2, 4, tzinfo=UTC)),
        (True, None),
        ("soon", None),
        (None, None),
        (10**20, None),
    ],
)
def test_parse_epoch(value: object, expected: datetime | None) -> None:
    assert parse_epoch(value) == expected
