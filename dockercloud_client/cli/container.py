"""``dockercloud container ps|inspect|logs|exec|start|stop|redeploy|terminate`` (and ``exec``)."""

from __future__ import annotations

import click

from dockercloud_api.types import UNSET
from dockercloud_client import models

from ._commands import inspect_command, lifecycle_commands, logs_command
from ._exec import run_exec
from ._kinds import CONTAINER, SERVICE
from ._output import Column, ago, field, list_options, short_uuid, show_list
from ._resolve import find
from ._session import Session, pass_session

STATES = sorted(member.value for member in models.ContainerState)


def _ports(data: dict[str, object]) -> str:
    ports = data.get("container_ports")
    if not isinstance(ports, list):
        return ""
    shown = []
    for port in ports:
        inner = f"{port.get('inner_port')}/{port.get('protocol')}"
        shown.append(f"{port['outer_port']}->{inner}" if port.get("outer_port") is not None else inner)
    return ", ".join(shown)


COLUMNS = [
    field("name", "NAME"),
    Column("UUID", lambda c: short_uuid(c.get("uuid"))),
    field("state", "STATUS"),
    field("image_name", "IMAGE"),
    field("exit_code", "EXIT CODE"),
    Column("DEPLOYED", lambda c: ago(c.get("deployed_datetime"))),
    Column("PORTS", _ports),
]


@click.group("container")
def group() -> None:
    """Containers: the running instances of services."""


@group.command("ps")
@click.option("-s", "--status", type=click.Choice(STATES), help="Only containers in this state.")
@click.option("--service", "service_id", metavar="SERVICE", help="Only the containers of this service.")
@list_options
@pass_session
def ps(session: Session, status: str | None, service_id: str | None, json_output: bool, quiet: bool) -> None:
    """List containers."""
    client = session.client
    containers = client.containers.list(
        state=models.ContainerState(status) if status else UNSET,
        service=find(client, SERVICE, service_id).resource_uri if service_id else UNSET,
    )
    show_list(session, containers, COLUMNS, json_output=json_output, quiet=quiet)


@click.command("exec")
@click.argument("identifier")
@click.argument("command", nargs=-1, type=click.UNPROCESSED)
@pass_session
def exec_(session: Session, identifier: str, command: tuple[str, ...]) -> None:
    """Run a command in a container (default: sh), with stdin forwarded."""
    run_exec(session, identifier, command)


group.add_command(exec_)


for _command in lifecycle_commands(CONTAINER, lambda client: client.containers):
    group.add_command(_command)
group.add_command(logs_command(CONTAINER, lambda client: client.containers, "Print the log of a container."))
group.add_command(inspect_command(CONTAINER))

COMMANDS = [group, exec_]
