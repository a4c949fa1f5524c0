# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime as _datetime
import json
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    Decoding,
    NoneType,
    Plan,
    check_types,
    member,
    plan,
)
from ..models.node_state import NodeState
from ..types import (
    DecodeError,
    build_from_input,
    compact_repr,
    enum_input,
    format_timestamp,
    list_input,
    model_input,
    parse_timestamp,
)


def _tag_ref_input(value: TagRef | Mapping[str, Any], argument: str) -> TagRef:
    return model_input(TagRef, value, argument)


def _node_private_ip_input(value: NodePrivateIp | Mapping[str, Any], argument: str) -> NodePrivateIp:
    return model_input(NodePrivateIp, value, argument)


def _convert_state(value: NodeState | str) -> NodeState:
    if type(value) is NodeState:
        return value
    return enum_input(NodeState, value, "state")


def _convert_tags(value: Sequence[TagRef | Mapping[str, Any]] | None) -> list[TagRef] | None:
    if type(value) is list and all(type(item) is TagRef for item in value):
        return value
    if value is None:
        return None
    return list_input(_tag_ref_input, value, "tags")


def _convert_private_ips(value: Sequence[NodePrivateIp | Mapping[str, Any]] | None) -> list[NodePrivateIp] | None:
    if type(value) is list and all(type(item) is NodePrivateIp for item in value):
        return value
    if value is None:
        return None
    return list_input(_node_private_ip_input, value, "private_ips")


