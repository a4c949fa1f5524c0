"""``dockercloud event``: follow the event stream of the namespace."""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from .. import StreamReconnected
from ._output import uri_name, visible
from ._session import Session, pass_session


@click.command("event")
@click.option(
    "--type", "types", multiple=True, metavar="TYPE", help="Only events of this type, e.g. service (repeatable)."
)
@click.option(
    "--object", "objects", multiple=True, metavar="URI", help="Only events about this resource URI (repeatable)."
)
@click.option(
    "--parent", "parents", multiple=True, metavar="URI", help="Only events whose parents include this URI (repeatable)."
)
@click.option("-n", "--count", type=click.IntRange(min=1), help="Exit after this many events.")
@click.option("--json", "json_output", is_flag=True, help="One JSON object per event (the API's field names).")
@pass_session
def event(
    session: Session,
    types: tuple[str, ...],
    objects: tuple[str, ...],
    parents: tuple[str, ...],
    count: int | None,
    json_output: bool,
) -> None:
    """Print events as they happen, until interrupted (or --count events).

    The stream reconnects by itself after a drop and says so on stderr, since events may have been
    missed in the gap.
    """
    stream = session.client.events.stream(type=types or None, object=objects or None, parent=parents or None)
    seen = 0
    with stream, _close_on_ctrl_c(stream.close) as interrupted:
        session.err.print("Listening for events (Ctrl-C to stop)")
        for item in stream:
            if isinstance(item, StreamReconnected):
                session.err.print(f"reconnected after {visible(item.reason)}; events may have been missed")
                continue
            data = item.to_dict()
            if json_output:
                click.echo(json.dumps(data, ensure_ascii=False))
            else:
                click.echo(_line(data))
            seen += 1
            if count is not None and seen >= count:
                return
    if interrupted.is_set():
        raise click.exceptions.Exit(130)


@contextmanager
def _close_on_ctrl_c(close: Callable[[], None]) -> Iterator[threading.Event]:
    """While inside, Ctrl-C closes the stream (from another thread, as ``close()`` allows) instead of raising.

    A KeyboardInterrupt raised inside the websocket library while it holds its locks can leave the
    connection unable to close, and the process hanging; closing ends the iteration cleanly instead.
    Only the main thread can install signal handlers; elsewhere Ctrl-C keeps its default behaviour.
    """
    interrupted = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield interrupted
        return

    def on_sigint(signum: int, frame: object) -> None:
        interrupted.set()
        threading.Thread(target=close, daemon=True).start()

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield interrupted
    finally:
        signal.signal(signal.SIGINT, previous)


def _line(data: dict[str, Any]) -> str:
    """An event on one line: when, type, action, state, object (the last segment of its URI) and URI."""
    uri = data.get("resource_uri", "")
    return visible(
        f"{data.get('datetime', '')}  {data.get('type', ''):<10} {data.get('action', ''):<7} "
        f"{data.get('state', ''):<13} {uri_name(uri):<36}  {uri}"
    )


COMMANDS = [event]
