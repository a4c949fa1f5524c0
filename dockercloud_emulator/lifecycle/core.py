"""The lifecycle engine's shared state: events and log lines of every change, and the action records
whose jobs run the plans of asynchronous operations."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from ..errors import ApiError
from ..events import EventBus, LogHub
from ..store import FINAL_ACTION_STATES, Namespace, Obj, Store, new_uuid
from ..timefmt import rfc1123
from .engine import ENDING_STATES, Job, OperationFailed, Plan, PlanResult, RequestInfo, Scheduler, Superseded


def count_on_node(ns: Namespace, container: Obj, state: str) -> None:
    """Keep the counters of a container's node as the container enters ``state``.

    ``current_num_containers`` counts the node's containers that are not Terminated, ``_active`` those
    not ending either (what placement weighs): both are kept here, at the one place a container's state
    changes, so no operation recounts every container of the namespace.
    """
    node = ns["nodes"][container["_node"]]
    if container["state"] not in ENDING_STATES and state in ENDING_STATES:
        node["_active"] -= 1
    if state == "Terminated":
        node["current_num_containers"] -= 1


def count_new_container(ns: Namespace, container: Obj) -> None:
    """Add a container just stored (not ending) to its node's list and counters."""
    node = ns["nodes"][container["_node"]]
    node["_containers"].append(container["uuid"])
    node["current_num_containers"] += 1
    node["_active"] += 1


