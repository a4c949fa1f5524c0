"""Publish/subscribe hubs for the Stream API: Docker Cloud events and log lines.

Subscribers are :class:`asyncio.Queue` objects owned by websocket handlers; publishing never
blocks. Each queue holds at most ``queue_size`` messages: a listener that falls further behind is
dropped, and the :data:`OVERFLOW` marker left in its queue makes its handler close the websocket
(code :data:`OVERFLOW_CLOSE_CODE`) instead of the queue growing without limit.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from .store import canonical_uri, new_uuid
from .timefmt import iso8601

#: The message that ends an overflowing listener's queue.
OVERFLOW: dict[str, Any] = {"type": "_overflow"}
#: Close code of a listener that fell too far behind (1013, "try again later": it may reconnect).
OVERFLOW_CLOSE_CODE = 1013
#: Messages one listener may have waiting unless configured otherwise (``Limits.event_queue``).
DEFAULT_QUEUE_SIZE = 10_000


def overflow_reason(queue_size: int) -> str:
    """The close reason sent to a listener that fell too far behind."""
    return f"too far behind: over {queue_size} messages unread; reconnect to resume"


def new_queue(queue_size: int) -> asyncio.Queue[dict[str, Any]]:
    """A listener's queue: ``queue_size`` messages plus room for the :data:`OVERFLOW` marker."""
    return asyncio.Queue(maxsize=queue_size + 1)


def offer(queue: asyncio.Queue[dict[str, Any]], message: dict[str, Any]) -> bool:
    """Queue ``message``; on overflow leave :data:`OVERFLOW` instead and return False (drop the listener)."""
    if queue.qsize() < queue.maxsize - 1:
        queue.put_nowait(message)
        return True
    queue.put_nowait(OVERFLOW)
    return False


def _split(values: list[str]) -> set[str]:
    out: set[str] = set()
    for value in values:
        out.update(v.strip() for v in value.split(",") if v.strip())
    return out


@dataclass
class EventFilter:
    """The ``type``, ``object`` and ``parent``/``parents`` filters of the events stream."""

    types: set[str] = field(default_factory=set)
    objects: set[str] = field(default_factory=set)
    parents: set[str] = field(default_factory=set)

    @classmethod
    def from_query(cls, types: list[str], objects: list[str], parents: list[str]) -> EventFilter:
        """Build from repeated and/or comma-separated query values."""
        return cls(
            _split(types), {canonical_uri(o) for o in _split(objects)}, {canonical_uri(p) for p in _split(parents)}
        )

    def matches(self, event: dict[str, Any]) -> bool:
        """Whether ``event`` passes every filter that was given."""
        if self.types and event["type"] not in self.types:
            return False
        if self.objects and canonical_uri(event["resource_uri"]) not in self.objects:
            return False
        return not (self.parents and not self.parents & {canonical_uri(p) for p in event["parents"]})


@dataclass
class _EventSubscriber:
    namespace: str
    filter: EventFilter
    queue: asyncio.Queue[dict[str, Any]]


class EventBus:
    """Fan-out of Docker Cloud events to the connected events websockets of a namespace."""

    def __init__(self, queue_size: int = DEFAULT_QUEUE_SIZE) -> None:
        self._subscribers: list[_EventSubscriber] = []
        self.published = 0
        self.queue_size = queue_size

    def subscribe(self, namespace: str, flt: EventFilter) -> asyncio.Queue[dict[str, Any]]:
        """Register a listener on ``namespace``; returns the queue events arrive on."""
        queue = new_queue(self.queue_size)
        self._subscribers.append(_EventSubscriber(namespace, flt, queue))
        return queue

    def unsubscribe(self, queue: asyncio.Queue[dict[str, Any]]) -> None:
        """Remove the listener that owns ``queue``."""
        self._subscribers = [s for s in self._subscribers if s.queue is not queue]

    def publish(self, namespace: str, kind: str, action: str, obj: dict[str, Any], parents: list[str]) -> None:
        """Send one event about ``obj`` (of event type ``kind``) to the listeners of ``namespace``."""
        event = {
            "type": kind,
            "action": action,
            "parents": list(parents),
            "resource_uri": obj["resource_uri"],
            "state": obj.get("state", ""),
            "uuid": new_uuid(),
            "datetime": iso8601(),
        }
        self.published += 1
        behind = [
            sub
            for sub in self._subscribers
            if sub.namespace == namespace and sub.filter.matches(event) and not offer(sub.queue, event)
        ]
        for sub in behind:
            self.unsubscribe(sub.queue)


class LogHub:
    """Fan-out of log lines keyed by the uuid of the container, service or action producing them."""

    def __init__(self, queue_size: int = DEFAULT_QUEUE_SIZE) -> None:
        self._subscribers: dict[str, list[asyncio.Queue[dict[str, Any]]]] = {}
        self.queue_size = queue_size

    def subscribe(self, key: str) -> asyncio.Queue[dict[str, Any]]:
        """Listen to the lines published under ``key``."""
        queue = new_queue(self.queue_size)
        self._subscribers.setdefault(key, []).append(queue)
        return queue

    def unsubscribe(self, key: str, queue: asyncio.Queue[dict[str, Any]]) -> None:
        """Stop listening."""
        queues = self._subscribers.get(key, [])
        if queue in queues:
            queues.remove(queue)
        if not queues:
            self._subscribers.pop(key, None)

    def publish(self, keys: list[str], message: dict[str, Any]) -> None:
        """Deliver ``message`` to every listener of any of ``keys``."""
        for key in keys:
            for queue in list(self._subscribers.get(key, [])):
                if not offer(queue, message):
                    self.unsubscribe(key, queue)

    def clear(self) -> None:
        """Drop every listener (used by reset)."""
        self._subscribers.clear()
