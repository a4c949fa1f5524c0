"""The state every lifecycle part shares, and how a change is published as events and log lines."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..events import EventBus, LogHub
from ..store import Namespace, Obj, Store
from .engine import ENDING_STATES, Job, Scheduler


@dataclass
class LifecycleBase:
    """Store, scheduler, event bus, log hub and running jobs; publishes events and log lines."""

    store: Store
    scheduler: Scheduler
    events: EventBus
    logs: LogHub
    jobs: dict[str, Job] = field(default_factory=dict)

    def parents(self, ns: Namespace, kind: str, obj: Obj) -> list[str]:
        """The documented parent resource URIs of an object."""
        if kind == "service":
            return [obj["stack"]] if obj.get("stack") else []
        if kind == "container":
            svc = ns.services.get(obj["_service"])
            out = [obj["service"]]
            if svc is not None and svc.get("stack"):
                out.append(svc["stack"])
            out.append(obj["node"])
            if obj.get("_node_cluster"):
                out.append(obj["_node_cluster"])
            return out
        if kind == "node":
            return [obj["node_cluster"]] if obj.get("node_cluster") else []
        if kind == "action":
            return [obj["object"]] if obj.get("object") else []
        return []

    def emit(self, ns: Namespace, kind: str, obj: Obj, action: str = "update") -> None:
        """Publish an event about ``obj``."""
        self.events.publish(ns.name, kind, action, obj, self.parents(ns, kind, obj))

    def set_state(self, ns: Namespace, kind: str, obj: Obj, state: str) -> None:
        """Change the state of ``obj`` and publish the event (``delete`` for Terminated).

        Terminated is final and Terminating only ends in Terminated: a change to anything else is
        ignored, whichever earlier operation asks for it.
        """
        if obj["state"] == state or (obj["state"] in ENDING_STATES and state != "Terminated"):
            return
        obj["state"] = state
        self.emit(ns, kind, obj, "delete" if state == "Terminated" else "update")

    def container_log(self, container: Obj, text: str, stream: str = "stdout") -> None:
        """Append a log line to a container and push it to container and service log streams."""
        line = {
            "type": "log",
            "source": container["name"],
            "log": text if text.endswith("\n") else text + "\n",
            "streamType": stream,
            "timestamp": int(time.time()),
        }
        container["_logs"].append(line)
        if len(container["_logs"]) > 5000:
            del container["_logs"][:1000]
        self.logs.publish([container["uuid"], container["_service"]], line)

    def action_log(self, action: Obj, text: str) -> None:
        """Append a log line to an action and push it to its log stream."""
        line = {"type": "log", "log": text if text.endswith("\n") else text + "\n", "timestamp": int(time.time())}
        action["_logs"].append(line)
        action["logs"] = action.get("logs", "") + line["log"]  # the action's JSON carries its logs, as the SDKs read
        self.logs.publish([action["uuid"]], line)
