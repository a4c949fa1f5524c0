"""In-memory state of the emulator: the catalogue, per-namespace objects and actions.

Objects are plain JSON dicts exactly as served, plus private bookkeeping keys that start with
``_`` (namespace, logs, ...), which :func:`render` strips. The store is only
touched from the event loop thread, which makes it thread-safe without locks.
"""

from __future__ import annotations

import re
import uuid as uuidlib
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, MutableMapping, Sequence, Set
from typing import Any

from dockercloud_api.operations import OPERATIONS, SERVER_ONLY_OPERATIONS, STREAMS, OperationInfo

from .catalogue import Catalogue, build_catalogue

Obj = dict[str, Any]

#: Resource segments that may follow ``/v1/`` directly (anything else there is a namespace): those of
#: every REST path and stream channel of the spec, plus two kinds the reference names without operations.
RESOURCE_SEGMENTS = frozenset(
    path.split("/v1/", 1)[1].split("/", 1)[0]
    for path in [info.path for info in (*OPERATIONS.values(), *SERVER_ONLY_OPERATIONS.values())]
    + [channel.path for channel in STREAMS.values()]
) | {"cluster", "volume"}

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


def is_live(obj: Obj | None) -> bool:
    """Whether ``obj`` exists and is not terminated (its name may be reused once it is)."""
    return obj is not None and obj["state"] != "Terminated"


def render(obj: Obj) -> Obj:
    """The public JSON view of a stored object (private ``_`` keys removed)."""
    return {k: v for k, v in obj.items() if not k.startswith("_")}


DOCKER_HUB = "registry-1.docker.io"

#: The states in which an action has ended (it may still be retried).
FINAL_ACTION_STATES = frozenset({"Success", "Failed", "Canceled"})


