"""``dockercloud tag add|ls|rm|set``: the tags of services, node clusters and nodes."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

from dockercloud_client import models

from .. import Client, NotFoundError
from ._kinds import NODE, NODE_CLUSTER, SERVICE
from ._output import list_options, visible
from ._resolve import Kind, NotResolved, find
from ._session import Session, pass_session

Tagged = models.Service | models.NodeCluster | models.Node


def _tagged(client: Client, identifier: str) -> Tagged:
    """The service, node cluster or node named ``identifier`` (tried in that order, as the docker-cloud CLI did)."""
    kinds: tuple[Kind[Any], ...] = (SERVICE, NODE_CLUSTER, NODE)
    for kind in kinds:
        try:
            found: Tagged = find(client, kind, identifier)
            return found
        except (NotResolved, NotFoundError):
            continue
    raise NotResolved(f"no service, node cluster or node named {identifier!r}")


def _set_tags(client: Client, target: Tagged, names: list[str]) -> None:
    tags = [models.TagRef(name=name) for name in names]
    if isinstance(target, models.Service):
        client.services.update(target.uuid, tags=tags)
    elif isinstance(target, models.NodeCluster):
        client.node_clusters.update(target.uuid, tags=tags)
    else:
        client.nodes.update(target.uuid, tags=tags)


def _names(target: Tagged) -> list[str]:
    return [tag.name for tag in target.tags or []]


@click.group("tag")
def group() -> None:
    """Tags: where services may be deployed (nodes and node clusters), and on which services."""


@group.command("ls")
@click.argument("identifier", nargs=-1, required=True)
@list_options
@pass_session
def ls(session: Session, identifier: tuple[str, ...], json_output: bool, quiet: bool) -> None:
    """List the tags of services, node clusters or nodes."""
    targets = [_tagged(session.client, ident) for ident in identifier]
    if json_output:
        click.echo(json.dumps({t.uuid: [tag.to_dict() for tag in t.tags or []] for t in targets}, indent=2))
        return
    for target in targets:
        # Shown as escapes only here: add/rm/set send the names back as they are.
        names = [visible(name) for name in _names(target)]
        if quiet:
            for name in names:
                click.echo(name)
        else:
            click.echo(f"{target.uuid}  {' '.join(names)}")


def _tag_command(name: str, help_text: str, change: Callable[[list[str], list[str]], list[str]]) -> click.Command:
    @click.argument("identifier", nargs=-1, required=True)
    @click.option("-t", "--tag", "tags", multiple=True, required=True, help="A tag (repeatable).")
    @pass_session
    def command(session: Session, identifier: tuple[str, ...], tags: tuple[str, ...]) -> None:
        for ident in identifier:
            target = _tagged(session.client, ident)
            _set_tags(session.client, target, change(_names(target), list(tags)))
            click.echo(target.uuid)

    return click.command(name, help=help_text)(command)


group.add_command(
    _tag_command("add", "Add tags.", lambda current, given: current + [t for t in given if t not in current])
)
group.add_command(_tag_command("rm", "Remove tags.", lambda current, given: [t for t in current if t not in given]))
group.add_command(_tag_command("set", "Replace the tags.", lambda current, given: list(dict.fromkeys(given))))

COMMANDS = [group]
