"""Typed items of the Stream API: events, log lines, exec output, and stream markers.

Events are the generated :class:`dockercloud_api.models.Event` (spec ``components/schemas/Event``).
Log lines and exec output get small classes of their own, because they add what the wire does not
carry (an aware ``timestamp`` for the epoch seconds, a default ``stream_type``). Every class keeps
what the server sent: unknown fields stay in ``additional_properties`` and unknown enum values
become a pseudo-member named ``UNKNOWN`` whose ``value`` is the string that was received.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from dockercloud_api.models import Event, EventAction, EventType, LogStreamType

__all__ = [
    "AuthFrame",
    "ErrorFrame",
    "Event",
    "EventAction",
    "EventType",
    "ExecOutput",
    "LogLine",
    "LogStreamType",
    "StreamReconnected",
    "UnknownFrame",
]


@attrs.frozen
class LogLine:
    """One log line of a container, a service (with ``source``) or an action.

    Attributes:
        log: the text, verbatim (it usually ends with its own newline).
        timestamp: when it was written, timezone-aware (UTC), or None if the frame had none.
        epoch: the wire value of ``timestamp`` (integer epoch seconds), or None.
        stream_type: ``stdout`` or ``stderr`` (None for action logs, which have none).
        source: the container that wrote the line (service logs), or None.
        type: the frame ``type`` (``log``; other values are kept, not dropped).
        additional_properties: fields not in the documented shape, kept verbatim.
        raw: the decoded JSON object of the frame.
    """

    log: str
    timestamp: datetime | None
    epoch: int | float | None
    stream_type: LogStreamType | None
    source: str | None
    type: str = "log"
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    raw: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen
class ExecOutput:
    """A piece of output of a command run with exec.

    Attributes:
        output: the text.
        stream_type: ``stdout`` or ``stderr`` (``stdout`` when the frame does not say).
        type: the frame ``type`` as sent (undocumented; kept verbatim, may be None).
        additional_properties: fields not in the inferred shape, kept verbatim.
        raw: the decoded JSON object of the frame (``{}`` for a plain-text frame).
    """

    output: str
    stream_type: LogStreamType
    type: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    raw: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen
class ErrorFrame:
    """An ``{"type": "error", "data": {"errorMessage": ...}}`` frame.

    Attributes:
        message: ``data.errorMessage`` (e.g. ``UNAUTHORIZED``), or the best text found.
        raw: the decoded JSON object of the frame.
    """

    message: str
    raw: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @property
    def is_unauthorized(self) -> bool:
        """Whether the server reports bad credentials."""
        return self.message.strip().upper() in {"UNAUTHORIZED", "UNAUTHORISED", "AUTHENTICATION FAILED"}


@attrs.frozen
class AuthFrame:
    """An undocumented ``{"type": "auth", ...}`` frame (taken to be an authentication acknowledgement).

    Streams skip it; the decoder still returns it so tests and callers can see it.
    """

    raw: dict[str, Any] = attrs.field(factory=dict, eq=False)


@attrs.frozen
class UnknownFrame:
    """A frame that is not JSON, not a JSON object, or lacks what its stream needs.

    Attributes:
        text: the frame as text.
        data: the decoded JSON value, if it was JSON.
        reason: why it could not be decoded into a typed item.
    """

    text: str
    data: Any = None
    reason: str = ""


@attrs.frozen
class StreamReconnected:
    """Marker yielded by an event stream after it reconnected: events may have been missed.

    Events that happened between ``disconnected_at`` and ``reconnected_at`` were not delivered and
    are not replayed; re-read the state you care about through the REST API.

    Attributes:
        disconnected_at: when the connection was found lost (UTC).
        reconnected_at: when the new connection was open (UTC).
        attempts: how many connection attempts it took.
        reason: why the previous connection ended (close code and reason, or the error).
        last_event_at: ``datetime`` of the last event received before the gap, if any.
    """

    disconnected_at: datetime
    reconnected_at: datetime
    attempts: int
    reason: str
    last_event_at: datetime | None = None