class Collection(MutableMapping[str, Obj]):
    """The objects of one kind by key, in creation order, with constant-time pages and indexed lookups.

    The emulator must not slow down as a namespace fills up (issue 13: 50,000 services): a page of a
    list is a slice of :meth:`ordered` instead of a copy of everything, the uniqueness checks of creates
    read :meth:`named`, and the lists filtered on a group read only that group's objects.

    Args:
        name_key: what makes an object's name unique (e.g. ``(stack, name)`` for services); every
            stored object is indexed under it, the latest one winning. ``None``: no name index.
        groups: values read from each object (its ``name``, its ``state``, its ``stack``, whether it is an
            ``EVERY_NODE`` service, ...), by group name: :meth:`group` lists the objects of one value in
            creation order, so a fill, a repository's ``in_use`` or a list filtered on a group of the same
            name reads those instead of every object. The groups are kept here, as objects are stored and
            deleted; whoever changes what a group reads calls :meth:`regroup` (``Lifecycle.set_state``
            for every state change, a service update for its image).
    """

    def __init__(
        self,
        name_key: Callable[[Obj], Hashable] | None = None,
        groups: Mapping[str, Callable[[Obj], Hashable]] | None = None,
    ) -> None:
        self._by_key: dict[str, Obj] = {}
        self._ordered: list[Obj] = []  # in creation order, hence in increasing rank
        self._name_key = name_key
        self._by_name: dict[Hashable, Obj] = {}
        self._group_keys = dict(groups or {})
        self._groups: dict[str, dict[Hashable, dict[int, Obj]]] = {name: {} for name in self._group_keys}
        self._group_of: dict[int, tuple[Hashable, ...]] = {}  # id of each object -> its value per group
        self._rank: dict[int, int] = {}  # id of each object -> when its key was first stored
        self._stored = 0

    def __getitem__(self, key: str) -> Obj:
        return self._by_key[key]

    def __setitem__(self, key: str, obj: Obj) -> None:
        old = self._by_key.get(key)
        if old is not None:
            self._ordered[self._position(old)] = obj
            self._leave_groups(old)
            self._rank[id(obj)] = self._rank.pop(id(old))
        else:
            self._ordered.append(obj)
            self._stored += 1
            self._rank[id(obj)] = self._stored
        self._join_groups(obj)
        self._by_key[key] = obj
        if self._name_key is not None:
            self._by_name[self._name_key(obj)] = obj

    def __delitem__(self, key: str) -> None:
        obj = self._by_key.pop(key)
        del self._ordered[self._position(obj)]
        self._leave_groups(obj)
        del self._rank[id(obj)]
        if self._name_key is not None and self._by_name.get(self._name_key(obj)) is obj:
            del self._by_name[self._name_key(obj)]

    def _position(self, obj: Obj) -> int:
        """Where the stored ``obj`` is in :meth:`ordered`: a binary search on the creation ranks."""
        rank = self._rank
        return bisect_left(self._ordered, rank[id(obj)], key=lambda o: rank[id(o)])

    def _join_groups(self, obj: Obj) -> None:
        values = tuple(key_of(obj) for key_of in self._group_keys.values())
        self._group_of[id(obj)] = values
        for members, value in zip(self._groups.values(), values, strict=True):
            group = members.get(value)
            if group is None:
                group = members[value] = {}
            group[id(obj)] = obj

    def _leave_groups(self, obj: Obj) -> None:
        for members, value in zip(self._groups.values(), self._group_of.pop(id(obj)), strict=True):
            group = members[value]
            del group[id(obj)]
            if not group:
                del members[value]

    def regroup(self, obj: Obj) -> None:
        """File ``obj`` again after an attribute its groups read has changed (its state, a service's image);
        an object not stored here (an action already dropped) is left alone."""
        if id(obj) in self._group_of:  # obj is alive, so no other stored object has its id
            self._leave_groups(obj)
            self._join_groups(obj)

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_key)

    def __len__(self) -> int:
        return len(self._by_key)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def ordered(self) -> Sequence[Obj]:
        """Every object in creation order (a view: do not modify it)."""
        return self._ordered

    def in_order(self, objects: Iterable[Obj]) -> list[Obj]:
        """``objects`` of this collection (each once) in creation order, without reading the others."""
        unique = {id(obj): obj for obj in objects}
        rank = self._rank
        return [unique[i] for i in sorted(unique, key=rank.__getitem__)]

    def group(self, group: str, *values: Hashable) -> list[Obj]:
        """The objects whose ``group`` value is one of ``values``, in creation order (only those are read)."""
        members = self._groups[group]
        return self.in_order(obj for value in values for obj in members.get(value, {}).values())

    def count(self, group: str, value: Hashable) -> int:
        """How many objects have the ``group`` value ``value`` (none is read)."""
        return len(self._groups[group].get(value, ()))

    def group_values(self, group: str) -> Set[Hashable]:
        """The values of ``group`` that some object has (e.g. the uuid prefixes in use, at most 4,096)."""
        return self._groups[group].keys()

    def grouped_by(self, group: str) -> bool:
        """Whether this collection keeps the group ``group``."""
        return group in self._groups

    def named(self, name: Hashable) -> Obj | None:
        """The latest object stored under ``name`` (see ``name_key``), whatever its state."""
        return self._by_name.get(name)


def filter_key(value: Any) -> Hashable:
    """What a list filter compares: a resource URI without its namespace, anything else as a string."""
    if isinstance(value, str) and value.startswith("/api/"):
        return canonical_uri(value)
    return str(value)


def _by(attr: str) -> Callable[[Obj], Hashable]:
    """The group of a list filter on ``attr``, keyed as the filter compares."""
    return lambda obj: filter_key(obj.get(attr))


_name = _by("name")

#: How many leading characters of a uuid file an object for ``uuid__startswith`` (16**3 = 4,096 groups):
#: a longer prefix reads one group (a 4,096th of the objects), a shorter one the groups it begins, whose
#: objects all match it.
UUID_PREFIX = 3


