"""Service operations: start, stop, scale, redeploy and terminate."""

from __future__ import annotations

from ..errors import ApiError
from ..store import Namespace, Obj
from ..timefmt import rfc1123
from .containers import ContainerOps
from .engine import OperationFailed, PlanResult, until_terminated
from .guards import check_not_ending, check_state


class ServiceOps(ContainerOps):
    """The plans of the service operations."""

    def _no_nodes(self, ns: Namespace) -> OperationFailed:
        return OperationFailed(
            f"There are no deployed nodes in namespace '{ns.name}' to deploy containers on. "
            "Deploy a node cluster first."
        )

    @staticmethod
    def _label(svc: Obj) -> str:
        return f"Service '{svc['name']}'"

    def service_start(self, ns: Namespace, svc: Obj) -> PlanResult:
        """Start: Not running/Stopped/Partly running -> Starting -> Running (creates containers)."""
        check_state(svc, "service", svc["name"], "start", ("Not running", "Stopped", "Partly running"))
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

        return until_terminated(svc, self._label(svc), PlanResult([create, finish], cancel))

    def service_stop(self, ns: Namespace, svc: Obj) -> PlanResult:
        """Stop: Running/Partly running -> Stopping -> Stopped."""
        check_state(svc, "service", svc["name"], "stop", ("Running", "Partly running"))
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

        return until_terminated(svc, self._label(svc), PlanResult([finish], cancel))

    def service_scale(self, ns: Namespace, svc: Obj) -> PlanResult:
        """Scale to ``target_num_containers``: creates or terminates containers."""
        if svc["deployment_strategy"] == "EVERY_NODE":
            raise ApiError(
                400,
                f"Service '{svc['name']}' uses deployment strategy EVERY_NODE and cannot be "
                "scaled by hand: it runs one container on every node.",
            )
        check_state(svc, "service", svc["name"], "scale", ("Running", "Partly running", "Stopped", "Not running"))
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

        return until_terminated(svc, self._label(svc), PlanResult([apply, finish], cancel))

    def _scale_stopped(self, ns: Namespace, svc: Obj) -> PlanResult:
        def apply() -> None:
            live = ns.live_containers(svc)
            extra = len(live) - svc["target_num_containers"]
            for c in list(reversed(live))[: max(0, extra)]:
                self._container_terminated(ns, c)
            self.refresh_node_counts(ns)
            self.refresh_service(ns, svc)

        return until_terminated(svc, self._label(svc), PlanResult([apply]))

    def service_redeploy(self, ns: Namespace, svc: Obj) -> PlanResult:
        """Redeploy: replace every container with a new one (Redeploying -> Running)."""
        check_state(svc, "service", svc["name"], "redeploy", ("Running", "Partly running", "Stopped"))
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

        return until_terminated(svc, self._label(svc), PlanResult([replace, finish], finish))

    def service_terminate(self, ns: Namespace, svc: Obj) -> PlanResult:
        """Terminate: any live state -> Terminating -> Terminated (containers too)."""
        check_not_ending(svc, "Service", svc["name"])
        self.set_state(ns, "service", svc, "Terminating")
        for c in ns.live_containers(svc):
            self.set_state(ns, "container", c, "Terminating")

        def finish() -> None:
            for c in ns.live_containers(svc):  # every one, also any created since the terminate began
                self._container_terminated(ns, c)
            self.refresh_node_counts(ns)
            self.refresh_service(ns, svc)
            svc["destroyed_datetime"] = rfc1123()
            self.set_state(ns, "service", svc, "Terminated")
            self.refresh_service(ns, svc)

        return PlanResult([finish], finish)
