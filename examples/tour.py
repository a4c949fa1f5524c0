#!/usr/bin/env python3
"""A guided tour of ``dockercloud_client``: one program that touches every part of the public client.

It lists the catalogue (providers, regions, node types), deploys a node cluster, creates a stack of
two linked services and starts it while the live event stream prints beside it, scales a service,
tails a container's logs, runs a command in a container, creates and calls a trigger, exports the
stack and terminates everything it created (also when it fails or is interrupted).

Run it against the local emulator with ``make demo`` (``examples/run_demo.py`` starts one), or
against any Docker Cloud compatible server by setting:

* ``DOCKERCLOUD_USER`` and ``DOCKERCLOUD_APIKEY``, or ``DOCKERCLOUD_AUTH`` (an ``Authorization``
  header value): the credentials, read by ``Client()``;
* ``DOCKERCLOUD_REST_HOST``: the REST URL (default ``https://cloud.docker.com``);
* ``DOCKERCLOUD_STREAM_HOST``: the Stream API URL (default ``wss://ws.cloud.docker.com``);
* ``DOCKERCLOUD_NAMESPACE`` (optional): an organisation to work in.

Exit status: 0 on success, 1 on an error (the message names it; secrets are never printed), 130
when interrupted.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

from dockercloud_client import (
    Client,
    DockerCloudError,
    Event,
    EventStream,
    NotFoundError,
    StreamReconnected,
    models,
)

WAIT = 60.0  # seconds any one action may take
STACK_NAME = "tour-shop"
CLUSTER_NAME = "tour-cluster"

_print_lock = threading.Lock()
_started_at = time.monotonic()


def say(text: str = "") -> None:
    """Print one line; safe from the event thread too."""
    with _print_lock:
        print(text, flush=True)


def section(number: int, title: str) -> None:
    """Print a section heading with the time since the start."""
    elapsed = time.monotonic() - _started_at
    say()
    say(f"== {number}. {title} " + "=" * max(4, 60 - len(title)) + f" [{elapsed:5.1f}s]")


def uuid_of(resource_uri: str) -> str:
    """The last path segment of a resource URI (its UUID or name)."""
    return resource_uri.rstrip("/").rsplit("/", 1)[-1]


def short(resource_uri: str) -> str:
    """A short, readable id for a resource URI."""
    return uuid_of(resource_uri)[:8]


class EventPrinter:
    """Consumes ``client.events.stream()`` in a background thread and prints compact lines.

    It also remembers which ``(object, state)`` pairs it saw, so the tour can wait until an event
    it expects has been printed before it moves on (the output then reads in order).
    """

    def __init__(self, client: Client, types: list[str]) -> None:
        self._names: dict[str, str] = {}  # uuid -> "<kind> <name>"
        self._getters: dict[str, Callable[[str], Any]] = {
            "nodecluster": client.node_clusters.get,
            "stack": client.stacks.get,
            "service": client.services.get,
        }
        self._stream: EventStream = client.events.stream(type=types)
        self._thread = threading.Thread(target=self._run, name="tour-events", daemon=True)
        self._seen: set[tuple[str, str]] = set()
        self._changed = threading.Condition()
        self.count = 0
        self.error: BaseException | None = None

    def start(self) -> None:
        """Connect now (bad credentials fail here, in the main thread), then consume in the background."""
        self._stream.connect()
        self._thread.start()

    def _run(self) -> None:
        try:
            for item in self._stream:
                if isinstance(item, StreamReconnected):
                    say(f"   | events: reconnected ({item.reason}); some events may be missing")
                    continue
                self._show(item)
        except DockerCloudError as exc:
            self.error = exc
            say(f"   | events: stream ended: {exc}")

    def _name(self, event: Event) -> str:
        """``<kind> <name>`` of the event's object, read once through the REST API and remembered."""
        uuid = uuid_of(event.resource_uri)
        name = self._names.get(uuid)
        if name is None:
            name = short(event.resource_uri)
            getter = self._getters.get(event.type.value)
            if getter is not None:
                with suppress(DockerCloudError):
                    kind = event.type.value.replace("nodecluster", "cluster")
                    name = f"{kind} {getter(event.resource_uri).name}"
            self._names[uuid] = name
        return name

    def _show(self, event: Event) -> None:
        uuid = uuid_of(event.resource_uri)
        name = self._name(event)
        say(f"   | event  {event.type.value:<11} {event.action.value:<6} {name:<18} -> {event.state}")
        with self._changed:
            self.count += 1
            self._seen.add((uuid, event.state))
            self._changed.notify_all()

    def wait_for(self, resource_uri: str, state: str, timeout: float = 5.0) -> bool:
        """Wait until the event saying that ``resource_uri`` reached ``state`` was printed."""
        key = (uuid_of(resource_uri), state)
        with self._changed:
            return self._changed.wait_for(lambda: key in self._seen, timeout)

    def close(self) -> None:
        """Close the stream (safe from this thread while the other one iterates) and join."""
        self._stream.close()
        self._thread.join(timeout=5)


