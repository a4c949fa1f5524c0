"""State machines of actions and resources, driven by an asyncio scheduler.

Every asynchronous operation is a *plan*: a function that validates the current state, applies
the first (transitional) state change at once and returns the list of later steps. The
:class:`Scheduler` runs one step per tick of ``step_seconds``; with ``step_seconds == 0`` the
steps are queued and :meth:`Scheduler.drain` runs them right after the handler has rendered its
response, so the response shows the transitional state and the next request the final one.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError
from .events import EventBus, LogHub
from .resources import DOCKER_VERSIONS, build_container, build_node
from .store import Namespace, Obj, Store, new_uuid
from .timefmt import rfc1123

log = logging.getLogger("dockercloud_emulator")

Step = Callable[[], None]
Plan = Callable[[], "PlanResult"]

STABLE_SERVICE_STATES = frozenset({"Running", "Partly running", "Stopped", "Not running"})
FINAL_ACTION_STATES = frozenset({"Success", "Failed", "Canceled"})


class OperationFailed(Exception):
    """Raised by a step: the action ends ``Failed`` with this message."""


@dataclass
class PlanResult:
    """The remaining steps of an operation and what to do if its action is canceled."""

    steps: list[Step]
    on_cancel: Step | None = None


@dataclass
class RequestInfo:
    """Who asked for an operation (copied into the Action record)."""

    user: str
    method: str
    path: str
    user_agent: str = ""
    ip: str = "127.0.0.1"


class Scheduler:
    """Runs callbacks ``n`` ticks later on the event loop (tick = ``step_seconds``)."""

    def __init__(self, step_seconds: float) -> None:
        self.step_seconds = max(0.0, step_seconds)
        self._immediate: deque[Callable[[], None]] = deque()
        self._handles: set[asyncio.TimerHandle] = set()

    def call(self, ticks: float, fn: Callable[[], None]) -> None:
        """Run ``fn`` after ``ticks`` ticks (queued for :meth:`drain` when the step is 0)."""
        if self.step_seconds <= 0:
            self._immediate.append(fn)
            return
        loop = asyncio.get_running_loop()
        holder: list[asyncio.TimerHandle] = []

        def run() -> None:
            self._handles.discard(holder[0])
            self._safe(fn)

        handle = loop.call_later(ticks * self.step_seconds, run)
        holder.append(handle)
        self._handles.add(handle)

    def drain(self, limit: int = 1_000_000) -> None:
        """Run every queued callback, including the ones they queue (bounded by ``limit``)."""
        count = 0
        while self._immediate and count < limit:
            self._safe(self._immediate.popleft())
            count += 1

    @property
    def pending(self) -> int:
        """Number of queued or scheduled callbacks."""
        return len(self._immediate) + len(self._handles)

    def cancel_all(self) -> None:
        """Forget everything that is scheduled (used by reset and shutdown)."""
        self._immediate.clear()
        for handle in list(self._handles):
            handle.cancel()
        self._handles.clear()

    @staticmethod
    def _safe(fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception:  # a broken step must not kill the loop
            log.exception("scheduled step failed")


@dataclass
class Job:
    """A running operation: its action and the steps left."""

    action: Obj
    steps: list[Step]
    on_cancel: Step | None
    index: int = 0
    canceled: bool = False
    done: bool = False


def _uuid_of(uri: str) -> str:
    return uri.rstrip("/").rsplit("/", 1)[-1]


@dataclass
class Lifecycle:
    """Applies operations to the store, publishes events and log lines, records actions."""

    store: Store
    scheduler: Scheduler
    events: EventBus
    logs: LogHub
    jobs: dict[str, Job] = field(default_factory=dict)

    # ------------------------------------------------------------------ events and logs
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
        """Change the state of ``obj`` and publish the event (``delete`` for Terminated)."""
        if obj["state"] == state:
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
        self.logs.publish([action["uuid"]], line)

    # ------------------------------------------------------------------ actions
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
            "_start_ts": time.time(),
            "_end_ts": None if running else time.time(),
            "_logs": [],
            "_plan": None,
            "_order": self.store.order(),
        }
        self.store.actions[ident] = action
        self.emit(ns, "action", action, "create")
        self.action_log(action, f"{name} requested by {req.user} ({req.method} {req.path})")
        if not running:
            self.action_log(action, f"{name} finished: Success")
        return action

    def _finish(self, ns: Namespace, action: Obj, state: str, message: str | None = None) -> None:
        if message:
            self.action_log(action, message)
        action["end_date"] = rfc1123()
        action["_end_ts"] = time.time()
        action["can_be_canceled"] = False
        action["can_be_retried"] = True
        self.action_log(action, f"{action['action']} finished: {state}")
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
        if job.index >= len(job.steps):
            job.done = True
            self._finish(ns, job.action, "Success")
        else:
            self.scheduler.call(1, lambda: self._advance(ns, job))

    def cancel(self, action: Obj) -> None:
        """Cancel a ``Pending``/``In progress`` action (400 otherwise)."""
        if action["state"] not in ("Pending", "In progress"):
            raise ApiError(
                400, f"Action in state '{action['state']}' cannot be canceled: only Pending or In progress actions can."
            )
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
        action["_end_ts"] = None
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

    # ------------------------------------------------------------------ aggregation
    def refresh_service(self, ns: Namespace, svc: Obj, *, force: bool = False) -> None:
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
            self.set_state(ns, "service", svc, new)
        if svc.get("stack"):
            stack = ns.stacks.get(_uuid_of(svc["stack"]))
            if stack is not None:
                self.refresh_stack(ns, stack)

    def refresh_stack(self, ns: Namespace, stack: Obj) -> None:
        """Derive a stack's state from its services' states."""
        services = [ns.services[_uuid_of(u)] for u in stack["services"] if _uuid_of(u) in ns.services]
        live = [s for s in services if s["state"] != "Terminated"]
        if stack["_terminating"]:
            if not live:
                stack["destroyed_datetime"] = rfc1123()
                self.set_state(ns, "stack", stack, "Terminated")
            else:
                self.set_state(ns, "stack", stack, "Terminating")
            return
        if not live:
            return
        states = {s["state"] for s in live}
        for transitional in ("Terminating", "Redeploying", "Stopping", "Starting"):
            if transitional in states:
                self.set_state(ns, "stack", stack, transitional)
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
        self.set_state(ns, "stack", stack, new)

    def refresh_node_counts(self, ns: Namespace) -> None:
        """Recompute ``current_num_containers`` of every node."""
        counts: dict[str, int] = {}
        for c in ns.containers.values():
            if c["state"] != "Terminated":
                counts[c["_node"]] = counts.get(c["_node"], 0) + 1
        for node in ns.nodes.values():
            node["current_num_containers"] = counts.get(node["uuid"], 0)

    def refresh_cluster(self, ns: Namespace, cluster: Obj, *, force: bool = False) -> None:
        """Recompute node counters and (when stable or ``force``) the state of a node cluster."""
        nodes = [ns.nodes[_uuid_of(u)] for u in cluster["nodes"]]
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
            self.set_state(ns, "nodecluster", cluster, new)

    # ------------------------------------------------------------------ containers
    def _placement(self, ns: Namespace, svc: Obj, count: int) -> list[Obj]:
        """Choose nodes for ``count`` new containers according to the deployment strategy."""
        nodes = ns.deployed_nodes()
        if not nodes:
            return []
        load = {n["uuid"]: 0 for n in nodes}
        mine = {n["uuid"]: 0 for n in nodes}
        for c in ns.containers.values():
            if c["state"] not in ("Terminated", "Terminating") and c["_node"] in load:
                load[c["_node"]] += 1
                if c["_service"] == svc["uuid"]:
                    mine[c["_node"]] += 1
        order = {n["uuid"]: i for i, n in enumerate(nodes)}
        chosen: list[Obj] = []
        by_id = {n["uuid"]: n for n in nodes}
        for _ in range(count):
            if svc["deployment_strategy"] == "HIGH_AVAILABILITY":
                best = min(load, key=lambda u: (mine[u], load[u], order[u]))
            else:
                best = min(load, key=lambda u: (load[u], order[u]))
            load[best] += 1
            mine[best] += 1
            chosen.append(by_id[best])
        return chosen

    def _new_container(self, ns: Namespace, svc: Obj, node: Obj) -> Obj:
        index = svc["_next_index"]
        svc["_next_index"] += 1
        container = build_container(ns, svc, node, index, node.get("node_cluster"))
        container["_order"] = self.store.order()
        ns.containers[container["uuid"]] = container
        svc["_containers"].append(container["uuid"])
        self.emit(ns, "container", container, "create")
        self.container_log(
            container, f"Creating container {container['name']} from {svc['image_name']} on {node['external_fqdn']}"
        )
        return container

    def _container_running(self, ns: Namespace, c: Obj) -> None:
        c["started_datetime"] = rfc1123()
        c["stopped_datetime"] = None
        c["exit_code"] = None
        c["exit_code_msg"] = None
        self.set_state(ns, "container", c, "Running")
        command = c["run_command"] or c["entrypoint"] or "/run.sh"
        self.container_log(c, f"Starting {c['image_name']} as {c['hostname']} ({command})")
        self.container_log(c, f"Environment: {len(c['container_envvars'])} variables, private IP {c['private_ip']}")
        for port in c["container_ports"]:
            self.container_log(c, f"Listening on {port['protocol']} port {port['inner_port']}")
        self.container_log(c, f"{c['name']} is ready")

    def _container_stopped(self, ns: Namespace, c: Obj) -> None:
        c["stopped_datetime"] = rfc1123()
        c["exit_code"] = 0
        c["exit_code_msg"] = "Exit code 0"
        self.container_log(c, "Received SIGTERM, shutting down")
        self.set_state(ns, "container", c, "Stopped")

    def _container_terminated(self, ns: Namespace, c: Obj) -> None:
        c["destroyed_datetime"] = rfc1123()
        if c["stopped_datetime"] is None:
            c["stopped_datetime"] = c["destroyed_datetime"]
        self.set_state(ns, "container", c, "Terminated")

    def _settle_containers(self, ns: Namespace, containers: list[Obj]) -> None:
        """Cancel-time cleanup: finish the transitions already started."""
        for c in containers:
            if c["state"] == "Starting":
                self._container_running(ns, c)
            elif c["state"] == "Stopping":
                self._container_stopped(ns, c)
            elif c["state"] == "Terminating":
                self._container_terminated(ns, c)

    def tick_logs(self) -> None:
        """Make every running container print one periodic, deterministic line."""
        for ns in self.store.namespaces.values():
            for c in ns.containers.values():
                if c["state"] == "Running":
                    c["_tick"] += 1
                    self.container_log(c, f"{c['name']}: GET /health HTTP/1.1 200 (request {c['_tick']})")

    # ------------------------------------------------------------------ service operations
    def _check_service(self, svc: Obj, op: str, allowed: tuple[str, ...]) -> None:
        if svc["state"] not in allowed:
            raise ApiError(
                400,
                f"Cannot {op} service '{svc['name']}' in state '{svc['state']}': "
                f"allowed only in state(s) {', '.join(allowed)}.",
            )

    def _no_nodes(self, ns: Namespace) -> OperationFailed:
        return OperationFailed(
            f"There are no deployed nodes in namespace '{ns.name}' to deploy containers on. "
            "Deploy a node cluster first."
        )

    def service_start(self, ns: Namespace, svc: Obj) -> PlanResult:
        """Start: Not running/Stopped/Partly running -> Starting -> Running (creates containers)."""
        self._check_service(svc, "start", ("Not running", "Stopped", "Partly running"))
        previous = svc["state"]
        self.set_state(ns, "service", svc, "Starting")
        starting: list[Obj] = []

        def create() -> None:
            live = ns.live_containers(svc)
            missing = max(0, svc["target_num_containers"] - len(live))
            if svc["deployment_strategy"] == "EVERY_NODE":
                have = {c["_node"] for c in live}
                targets = [n for n in ns.deployed_nodes() if n["uuid"] not in have]
            else:
                targets = self._placement(ns, svc, missing)
            if not ns.deployed_nodes() and (missing or not live):
                self.set_state(ns, "service", svc, previous)
                self.refresh_service(ns, svc)
                raise self._no_nodes(ns)
            for c in live:
                if c["state"] == "Stopped":
                    self.set_state(ns, "container", c, "Starting")
                    starting.append(c)
            for node in targets:
                starting.append(self._new_container(ns, svc, node))
            self.refresh_node_counts(ns)
            self.refresh_service(ns, svc)

        def finish() -> None:
            for c in starting:
                if c["state"] == "Starting":
                    self._container_running(ns, c)
            if svc["deployed_datetime"] is None:
                svc["deployed_datetime"] = rfc1123()
            svc["started_datetime"] = rfc1123()
            self.refresh_service(ns, svc, force=True)

        def cancel() -> None:
            self._settle_containers(ns, starting)
            self.refresh_service(ns, svc, force=True)

        return PlanResult([create, finish], cancel)

    def service_stop(self, ns: Namespace, svc: Obj) -> PlanResult:
        """Stop: Running/Partly running -> Stopping -> Stopped."""
        self._check_service(svc, "stop", ("Running", "Partly running"))
        self.set_state(ns, "service", svc, "Stopping")
        stopping: list[Obj] = []
        for c in ns.live_containers(svc):
            if c["state"] in ("Running", "Starting"):
                self.set_state(ns, "container", c, "Stopping")
                stopping.append(c)

        def finish() -> None:
            for c in stopping:
                if c["state"] == "Stopping":
                    self._container_stopped(ns, c)
            svc["stopped_datetime"] = rfc1123()
            self.set_state(ns, "service", svc, "Stopped")
            self.refresh_service(ns, svc, force=True)

        def cancel() -> None:
            self._settle_containers(ns, stopping)
            self.refresh_service(ns, svc, force=True)

        return PlanResult([finish], cancel)

    def service_scale(self, ns: Namespace, svc: Obj) -> PlanResult:
        """Scale to ``target_num_containers``: creates or terminates containers."""
        if svc["deployment_strategy"] == "EVERY_NODE":
            raise ApiError(
                400,
                f"Service '{svc['name']}' uses deployment strategy EVERY_NODE and cannot be "
                "scaled by hand: it runs one container on every node.",
            )
        self._check_service(svc, "scale", ("Running", "Partly running", "Stopped", "Not running"))
        if svc["state"] in ("Stopped", "Not running"):
            return self._scale_stopped(ns, svc)
        self.set_state(ns, "service", svc, "Scaling")
        changed: list[Obj] = []

        def apply() -> None:
            live = [c for c in ns.live_containers(svc) if c["state"] != "Terminating"]
            target = svc["target_num_containers"]
            if len(live) < target:
                nodes = self._placement(ns, svc, target - len(live))
                if not nodes:
                    self.set_state(ns, "service", svc, "Partly running")
                    self.refresh_service(ns, svc, force=True)
                    raise self._no_nodes(ns)
                changed.extend(self._new_container(ns, svc, n) for n in nodes)
            else:
                for c in list(reversed(live))[: len(live) - target]:
                    self.set_state(ns, "container", c, "Terminating")
                    changed.append(c)
            self.refresh_node_counts(ns)
            self.refresh_service(ns, svc)

        def finish() -> None:
            for c in changed:
                if c["state"] == "Starting":
                    self._container_running(ns, c)
                elif c["state"] == "Terminating":
                    self._container_terminated(ns, c)
            self.refresh_node_counts(ns)
            self.refresh_service(ns, svc, force=True)

        def cancel() -> None:
            self._settle_containers(ns, changed)
            self.refresh_node_counts(ns)
            self.refresh_service(ns, svc, force=True)

        return PlanResult([apply, finish], cancel)

    def _scale_stopped(self, ns: Namespace, svc: Obj) -> PlanResult:
        def apply() -> None:
            live = ns.live_containers(svc)
            extra = len(live) - svc["target_num_containers"]
            for c in list(reversed(live))[: max(0, extra)]:
                self._container_terminated(ns, c)
            self.refresh_node_counts(ns)
            self.refresh_service(ns, svc)

        return PlanResult([apply])

    def service_redeploy(self, ns: Namespace, svc: Obj) -> PlanResult:
        """Redeploy: replace every container with a new one (Redeploying -> Running)."""
        self._check_service(svc, "redeploy", ("Running", "Partly running", "Stopped"))
        previous = svc["state"]
        self.set_state(ns, "service", svc, "Redeploying")
        old: list[Obj] = []
        new: list[Obj] = []

        def replace() -> None:
            if not ns.deployed_nodes():
                self.set_state(ns, "service", svc, previous)
                raise self._no_nodes(ns)
            for c in ns.live_containers(svc):
                self.set_state(ns, "container", c, "Terminating")
                old.append(c)
            if svc["deployment_strategy"] == "EVERY_NODE":
                targets = ns.deployed_nodes()
            else:
                targets = self._placement(ns, svc, svc["target_num_containers"])
            new.extend(self._new_container(ns, svc, n) for n in targets)
            self.refresh_node_counts(ns)
            self.refresh_service(ns, svc)

        def finish() -> None:
            self._settle_containers(ns, old + new)
            svc["started_datetime"] = rfc1123()
            self.refresh_node_counts(ns)
            self.refresh_service(ns, svc, force=True)

        return PlanResult([replace, finish], finish)

    def service_terminate(self, ns: Namespace, svc: Obj) -> PlanResult:
        """Terminate: any live state -> Terminating -> Terminated (containers too)."""
        if svc["state"] in ("Terminating", "Terminated"):
            raise ApiError(400, f"Service '{svc['name']}' is already {svc['state'].lower()}.")
        self.set_state(ns, "service", svc, "Terminating")
        dying = ns.live_containers(svc)
        for c in dying:
            self.set_state(ns, "container", c, "Terminating")

        def finish() -> None:
            for c in dying:
                if c["state"] != "Terminated":
                    self._container_terminated(ns, c)
            self.refresh_node_counts(ns)
            self.refresh_service(ns, svc)
            svc["destroyed_datetime"] = rfc1123()
            self.set_state(ns, "service", svc, "Terminated")
            self.refresh_service(ns, svc)

        return PlanResult([finish], finish)

    # ------------------------------------------------------------------ container operations
    def _service_of(self, ns: Namespace, c: Obj) -> Obj:
        svc: Obj = ns.services[c["_service"]]
        return svc

    def _check_container(self, c: Obj, op: str, allowed: tuple[str, ...]) -> None:
        if c["state"] not in allowed:
            raise ApiError(
                400,
                f"Cannot {op} container '{c['name']}' in state '{c['state']}': "
                f"allowed only in state(s) {', '.join(allowed)}.",
            )

    def container_start(self, ns: Namespace, c: Obj) -> PlanResult:
        """Stopped -> Starting -> Running."""
        self._check_container(c, "start", ("Stopped",))
        self.set_state(ns, "container", c, "Starting")

        def finish() -> None:
            if c["state"] == "Starting":
                self._container_running(ns, c)
            self.refresh_service(ns, self._service_of(ns, c))

        return PlanResult([finish], finish)

    def container_stop(self, ns: Namespace, c: Obj) -> PlanResult:
        """Running -> Stopping -> Stopped."""
        self._check_container(c, "stop", ("Running",))
        self.set_state(ns, "container", c, "Stopping")

        def finish() -> None:
            if c["state"] == "Stopping":
                self._container_stopped(ns, c)
            self.refresh_service(ns, self._service_of(ns, c))

        return PlanResult([finish], finish)

    def container_redeploy(self, ns: Namespace, c: Obj) -> PlanResult:
        """Running/Stopped -> Starting -> Running with the current service configuration."""
        self._check_container(c, "redeploy", ("Running", "Stopped"))
        self.set_state(ns, "container", c, "Starting")
        svc = self._service_of(ns, c)
        c["image_name"] = svc["image_name"]

        def finish() -> None:
            if c["state"] == "Starting":
                self._container_running(ns, c)
            self.refresh_service(ns, svc)

        return PlanResult([finish], finish)

    def container_terminate(self, ns: Namespace, c: Obj) -> PlanResult:
        """-> Terminating -> Terminated; the service's target goes down by one."""
        if c["state"] in ("Terminating", "Terminated"):
            raise ApiError(400, f"Container '{c['name']}' is already {c['state'].lower()}.")
        self.set_state(ns, "container", c, "Terminating")
        svc = self._service_of(ns, c)
        svc["target_num_containers"] = max(0, svc["target_num_containers"] - 1)

        def finish() -> None:
            if c["state"] != "Terminated":
                self._container_terminated(ns, c)
            self.refresh_node_counts(ns)
            self.refresh_service(ns, svc)

        return PlanResult([finish], finish)

    # ------------------------------------------------------------------ stack operations
    def stack_services(self, ns: Namespace, stack: Obj) -> list[Obj]:
        """The live services of a stack."""
        out = []
        for uri in stack["services"]:
            svc = ns.services.get(_uuid_of(uri))
            if svc is not None and svc["state"] != "Terminated":
                out.append(svc)
        return out

    def _combine(self, ns: Namespace, stack: Obj, plans: list[PlanResult]) -> PlanResult:
        longest = max((len(p.steps) for p in plans), default=0)

        def make_step(i: int) -> Step:
            def step() -> None:
                errors: list[str] = []
                for plan in plans:
                    if i < len(plan.steps):
                        try:
                            plan.steps[i]()
                        except OperationFailed as exc:
                            errors.append(str(exc))
                            plan.steps[i + 1 :] = []
                self.refresh_stack(ns, stack)
                if errors:
                    raise OperationFailed("; ".join(dict.fromkeys(errors)))

            return step

        def cancel() -> None:
            for plan in plans:
                if plan.on_cancel is not None:
                    plan.on_cancel()
            self.refresh_stack(ns, stack)

        steps = [make_step(i) for i in range(longest)] or [lambda: self.refresh_stack(ns, stack)]
        return PlanResult(steps, cancel)

    def _check_stack(self, stack: Obj, op: str, allowed: tuple[str, ...]) -> None:
        if stack["state"] not in allowed:
            raise ApiError(
                400,
                f"Cannot {op} stack '{stack['name']}' in state '{stack['state']}': "
                f"allowed only in state(s) {', '.join(allowed)}.",
            )

    def stack_start(self, ns: Namespace, stack: Obj) -> PlanResult:
        """Start every startable service."""
        self._check_stack(stack, "start", ("Not Running", "Stopped", "Partly running"))
        plans = [
            self.service_start(ns, s)
            for s in self.stack_services(ns, stack)
            if s["state"] in ("Not running", "Stopped", "Partly running")
        ]
        self.refresh_stack(ns, stack)
        return self._combine(ns, stack, plans)

    def stack_stop(self, ns: Namespace, stack: Obj) -> PlanResult:
        """Stop every running service."""
        self._check_stack(stack, "stop", ("Running", "Partly running"))
        plans = [
            self.service_stop(ns, s)
            for s in self.stack_services(ns, stack)
            if s["state"] in ("Running", "Partly running")
        ]
        self.refresh_stack(ns, stack)
        return self._combine(ns, stack, plans)

    def stack_redeploy(self, ns: Namespace, stack: Obj) -> PlanResult:
        """Redeploy every running or stopped service."""
        self._check_stack(stack, "redeploy", ("Running", "Partly running", "Stopped"))
        plans = [
            self.service_redeploy(ns, s)
            for s in self.stack_services(ns, stack)
            if s["state"] in ("Running", "Partly running", "Stopped")
        ]
        self.refresh_stack(ns, stack)
        return self._combine(ns, stack, plans)

    def stack_terminate(self, ns: Namespace, stack: Obj) -> PlanResult:
        """Terminate every service, then the stack."""
        if stack["state"] in ("Terminating", "Terminated"):
            raise ApiError(400, f"Stack '{stack['name']}' is already {stack['state'].lower()}.")
        stack["_terminating"] = True
        plans = [self.service_terminate(ns, s) for s in self.stack_services(ns, stack) if s["state"] != "Terminating"]
        self.set_state(ns, "stack", stack, "Terminating")
        return self._combine(ns, stack, plans)

    # ------------------------------------------------------------------ node clusters and nodes
    def _new_node(self, ns: Namespace, cluster: Obj) -> Obj:
        node = build_node(ns, cluster, self.store.catalogue, len(cluster["nodes"]))
        node["_order"] = self.store.order()
        ns.nodes[node["uuid"]] = node
        cluster["nodes"].append(node["resource_uri"])
        self.emit(ns, "node", node, "create")
        return node

    def _node_deployed(self, ns: Namespace, node: Obj) -> None:
        node["deployed_datetime"] = rfc1123()
        node["last_seen"] = rfc1123()
        self.set_state(ns, "node", node, "Deployed")
        self._every_node_fill(ns)

    def _every_node_fill(self, ns: Namespace) -> None:
        """Give new nodes a container of every running EVERY_NODE service."""
        for svc in ns.services.values():
            if svc["deployment_strategy"] != "EVERY_NODE" or svc["state"] not in ("Running", "Partly running"):
                continue
            have = {c["_node"] for c in ns.live_containers(svc)}
            for node in ns.deployed_nodes():
                if node["uuid"] not in have:
                    self._container_running(ns, self._new_container(ns, svc, node))
            svc["target_num_containers"] = len(ns.live_containers(svc))
            self.refresh_service(ns, svc)
        self.refresh_node_counts(ns)

    def _node_terminated(self, ns: Namespace, node: Obj) -> None:
        touched: list[Obj] = []
        for c in ns.containers.values():
            if c["_node"] == node["uuid"] and c["state"] != "Terminated":
                self._container_terminated(ns, c)
                touched.append(ns.services[c["_service"]])
        node["destroyed_datetime"] = rfc1123()
        self.set_state(ns, "node", node, "Terminated")
        self.refresh_node_counts(ns)
        for svc in {s["uuid"]: s for s in touched}.values():
            if svc["deployment_strategy"] == "EVERY_NODE":
                svc["target_num_containers"] = len(ns.live_containers(svc))
            self.refresh_service(ns, svc)

    def _check_cluster(self, cluster: Obj, op: str, allowed: tuple[str, ...]) -> None:
        if cluster["state"] not in allowed:
            raise ApiError(
                400,
                f"Cannot {op} node cluster '{cluster['name']}' in state '{cluster['state']}': "
                f"allowed only in state(s) {', '.join(allowed)}.",
            )

    def cluster_deploy(self, ns: Namespace, cluster: Obj) -> PlanResult:
        """Init -> Deploying (nodes Deploying) -> Deployed (nodes Deployed)."""
        self._check_cluster(cluster, "deploy", ("Init",))
        self.set_state(ns, "nodecluster", cluster, "Deploying")
        nodes: list[Obj] = []

        def create() -> None:
            nodes.extend(self._new_node(ns, cluster) for _ in range(cluster["target_num_nodes"]))
            self.refresh_cluster(ns, cluster)

        def finish() -> None:
            for node in nodes:
                if node["state"] == "Deploying":
                    self._node_deployed(ns, node)
            cluster["deployed_datetime"] = rfc1123()
            self.refresh_cluster(ns, cluster, force=True)

        return PlanResult([create, finish], finish)

    def cluster_scale(self, ns: Namespace, cluster: Obj) -> PlanResult:
        """Deployed/Partly deployed/Empty cluster -> Scaling -> adds or terminates nodes."""
        self._check_cluster(cluster, "scale", ("Deployed", "Partly deployed", "Empty cluster"))
        self.set_state(ns, "nodecluster", cluster, "Scaling")
        changed: list[Obj] = []

        def apply() -> None:
            live = [ns.nodes[_uuid_of(u)] for u in cluster["nodes"]]
            live = [n for n in live if n["state"] not in ("Terminated", "Terminating")]
            target = cluster["target_num_nodes"]
            if len(live) < target:
                changed.extend(self._new_node(ns, cluster) for _ in range(target - len(live)))
            else:
                for node in list(reversed(live))[: len(live) - target]:
                    self.set_state(ns, "node", node, "Terminating")
                    changed.append(node)
            self.refresh_cluster(ns, cluster)

        def finish() -> None:
            for node in changed:
                if node["state"] == "Deploying":
                    self._node_deployed(ns, node)
                elif node["state"] == "Terminating":
                    self._node_terminated(ns, node)
            self.refresh_cluster(ns, cluster, force=True)

        return PlanResult([apply, finish], finish)

    def cluster_terminate(self, ns: Namespace, cluster: Obj) -> PlanResult:
        """-> Terminating (nodes Terminating) -> Terminated."""
        if cluster["state"] in ("Terminating", "Terminated"):
            raise ApiError(400, f"Node cluster '{cluster['name']}' is already {cluster['state'].lower()}.")
        self.set_state(ns, "nodecluster", cluster, "Terminating")
        dying = [ns.nodes[_uuid_of(u)] for u in cluster["nodes"]]
        dying = [n for n in dying if n["state"] != "Terminated"]
        for node in dying:
            self.set_state(ns, "node", node, "Terminating")

        def finish() -> None:
            for node in dying:
                if node["state"] != "Terminated":
                    self._node_terminated(ns, node)
            cluster["current_num_nodes"] = 0
            cluster["destroyed_datetime"] = rfc1123()
            self.set_state(ns, "nodecluster", cluster, "Terminated")

        return PlanResult([finish], finish)

    def _check_node(self, node: Obj, op: str, allowed: tuple[str, ...]) -> None:
        if node["state"] not in allowed:
            raise ApiError(
                400,
                f"Cannot {op} node '{node['nickname']}' in state '{node['state']}': "
                f"allowed only in state(s) {', '.join(allowed)}.",
            )

    def _cluster_of(self, ns: Namespace, node: Obj) -> Obj | None:
        return ns.nodeclusters.get(_uuid_of(node["node_cluster"])) if node.get("node_cluster") else None

    def node_terminate(self, ns: Namespace, node: Obj) -> PlanResult:
        """Deployed/Unreachable -> Terminating -> Terminated; the cluster's target goes down by one."""
        self._check_node(node, "terminate", ("Deployed", "Unreachable"))
        self.set_state(ns, "node", node, "Terminating")
        cluster = self._cluster_of(ns, node)
        if cluster is not None:
            cluster["target_num_nodes"] = max(0, cluster["target_num_nodes"] - 1)

        def finish() -> None:
            if node["state"] != "Terminated":
                self._node_terminated(ns, node)
            if cluster is not None:
                self.refresh_cluster(ns, cluster)

        return PlanResult([finish], finish)

    def node_upgrade(self, ns: Namespace, node: Obj) -> PlanResult:
        """Deployed -> Upgrading -> Deployed with a newer docker version; containers restart."""
        self._check_node(node, "upgrade the docker daemon of", ("Deployed",))
        self.set_state(ns, "node", node, "Upgrading")
        cluster = self._cluster_of(ns, node)
        if cluster is not None:
            self.refresh_cluster(ns, cluster)

        def finish() -> None:
            index = DOCKER_VERSIONS.index(node["docker_version"]) if node["docker_version"] in DOCKER_VERSIONS else 0
            node["docker_version"] = DOCKER_VERSIONS[min(index + 1, len(DOCKER_VERSIONS) - 1)]
            node["last_seen"] = rfc1123()
            self.set_state(ns, "node", node, "Deployed")
            for c in ns.containers.values():
                if c["_node"] == node["uuid"] and c["state"] == "Running":
                    self.container_log(c, f"Docker daemon upgraded to {node['docker_version']}, restarting")
                    self._container_running(ns, c)
            if cluster is not None:
                self.refresh_cluster(ns, cluster, force=True)

        return PlanResult([finish], finish)

    def node_health_check(self, ns: Namespace, node: Obj) -> PlanResult:
        """Deployed/Unreachable -> Deployed (the emulated node always answers)."""
        self._check_node(node, "health-check", ("Deployed", "Unreachable"))

        def finish() -> None:
            node["last_seen"] = rfc1123()
            self.set_state(ns, "node", node, "Deployed")
            cluster = self._cluster_of(ns, node)
            if cluster is not None:
                self.refresh_cluster(ns, cluster)

        return PlanResult([finish])

    def describe(self) -> dict[str, Any]:
        """Small diagnostic summary (used by the admin state endpoint)."""
        return {"jobs": len(self.jobs), "scheduled": self.scheduler.pending, "events_published": self.events.published}
