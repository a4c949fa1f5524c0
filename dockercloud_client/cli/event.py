"""``dockercloud event``: follow the event stream of the namespace."""

from __future__ import annotations

import json
from typing import Any

import click

from .. import StreamReconnected
from ._output import uri_name
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
    with stream:
        session.err.print("Listening for events (Ctrl-C to stop)")
        for item in stream:
            if isinstance(item, StreamReconnected):
                session.err.print(f"reconnected after {item.reason}; events may have been missed")
                continue
            data = item.to_dict()
            if json_output:
                click.echo(json.dumps(data, ensure_ascii=False))
            else:
                click.echo(_line(data))
            seen += 1
            if count is not None and seen >= count:
                return


def _line(data: dict[str, Any]) -> str:
    """An event on one line: when, type, action, state, object (the last segment of its URI) and URI."""
    uri = data.get("resource_uri", "")
    return (
        f"{data.get('datetime', '')}  {data.get('type', ''):<10} {data.get('action', ''):<7} "
        f"{data.get('state', ''):<13} {uri_name(uri):<36}  {uri}"
    )


COMMANDS = [event]
