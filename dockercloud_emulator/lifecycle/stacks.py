"""Stack operations: each one runs the matching operation of every service of the stack in lockstep."""

from __future__ import annotations

from ..store import Namespace, Obj, uuid_of
from .engine import OperationFailed, PlanResult, Step, Superseded, until_terminated
from .guards import check_not_ending, check_state
from .services import ServiceOps


class StackOps(ServiceOps):
    """The plans of the stack operations."""

    def stack_services(self, ns: Namespace, stack: Obj) -> list[Obj]:
        """The live services of a stack."""
        out = []
        for uri in stack["services"]:
            svc = ns.services.get(uuid_of(uri))
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
                        except Superseded:  # that service is being terminated; the others go on
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

    def stack_start(self, ns: Namespace, stack: Obj) -> PlanResult:
        """Start every startable service (the docs' table: from Not Running or Stopped only)."""
        check_state(stack, "stack", stack["name"], "start", ("Not Running", "Stopped"))
        plans = [
            self.service_start(ns, s)
            for s in self.stack_services(ns, stack)
            if s["state"] in ("Not running", "Stopped", "Partly running")
        ]
        self.refresh_stack(ns, stack)
        return until_terminated(stack, f"Stack '{stack['name']}'", self._combine(ns, stack, plans))

    def stack_stop(self, ns: Namespace, stack: Obj) -> PlanResult:
        """Stop every running service."""
        check_state(stack, "stack", stack["name"], "stop", ("Running", "Partly running"))
        plans = [
            self.service_stop(ns, s)
            for s in self.stack_services(ns, stack)
            if s["state"] in ("Running", "Partly running")
        ]
        self.refresh_stack(ns, stack)
        return until_terminated(stack, f"Stack '{stack['name']}'", self._combine(ns, stack, plans))

    def stack_redeploy(self, ns: Namespace, stack: Obj) -> PlanResult:
        """Redeploy every running or stopped service."""
        check_state(stack, "stack", stack["name"], "redeploy", ("Running", "Partly running", "Stopped"))
        plans = [
            self.service_redeploy(ns, s)
            for s in self.stack_services(ns, stack)
            if s["state"] in ("Running", "Partly running", "Stopped")
        ]
        self.refresh_stack(ns, stack)
        return until_terminated(stack, f"Stack '{stack['name']}'", self._combine(ns, stack, plans))

    def stack_terminate(self, ns: Namespace, stack: Obj) -> PlanResult:
        """Terminate every service, then the stack."""
        check_not_ending(stack, "Stack", stack["name"])
        stack["_terminating"] = True
        plans = [self.service_terminate(ns, s) for s in self.stack_services(ns, stack) if s["state"] != "Terminating"]
        self.set_state(ns, "stack", stack, "Terminating")
        return self._combine(ns, stack, plans)