@contextmanager
def step(text: str) -> Iterator[None]:
    """Print ``text ...`` then ``done (1.2s)`` around a blocking call."""
    started = time.monotonic()
    say(f"  {text} ...")
    yield
    say(f"  {text}: done ({time.monotonic() - started:.1f}s)")


class Cleanup:
    """Things to terminate if the tour stops half-way (best effort, newest first)."""

    def __init__(self) -> None:
        self._jobs: list[tuple[str, Callable[[], object]]] = []

    def add(self, label: str, job: Callable[[], object]) -> None:
        self._jobs.append((label, job))

    def done(self, label: str) -> None:
        self._jobs = [(name, job) for name, job in self._jobs if name != label]

    def run(self) -> None:
        for label, job in reversed(self._jobs):
            try:
                job()
                say(f"  cleanup: terminated {label}")
            except NotFoundError:
                pass
            except DockerCloudError as exc:
                say(f"  cleanup: could not terminate {label}: {exc}")
        self._jobs.clear()


def pick(items: list[Any], preferred: str) -> Any:
    """The item named ``preferred`` if there is one that is available, else the first available one."""
    available = [item for item in items if getattr(item, "available", True)]
    for item in available:
        if item.name == preferred:
            return item
    if not available:
        raise SystemExit(f"nothing available to choose from (wanted {preferred!r})")
    return available[0]


def tour(client: Client, cleanup: Cleanup) -> None:
    section(1, "Connected")
    say(f"  REST host    : {client.rest_host}")
    say(f"  stream host  : {client.stream_host}")
    say(f"  user         : {client.user or '(from an Authorization header)'}")
    say(f"  credentials  : from {client.credentials_source}")
    say(f"  namespace    : {client.namespace or '(the user)'}")

    section(2, "Catalogue: providers, regions, node types")
    providers = list(client.providers.list(limit=100))
    say(f"  {len(providers)} providers: " + ", ".join(p.name for p in providers))
    provider = pick(providers, "digitalocean")
    regions = list(client.regions.list(provider=provider.resource_uri, limit=100))
    say(f"  {len(regions)} regions of {provider.label}: " + ", ".join(r.name for r in regions))
    region = pick(regions, "lon1")
    node_types = list(client.node_types.list(regions=region.resource_uri, limit=100))
    say(f"  {len(node_types)} node types in {region.label}: " + ", ".join(t.name for t in node_types))
    node_type = pick(node_types, "1gb")
    say(f"  chosen: {provider.name} / {region.name} / {node_type.name}")

    section(3, "Live event stream")
    events = EventPrinter(client, ["nodecluster", "stack", "service"])
    events.start()
    say("  listening to nodecluster, stack and service events in a background thread;")
    say("  its lines start with '   | event'")
    try:
        _with_events(client, cleanup, events, region, node_type)
    finally:
        events.close()
        say(f"  event stream closed after {events.count} events")


