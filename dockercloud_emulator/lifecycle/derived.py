"""Derived state: service, stack and node cluster counters and states computed from their members.

Kept apart from the resource modules on purpose: a container's change refreshes its service, a
service's its stack, a node's its cluster (a node's container counters are kept as each container
changes state: ``core.count_on_node``). Here, below every resource module, those upward updates
need no import cycle (the operations call downwards: stack -> service -> container, cluster -> node).
"""

from __future__ import annotations

from ..store import Namespace, Obj, uuid_of
from ..timefmt import rfc1123
from .core import Lifecycle

STABLE_SERVICE_STATES = frozenset({"Running", "Partly running", "Stopped", "Not running"})


def refresh_service(life: Lifecycle, ns: Namespace, svc: Obj, *, force: bool = False) -> None:
    """Recompute counters (always) and the state (when stable, or ``force``) of a service."""
    live = ns.live_containers(svc)
    running = sum(1 for c in live if c["state"] == "Running")
    stopped = sum(1 for c in live if c["state"] == "Stopped")
    svc["current_num_containers"] = len(live)
    svc["running_num_containers"] = running
    svc["stopped_num_containers"] = stopped
    svc["containers"] = [c["resource_uri"] for c in live]
    if svc["state"] in STABLE_SERVICE_STATES or force:
        if running == 0:
            if svc["state"] in ("Running", "Partly running", "Scaling") and svc["target_num_containers"] == 0:
                new = "Running"
            elif svc["started_datetime"] is None and svc["state"] in ("Not running", "Starting"):
                new = "Not running"
            else:
                new = "Stopped"
        elif running >= svc["target_num_containers"] and running == len(live):
            new = "Running"
        else:
            new = "Partly running"
        if new == "Stopped" and svc["state"] != "Stopped":
            svc["stopped_datetime"] = rfc1123()
        life.set_state(ns, "service", svc, new)
    if svc.get("stack"):
        stack = ns["stacks"].get(uuid_of(svc["stack"]))
        if stack is not None:
            refresh_stack(life, ns, stack)


def refresh_stack(life: Lifecycle, ns: Namespace, stack: Obj) -> None:
    """Derive a stack's state from its services' states."""
    services = [ns["services"][uuid_of(u)] for u in stack["services"] if uuid_of(u) in ns["services"]]
    live = [s for s in services if s["state"] != "Terminated"]
    if stack["_terminating"]:
        if not live:
            stack["destroyed_datetime"] = rfc1123()
            life.set_state(ns, "stack", stack, "Terminated")
        else:
            life.set_state(ns, "stack", stack, "Terminating")
        return
    # A service terminated on its own leaves the stack; only the stack's own terminate makes it Terminating
    # (a state it then never leaves but for Terminated).
    live = [s for s in live if s["state"] != "Terminating"]
    if not live:
        return
    states = {s["state"] for s in live}
    for transitional in ("Redeploying", "Stopping", "Starting"):
        if transitional in states:
            life.set_state(ns, "stack", stack, transitional)
            return
    states = {"Running" if s == "Scaling" else s for s in states}
    if states == {"Running"}:
        new = "Running"
        if stack["deployed_datetime"] is None:
            stack["deployed_datetime"] = rfc1123()
    elif states == {"Not running"}:
        new = "Not Running"
    elif states <= {"Stopped", "Not running"}:
        new = "Stopped"
    else:
        new = "Partly running"
    life.set_state(ns, "stack", stack, new)


def refresh_cluster(life: Lifecycle, ns: Namespace, cluster: Obj, *, force: bool = False) -> None:
    """Recompute node counters and (when stable or ``force``) the state of a node cluster."""
    nodes = [ns["nodes"][uuid_of(u)] for u in cluster["nodes"]]
    live = [n for n in nodes if n["state"] != "Terminated"]
    cluster["current_num_nodes"] = len(live)
    if cluster["state"] in ("Deployed", "Partly deployed", "Empty cluster") or force:
        deployed = sum(1 for n in live if n["state"] == "Deployed")
        if not live:
            new = "Empty cluster"
        elif deployed >= cluster["target_num_nodes"] and deployed == len(live):
            new = "Deployed"
        else:
            new = "Partly deployed"
        life.set_state(ns, "nodecluster", cluster, new)
