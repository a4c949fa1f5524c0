"""``dockercloud node ls|inspect|upgrade|rm``."""

from __future__ import annotations

import click

from ._kinds import NODE
from ._output import Column, ago, field, json_option, quiet_option, short_uuid, show_list, show_one
from ._resolve import find
from ._session import Session, pass_session
from ._sync import finish, sync_option


@click.group("node")
def group() -> None:
    """Nodes: the machines that run containers."""


@group.command("ls")
@json_option
@quiet_option
@pass_session
def ls(session: Session, json_output: bool, quiet: bool) -> None:
    """List nodes."""
    client = session.client
    nodes = list(client.nodes.list())
    # One list of clusters for the CLUSTER column (the docker-cloud CLI fetched one cluster per node).
    clusters = {} if json_output or quiet else {c.resource_uri: c.name for c in client.node_clusters.list()}
    columns = [
        Column("UUID", lambda n: short_uuid(n.get("uuid"))),
        field("external_fqdn", "FQDN"),
        Column("LASTSEEN", lambda n: ago(n.get("last_seen"))),
        field("state", "STATUS"),
        Column("CLUSTER", lambda n: clusters.get(n.get("node_cluster") or "", "")),
        field("docker_version", "DOCKER_VER"),
    ]
    show_list(session, nodes, columns, json_output=json_output, quiet=quiet)


@group.command("inspect")
@click.argument("identifier", nargs=-1, required=True)
@json_option
@pass_session
def inspect(session: Session, identifier: tuple[str, ...], json_output: bool) -> None:
    """Show nodes as JSON (by UUID or short UUID)."""
    for ident in identifier:
        show_one(find(session.client, NODE, ident))


@group.command("upgrade")
@click.argument("identifier", nargs=-1, required=True)
@sync_option
@pass_session
def upgrade(session: Session, identifier: tuple[str, ...], sync: bool) -> None:
    """Upgrade Docker on nodes to the latest version."""
    for ident in identifier:
        node = find(session.client, NODE, ident)
        finish(session, session.client.nodes.upgrade_docker(node.uuid), sync=sync, label=f"upgrade node {node.uuid}")
        click.echo(node.uuid)


@group.command("rm")
@click.argument("identifier", nargs=-1, required=True)
@sync_option
@pass_session
def rm(session: Session, identifier: tuple[str, ...], sync: bool) -> None:
    """Terminate nodes (this cannot be undone)."""
    for ident in identifier:
        node = find(session.client, NODE, ident)
        finish(session, session.client.nodes.terminate(node.uuid), sync=sync, label=f"terminate node {node.uuid}")
        click.echo(node.uuid)


COMMANDS = [group]