@_attrs_define
class Node:
    """A virtual machine of a cloud provider on which containers run.

    Attributes:
        uuid (str): Identifier of the node.
        resource_uri (str): Resource URI of the node (includes the namespace).
        availability_zone (str | None): Resource URI of the node's availability zone; `null` when the provider has none.
            None when the server omitted it or sent null.
        external_fqdn (str | None): Generated host name of the node, inherited by its containers. None when the server
            omitted it or sent null.
        nickname (str | None): Display name; `external_fqdn` unless set. None when the server omitted it or sent null.
        state (NodeState): Lifecycle state of a node.
        node_cluster (str | None): Resource URI of the node cluster the node belongs to; `null` if none. None when the
            server omitted it or sent null.
        node_type (str | None): Resource URI of the node type. None when the server omitted it or sent null.
        region (str | None): Resource URI of the region. None when the server omitted it or sent null.
        docker_execdriver (str | None): Docker execution driver, e.g. `native-0.2`. None when the server omitted it or
            sent null.
        docker_graphdriver (str | None): Docker storage driver, e.g. `aufs`. None when the server omitted it or sent
            null.
        docker_version (str | None): Docker Engine version, e.g. `1.5.0`. None when the server omitted it or sent null.
        cpu (int | None): Number of CPUs. None when the server omitted it or sent null.
        disk (int | None): Disk size in GB. None when the server omitted it or sent null.
        memory (int | None): Memory in MB. None when the server omitted it or sent null.
        current_num_containers (int | None): Number of containers deployed on the node. None when the server omitted it
            or sent null.
        last_seen (datetime.datetime | None): When Docker Cloud last reached the node; `null` if it never has.
            [inferred] `null` is not in the reference (deviation 14). None when the server omitted it or sent null.
        public_ip (str | None): Public IP address of the node. None when the server omitted it or sent null.
        tunnel (str | None): Address of the reverse tunnel to the Docker daemon when the node does not accept
            connections on port 2375; `null` otherwise. None when the server omitted it or sent null.
        deployed_datetime (datetime.datetime | None): When the node was deployed; `null` before that.  [inferred] `null`
            is not in the reference (deviation 14). None when the server omitted it or sent null.
        destroyed_datetime (datetime.datetime | None): When the node was terminated; `null` until then. None when the
            server omitted it or sent null.
        tags (list[TagRef] | None): Tags of the node, used to target service deployments. None when the server omitted
            it or sent null.
        private_ips (list[NodePrivateIp] | None): Private networks of the node.  Known only from the Go SDK; not in the
            reference. None when the server omitted it or sent null.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "uuid": "uuid",
        "resource_uri": "resource_uri",
        "availability_zone": "availability_zone",
        "external_fqdn": "external_fqdn",
        "nickname": "nickname",
        "state": "state",
        "node_cluster": "node_cluster",
        "node_type": "node_type",
        "region": "region",
        "docker_execdriver": "docker_execdriver",
        "docker_graphdriver": "docker_graphdriver",
        "docker_version": "docker_version",
        "cpu": "cpu",
        "disk": "disk",
        "memory": "memory",
        "current_num_containers": "current_num_containers",
        "last_seen": "last_seen",
        "public_ip": "public_ip",
        "tunnel": "tunnel",
        "deployed_datetime": "deployed_datetime",
        "destroyed_datetime": "destroyed_datetime",
        "tags": "tags",
        "private_ips": "private_ips",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("uuid", "uuid", False),
        ("resource_uri", "resource_uri", False),
        ("availability_zone", "availability_zone", True),
        ("external_fqdn", "external_fqdn", False),
        ("nickname", "nickname", False),
        ("state", "state", False),
        ("node_cluster", "node_cluster", True),
        ("node_type", "node_type", False),
        ("region", "region", False),
        ("docker_execdriver", "docker_execdriver", False),
        ("docker_graphdriver", "docker_graphdriver", False),
        ("docker_version", "docker_version", False),
        ("cpu", "cpu", False),
        ("disk", "disk", False),
        ("memory", "memory", False),
        ("current_num_containers", "current_num_containers", False),
        ("last_seen", "last_seen", True),
        ("public_ip", "public_ip", False),
        ("tunnel", "tunnel", True),
        ("deployed_datetime", "deployed_datetime", True),
        ("destroyed_datetime", "destroyed_datetime", True),
        ("tags", "tags", False),
    )

    uuid: str
    resource_uri: str
    state: NodeState = _attrs_field(converter=_convert_state)
    availability_zone: str | None = None
    external_fqdn: str | None = None
    nickname: str | None = None
    node_cluster: str | None = None
    node_type: str | None = None
    region: str | None = None
    docker_execdriver: str | None = None
    docker_graphdriver: str | None = None
    docker_version: str | None = None
    cpu: int | None = None
    disk: int | None = None
    memory: int | None = None
    current_num_containers: int | None = None
    last_seen: _datetime.datetime | None = None
    public_ip: str | None = None
    tunnel: str | None = None
    deployed_datetime: _datetime.datetime | None = None
    destroyed_datetime: _datetime.datetime | None = None
    tags: list[TagRef] | None = _attrs_field(default=None, converter=_convert_tags)
    private_ips: list[NodePrivateIp] | None = _attrs_field(default=None, converter=_convert_private_ips)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[Node]]

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        uuid = self.uuid
        field_dict["uuid"] = uuid

        resource_uri = self.resource_uri
        field_dict["resource_uri"] = resource_uri

        availability_zone = self.availability_zone
        if availability_zone is not None:
            field_dict["availability_zone"] = availability_zone
        elif "availability_zone" not in self._absent:
            field_dict["availability_zone"] = None

        external_fqdn = self.external_fqdn
        if external_fqdn is not None:
            field_dict["external_fqdn"] = external_fqdn
        elif "external_fqdn" not in self._absent:
            field_dict["external_fqdn"] = None

        nickname = self.nickname
        if nickname is not None:
            field_dict["nickname"] = nickname
        elif "nickname" not in self._absent:
            field_dict["nickname"] = None

        state = self.state
        field_dict["state"] = state.value

        node_cluster = self.node_cluster
        if node_cluster is not None:
            field_dict["node_cluster"] = node_cluster
        elif "node_cluster" not in self._absent:
            field_dict["node_cluster"] = None

        node_type = self.node_type
        if node_type is not None:
            field_dict["node_type"] = node_type
        elif "node_type" not in self._absent:
            field_dict["node_type"] = None

        region = self.region
        if region is not None:
            field_dict["region"] = region
        elif "region" not in self._absent:
            field_dict["region"] = None

        docker_execdriver = self.docker_execdriver
        if docker_execdriver is not None:
            field_dict["docker_execdriver"] = docker_execdriver
        elif "docker_execdriver" not in self._absent:
            field_dict["docker_execdriver"] = None

        docker_graphdriver = self.docker_graphdriver
        if docker_graphdriver is not None:
            field_dict["docker_graphdriver"] = docker_graphdriver
        elif "docker_graphdriver" not in self._absent:
            field_dict["docker_graphdriver"] = None

        docker_version = self.docker_version
        if docker_version is not None:
            field_dict["docker_version"] = docker_version
        elif "docker_version" not in self._absent:
            field_dict["docker_version"] = None

        cpu = self.cpu
        if cpu is not None:
            field_dict["cpu"] = cpu
        elif "cpu" not in self._absent:
            field_dict["cpu"] = None

        disk = self.disk
        if disk is not None:
            field_dict["disk"] = disk
        elif "disk" not in self._absent:
            field_dict["disk"] = None

        memory = self.memory
        if memory is not None:
            field_dict["memory"] = memory
        elif "memory" not in self._absent:
            field_dict["memory"] = None

        current_num_containers = self.current_num_containers
        if current_num_containers is not None:
            field_dict["current_num_containers"] = current_num_containers
        elif "current_num_containers" not in self._absent:
            field_dict["current_num_containers"] = None

        last_seen = self.last_seen
        if last_seen is not None:
            field_dict["last_seen"] = format_timestamp(last_seen)
        elif "last_seen" not in self._absent:
            field_dict["last_seen"] = None

        public_ip = self.public_ip
        if public_ip is not None:
            field_dict["public_ip"] = public_ip
        elif "public_ip" not in self._absent:
            field_dict["public_ip"] = None

        tunnel = self.tunnel
        if tunnel is not None:
            field_dict["tunnel"] = tunnel
        elif "tunnel" not in self._absent:
            field_dict["tunnel"] = None

        deployed_datetime = self.deployed_datetime
        if deployed_datetime is not None:
            field_dict["deployed_datetime"] = format_timestamp(deployed_datetime)
        elif "deployed_datetime" not in self._absent:
            field_dict["deployed_datetime"] = None

        destroyed_datetime = self.destroyed_datetime
        if destroyed_datetime is not None:
            field_dict["destroyed_datetime"] = format_timestamp(destroyed_datetime)
        elif "destroyed_datetime" not in self._absent:
            field_dict["destroyed_datetime"] = None

        tags = self.tags
        if tags is not None:
            field_dict["tags"] = [_item.to_dict() for _item in tags]
        elif "tags" not in self._absent:
            field_dict["tags"] = None

        private_ips = self.private_ips
        if private_ips is not None:
            field_dict["private_ips"] = [_item.to_dict() for _item in private_ips]
        elif "private_ips" not in self._absent:
            field_dict["private_ips"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["uuid", "state"], True)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "Node") -> Self:
        """Build from a mapping with the API's keys, as a user passes it (unknown keys and values are refused).

        Raises:
            InvalidValueError: a key is unknown, a required key is missing, or an enum string is not allowed.
        """
        return build_from_input(cls, cls._INPUT_NAMES, data, argument)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode the API's JSON (see the class docstring for what may be absent); lists of resource objects
        in it are filled on first access (see ``_decoding.py``).

        Raises:
            DecodeError: a present attribute has the wrong JSON type, or uuid, resource_uri, state is missing.
        """
        return cls._DECODING.now(src_dict)  # type: ignore[return-value]  # an instance of cls (cast() costs a call)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _fill(self: Node, d: Mapping[str, Any]) -> None:
    """Store every attribute of a Node from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type, or uuid, resource_uri, state is missing.
    """
    # Where each attribute's value is in an object with this key layout (plan(); a page's objects share one).
    layout = tuple(d)
    values_of, extra, absent = _PLANS.get(layout) or plan(layout, _KEYS, _ORDER, _PLANS)
    values = values_of((*d.values(), None))
    if tuple(map(type, values)) not in _CHECKED:
        check_types(d, values, _CHECKS, _CHECKED)
    self.uuid = values[0]

    self.resource_uri = values[1]

    self.availability_zone = values[2]

    self.external_fqdn = values[3]

    self.nickname = values[4]

    v = values[5]
    self.state = _NodeState_MEMBERS.get(v) or member(NodeState, v)

    self.node_cluster = values[6]

    self.node_type = values[7]

    self.region = values[8]

    self.docker_execdriver = values[9]

    self.docker_graphdriver = values[10]

    self.docker_version = values[11]

    self.cpu = values[12]

    self.disk = values[13]

    self.memory = values[14]

    self.current_num_containers = values[15]

    v = values[16]
    if v is None:
        self.last_seen = None
    else:
        try:
            self.last_seen = parse_timestamp(v)
        except ValueError:
            raise DecodeError("last_seen", "RFC 1123 or ISO 8601 timestamp", v) from None

    self.public_ip = values[17]

    self.tunnel = values[18]

    v = values[19]
    if v is None:
        self.deployed_datetime = None
    else:
        try:
            self.deployed_datetime = parse_timestamp(v)
        except ValueError:
            raise DecodeError("deployed_datetime", "RFC 1123 or ISO 8601 timestamp", v) from None

    v = values[20]
    if v is None:
        self.destroyed_datetime = None
    else:
        try:
            self.destroyed_datetime = parse_timestamp(v)
        except ValueError:
            raise DecodeError("destroyed_datetime", "RFC 1123 or ISO 8601 timestamp", v) from None

    v = values[21]
    if v is None:
        self.tags = None
    else:
        self.tags = TagRef._DECODING.each(v, "tags") if v else []

    v = values[22]
    if v is None:
        self.private_ips = None
    else:
        self.private_ips = NodePrivateIp._DECODING.each(v, "private_ips") if v else []

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._absent = absent
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "uuid",
    "resource_uri",
    "availability_zone",
    "external_fqdn",
    "nickname",
    "state",
    "node_cluster",
    "node_type",
    "region",
    "docker_execdriver",
    "docker_graphdriver",
    "docker_version",
    "cpu",
    "disk",
    "memory",
    "current_num_containers",
    "last_seen",
    "public_ip",
    "tunnel",
    "deployed_datetime",
    "destroyed_datetime",
    "tags",
    "private_ips",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Enum members by value, read directly by _fill (member() is the fallback, for a value the spec does not list).
