"""``dockercloud repository ls|inspect|register|update|rm``: images on third-party registries."""

from __future__ import annotations

import click

from dockercloud_api.types import UNSET

from ._commands import list_command
from ._output import Column, field, json_option, show_one, uri_name
from ._session import Session, pass_session

COLUMNS = [
    field("name", "NAME"),
    Column("REGISTRY", lambda r: uri_name(r.get("registry"))),
    field("in_use", "IN USE"),
]


@click.group("repository")
def group() -> None:
    """Repositories of third-party registries registered with Docker Cloud (named by NAME)."""


def _password(username: str | None, password: str | None) -> str | None:
    """The password: the option, else asked without echo when a user name was given."""
    if username and password is None:
        return str(click.prompt("Password", hide_input=True))
    return password


group.add_command(list_command("List repositories.", lambda client: client.repositories.list(), COLUMNS, key="name"))


@group.command("inspect")
@click.argument("name", nargs=-1, required=True)
@json_option
@pass_session
def inspect(session: Session, name: tuple[str, ...], json_output: bool) -> None:
    """Show repositories as JSON."""
    for repository in name:
        show_one(session.client.repositories.get(repository))


@group.command("register")
@click.argument("name")
@click.option("-u", "--username", help="User name on the registry.")
@click.option("-p", "--password", help="Password on the registry (asked for when -u is given without it).")
@pass_session
def register(session: Session, name: str, username: str | None, password: str | None) -> None:
    """Register a repository, e.g. `quay.io/user/app`."""
    secret = _password(username, password)
    created = session.client.repositories.create(
        name=name,
        username=username or UNSET,
        password=UNSET if secret is None else secret,
    )
    click.echo(created.name)


@group.command("update")
@click.argument("name", nargs=-1, required=True)
@click.option("-u", "--username", help="New user name on the registry.")
@click.option("-p", "--password", help="New password (asked for when -u is given without it).")
@pass_session
def update(session: Session, name: tuple[str, ...], username: str | None, password: str | None) -> None:
    """Change the credentials Docker Cloud uses for repositories."""
    secret = _password(username, password)
    if username is None and secret is None:
        raise click.UsageError("give -u and/or -p")
    for repository in name:
        changed = session.client.repositories.update(
            repository,
            username=username or UNSET,
            password=UNSET if secret is None else secret,
        )
        click.echo(changed.name)


@group.command("rm")
@click.argument("name", nargs=-1, required=True)
@pass_session
def rm(session: Session, name: tuple[str, ...]) -> None:
    """Remove repositories from Docker Cloud (the images stay on their registry)."""
    for repository in name:
        session.client.repositories.remove(repository)
        click.echo(repository)


COMMANDS = [group]
