"""Command factories for what several groups share: ``ls``, ``inspect``, ``logs``, and operations that start an action.

``start``, ``stop``, ``redeploy`` and ``terminate`` of containers, services and stacks, ``node upgrade``,
``node rm``, ``nodecluster rm`` and the ``scale`` of services and node clusters are all "find each identifier,
call one operation, optionally wait" (:func:`_start_each`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

import click

from dockercloud_api.api import StartedAction

from .. import Client, LogStream
from ._output import ApiObject, Column, json_option, list_options, show_list, show_one
from ._resolve import Kind, find
from ._session import Session, pass_session
from ._streams import follow_option, print_log
from ._sync import finish, sync_option

#: ``(client, uuid, reuse_volumes) -> StartedAction``: one operation of one kind that starts an action.
Operation = Callable[[Client, str, bool], StartedAction[Any]]

LIFECYCLE_HELP = {
    "start": "Start {nouns}.",
    "stop": "Stop {nouns}.",
    "redeploy": "Redeploy {nouns}: pull the image again and recreate the containers.",
    "terminate": "Terminate {nouns} (this cannot be undone).",
}


def list_command(
    help_text: str, objects: Callable[[Client], Iterable[ApiObject]], columns: Sequence[Column], *, key: str = "uuid"
) -> click.Command:
    """``ls [--json] [-q]``: every object ``objects`` lists, as a table of ``columns`` (``-q``: each ``key``)."""

    @list_options
    @pass_session
    def command(session: Session, json_output: bool, quiet: bool) -> None:
        show_list(session, objects(session.client), columns, json_output=json_output, quiet=quiet, key=key)

    return click.command("ls", help=help_text)(command)


def inspect_command(kind: Kind[Any]) -> click.Command:
    """``inspect ID...``: each object as JSON, with the API's field names."""

    @click.argument("identifier", nargs=-1, required=True)
    @json_option
    @pass_session
    def command(session: Session, identifier: tuple[str, ...], json_output: bool) -> None:
        for ident in identifier:
            show_one(find(session.client, kind, ident))

    return click.command("inspect", help=f"Show {kind.noun}s as JSON (by UUID, short UUID or name).")(command)


class LifecycleGroup(Protocol):
    """A resource group whose objects start, stop, redeploy and terminate (containers, services, stacks)."""

    def start(self, uuid: str, /) -> StartedAction[Any]: ...
    def stop(self, uuid: str, /) -> StartedAction[Any]: ...
    def redeploy(self, uuid: str, /, *, reuse_volumes: bool = ...) -> StartedAction[Any]: ...
    def terminate(self, uuid: str, /) -> StartedAction[Any]: ...


class LogsGroup(Protocol):
    """A resource group whose objects have a log stream (actions, containers, services)."""

    def logs(self, uuid: str, /, *, tail: int | None = ..., follow: bool = ...) -> LogStream: ...


def lifecycle_commands(kind: Kind[Any], group_of: Callable[[Client], LifecycleGroup]) -> list[click.Command]:
    """``start``/``stop``/``redeploy``/``terminate`` of ``kind``, on the resource group ``group_of`` picks."""
    operations: dict[str, Operation] = {
        "start": lambda client, uuid, _: group_of(client).start(uuid),
        "stop": lambda client, uuid, _: group_of(client).stop(uuid),
        "redeploy": lambda client, uuid, reuse: group_of(client).redeploy(uuid, reuse_volumes=reuse),
        "terminate": lambda client, uuid, _: group_of(client).terminate(uuid),
    }
    return [
        action_command(kind, verb, LIFECYCLE_HELP[verb].format(nouns=f"{kind.noun}s"), operation)
        for verb, operation in operations.items()
    ]


def logs_command(
    kind: Kind[Any], group_of: Callable[[Client], LogsGroup], help_text: str, *, prefix_source: bool = False
) -> click.Command:
    """``logs ID [-f] [-t N] [--json]``: the log stream of one object of ``kind`` (see :func:`print_log`)."""

    @click.argument("identifier")
    @follow_option
    @pass_session
    def command(session: Session, identifier: str, follow: bool, tail: int, json_output: bool) -> None:
        uuid = find(session.client, kind, identifier).to_dict()["uuid"]
        stream = group_of(session.client).logs(uuid, tail=tail, follow=follow)
        print_log(stream, json_output=json_output, prefix_source=prefix_source)

    return click.command("logs", help=help_text)(command)


def action_command(kind: Kind[Any], verb: str, help_text: str, operation: Operation) -> click.Command:
    """``VERB ID... [--sync]``: ``operation`` on each object; prints each UUID.

    ``redeploy`` also takes ``--not-reuse-volumes``, as in the docker-cloud CLI.
    """

    @click.argument("identifier", nargs=-1, required=True)
    @sync_option
    @pass_session
    def command(session: Session, identifier: tuple[str, ...], sync: bool, not_reuse_volumes: bool = False) -> None:
        reuse = not not_reuse_volumes
        _start_each(session, kind, verb, identifier, sync, lambda uuid: operation(session.client, uuid, reuse))

    if verb == "redeploy":
        command = click.option("--not-reuse-volumes", is_flag=True, help="Start from empty volumes.")(command)
    return click.command(verb, help=help_text)(command)


def scale_command(
    kind: Kind[Any], members: str, scale: Callable[[Client, str, int], StartedAction[Any]]
) -> click.Command:
    """``scale ID... N [--sync]``: ``scale`` each object to ``N`` ``members`` (containers, nodes); prints each UUID."""

    @click.argument("identifier", nargs=-1, required=True)
    @click.argument("count", metavar="N", type=click.IntRange(min=0))
    @sync_option
    @pass_session
    def command(session: Session, identifier: tuple[str, ...], count: int, sync: bool) -> None:
        _start_each(session, kind, "scale", identifier, sync, lambda uuid: scale(session.client, uuid, count))

    return click.command("scale", help=f"Set the number of {members} of {kind.noun}s.")(command)


def _start_each(
    session: Session,
    kind: Kind[Any],
    verb: str,
    identifiers: tuple[str, ...],
    sync: bool,
    start: Callable[[str], StartedAction[Any]],
) -> None:
    """Find each identifier, ``start`` an operation on it, wait with ``sync``, print its UUID."""
    for ident in identifiers:
        data = find(session.client, kind, ident).to_dict()
        finish(session, start(data["uuid"]), sync=sync, label=f"{verb} {kind.noun} {data.get('name', data['uuid'])}")
        click.echo(data["uuid"])
