"""``dockercloud action ls|inspect|logs|cancel|retry``."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

import click

from dockercloud_client import Client, models

from ._commands import inspect_command, logs_command
from ._kinds import ACTION
from ._output import Column, ago, field, list_options, show_list, uri_name
from ._resolve import find
from ._session import Session, pass_session

COLUMNS = [
    field("uuid", "UUID"),
    field("action", "ACTION"),
    Column("START", lambda a: ago(a.get("start_date"))),
    Column("END", lambda a: ago(a.get("end_date"))),
    Column("TARGET", lambda a: uri_name(a.get("object"))),
    field("ip", "IP"),
    field("location", "LOCATION"),
    field("state", "STATE"),
]


@click.group("action")
def group() -> None:
    """Actions: the audit trail of the API, and the progress of asynchronous operations."""


@group.command("ls")
@click.option(
    "-l", "--last", type=click.IntRange(min=1), default=25, show_default=True, help="How many recent actions."
)
@list_options
@pass_session
def ls(session: Session, last: int, json_output: bool, quiet: bool) -> None:
    """List the most recent actions."""
    recent = deque(session.client.actions.list(limit=100), maxlen=last)
    show_list(session, recent, COLUMNS, json_output=json_output, quiet=quiet)


def _on_each(verb: str, help_text: str, operation: Callable[[Client, str], models.Action]) -> click.Command:
    """``action VERB ID...``: ``operation`` on each action (it answers the action at once); prints each UUID."""

    @click.argument("identifier", nargs=-1, required=True)
    @pass_session
    def command(session: Session, identifier: tuple[str, ...]) -> None:
        for ident in identifier:
            click.echo(operation(session.client, find(session.client, ACTION, ident).uuid).uuid)

    return click.command(verb, help=help_text)(command)


group.add_command(_on_each("cancel", "Cancel actions that are still running.", lambda c, uuid: c.actions.cancel(uuid)))
group.add_command(_on_each("retry", "Retry actions that failed.", lambda c, uuid: c.actions.retry(uuid)))
group.add_command(logs_command(ACTION, lambda client: client.actions, "Print the log of an action."))
group.add_command(inspect_command(ACTION))

COMMANDS = [group]