def _stateful(**groups: Callable[[Obj], Hashable]) -> dict[str, Callable[[Obj], Hashable]]:
    """``groups`` plus those of the filters every stateful resource takes: ``state`` and ``uuid__startswith``."""
    return {"state": _by("state"), "uuid__startswith": lambda obj: obj["uuid"][:UUID_PREFIX], **groups}


def image_repository(image_name: str) -> str:
    """The repository of an image name: ``registry.local:5000/web`` for ``registry.local:5000/web:2``."""
    head, slash, last = image_name.rpartition("/")
    return head + slash + last.split(":", 1)[0]


def _services() -> Collection:
    # a service never moves to or from EVERY_NODE (services.apply_service_update refuses it); an update
    # of its image regroups it; ``in_use``: the live services of each repository (terminated ones: None)
    groups = _stateful(
        name=_name,
        stack=_by("stack"),
        every_node=lambda svc: svc["deployment_strategy"] == "EVERY_NODE",
        in_use=lambda svc: image_repository(svc["image_name"]) if svc["state"] != "Terminated" else None,
    )
    return Collection(lambda svc: (svc.get("stack"), svc["name"]), groups)


def _by_name() -> Collection:
    return Collection(_name, _stateful(name=_name))


def _containers() -> Collection:
    return Collection(None, _stateful(name=_name, service=_by("service"), node=_by("node")))


def _nodes_groups() -> dict[str, Callable[[Obj], Hashable]]:
    # a docker upgrade regroups the node (nodes.upgrade); the others are fixed at creation
    keys = ("node_cluster", "node_type", "region", "docker_version")
    return _stateful(**{key: _by(key) for key in keys})


def resource_tags(operations: Iterable[OperationInfo]) -> dict[str, str]:
    """The namespaced resources an operation gets by identifier: the segment that names them in a
    resource URI (the last fixed one of the ``<tag>_get`` path) -> their tag."""
    return {
        info.path.rstrip("/").split("/")[-2]: info.tag
        for info in operations
        if info.namespaced and info.operation_id == f"{info.tag}_get"
    }


#: e.g. ``"nodecluster": "node_clusters"``: read from the spec's operation table.
RESOURCE_TAGS: Mapping[str, str] = resource_tags((*OPERATIONS.values(), *SERVER_ONLY_OPERATIONS.values()))

#: Resources whose objects the emulator computes from others instead of storing them.
COMPUTED = frozenset({"registries"})  # from the namespace's repositories: Namespace.registries

#: What each collection indexes (the others index nothing but their keys).
INDEXES: Mapping[str, Callable[[], Collection]] = {
    "services": _services,
    "stacks": _by_name,
    "node_clusters": lambda: Collection(_name, _stateful(name=_name, region=_by("region"), node_type=_by("node_type"))),
    "containers": _containers,
    "nodes": lambda: Collection(None, _nodes_groups()),
    "triggers": lambda: Collection(None, {"_service": lambda trigger: trigger["_service"]}),
    "repositories": lambda: Collection(None, {"name": _name, "registry": _by("registry")}),
}


def actions() -> Collection:
    """The action log: by ``state`` and ``uuid__startswith`` (filters), ``object`` (the ``object`` filter)
    and namespace (what a caller may see)."""
    return Collection(None, _stateful(object=_by("object"), _ns=lambda action: action["_ns"]))