def _with_events(
    client: Client,
    cleanup: Cleanup,
    events: EventPrinter,
    region: models.Region,
    node_type: models.NodeType,
) -> None:
    section(4, "Node cluster")
    cluster = client.node_clusters.create(
        name=CLUSTER_NAME, node_type=node_type.resource_uri, region=region.resource_uri, target_num_nodes=2
    )
    cleanup.add("node cluster", lambda: client.node_clusters.terminate(cluster.uuid, wait=True, wait_timeout=WAIT))
    say(f"  created node cluster {cluster.name} ({short(cluster.uuid)}): {cluster.state}")
    with step("deploying 2 nodes (wait=True)"):
        cluster = client.node_clusters.deploy(cluster.uuid, wait=True, wait_timeout=WAIT)
    events.wait_for(cluster.resource_uri, cluster.state.value)
    say(f"  node cluster {cluster.name}: {cluster.state}, {cluster.current_num_nodes} nodes")

    section(5, "Stack of two linked services")
    stack = client.stacks.create(
        name=STACK_NAME,
        services=[
            models.ServiceCreate(
                image="tutum/hello-world",
                name="web",
                target_num_containers=2,
                linked_to_service=[models.LinkSpec(to_service="db", name="DB")],
            ),
            models.ServiceCreate(image="tutum/mysql", name="db"),
        ],
    )
    cleanup.add("stack", lambda: client.stacks.terminate(stack.uuid, wait=True, wait_timeout=WAIT))
    services = {s.name: s for s in client.services.list(stack=stack.resource_uri)}
    events.wait_for(stack.resource_uri, stack.state.value)
    for service in services.values():
        events.wait_for(service.resource_uri, service.state.value)
    say(f"  created stack {stack.name} ({short(stack.uuid)}): {stack.state}")
    web, db = services["web"], services["db"]
    say(f"  web: {web.image_name}, {web.target_num_containers} containers, linked to db as DB")
    say(f"  db : {db.image_name}, {db.target_num_containers} container")

    section(6, "Start the stack (events print beside it)")
    with step("starting the stack (wait=True)"):
        stack = client.stacks.start(stack.uuid, wait=True, wait_timeout=WAIT)
    events.wait_for(stack.resource_uri, stack.state.value)
    say(f"  stack {stack.name}: {stack.state}")

    section(7, "Scale a service")
    client.services.update(web.uuid, target_num_containers=3)
    with step("scaling web to 3 containers (wait=True)"):
        web = client.services.scale(web.uuid, wait=True, wait_timeout=WAIT)
    events.wait_for(web.resource_uri, web.state.value)
    containers = list(client.containers.list(service=web.resource_uri, state=models.ContainerState.RUNNING))
    say(f"  web runs {web.current_num_containers} containers:")
    for container in sorted(containers, key=lambda c: c.name):
        node = short(container.node) if container.node else "-"
        say(f"    {container.name:<8} {container.state:<8} node {node}  {container.private_ip or ''}")

    section(8, "Tail a container's logs")
    container = sorted(containers, key=lambda c: c.name)[0]
    with client.containers.logs(container.uuid, tail=5, follow=False) as logs:
        for line in logs:
            when = line.timestamp.strftime("%H:%M:%S") if line.timestamp else "--:--:--"
            say(f"    {container.name} {when} | {line.log.rstrip()}")

    section(9, "Run commands in a container (exec)")
    for command in ("hostname", "cat /etc/os-release"):
        say(f"    {container.name}$ {command}")
        output = client.containers.run(container.uuid, command, timeout=20)
        for out in output.splitlines()[:4]:
            say(f"      {out}")

    section(10, "Trigger")
    trigger = client.triggers.create(web.uuid, name="tour-scale-up", operation=models.TriggerOperation.SCALEUP)
    say(f"  created trigger {trigger.name} ({trigger.operation}); its URL is a secret and is not shown")
    with step("calling the trigger (wait=True)"):
        called = client.triggers.call(trigger.resource_uri, wait=True, wait_timeout=WAIT)
    say(f"  the call answers only its action ({called.action}: {called.state}), not the service")
    web = client.services.get(web.uuid)
    events.wait_for(web.resource_uri, web.state.value)
    say(f"  web now runs {web.current_num_containers} containers")

    section(11, "Export the stack (stackfile)")
    exported = client.stacks.export(stack.uuid).to_dict()
    lines = json.dumps(exported, indent=2, sort_keys=True).splitlines()
    for text in lines[:24]:
        say(f"    {text}")
    if len(lines) > 24:
        say(f"    ... ({len(lines) - 24} more lines)")

    section(12, "Terminate everything")
    with step(f"terminating stack {stack.name} (wait=True)"):
        stack = client.stacks.terminate(stack.uuid, wait=True, wait_timeout=WAIT)
    cleanup.done("stack")
    events.wait_for(stack.resource_uri, stack.state.value)
    with step(f"terminating node cluster {cluster.name} (wait=True)"):
        cluster = client.node_clusters.terminate(cluster.uuid, wait=True, wait_timeout=WAIT)
    cleanup.done("node cluster")
    events.wait_for(cluster.resource_uri, cluster.state.value)
    say(f"  stack: {stack.state}; node cluster: {cluster.state}")


def main() -> int:
    cleanup = Cleanup()
    try:
        with Client(user_agent="dockercloud-tour/1") as client:
            try:
                tour(client, cleanup)
            finally:
                cleanup.run()
    except KeyboardInterrupt:
        say("\ninterrupted")
        return 130
    except DockerCloudError as exc:  # str() of every client error is safe to print (no secrets)
        say(f"\nerror: {type(exc).__name__}: {exc}")
        return 1
    say()
    say(f"Tour complete in {time.monotonic() - _started_at:.1f}s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
