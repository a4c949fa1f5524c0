"""``dockercloud trigger create|ls|rm``: URLs that redeploy or scale up a service when called."""

from __future__ import annotations

import click

from dockercloud_api.types import UNSET
from dockercloud_client import models

from ._kinds import SERVICE
from ._output import Column, field, list_options, show_list, uri_name
from ._resolve import NotResolved, find
from ._session import Session, pass_session

OPERATIONS = sorted(member.value for member in models.TriggerOperation)
COLUMNS = [
    Column("UUID", lambda t: uri_name(t.get("resource_uri"))),
    field("name", "NAME"),
    field("operation", "OPERATION"),
    field("url", "URL"),
]


@click.group("trigger")
def group() -> None:
    """Triggers of services (the URL is the secret: anyone who has it can call it)."""


@group.command("create")
@click.argument("service")
@click.option("-n", "--name", help="Trigger name.")
@click.option("-o", "--operation", type=click.Choice(OPERATIONS), help="What a call does (default REDEPLOY).")
@pass_session
def create(session: Session, service: str, name: str | None, operation: str | None) -> None:
    """Create a trigger on a service; prints its UUID."""
    target = find(session.client, SERVICE, service)
    trigger = session.client.triggers.create(
        target.uuid,
        name=name or UNSET,
        operation=models.TriggerOperation(operation) if operation else UNSET,
    )
    click.echo(uri_name(trigger.resource_uri))


@group.command("ls")
@click.argument("service")
@list_options
@pass_session
def ls(session: Session, service: str, json_output: bool, quiet: bool) -> None:
    """List the triggers of a service."""
    target = find(session.client, SERVICE, service)
    triggers = session.client.triggers.list(target.uuid)
    show_list(session, triggers, COLUMNS, json_output=json_output, quiet=quiet, key="resource_uri")


@group.command("rm")
@click.argument("service")
@click.argument("trigger", nargs=-1, required=True)
@pass_session
def rm(session: Session, service: str, trigger: tuple[str, ...]) -> None:
    """Delete triggers of a service (by UUID, short UUID or name)."""
    client = session.client
    target = find(client, SERVICE, service)
    existing = list(client.triggers.list(target.uuid))
    for ident in trigger:
        matches = [t for t in existing if uri_name(t.resource_uri).startswith(ident) or t.name == ident]
        if len(matches) != 1:
            raise NotResolved(f"{'no' if not matches else 'more than one'} trigger of {target.name} named {ident!r}")
        client.triggers.delete(matches[0].resource_uri)
        click.echo(uri_name(matches[0].resource_uri))


COMMANDS = [group]