_NodeState_MEMBERS = cast("dict[str, NodeState]", NodeState._value2member_map_)
#: Key layouts seen: where each attribute's value is, the unknown keys, the absent attributes (bounded in plan()).
_PLANS: dict[tuple[str, ...], Plan] = {}
#: Per attribute, in _KEYS order: (API name, JSON types allowed or None for any, expected, required).
_CHECKS: tuple[tuple[str, tuple[type, ...] | None, str, bool], ...] = (
    ("uuid", (str,), "string", True),
    ("resource_uri", (str,), "string", True),
    (
        "availability_zone",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "external_fqdn",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "nickname",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    ("state", (str,), "string", True),
    (
        "node_cluster",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "node_type",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "region",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "docker_execdriver",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "docker_graphdriver",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "docker_version",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "cpu",
        (
            int,
            NoneType,
        ),
        "integer",
        False,
    ),
    (
        "disk",
        (
            int,
            NoneType,
        ),
        "integer",
        False,
    ),
    (
        "memory",
        (
            int,
            NoneType,
        ),
        "integer",
        False,
    ),
    (
        "current_num_containers",
        (
            int,
            NoneType,
        ),
        "integer",
        False,
    ),
    (
        "last_seen",
        (
            str,
            NoneType,
        ),
        "timestamp",
        False,
    ),
    (
        "public_ip",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "tunnel",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "deployed_datetime",
        (
            str,
            NoneType,
        ),
        "timestamp",
        False,
    ),
    (
        "destroyed_datetime",
        (
            str,
            NoneType,
        ),
        "timestamp",
        False,
    ),
    (
        "tags",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
    (
        "private_ips",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
)
#: Type patterns of values that passed check_types (bounded there).
_CHECKED: set[tuple[type, ...]] = set()


Node._DECODING = Decoding(Node, _fill)

from ..models.node_private_ip import NodePrivateIp  # noqa: E402
from ..models.tag_ref import TagRef  # noqa: E402
