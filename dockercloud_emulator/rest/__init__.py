"""REST handlers, one module per resource, each registered under its operationId.

Importing this package imports every resource module, which registers their handlers in
:data:`dockercloud_emulator.routing.HANDLERS`; :mod:`dockercloud_emulator.app` routes the spec's
operation table to them. :mod:`.common` and :mod:`.service_config` hold what several modules share.
"""

from __future__ import annotations

from ..routing import HANDLERS
from . import actions, catalogue, containers, node_clusters, nodes, repositories, services, stacks, triggers

#: the resource modules (imported for their registrations)
RESOURCE_MODULES = (actions, catalogue, containers, node_clusters, nodes, repositories, services, stacks, triggers)

__all__ = ["HANDLERS", "RESOURCE_MODULES"]
