"""Pure decoders: one websocket frame in, one typed item out. No I/O, no state, never raises.

Each stream has its decoder; all three share the handling of the control frames:

* ``{"type": "auth", ...}`` (undocumented) becomes :class:`AuthFrame`, which the streams skip;
* ``{"type": "error", "data": {"errorMessage": ...}}`` becomes :class:`ErrorFrame`;
* a frame that is not a JSON object, or lacks what its stream needs, becomes :class:`UnknownFrame`.

Unknown ``type`` values and unknown fields are kept (``additional_properties``, ``UNKNOWN`` enum
pseudo-members), never dropped.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, TypeAlias

from orjson import JSONDecodeError as _OrjsonError
from orjson import loads as _orjson_loads

from dockercloud_api._decoding import parse_json

from .models import (
    AuthFrame,
    ErrorFrame,
    Event,
    ExecOutput,
    LogLine,
    LogStreamType,
    UnknownFrame,
)

__all__ = [
    "EventFrame",
    "ExecFrame",
    "LogFrame",
    "decode_event_frame",
    "decode_exec_frame",
    "decode_log_frame",
    "parse_epoch",
]

EventFrame: TypeAlias = Event | ErrorFrame | AuthFrame | UnknownFrame
LogFrame: TypeAlias = LogLine | ErrorFrame | AuthFrame | UnknownFrame
ExecFrame: TypeAlias = ExecOutput | ErrorFrame | AuthFrame | UnknownFrame

#: ``type`` values of the control frames every stream may carry.
_CONTROL_TYPES = frozenset({"auth", "error"})
_LOG_FIELDS = frozenset({"type", "log", "timestamp", "streamType", "source"})
_EXEC_FIELDS = frozenset({"type", "output", "streamType"})


def _text(raw: str | bytes) -> str:
    return raw.decode("utf-8", errors="replace") if isinstance(raw, bytes | bytearray) else raw


def _load(raw: str | bytes) -> dict[str, Any] | UnknownFrame:
    try:
        # The REST bodies' parser: orjson on the frame's bytes (most of a stream's decoding time), json
        # for what orjson refuses (NaN, invalid UTF-8 read with replacement characters). orjson reads
        # an integer beyond 64 bits as a float.
        data = parse_json(raw)
    except ValueError:
        return UnknownFrame(text=_text(raw), reason="not JSON")
    if type(data) is not dict:
        return UnknownFrame(text=_text(raw), data=data, reason="not a JSON object")
    return data


def _control(data: dict[str, Any]) -> ErrorFrame | AuthFrame | None:
    kind = data.get("type")
    # A ``type`` that is not a string (a list, an object) is no control frame, and unhashable.
    return _control_frame(data) if type(kind) is str and kind in _CONTROL_TYPES else None


def _control_frame(data: dict[str, Any]) -> ErrorFrame | AuthFrame:
    """The control frame of ``data``, whose ``type`` is one of :data:`_CONTROL_TYPES`."""
    if data["type"] == "auth":
        return AuthFrame(raw=data)
    return ErrorFrame(message=_error_message(data), raw=data)


def _error_message(data: dict[str, Any]) -> str:
    payload = data.get("data")
    if isinstance(payload, dict):
        for key in ("errorMessage", "error", "message"):
            if isinstance(payload.get(key), str):
                return str(payload[key])
    if isinstance(payload, str) and payload:
        return payload
    for key in ("errorMessage", "error", "message", "log", "output"):
        if isinstance(data.get(key), str):
            return str(data[key])
    return "unspecified stream error"


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def parse_epoch(value: Any) -> datetime | None:
    """Turn a log ``timestamp`` (epoch seconds, int, float or digits) into an aware UTC datetime.

    Returns:
        The datetime, or None when ``value`` is missing or unreadable.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    if not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


#: Builds a filled Event from its JSON object (raises DecodeError); the generated ``from_dict`` calls the same.
_new_event = Event._DECODING.now


