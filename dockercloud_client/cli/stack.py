"""``dockercloud stack create|up|ls|inspect|update|export|start|stop|redeploy|terminate`` (and ``up``)."""

from __future__ import annotations

from pathlib import Path

import click

from dockercloud_client import models

from ._commands import inspect_command, lifecycle_commands, list_command
from ._kinds import STACK
from ._output import Column, ago, as_json, field, json_option
from ._resolve import find
from ._service_spec import BadDefinition, api_fields, request_body
from ._session import Session, pass_session
from ._stackfile import dump, load
from ._sync import finish, sync_option

COLUMNS = [
    field("name", "NAME"),
    field("uuid", "UUID"),
    field("state", "STATUS"),
    Column("DEPLOYED", lambda s: ago(s.get("deployed_datetime"))),
    Column("SERVICES", lambda s: str(len(s.get("services") or []))),
    Column("SYNCHRONIZED", lambda s: "yes" if s.get("synchronized") else "no"),
]

_files = click.option(
    "-f",
    "--file",
    "files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Stackfile (repeatable; default: docker-cloud.yml found from the current folder up).",
)
_name = click.option("-n", "--name", help="Stack name (default: the stackfile's folder name).")


@click.group("stack")
def group() -> None:
    """Stacks: services defined together in a stackfile."""


def _services(files: tuple[Path, ...]) -> list[models.ServiceCreate]:
    """The services of the stackfiles as create bodies; links and volumes_from name siblings."""
    services = []
    for name, entry in load(list(files)).items():
        if "image" not in entry:
            raise BadDefinition(f"service {name!r}: image is required")
        services.append(request_body(models.ServiceCreate, name, {"name": name, **api_fields(name, entry)}))
    return services


def _create(session: Session, name: str | None, files: tuple[Path, ...]) -> models.Stack:
    """Create the stack of the stackfiles, named ``name`` or after the first stackfile's folder."""
    folder = files[0].resolve().parent if files else Path.cwd()
    return session.client.stacks.create(name=name or folder.name, services=_services(files))


@group.command("create")
@_name
@_files
@pass_session
def create(session: Session, name: str | None, files: tuple[Path, ...]) -> None:
    """Create a stack from a stackfile, without starting it."""
    click.echo(_create(session, name, files).uuid)


@click.command("up")
@_name
@_files
@sync_option
@pass_session
def up(session: Session, name: str | None, files: tuple[Path, ...], sync: bool) -> None:
    """Create a stack from a stackfile and start it."""
    stack = _create(session, name, files)
    finish(session, session.client.stacks.start(stack.uuid), sync=sync, label=f"start stack {stack.name}")
    click.echo(stack.uuid)


group.add_command(up)


group.add_command(list_command("List stacks.", lambda client: client.stacks.list(), COLUMNS))


@group.command("update")
@click.argument("identifier")
@_files
@pass_session
def update(session: Session, identifier: str, files: tuple[Path, ...]) -> None:
    """Update the services of a stack from a stackfile; redeploy the stack for the change to take effect.

    The update itself starts no action (the API answers at once), so there is no --sync here.
    """
    stack = find(session.client, STACK, identifier)
    services = [
        request_body(models.StackServiceUpdate, name, {"name": name, **api_fields(name, entry)})
        for name, entry in load(list(files)).items()
    ]
    session.client.stacks.update(stack.uuid, services=services)
    click.echo(stack.uuid)


@group.command("export")
@click.argument("identifier")
@click.option("-f", "--file", "output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file.")
@json_option
@pass_session
def export(session: Session, identifier: str, output: Path | None, json_output: bool) -> None:
    """Print a stack as a stackfile (YAML, or JSON with --json)."""
    stack = find(session.client, STACK, identifier)
    exported = session.client.stacks.export(stack.uuid).to_dict()
    text = as_json(exported) + "\n" if json_output else dump(exported)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


for _command in lifecycle_commands(STACK, lambda client: client.stacks):
    group.add_command(_command)
group.add_command(inspect_command(STACK))

COMMANDS = [group, up]
