"""One module per resource: its JSON objects, its state machine and its REST handlers.

Importing this package imports every resource module, which registers their handlers (by
operationId) in :data:`dockercloud_emulator.routing.HANDLERS`; :mod:`dockercloud_emulator.app`
routes the spec's operation table to them. :mod:`.common` holds the helpers they share.
"""

from __future__ import annotations

from ..routing import HANDLERS
from . import actions, catalogue, containers, node_clusters, nodes, repositories, services, stacks, triggers

#: the resource modules (imported for their registrations)
RESOURCE_MODULES = (actions, catalogue, containers, node_clusters, nodes, repositories, services, stacks, triggers)

__all__ = ["HANDLERS", "RESOURCE_MODULES"]
