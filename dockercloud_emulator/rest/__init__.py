"""REST handlers for every documented operation (R1-R61 plus the trigger call with count).

:data:`ROUTES` lists ``(path, {method: handler}, namespaced, needs_auth)``; paths are written
without the namespace segment, :mod:`dockercloud_emulator.app` adds the namespaced variants.

One module per resource (:mod:`.actions`, :mod:`.catalogue`, :mod:`.node_clusters`, :mod:`.nodes`,
:mod:`.repositories`, :mod:`.services`, :mod:`.stacks`, :mod:`.containers`, :mod:`.triggers`);
:mod:`.common` and :mod:`.service_config` hold what several of them share, :mod:`.routes` the table.
"""

from __future__ import annotations

from .routes import ROUTES

__all__ = ["ROUTES"]
