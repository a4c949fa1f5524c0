"""The emulator's bounds on what one client may send or hold: sizes, nesting, list lengths, waits, queues,
the action history."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds applied to every request and connection (defaults suit tests and demos).

    Attributes:
        max_body_bytes: largest request body (and websocket message) accepted; larger → 413.
        max_json_depth: deepest nesting of arrays and objects in a JSON body; deeper → 400.
        max_list_items: most items in any JSON array (and members of any object) of a body; more → 400.
        head_timeout: seconds a connection has to send a complete request head (request line and
            headers), from when it opens or its previous answer was sent; then 408 and closed.
        body_timeout: seconds of silence allowed while a request body is being sent; then 408 and closed.
        keep_alive: seconds an idle keep-alive connection stays open between requests.
        event_queue: events (or log lines) waiting for one stream listener; a listener further behind
            is closed with code 1013 (see :mod:`dockercloud_emulator.events`). One request can publish
            a burst (a stack's containers), hence the generous default.
        kept_actions: finished actions each namespace keeps, the most recently finished ones; an older
            one is dropped (a get answers 404 as for any unknown action; lists no longer show it), so
            memory stays bounded however many operations run. Actions in progress are always kept.
    """

    max_body_bytes: int = MIB
    max_json_depth: int = 32
    max_list_items: int = 1000
    head_timeout: float = 10.0
    body_timeout: float = 10.0
    keep_alive: int = 5
    event_queue: int = 10_000
    kept_actions: int = 1000
