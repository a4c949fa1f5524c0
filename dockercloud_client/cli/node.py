"""``dockercloud node ls|inspect|upgrade|rm``."""

from __future__ import annotations

import click

from ._commands import action_command, inspect_command
from ._kinds import NODE
from ._output import Column, ago, field, list_options, short_uuid, show_list
from ._session import Session, pass_session


@click.group("node")
def group() -> None:
    """Nodes: the machines that run containers."""


@group.command("ls")
@list_options
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


group.add_command(
    action_command(
        NODE,
        "upgrade",
        "Upgrade Docker on nodes to the latest version.",
        lambda c, uuid, _: c.nodes.upgrade_docker(uuid),
    )
)
group.add_command(
    action_command(NODE, "rm", "Terminate nodes (this cannot be undone).", lambda c, uuid, _: c.nodes.terminate(uuid))
)
group.add_command(inspect_command(NODE))

COMMANDS = [group]
