"""The ``start``, ``stop``, ``redeploy`` and ``terminate`` commands that containers, services and stacks share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from dockercloud_api.api import Started

from .. import Client
from ._output import ApiObject
from ._resolve import Kind, find
from ._session import Session, pass_session
from ._sync import finish, sync_option

#: ``(client, uuid, reuse_volumes) -> Started``: one lifecycle operation of one kind.
Operation = Callable[[Client, str, bool], Started[Any]]

HELP = {
    "start": "Start {nouns}.",
    "stop": "Stop {nouns}.",
    "redeploy": "Redeploy {nouns}: pull the image again and recreate the containers.",
    "terminate": "Terminate {nouns} (this cannot be undone).",
}


def lifecycle_commands(kind: Kind[Any], operations: dict[str, Operation]) -> list[click.Command]:
    """One command per operation, each taking several identifiers and ``--sync``.

    ``redeploy`` also takes ``--not-reuse-volumes``, as in the docker-cloud CLI.
    """
    return [_command(kind, verb, operation) for verb, operation in operations.items()]


def _command(kind: Kind[Any], verb: str, operation: Operation) -> click.Command:
    @click.argument("identifier", nargs=-1, required=True)
    @sync_option
    @pass_session
    def command(session: Session, identifier: tuple[str, ...], sync: bool, not_reuse_volumes: bool = False) -> None:
        for ident in identifier:
            target: ApiObject = find(session.client, kind, ident)
            data = target.to_dict()
            started = operation(session.client, data["uuid"], not not_reuse_volumes)
            finish(session, started, sync=sync, label=f"{verb} {kind.noun} {data.get('name', data['uuid'])}")
            click.echo(data["uuid"])

    if verb == "redeploy":
        command = click.option("--not-reuse-volumes", is_flag=True, help="Start from empty volumes.")(command)
    return click.command(verb, help=HELP[verb].format(nouns=f"{kind.noun}s"))(command)
