"""The Docker Cloud Stream API: events, logs and exec over websockets.

Every stream is an iterator (``for``) that is also a context manager (``with``), with a
``close()`` that is safe from another thread; each has an asyncio twin (``async for``,
``async with``, ``aclose()``). Frames are decoded by pure functions (:mod:`.decode`); URLs are
built in :mod:`.urls`; reconnection is explicit (:class:`ReconnectPolicy`, the
:class:`StreamReconnected` marker).
"""

from ..errors import StreamServerError
from .decode import decode_event_frame, decode_exec_frame, decode_log_frame
from .events import AsyncEventStream, EventItem, EventStream
from .exec import AsyncExecSession, ExecSession
from .logs import AsyncLogStream, LogStream
from .models import (
    AuthFrame,
    ErrorFrame,
    Event,
    EventAction,
    EventType,
    ExecOutput,
    LogLine,
    LogStreamType,
    StreamReconnected,
    UnknownFrame,
)
from .policy import ReconnectPolicy, StreamOptions, StreamSettings

__all__ = [
    "AsyncEventStream",
    "AsyncExecSession",
    "AsyncLogStream",
    "AuthFrame",
    "ErrorFrame",
    "Event",
    "EventAction",
    "EventItem",
    "EventStream",
    "EventType",
    "ExecOutput",
    "ExecSession",
    "LogLine",
    "LogStream",
    "LogStreamType",
    "ReconnectPolicy",
    "StreamOptions",
    "StreamReconnected",
    "StreamServerError",
    "StreamSettings",
    "UnknownFrame",
    "decode_event_frame",
    "decode_exec_frame",
    "decode_log_frame",
]