class Namespace(Mapping[str, Collection]):
    """Objects owned by one namespace (a user or an organisation): one collection per stored resource of
    the spec, by its tag (``ns["services"]``, ``ns["node_clusters"]``), each in creation order.

    A resource added to the spec gets its collection here with no edit (see :data:`RESOURCE_TAGS`).
    """

    def __init__(self, name: str) -> None:
        self.name = name
        #: the collections by tag (replaceable, e.g. by a test's guarded copy)
        self.collections: dict[str, Collection] = {
            tag: INDEXES.get(tag, Collection)() for tag in RESOURCE_TAGS.values() if tag not in COMPUTED
        }

    def __getitem__(self, tag: str) -> Collection:
        return self.collections[tag]

    def __iter__(self) -> Iterator[str]:
        return iter(self.collections)

    def __len__(self) -> int:
        return len(self.collections)

    def uri(self, subsystem: str, resource: str, ident: str) -> str:
        """Namespaced resource URI, e.g. ``/api/app/v1/demo/service/<uuid>/``."""
        return f"/api/{subsystem}/v1/{self.name}/{resource}/{ident}/"

    def registries(self) -> list[Obj]:
        """Docker Hub plus every third-party registry that has a repository here."""
        hosts = [DOCKER_HUB]
        for repo in self["repositories"].values():
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
        """Nodes in state ``Deployed``, in creation order (the others are not read)."""
        return self["nodes"].group("state", "Deployed")

    def live_containers(self, service: Obj) -> list[Obj]:
        """Containers of ``service`` that are not terminated, in creation order."""
        containers = self["containers"]
        return [containers[c] for c in service["_containers"] if containers[c]["state"] != "Terminated"]


class Store:
    """All emulator state: catalogue, namespaces and the (global) action log.

    Args:
        kept_actions: how many finished actions each namespace keeps (the most recently finished); an
            older finished one is dropped, after which it answers 404 like any unknown action. Actions
            still in progress are always kept.
    """

    def __init__(self, kept_actions: int = 1000) -> None:
        if kept_actions < 1:
            raise ValueError("kept_actions must be at least 1")
        self.catalogue: Catalogue = build_catalogue()
        self.namespaces: dict[str, Namespace] = {}
        self.actions = actions()
        self.kept_actions = kept_actions
        self._finished: dict[str, OrderedDict[str, None]] = {}  # per namespace, oldest finished first

    @property
    def action_namespaces(self) -> Set[Hashable]:
        """The namespaces that own at least one kept action."""
        return self.actions.group_values("_ns")

    def add_action(self, action: Obj) -> None:
        """Store a new action (dropping the oldest finished one of its namespace beyond the limit)."""
        self.actions[action["uuid"]] = action
        self._keep(action)

    def state_changed(self, ns: Namespace, kind: str, obj: Obj) -> None:
        """File ``obj`` (of the event kind ``kind``: ``service``, ``nodecluster``, ``action``, ...) again after
        its state changed: its collection's groups, and for an action which finished actions are kept."""
        if kind == "action":
            self.actions.regroup(obj)
            self._keep(obj)
        else:
            ns[RESOURCE_TAGS[kind]].regroup(obj)

    def _keep(self, action: Obj) -> None:
        finished = self._finished.setdefault(action["_ns"], OrderedDict())
        if action["state"] not in FINAL_ACTION_STATES:
            finished.pop(action["uuid"], None)  # retried
            return
        finished[action["uuid"]] = None
        finished.move_to_end(action["uuid"])
        while len(finished) > self.kept_actions:
            dropped, _ = finished.popitem(last=False)
            del self.actions[dropped]

    def ns(self, name: str) -> Namespace:
        """The namespace called ``name`` (created empty on first use)."""
        found = self.namespaces.get(name)
        if found is None:
            found = self.namespaces[name] = Namespace(name)
        return found

    def iter_namespaces(self, names: set[str]) -> Iterator[Namespace]:
        """The existing namespaces among ``names``."""
        for name in sorted(names):
            if name in self.namespaces:
                yield self.namespaces[name]

    def find_by_uri(self, uri: str) -> tuple[Namespace, str, Obj] | None:
        """Locate a namespaced object from its resource URI: its namespace, its tag (``services``) and itself."""
        canon = canonical_uri(uri)
        match = re.match(r"^/api/[a-z]+/v1/([a-z]+)/([0-9a-fA-F-]+)/$", canon)
        if not match:
            return None
        kind, ident = match.groups()
        collection = RESOURCE_TAGS.get(kind)
        if collection is None or collection in COMPUTED:
            return None
        for ns in self.namespaces.values():
            obj = ns[collection].get(ident)
            if obj is not None:
                return ns, collection, obj
        return None
