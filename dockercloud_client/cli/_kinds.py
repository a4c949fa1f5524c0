"""The kinds of object a command line argument may name, for :func:`._resolve.find`."""

from __future__ import annotations

from dockercloud_client.models import Action, Container, Node, NodeCluster, Service, Stack

from ._resolve import Kind

ACTION: Kind[Action] = Kind("action", lambda c, i: c.actions.get(i), lambda c: c.actions.list())
CONTAINER: Kind[Container] = Kind(
    "container", lambda c, i: c.containers.get(i), lambda c: c.containers.list(), lambda c, n: c.containers.list(name=n)
)
NODE: Kind[Node] = Kind("node", lambda c, i: c.nodes.get(i), lambda c: c.nodes.list())
NODE_CLUSTER: Kind[NodeCluster] = Kind(
    "node cluster",
    lambda c, i: c.node_clusters.get(i),
    lambda c: c.node_clusters.list(),
    lambda c, n: c.node_clusters.list(name=n),
)
SERVICE: Kind[Service] = Kind(
    "service", lambda c, i: c.services.get(i), lambda c: c.services.list(), lambda c, n: c.services.list(name=n)
)
STACK: Kind[Stack] = Kind(
    "stack", lambda c, i: c.stacks.get(i), lambda c: c.stacks.list(), lambda c, n: c.stacks.list(name=n)
)