@dataclass
class Lifecycle:
    """Store, scheduler, event bus, log hub and running jobs: publishes events and log lines, records actions
    and runs the plans of asynchronous operations as scheduled jobs.

    The operations themselves live with their resources (:mod:`dockercloud_emulator.resources`), as
    functions that take this object first.
    """

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
            svc = ns["services"].get(obj["_service"])
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
        ignored, whichever earlier operation asks for it. The one place a stored object's state changes:
        its node's counters (a container) and the store's indexes (``Store.state_changed``) follow here.
        """
        if obj["state"] == state or (obj["state"] in ENDING_STATES and state != "Terminated"):
            return
        if kind == "container":
            count_on_node(ns, obj, state)
        obj["state"] = state
        self.store.state_changed(ns, kind, obj)
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

    def new_action(self, ns: Namespace, req: RequestInfo, name: str, obj_uri: str, *, running: bool) -> Obj:
        """Record an action (``In progress`` when ``running`` else ``Success``) and publish it."""
        ident = new_uuid()
        now = rfc1123()
        action: Obj = {
            "action": name,
            "body": "",
            "can_be_canceled": running,
            "can_be_retried": not running,
            "end_date": None if running else now,
            "ip": req.ip,
            "is_user_action": True,
            "location": "Localhost, Emulator",
            "logs": "",
            "method": req.method,
            "object": obj_uri,
            "path": req.path,
            "resource_uri": f"/api/audit/v1/action/{ident}/",
            "start_date": now,
            "state": "In progress" if running else "Success",
            "user": req.user,
            "user_agent": req.user_agent,
            "uuid": ident,
            "_ns": ns.name,
            "_logs": [],
            "_plan": None,
        }
        self.store.add_action(action)
        self.emit(ns, "action", action, "create")
        self.action_log(action, f"{name} requested by {req.user} ({req.method} {req.path})")
        if not running:
            self.action_log(action, f"{name} finished: Success")
        return action

    def _finish(self, ns: Namespace, action: Obj, state: str, message: str | None = None) -> None:
        """End an action; the reason of a failure (``message``) is its last log line, where clients look."""
        action["end_date"] = rfc1123()
        action["can_be_canceled"] = False
        action["can_be_retried"] = True
        self.action_log(action, f"{action['action']} finished: {state}")
        if message:
            self.action_log(action, message)
        self.set_state(ns, "action", action, state)
        self.logs.publish([action["uuid"]], {"type": "_end"})
        self.jobs.pop(action["uuid"], None)

    def run(self, ns: Namespace, req: RequestInfo, name: str, obj: Obj, plan: Plan) -> Obj:
        """Validate and start an asynchronous operation; returns its ``In progress`` action.

        Raises the plan's :class:`ApiError` (e.g. an invalid transition) before recording anything.
        """
        result = plan()
        action = self.new_action(ns, req, name, obj["resource_uri"], running=True)
        action["_plan"] = plan
        self._start_job(ns, action, result)
        return action

    def _start_job(self, ns: Namespace, action: Obj, result: PlanResult) -> None:
        job = Job(action, result.steps, result.on_cancel)
        self.jobs[action["uuid"]] = job
        self.scheduler.call(1, lambda: self._advance(ns, job))

    def _advance(self, ns: Namespace, job: Job) -> None:
        if job.canceled or job.done:
            return
        if job.index < len(job.steps):
            step = job.steps[job.index]
            job.index += 1
            try:
                step()
            except OperationFailed as exc:
                job.done = True
                self._finish(ns, job.action, "Failed", f"Error: {exc}")
                return
            except Superseded as exc:
                job.done = True
                self._finish(ns, job.action, "Canceled", f"Canceled: {exc}")
                return
        if job.index >= len(job.steps):
            job.done = True
            self._finish(ns, job.action, "Success")
        else:
            self.scheduler.call(1, lambda: self._advance(ns, job))

    def cancel(self, action: Obj) -> None:
        """Cancel a ``Pending``/``In progress`` action with work to stop (400 otherwise)."""
        if action["state"] not in ("Pending", "In progress"):
            raise ApiError(
                400, f"Action in state '{action['state']}' cannot be canceled: only Pending or In progress actions can."
            )
        if not action["can_be_canceled"]:
            # a retried synchronous action (or one whose retry failed at once): its end is already
            # scheduled, and a cancel would end it a second time, a final state then changing
            raise ApiError(400, "This action cannot be canceled (can_be_canceled is false): it has no work to stop.")
        ns = self.store.ns(action["_ns"])
        job = self.jobs.get(action["uuid"])
        if job is not None:
            job.canceled = True
        action["can_be_canceled"] = False
        self.set_state(ns, "action", action, "Canceling")

        def finish() -> None:
            if job is not None and job.on_cancel is not None:
                job.on_cancel()
            self._finish(ns, action, "Canceled", "Canceled by the user")

        self.scheduler.call(1, finish)

    def retry(self, action: Obj) -> None:
        """Retry a ``Success``/``Failed``/``Canceled`` action (400 otherwise)."""
        if action["state"] not in FINAL_ACTION_STATES:
            raise ApiError(
                400,
                f"Action in state '{action['state']}' cannot be retried: only Success, Failed or Canceled actions can.",
            )
        ns = self.store.ns(action["_ns"])
        action["end_date"] = None
        action["can_be_retried"] = False
        plan: Plan | None = action["_plan"]
        self.set_state(ns, "action", action, "In progress")
        self.action_log(action, "Retrying")
        if plan is None:
            self.scheduler.call(1, lambda: self._finish(ns, action, "Success"))
            return
        try:
            result = plan()
        except ApiError as exc:
            message = f"Error: {exc.message}"
            self.scheduler.call(1, lambda: self._finish(ns, action, "Failed", message))
            return
        action["can_be_canceled"] = True
        self._start_job(ns, action, result)

    def record(self, ns: Namespace, req: RequestInfo, name: str, obj_uri: str) -> Obj:
        """Record a synchronous operation as a ``Success`` action."""
        return self.new_action(ns, req, name, obj_uri, running=False)

    def describe(self) -> dict[str, Any]:
        """Small diagnostic summary (used by the admin state endpoint)."""
        return {"jobs": len(self.jobs), "scheduled": self.scheduler.pending, "events_published": self.events.published}

    def tick_logs(self) -> None:
        """Make every running container print one periodic, deterministic line (the others are not read)."""
        for ns in self.store.namespaces.values():
            for c in ns["containers"].group("state", "Running"):
                c["_tick"] += 1
                self.container_log(c, f"{c['name']}: GET /health HTTP/1.1 200 (request {c['_tick']})")
