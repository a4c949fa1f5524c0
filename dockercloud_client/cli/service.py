"""``dockercloud service create|run|ps|inspect|logs|scale|set|start|stop|redeploy|terminate|env`` (and ``run``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from dockercloud_api.api import StartedAction
from dockercloud_api.types import UNSET
from dockercloud_client import Client, models

from . import service_env
from ._commands import inspect_command, lifecycle_commands, logs_command, scale_command
from ._env import env_options, read_env_files
from ._kinds import SERVICE, STACK
from ._output import Column, ago, field, list_options, short_uuid, show_list, visible
from ._resolve import find
from ._service_spec import ENUMS, api_fields, keywords, request_body
from ._session import Session, pass_session
from ._sync import finish, sync_option

STATES = sorted(member.value for member in models.ServiceState)

F = TypeVar("F", bound=Callable[..., Any])


def _definition_options(function: F) -> F:
    """The options ``create``, ``run`` and ``set`` share (the docker-cloud CLI's names)."""
    choice = {key: click.Choice(sorted(choices)) for key, (_, choices) in ENUMS.items()}
    options = [
        click.option("-t", "--target-num-containers", type=click.IntRange(min=0), help="Number of containers."),
        click.option("-r", "--run-command", help="Command overriding the image's."),
        click.option("--entrypoint", help="Entrypoint overriding the image's."),
        click.option("-p", "--publish", multiple=True, metavar="[HOST:]PORT[/PROTO]", help="Publish a port."),
        click.option("--expose", multiple=True, metavar="PORT[/PROTO]", help="Expose a port to linked services."),
        click.option("--tag", "tags", multiple=True, help="Deploy on nodes with this tag (repeatable)."),
        click.option("--link-service", "links", multiple=True, metavar="SERVICE[:ALIAS]", help="Link to a service."),
        click.option("--autodestroy", type=choice["autodestroy"], help="When stopped containers are terminated."),
        click.option("--autorestart", type=choice["autorestart"], help="When stopped containers are restarted."),
        click.option("--autoredeploy/--no-autoredeploy", default=None, help="Redeploy when the image is pushed."),
        click.option("--role", "roles", multiple=True, type=click.Choice(["global"]), help="API role to grant."),
        click.option("--sequential/--no-sequential", default=None, help="Deploy containers one after the other."),
        click.option("-v", "--volume", "volumes", multiple=True, metavar="[HOST:]PATH[:ro]", help="Add a volume."),
        click.option("--volumes-from", multiple=True, metavar="SERVICE", help="Mount the volumes of a service."),
        click.option("--deployment-strategy", type=choice["deployment_strategy"], help="Where containers go."),
        click.option("--privileged/--no-privileged", default=None, help="Run with Docker's privileged flag."),
        click.option("--net", type=choice["net"], help="Network mode."),
        click.option("--pid", type=choice["pid"], help="PID namespace."),
        env_options,
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _entry(options: dict[str, Any]) -> dict[str, Any]:
    """The options given on the command line, with stackfile keys (see ``_service_spec``)."""
    renames = {"run_command": "command", "publish": "ports", "sequential": "sequential_deployment"}
    entry: dict[str, Any] = {}
    for key, value in options.items():
        if key not in ("envs", "env_files") and value is not None and value != ():
            entry[renames.get(key, key)] = list(value) if isinstance(value, tuple) else value
    # Env files first, so that a -e given on the command line wins over the same key in a file.
    environment = read_env_files(options.get("env_files", ())) + list(options.get("envs", ()))
    if environment:
        entry["environment"] = environment
    return entry


def _service_uri(session: Session) -> Callable[[str], str]:
    """Links and volumes-from name services (UUID, short UUID or name): the API takes their URIs."""
    return lambda identifier: find(session.client, SERVICE, identifier).resource_uri


def _create(session: Session, image: str, name: str | None, options: dict[str, Any]) -> models.Service:
    entry = {"image": image, **_entry(options)}
    fields = api_fields(name or image, entry, service_ref=_service_uri(session))
    if name:
        fields["name"] = name
    body = request_body(models.ServiceCreate, name or image, fields)
    return session.client.services.create(**keywords(body))


@click.group("service")
def group() -> None:
    """Services: containers deployed from one image and configuration."""


def _create_command(verb: str, help_text: str, *, start: bool) -> click.Command:
    """``create`` and ``run`` take the same definition; ``run`` also starts the service (``--sync``: and waits)."""

    @click.argument("image")
    @click.option("-n", "--name", help="Service name (default: from the image).")
    @_definition_options
    @sync_option
    @pass_session
    def command(session: Session, /, image: str, name: str | None, sync: bool, **options: Any) -> None:
        service = _create(session, image, name, options)
        if start:
            started = session.client.services.start(service.uuid)
            finish(session, started, sync=sync, label=f"start service {service.name}")
        click.echo(service.uuid)

    return click.command(verb, help=help_text)(command)


group.add_command(_create_command("create", "Create a service (it is not started).", start=False))
run = _create_command("run", "Create a service and start it.", start=True)
group.add_command(run)


@group.command("ps")
@click.option("-s", "--status", type=click.Choice(STATES), help="Only services in this state.")
@click.option("--stack", "stack_id", metavar="STACK", help="Only the services of this stack.")
@list_options
@pass_session
def ps(session: Session, status: str | None, stack_id: str | None, json_output: bool, quiet: bool) -> None:
    """List services; (*) marks a service whose containers lag behind its configuration."""
    client = session.client
    stack_uri = find(client, STACK, stack_id).resource_uri if stack_id else None
    services = client.services.list(
        state=models.ServiceState(status) if status else UNSET,
        stack=stack_uri if stack_uri else UNSET,
    )
    stacks = {} if json_output or quiet else {s.resource_uri: s.name for s in client.stacks.list()}
    columns = [
        field("name", "NAME"),
        Column("UUID", lambda s: short_uuid(s.get("uuid"))),
        Column("STATUS", lambda s: f"{s.get('state')}{'' if s.get('synchronized', True) else ' (*)'}"),
        field("current_num_containers", "#CONTAINERS"),
        field("image_name", "IMAGE"),
        Column("DEPLOYED", lambda s: ago(s.get("deployed_datetime"))),
        field("public_dns", "PUBLIC DNS"),
        Column("STACK", lambda s: stacks.get(s.get("stack") or "", "")),
    ]
    show_list(session, services, columns, json_output=json_output, quiet=quiet)


def _scale(client: Client, uuid: str, count: int) -> StartedAction[models.Service]:
    client.services.update(uuid, target_num_containers=count)
    return client.services.scale(uuid)


group.add_command(scale_command(SERVICE, "containers", _scale))


@group.command("set")
@click.argument("identifier", nargs=-1, required=True)
@click.option("--image", help="New image.")
@click.option("--cpushares", "cpu_shares", type=click.IntRange(min=0), help="Relative CPU weight.")
@click.option("--memory", "mem_limit", type=click.IntRange(min=0), help="Memory limit in MB.")
@_definition_options
@click.option("--redeploy", is_flag=True, help="Redeploy the service so that the change applies.")
@sync_option
@pass_session
def set_(session: Session, /, identifier: tuple[str, ...], redeploy: bool, sync: bool, **options: Any) -> None:
    """Change the configuration of services (only the options given; --tag replaces the tags)."""
    client = session.client
    entry = _entry(options)
    if not entry:
        raise click.UsageError("nothing to change: give at least one option")
    for ident in identifier:
        service = find(client, SERVICE, ident)
        body = request_body(
            models.ServiceUpdate, service.name, api_fields(service.name, entry, service_ref=_service_uri(session))
        )
        client.services.update(service.uuid, **keywords(body))
        if redeploy:
            finish(session, client.services.redeploy(service.uuid), sync=sync, label=f"redeploy service {service.name}")
        else:
            session.err.print(f"service {visible(service.name)} changed; redeploy it for the change to take effect")
        click.echo(service.uuid)


for _command in lifecycle_commands(SERVICE, lambda client: client.services):
    group.add_command(_command)
group.add_command(
    logs_command(
        SERVICE,
        lambda client: client.services,
        "Print the logs of every container of a service, each line prefixed by its container.",
        prefix_source=True,
    )
)
group.add_command(service_env.group)
group.add_command(inspect_command(SERVICE))

COMMANDS = [group, run]
