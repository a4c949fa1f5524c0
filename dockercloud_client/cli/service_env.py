"""``dockercloud service env ls|add|set|update|rm``: a service's environment variables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from dockercloud_client import models

from ._env import env_options, read_env_files
from ._kinds import SERVICE
from ._output import field, list_options, show_list
from ._resolve import find
from ._service_spec import BadDefinition
from ._session import Session, pass_session
from ._sync import finish, sync_option

#: How a command combines the current variables with the given ones; raises BadDefinition on a conflict.
Merge = Callable[[dict[str, str], dict[str, str]], dict[str, str]]


@click.group("env")
def group() -> None:
    """Environment variables of services."""


@group.command("ls")
@click.argument("identifier")
@list_options
@pass_session
def ls(session: Session, identifier: str, json_output: bool, quiet: bool) -> None:
    """List the environment variables set on a service."""
    service = find(session.client, SERVICE, identifier)
    columns = [field("key", "NAME"), field("value", "VALUE")]
    show_list(session, service.container_envvars or [], columns, json_output=json_output, quiet=quiet, key="key")


def _given(envs: tuple[str, ...], env_files: tuple[Path, ...]) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for line in read_env_files(env_files) + list(envs):
        key, sep, value = line.partition("=")
        if not key or not sep:
            raise BadDefinition(f"{line!r} is not KEY=VALUE")
        pairs[key] = value
    if not pairs:
        raise click.UsageError("give variables with -e KEY=VALUE or --env-file FILE")
    return pairs


def _add(current: dict[str, str], given: dict[str, str]) -> dict[str, str]:
    clash = sorted(set(given) & set(current))
    if clash:
        raise BadDefinition(f"already set: {', '.join(clash)} (use `env update` or `env set`)")
    return {**current, **given}


def _update(current: dict[str, str], given: dict[str, str]) -> dict[str, str]:
    missing = sorted(set(given) - set(current))
    if missing:
        raise BadDefinition(f"not set: {', '.join(missing)} (use `env add`)")
    return {**current, **given}


def _change(
    session: Session,
    identifiers: tuple[str, ...],
    merge: Callable[[dict[str, str]], dict[str, str]],
    redeploy: bool,
    sync: bool,
) -> None:
    client = session.client
    for ident in identifiers:
        service = find(client, SERVICE, ident)
        current = {e.key: e.value for e in service.container_envvars or []}
        wanted = merge(current)
        client.services.update(
            service.uuid, container_envvars=[models.EnvVar(key=k, value=v) for k, v in wanted.items()]
        )
        if redeploy:
            finish(session, client.services.redeploy(service.uuid), sync=sync, label=f"redeploy service {service.name}")
        click.echo(service.uuid)


def _command(name: str, help_text: str, merge: Merge) -> click.Command:
    @click.argument("identifier", nargs=-1, required=True)
    @env_options
    @click.option("--redeploy", is_flag=True, help="Redeploy the services so that the change applies.")
    @sync_option
    @pass_session
    def command(
        session: Session,
        identifier: tuple[str, ...],
        envs: tuple[str, ...],
        env_files: tuple[Path, ...],
        redeploy: bool,
        sync: bool,
    ) -> None:
        given = _given(envs, env_files)
        _change(session, identifier, lambda current: merge(current, given), redeploy, sync)

    return click.command(name, help=help_text)(command)


for _name, _help, _merge in (
    ("add", "Add new environment variables (an existing name is an error).", _add),
    ("set", "Replace all the environment variables.", lambda current, given: given),
    ("update", "Change existing environment variables (a new name is an error).", _update),
):
    group.add_command(_command(_name, _help, _merge))


@group.command("rm")
@click.argument("identifier", nargs=-1, required=True)
@click.option("-n", "--name", "names", multiple=True, required=True, help="Variable to remove (repeatable).")
@click.option("--redeploy", is_flag=True, help="Redeploy the services so that the change applies.")
@sync_option
@pass_session
def rm(session: Session, identifier: tuple[str, ...], names: tuple[str, ...], redeploy: bool, sync: bool) -> None:
    """Remove environment variables."""
    _change(session, identifier, lambda current: {k: v for k, v in current.items() if k not in names}, redeploy, sync)
