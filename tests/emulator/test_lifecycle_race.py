"""Terminated is final: random interleavings of operations, driven on a manual clock.

The lifecycle engine runs here without a server and without wall-clock time: a manual scheduler
runs the scheduled steps when the test advances its clock, so every interleaving hypothesis
draws is exact and reproducible (``derandomize``). ``LIFECYCLE_RACE_EXAMPLES`` sets how many
interleavings run (``make test``: 300; ``make fuzz``: 10,000).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dockercloud_emulator.errors import ApiError
from dockercloud_emulator.events import EventBus, LogHub
from dockercloud_emulator.lifecycle import FINAL_ACTION_STATES, Lifecycle, PlanResult, RequestInfo, Scheduler
from dockercloud_emulator.resources import containers, node_clusters, services, stacks
from dockercloud_emulator.resources.node_clusters import build_nodecluster
from dockercloud_emulator.resources.services import build_service
from dockercloud_emulator.resources.stacks import build_stack
from dockercloud_emulator.store import Namespace, Obj, Store, uuid_of

EXAMPLES = int(os.environ.get("LIFECYCLE_RACE_EXAMPLES", "300"))
#: Ticks after which every job of a sequence must have ended (each operation has at most two steps).
SETTLE_TICKS = 50


class ManualScheduler(Scheduler):
    """Runs callbacks when :meth:`advance` moves its clock, in due-time then call order; errors propagate.

    ``observe`` runs after every callback, so a check sees each intermediate state, not only the last.
    """

    def __init__(self) -> None:
        super().__init__(1.0)
        self.now = 0.0
        self._due: list[tuple[float, int, Callable[[], None]]] = []
        self._seq = itertools.count()
        self.observe: Callable[[], None] = lambda: None

    def call(self, ticks: float, fn: Callable[[], None]) -> None:
        """Run ``fn`` once the clock reaches ``now + ticks``."""
        heapq.heappush(self._due, (self.now + ticks, next(self._seq), fn))

    def advance(self, ticks: float) -> None:
        """Move the clock by ``ticks``, running every callback that falls due."""
        target = self.now + ticks
        while self._due and self._due[0][0] <= target:
            self.now, _, fn = heapq.heappop(self._due)
            fn()
            self.observe()
        self.now = target

    @property
    def pending(self) -> int:
        """Callbacks not run yet."""
        return len(self._due)

    def cancel_all(self) -> None:
        """Forget every callback."""
        self._due.clear()


@dataclass
class World:
    """A namespace with a deployed two-node cluster, a two-service stack and a service outside it."""

    store: Store = field(default_factory=Store)
    scheduler: ManualScheduler = field(default_factory=ManualScheduler)
    life: Lifecycle = field(init=False)
    ns: Namespace = field(init=False)
    cluster: Obj = field(init=False)
    stack: Obj = field(init=False)
    services: list[Obj] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.life = Lifecycle(self.store, self.scheduler, EventBus(), LogHub())
        self.ns = self.store.ns("demo")
        catalogue = self.store.catalogue
        self.cluster = build_nodecluster(
            self.ns,
            {
                "name": "c",
                "region": catalogue.regions["digitalocean/lon1"]["resource_uri"],
                "node_type": catalogue.nodetypes["digitalocean/1gb"]["resource_uri"],
                "target_num_nodes": 2,
            },
        )
        self.ns["node_clusters"][self.cluster["uuid"]] = self.cluster
        self.run(self.cluster, lambda: node_clusters.deploy(self.life, self.ns, self.cluster))
        self.stack = build_stack(self.ns, {"name": "s"})
        self.ns["stacks"][self.stack["uuid"]] = self.stack
        for name, in_stack in (("web", True), ("db", True), ("lone", False)):
            svc = build_service(self.ns, {"image": name, "name": name, "target_num_containers": 2})
            svc["stack"] = self.stack["resource_uri"] if in_stack else None
            self.ns["services"][svc["uuid"]] = svc
            if in_stack:
                self.stack["services"].append(svc["resource_uri"])
            self.services.append(svc)
        self.settle()
        assert self.cluster["state"] == "Deployed"

    def run(self, obj: Obj, plan: Callable[[], PlanResult]) -> None:
        """Request an operation the way a REST handler does (an invalid transition is refused, as a 400 would)."""
        with contextlib.suppress(ApiError):
            self.life.run(self.ns, RequestInfo("demo", "POST", "/test"), "op", obj, plan)

    def settle(self) -> None:
        """Advance until nothing is scheduled (bounded)."""
        for _ in range(SETTLE_TICKS):
            if not self.scheduler.pending:
                return
            self.scheduler.advance(1)
        raise AssertionError(f"{self.scheduler.pending} steps still scheduled after {SETTLE_TICKS} ticks")

    def objects(self) -> list[Obj]:
        """Every stack, service, container, node cluster and node."""
        ns = self.ns
        return [
            *ns["stacks"].values(),
            *ns["services"].values(),
            *ns["containers"].values(),
            *ns["node_clusters"].values(),
        ] + [*ns["nodes"].values()]


OPERATIONS = ("start", "stop", "redeploy", "scale", "terminate")
TARGETS = ("web", "db", "lone", "stack", "container")


def request(world: World, op: str, target: str, pick: int) -> None:
    """Request ``op`` on the stack, a service (by name) or the ``pick``-th container (if it has that operation)."""
    ns = world.ns
    if target == "stack":
        kind, obj = "stack", world.stack
    elif target == "container":
        every = list(ns["containers"].values())
        if not every:
            return
        kind, obj = "container", every[pick % len(every)]
    else:
        kind, obj = "service", next(s for s in world.services if s["name"] == target)
    module = {"stack": stacks, "service": services, "container": containers}[kind]
    operation: Callable[[Lifecycle, Namespace, Obj], PlanResult] | None = getattr(module, op, None)
    if operation is None:
        return
    if op == "scale":
        obj["target_num_containers"] = pick % 4
    world.run(obj, lambda: operation(world.life, ns, obj))


def check_final_states(world: World, ever_terminated: set[str]) -> None:
    """What may never happen, at any moment: a terminated object that is not Terminated any more, or that runs."""
    ns = world.ns
    for obj in world.objects():
        if obj["resource_uri"] in ever_terminated:
            assert obj["state"] == "Terminated", f"{obj['resource_uri']} left Terminated for {obj['state']}"
        if obj["state"] == "Terminated":
            ever_terminated.add(obj["resource_uri"])
    for svc in ns["services"].values():
        if svc["state"] == "Terminated":
            alive = [c["name"] for c in ns.live_containers(svc)]
            assert not alive, f"terminated service {svc['name']} has live containers {alive}"
            assert svc["running_num_containers"] == 0
    if world.stack["state"] == "Terminated":
        for uri in world.stack["services"]:
            assert ns["services"][uuid_of(uri)]["state"] == "Terminated"


STEP = st.tuples(
    st.sampled_from(OPERATIONS), st.sampled_from(TARGETS), st.integers(0, 7), st.sampled_from((0, 0, 0.5, 1, 2))
)


@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(STEP, min_size=1, max_size=12))
def test_terminated_is_final_under_any_interleaving(steps: list[tuple[str, str, int, float]]) -> None:
    """Operations requested while others are in flight (step > 0) never bring a terminated object back."""
    world = World()
    ever_terminated: set[str] = set()
    world.scheduler.observe = lambda: check_final_states(world, ever_terminated)
    for op, target, pick, wait in steps:
        request(world, op, target, pick)
        check_final_states(world, ever_terminated)
        world.scheduler.advance(wait)
    world.settle()
    check_final_states(world, ever_terminated)
    for action in world.store.actions.values():
        assert action["state"] in FINAL_ACTION_STATES, action
    for svc in world.ns["services"].values():
        assert svc["state"] != "Terminating", f"{svc['name']} still terminating after every job ended"


def test_terminate_while_starting_cancels_the_start() -> None:
    """The race of the issue: a service terminated while Starting ends Terminated, its start action Canceled."""
    world = World()
    svc = world.services[2]
    request(world, "start", "lone", 0)
    world.scheduler.advance(0.5)
    request(world, "terminate", "lone", 0)
    world.settle()
    assert svc["state"] == "Terminated"
    assert not world.ns.live_containers(svc)
    start, terminate = list(world.store.actions.values())[-2:]
    assert (start["state"], terminate["state"]) == ("Canceled", "Success")
    assert "Service 'lone' is terminat" in "".join(line["log"] for line in start["_logs"])
