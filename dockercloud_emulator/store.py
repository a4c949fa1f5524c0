"""In-memory state of the emulator: the catalogue, per-namespace objects and actions.

Objects are plain JSON dicts exactly as served, plus private bookkeeping keys that start with
``_`` (namespace, creation order, logs, ...), which :func:`render` strips. The store is only
touched from the event loop thread, which makes it thread-safe without locks.
"""

from __future__ import annotations

import itertools
import re
import uuid as uuidlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .catalogue import Catalogue, build_catalogue

Obj = dict[str, Any]

#: Resource segments that may follow ``/v1/`` directly (anything else there is a namespace).
RESOURCE_SEGMENTS = frozenset(
    {
        "action",
        "provider",
        "region",
        "az",
        "nodetype",
        "nodecluster",
        "node",
        "tag",
        "registry",
        "repository",
        "stack",
        "service",
        "container",
        "events",
        "cluster",
        "volume",
    }
)

_NS_RE = re.compile(r"^(/api/[a-z]+/v1/)([^/]+)/(.*)$")


def canonical_uri(uri: str) -> str:
    """Drop the namespace segment of a resource URI so references compare equal with or without it."""
    match = _NS_RE.match(uri.strip())
    if match and match.group(2) not in RESOURCE_SEGMENTS:
        uri = match.group(1) + match.group(3)
    return uri if uri.endswith("/") else uri + "/"


def uuid_of(uri: str) -> str:
    """The last segment of a resource URI (the object's UUID or name)."""
    return uri.rstrip("/").rsplit("/", 1)[-1]


def new_uuid() -> str:
    """A fresh random UUID string."""
    return str(uuidlib.uuid4())


def render(obj: Obj) -> Obj:
    """The public JSON view of a stored object (private ``_`` keys removed)."""
    return {k: v for k, v in obj.items() if not k.startswith("_")}


DOCKER_HUB = "registry-1.docker.io"


@dataclass
class Namespace:
    """Objects owned by one namespace (a user or an organisation), in creation order."""

    name: str
    nodeclusters: dict[str, Obj] = field(default_factory=dict)
    nodes: dict[str, Obj] = field(default_factory=dict)
    stacks: dict[str, Obj] = field(default_factory=dict)
    services: dict[str, Obj] = field(default_factory=dict)
    containers: dict[str, Obj] = field(default_factory=dict)
    triggers: dict[str, Obj] = field(default_factory=dict)
    repositories: dict[str, Obj] = field(default_factory=dict)

    def uri(self, subsystem: str, resource: str, ident: str) -> str:
        """Namespaced resource URI, e.g. ``/api/app/v1/demo/service/<uuid>/``."""
        return f"/api/{subsystem}/v1/{self.name}/{resource}/{ident}/"

    def registries(self) -> list[Obj]:
        """Docker Hub plus every third-party registry that has a repository here."""
        hosts = [DOCKER_HUB]
        for repo in self.repositories.values():
            host = repo["_host"]
            if host not in hosts:
                hosts.append(host)
        return [self.registry(h) for h in hosts]

    def registry(self, host: str) -> Obj:
        """The registry object of ``host``."""
        hub = host == DOCKER_HUB
        port = 443
        name = "Docker Hub" if hub else host
        if ":" in host:
            try:
                port = int(host.rsplit(":", 1)[1])
            except ValueError:
                port = 443
        return {
            "host": host,
            "is_docker_registry": hub,
            "is_ssl": port == 443 or hub,
            "name": name,
            "port": port,
            "resource_uri": f"/api/repo/v1/{self.name}/registry/{host}/",
            "uuid": str(uuidlib.uuid5(uuidlib.NAMESPACE_DNS, f"{self.name}/{host}")),
        }

    def deployed_nodes(self) -> list[Obj]:
        """Nodes in state ``Deployed``."""
        return [n for n in self.nodes.values() if n["state"] == "Deployed"]

    def live_containers(self, service: Obj) -> list[Obj]:
        """Containers of ``service`` that are not terminated, in creation order."""
        return [self.containers[c] for c in service["_containers"] if self.containers[c]["state"] != "Terminated"]


class Store:
    """All emulator state: catalogue, namespaces and the (global) action log."""

    def __init__(self) -> None:
        self.catalogue: Catalogue = build_catalogue()
        self.namespaces: dict[str, Namespace] = {}
        self.actions: dict[str, Obj] = {}
        self._order = itertools.count(1)

    def ns(self, name: str) -> Namespace:
        """The namespace called ``name`` (created empty on first use)."""
        found = self.namespaces.get(name)
        if found is None:
            found = self.namespaces[name] = Namespace(name)
        return found

    def order(self) -> int:
        """A strictly increasing creation counter."""
        return next(self._order)

    def iter_namespaces(self, names: set[str]) -> Iterator[Namespace]:
        """The existing namespaces among ``names``."""
        for name in sorted(names):
            if name in self.namespaces:
                yield self.namespaces[name]

    def find_by_uri(self, uri: str) -> tuple[Namespace, str, Obj] | None:
        """Locate a namespaced object (``kind`` is its collection name) from its resource URI."""
        canon = canonical_uri(uri)
        match = re.match(r"^/api/[a-z]+/v1/([a-z]+)/([0-9a-fA-F-]+)/$", canon)
        if not match:
            return None
        kind, ident = match.groups()
        collection = {
            "nodecluster": "nodeclusters",
            "node": "nodes",
            "stack": "stacks",
            "service": "services",
            "container": "containers",
        }.get(kind)
        if collection is None:
            return None
        for ns in self.namespaces.values():
            obj = getattr(ns, collection).get(ident)
            if obj is not None:
                return ns, collection, obj
        return None