def decode_event_frame(raw: str | bytes) -> EventFrame:
    """Decode one frame of the events stream.

    Args:
        raw: the frame as received (text, or bytes holding UTF-8: the event streams read bytes, which
            orjson parses without building a string first).

    Returns:
        A generated :class:`~dockercloud_api.models.Event` (unknown ``type``/``action`` values are
        ``UNKNOWN`` pseudo-members, unknown fields stay in ``additional_properties``), an
        :class:`ErrorFrame`, an :class:`AuthFrame`, or an :class:`UnknownFrame` when an identity field
        (``type``, ``action``, ``resource_uri``, ``state``) is missing or a field has the wrong JSON type.
        Other documented fields may be missing or null (they are None then).
    """
    # Every event of a stream comes through here: the common frame (a JSON object whose ``type`` is a
    # string other than auth/error) takes one orjson call and the model's fill, nothing else.
    try:
        data = _orjson_loads(raw)
    except _OrjsonError:
        data = _load(raw)  # what orjson refuses may still be JSON for the tolerant reader
        if type(data) is UnknownFrame:
            return data
    if type(data) is not dict:
        return UnknownFrame(text=_text(raw), data=data, reason="not a JSON object")
    kind = data.get("type")
    if type(kind) is not str or not kind:
        return UnknownFrame(text=_text(raw), data=data, reason="event without a type")
    if kind in _CONTROL_TYPES:
        return _control_frame(data)
    try:
        return _new_event(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return UnknownFrame(text=_text(raw), data=data, reason=f"not an Event ({type(exc).__name__}: {exc})")


def decode_log_frame(raw: str | bytes) -> LogFrame:
    """Decode one frame of a logs stream (container, service or action).

    Args:
        raw: the frame as received.

    Returns:
        A :class:`LogLine` for every JSON object with a string ``log`` (whatever its ``type``), or an
        :class:`ErrorFrame`, :class:`AuthFrame` or :class:`UnknownFrame`.
    """
    data = _load(raw)
    if isinstance(data, UnknownFrame):
        return data
    control = _control(data)
    if control is not None:
        return control
    log = data.get("log")
    if not isinstance(log, str):
        return UnknownFrame(text=_text(raw), data=data, reason="log frame without a 'log' string")
    epoch = data.get("timestamp")
    stream_type = data.get("streamType")
    kind = data.get("type")
    return LogLine(
        log=log,
        timestamp=parse_epoch(epoch),
        epoch=epoch if isinstance(epoch, int | float) and not isinstance(epoch, bool) else None,
        stream_type=LogStreamType(stream_type) if isinstance(stream_type, str) and stream_type else None,
        source=_optional_str(data.get("source")),
        type=kind if isinstance(kind, str) else "log",
        additional_properties={k: v for k, v in data.items() if k not in _LOG_FIELDS},
        raw=data,
    )


def decode_exec_frame(raw: str | bytes) -> ExecFrame:
    """Decode one server-to-client frame of an exec session (format undocumented, inferred).

    Args:
        raw: the frame as received.

    Returns:
        An :class:`ExecOutput` for a JSON object with a string ``output`` (``streamType`` defaults to
        ``stdout``), or for a frame that is not JSON at all (taken as raw stdout text); otherwise an
        :class:`ErrorFrame`, :class:`AuthFrame` or :class:`UnknownFrame`.
    """
    data = _load(raw)
    if isinstance(data, UnknownFrame):
        if data.reason == "not JSON":
            return ExecOutput(output=data.text, stream_type=LogStreamType.STDOUT, type=None)
        return data
    control = _control(data)
    if control is not None:
        return control
    output = data.get("output")
    if not isinstance(output, str):
        return UnknownFrame(text=_text(raw), data=data, reason="exec frame without an 'output' string")
    stream_type = data.get("streamType")
    kind = data.get("type")
    return ExecOutput(
        output=output,
        stream_type=LogStreamType(stream_type)
        if isinstance(stream_type, str) and stream_type
        else LogStreamType.STDOUT,
        type=kind if isinstance(kind, str) else None,
        additional_properties={k: v for k, v in data.items() if k not in _EXEC_FIELDS},
        raw=data,
    )
