"""Node clusters and nodes: deploy, scale and terminate clusters; upgrade, health-check and terminate nodes."""

from __future__ import annotations

from ..resources import DOCKER_VERSIONS, build_node
from ..store import Namespace, Obj, uuid_of
from ..timefmt import rfc1123
from .containers import ContainerOps
from .engine import PlanResult, until_terminated
from .guards import check_not_ending, check_state


class InfrastructureOps(ContainerOps):
    """The plans of the node cluster and node operations, and what a node's state change does to containers."""

    def _new_node(self, ns: Namespace, cluster: Obj) -> Obj:
        node = build_node(ns, cluster, self.store.catalogue, len(cluster["nodes"]))
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

    def cluster_deploy(self, ns: Namespace, cluster: Obj) -> PlanResult:
        """Init -> Deploying (nodes Deploying) -> Deployed (nodes Deployed)."""
        check_state(cluster, "node cluster", cluster["name"], "deploy", ("Init",))
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

        return until_terminated(cluster, f"Node cluster '{cluster['name']}'", PlanResult([create, finish], finish))

    def cluster_scale(self, ns: Namespace, cluster: Obj) -> PlanResult:
        """Deployed/Partly deployed/Empty cluster -> Scaling -> adds or terminates nodes."""
        check_state(cluster, "node cluster", cluster["name"], "scale", ("Deployed", "Partly deployed", "Empty cluster"))
        self.set_state(ns, "nodecluster", cluster, "Scaling")
        changed: list[Obj] = []

        def apply() -> None:
            live = [ns.nodes[uuid_of(u)] for u in cluster["nodes"]]
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

        return until_terminated(cluster, f"Node cluster '{cluster['name']}'", PlanResult([apply, finish], finish))

    def cluster_terminate(self, ns: Namespace, cluster: Obj) -> PlanResult:
        """-> Terminating (nodes Terminating) -> Terminated."""
        check_not_ending(cluster, "Node cluster", cluster["name"])
        self.set_state(ns, "nodecluster", cluster, "Terminating")
        dying = [ns.nodes[uuid_of(u)] for u in cluster["nodes"]]
        dying = [n for n in dying if n["state"] != "Terminated"]
        for node in dying:
            self.set_state(ns, "node", node, "Terminating")

        def finish() -> None:
            for node in [ns.nodes[uuid_of(u)] for u in cluster["nodes"]]:  # also nodes added since
                if node["state"] != "Terminated":
                    self._node_terminated(ns, node)
            cluster["current_num_nodes"] = 0
            cluster["destroyed_datetime"] = rfc1123()
            self.set_state(ns, "nodecluster", cluster, "Terminated")

        return PlanResult([finish], finish)

    def _cluster_of(self, ns: Namespace, node: Obj) -> Obj | None:
        return ns.nodeclusters.get(uuid_of(node["node_cluster"])) if node.get("node_cluster") else None

    def node_terminate(self, ns: Namespace, node: Obj) -> PlanResult:
        """Deployed/Unreachable -> Terminating -> Terminated; the cluster's target goes down by one."""
        check_state(node, "node", node["nickname"], "terminate", ("Deployed", "Unreachable"))
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
        check_state(node, "node", node["nickname"], "upgrade the docker daemon of", ("Deployed",))
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

        return until_terminated(node, f"Node '{node['nickname']}'", PlanResult([finish], finish))

    def node_health_check(self, ns: Namespace, node: Obj) -> PlanResult:
        """Deployed/Unreachable -> Deployed (the emulated node always answers)."""
        check_state(node, "node", node["nickname"], "health-check", ("Deployed", "Unreachable"))

        def finish() -> None:
            node["last_seen"] = rfc1123()
            self.set_state(ns, "node", node, "Deployed")
            cluster = self._cluster_of(ns, node)
            if cluster is not None:
                self.refresh_cluster(ns, cluster)

        return until_terminated(node, f"Node '{node['nickname']}'", PlanResult([finish]))

    # Operations the SDKs call that the docs omit (spec: x-dockercloud-inferred).

    def cluster_upgrade(self, ns: Namespace, cluster: Obj) -> PlanResult:
        """The Go SDK's ``NodeCluster.Upgrade``: every Deployed node of the cluster upgrades its docker daemon."""
        check_state(
            cluster, "node cluster", cluster["name"], "upgrade the docker daemons of", ("Deployed", "Partly deployed")
        )
        nodes = [ns.nodes[uuid_of(u)] for u in cluster["nodes"]]
        plans = [self.node_upgrade(ns, n) for n in nodes if n["state"] == "Deployed"]
        finishes = [step for plan in plans for step in plan.steps]

        def finish() -> None:
            for step in finishes:
                step()

        return until_terminated(cluster, f"Node cluster '{cluster['name']}'", PlanResult([finish], finish))

    def node_deploy(self, ns: Namespace, node: Obj) -> PlanResult:
        """python-dockercloud's ``Node.deploy``: redeploys the agent of a Deployed or Unreachable node.

        Inferred from the SDK's test fixtures (a "Node Deploy" action on a deployed node): the node goes
        Deploying -> Deployed and its containers keep running.
        """
        check_state(node, "node", node["nickname"], "deploy", ("Deployed", "Unreachable"))
        self.set_state(ns, "node", node, "Deploying")
        cluster = self._cluster_of(ns, node)
        if cluster is not None:
            self.refresh_cluster(ns, cluster)

        def finish() -> None:
            node["last_seen"] = rfc1123()
            self.set_state(ns, "node", node, "Deployed")
            if cluster is not None:
                self.refresh_cluster(ns, cluster, force=True)

        return until_terminated(node, f"Node '{node['nickname']}'", PlanResult([finish], finish))
