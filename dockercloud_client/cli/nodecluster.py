"""``dockercloud nodecluster create|ls|inspect|scale|rm|provider|region|nodetype``."""

from __future__ import annotations

import click

from dockercloud_api.types import UNSET
from dockercloud_client import models

from ._commands import action_command, inspect_command, list_command, scale_command
from ._kinds import NODE_CLUSTER
from ._output import Column, ago, field, list_options, show_list, uri_name
from ._session import Session, pass_session
from ._sync import finish, sync_option

COLUMNS = [
    field("name", "NAME"),
    field("uuid", "UUID"),
    Column("REGION", lambda c: uri_name(c.get("region"))),
    Column("TYPE", lambda c: uri_name(c.get("node_type"))),
    Column("DEPLOYED", lambda c: ago(c.get("deployed_datetime"))),
    field("state", "STATUS"),
    field("current_num_nodes", "CURRENT#NODES"),
    field("target_num_nodes", "TARGET#NODES"),
]


@click.group("nodecluster")
def group() -> None:
    """Node clusters: groups of identical nodes, and the catalogue they are made from."""


@group.command("create")
@click.argument("name")
@click.argument("provider")
@click.argument("region")
@click.argument("nodetype")
@click.option(
    "-t", "--target-num-nodes", type=click.IntRange(min=1), default=1, show_default=True, help="Number of nodes."
)
@click.option("--disk", type=click.IntRange(min=1), help="Disk size of each node, in GB.")
@click.option("--tag", "tags", multiple=True, help="A tag for the nodes (repeatable).")
@click.option("--aws-vpc-id", help="AWS: the VPC to deploy in.")
@click.option("--aws-vpc-subnet", "subnets", multiple=True, help="AWS: a subnet of the VPC (repeatable).")
@click.option("--aws-vpc-security-group", "security_groups", multiple=True, help="AWS: a security group (repeatable).")
@click.option("--aws-iam-instance-profile-name", help="AWS: the IAM instance profile of the nodes.")
@sync_option
@pass_session
def create(
    session: Session,
    name: str,
    provider: str,
    region: str,
    nodetype: str,
    target_num_nodes: int,
    disk: int | None,
    tags: tuple[str, ...],
    aws_vpc_id: str | None,
    subnets: tuple[str, ...],
    security_groups: tuple[str, ...],
    aws_iam_instance_profile_name: str | None,
    sync: bool,
) -> None:
    """Create a node cluster and deploy it, e.g. `create prod digitalocean lon1 1gb`."""
    client = session.client
    # Looking the region and node type up checks them and gives their resource URIs.
    region_uri = client.regions.get(provider, region).resource_uri
    node_type_uri = client.node_types.get(provider, nodetype).resource_uri
    options = models.ProviderOptions()
    if aws_vpc_id:
        options.vpc = models.ProviderOptionsVpc(
            id=aws_vpc_id, subnets=list(subnets), security_groups=list(security_groups)
        )
    elif subnets or security_groups:
        raise click.UsageError("--aws-vpc-subnet and --aws-vpc-security-group need --aws-vpc-id")
    if aws_iam_instance_profile_name:
        options.iam = models.ProviderOptionsIam(instance_profile_name=aws_iam_instance_profile_name)
    cluster = client.node_clusters.create(
        name=name,
        region=region_uri,
        node_type=node_type_uri,
        target_num_nodes=target_num_nodes,
        disk=UNSET if disk is None else disk,
        tags=[models.TagRef(name=t) for t in tags] if tags else UNSET,
        provider_options=options if aws_vpc_id or aws_iam_instance_profile_name else UNSET,
    )
    finish(session, client.node_clusters.deploy(cluster.uuid), sync=sync, label=f"deploy node cluster {name}")
    click.echo(cluster.uuid)


group.add_command(list_command("List node clusters.", lambda client: client.node_clusters.list(), COLUMNS))


group.add_command(
    scale_command(NODE_CLUSTER, "nodes", lambda c, uuid, count: c.node_clusters.update(uuid, target_num_nodes=count))
)


group.add_command(
    action_command(
        NODE_CLUSTER,
        "rm",
        "Terminate node clusters and their nodes (this cannot be undone).",
        lambda c, uuid, _: c.node_clusters.terminate(uuid),
    )
)


@group.command("provider")
@list_options
@pass_session
def provider(session: Session, json_output: bool, quiet: bool) -> None:
    """List the cloud providers."""
    columns = [field("name", "NAME"), field("label", "LABEL"), field("available", "AVAILABLE")]
    show_list(session, session.client.providers.list(), columns, json_output=json_output, quiet=quiet, key="name")


@group.command("region")
@click.option("-p", "--provider", "provider_name", help="Only the regions of this provider.")
@list_options
@pass_session
def region(session: Session, provider_name: str | None, json_output: bool, quiet: bool) -> None:
    """List the regions of the providers."""
    regions = [r for r in session.client.regions.list() if provider_name in (None, uri_name(r.provider))]
    columns = [
        field("name", "NAME"),
        field("label", "LABEL"),
        Column("PROVIDER", lambda r: uri_name(r.get("provider"))),
        field("available", "AVAILABLE"),
    ]
    show_list(session, regions, columns, json_output=json_output, quiet=quiet, key="name")


@group.command("nodetype")
@click.option("-p", "--provider", "provider_name", help="Only the node types of this provider.")
@click.option("-r", "--region", "region_name", help="Only the node types offered in this region.")
@list_options
@pass_session
def nodetype(
    session: Session, provider_name: str | None, region_name: str | None, json_output: bool, quiet: bool
) -> None:
    """List the node types (sizes) of the providers."""
    types = [
        t
        for t in session.client.node_types.list()
        if (provider_name is None or uri_name(t.provider) == provider_name)
        and (region_name is None or any(uri_name(r) == region_name for r in t.regions or []))
    ]
    columns = [
        field("name", "NAME"),
        field("label", "LABEL"),
        Column("PROVIDER", lambda t: uri_name(t.get("provider"))),
        Column("REGIONS", lambda t: ", ".join(uri_name(r) for r in t.get("regions") or [])),
        field("available", "AVAILABLE"),
    ]
    show_list(session, types, columns, json_output=json_output, quiet=quiet, key="name")


group.add_command(inspect_command(NODE_CLUSTER))

COMMANDS = [group]
