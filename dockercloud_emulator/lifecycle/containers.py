"""Containers: placement, creation, the state changes of one container and its operations."""

from __future__ import annotations

from ..resources import build_container
from ..store import Namespace, Obj
from ..timefmt import rfc1123
from .aggregation import Aggregation
from .engine import ENDING_STATES, PlanResult, Superseded, until_terminated
from .guards import check_not_ending, check_state


class ContainerOps(Aggregation):
    """Creates, places and transitions containers; start, stop, redeploy and terminate one container."""

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
        if svc["state"] in ENDING_STATES:
            raise Superseded(f"Service '{svc['name']}' is {svc['state'].lower()}")
        index = svc["_next_index"]
        svc["_next_index"] += 1
        container = build_container(ns, svc, node, index, node.get("node_cluster"))
        ns.containers[container["uuid"]] = container
        svc["_containers"].append(container["uuid"])
        self.emit(ns, "container", container, "create")
        self.container_log(
            container, f"Creating container {container['name']} from {svc['image_name']} on {node['external_fqdn']}"
        )
        return container

    def _container_running(self, ns: Namespace, c: Obj) -> None:
        if c["state"] in ENDING_STATES:
            return
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
        if c["state"] in ENDING_STATES:
            return
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

    def _service_of(self, ns: Namespace, c: Obj) -> Obj:
        svc: Obj = ns.services[c["_service"]]
        return svc

    def container_start(self, ns: Namespace, c: Obj) -> PlanResult:
        """Stopped -> Starting -> Running."""
        check_state(c, "container", c["name"], "start", ("Stopped",))
        self.set_state(ns, "container", c, "Starting")

        def finish() -> None:
            if c["state"] == "Starting":
                self._container_running(ns, c)
            self.refresh_service(ns, self._service_of(ns, c))

        return until_terminated(c, f"Container '{c['name']}'", PlanResult([finish], finish))

    def container_stop(self, ns: Namespace, c: Obj) -> PlanResult:
        """Running -> Stopping -> Stopped."""
        check_state(c, "container", c["name"], "stop", ("Running",))
        self.set_state(ns, "container", c, "Stopping")

        def finish() -> None:
            if c["state"] == "Stopping":
                self._container_stopped(ns, c)
            self.refresh_service(ns, self._service_of(ns, c))

        return until_terminated(c, f"Container '{c['name']}'", PlanResult([finish], finish))

    def container_redeploy(self, ns: Namespace, c: Obj) -> PlanResult:
        """Running/Stopped -> Starting -> Running with the current service configuration."""
        check_state(c, "container", c["name"], "redeploy", ("Running", "Stopped"))
        self.set_state(ns, "container", c, "Starting")
        svc = self._service_of(ns, c)
        c["image_name"] = svc["image_name"]

        def finish() -> None:
            if c["state"] == "Starting":
                self._container_running(ns, c)
            self.refresh_service(ns, svc)

        return until_terminated(c, f"Container '{c['name']}'", PlanResult([finish], finish))

    def container_terminate(self, ns: Namespace, c: Obj) -> PlanResult:
        """-> Terminating -> Terminated; the service's target goes down by one."""
        check_not_ending(c, "Container", c["name"])
        self.set_state(ns, "container", c, "Terminating")
        svc = self._service_of(ns, c)
        svc["target_num_containers"] = max(0, svc["target_num_containers"] - 1)

        def finish() -> None:
            if c["state"] != "Terminated":
                self._container_terminated(ns, c)
            self.refresh_node_counts(ns)
            self.refresh_service(ns, svc)

        return PlanResult([finish], finish)
