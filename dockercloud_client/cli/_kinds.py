"""The kinds of object a command line argument may name, for :func:`._resolve.find`."""

from __future__ import annotations

from dockercloud_client.models import Action, Container, Node, NodeCluster, Service, Stack

from ._resolve import Kind

ACTION: Kind[Action] = Kind("action", lambda c, i: c.actions.find(i))
CONTAINER: Kind[Container] = Kind("container", lambda c, i: c.containers.find(i))
NODE: Kind[Node] = Kind("node", lambda c, i: c.nodes.find(i))
NODE_CLUSTER: Kind[NodeCluster] = Kind("node cluster", lambda c, i: c.node_clusters.find(i))
SERVICE: Kind[Service] = Kind("service", lambda c, i: c.services.find(i))
STACK: Kind[Stack] = Kind("stack", lambda c, i: c.stacks.find(i))
