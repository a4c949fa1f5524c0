"""Action records: starting, advancing, finishing, canceling and retrying the jobs behind them."""

from __future__ import annotations

import time
from typing import Any

from ..errors import ApiError
from ..store import Namespace, Obj, new_uuid
from ..timefmt import rfc1123
from .base import LifecycleBase
from .engine import Job, OperationFailed, Plan, PlanResult, RequestInfo, Superseded

FINAL_ACTION_STATES = frozenset({"Success", "Failed", "Canceled"})


class ActionRecorder(LifecycleBase):
    """Records actions and runs the plans of asynchronous operations as scheduled jobs."""

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
            "_start_ts": time.time(),
            "_end_ts": None if running else time.time(),
            "_logs": [],
            "_plan": None,
        }
        self.store.actions[ident] = action
        self.store.action_namespaces.add(ns.name)
        self.emit(ns, "action", action, "create")
        self.action_log(action, f"{name} requested by {req.user} ({req.method} {req.path})")
        if not running:
            self.action_log(action, f"{name} finished: Success")
        return action

    def _finish(self, ns: Namespace, action: Obj, state: str, message: str | None = None) -> None:
        """End an action; the reason of a failure (``message``) is its last log line, where clients look."""
        action["end_date"] = rfc1123()
        action["_end_ts"] = time.time()
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

    def describe(self) -> dict[str, Any]:
        """Small diagnostic summary (used by the admin state endpoint)."""
        return {"jobs": len(self.jobs), "scheduled": self.scheduler.pending, "events_published": self.events.published}
