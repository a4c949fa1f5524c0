# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime as _datetime
import json
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    ONLY_STR,
    Decoding,
    NoneType,
    Plan,
    check_types,
    member,
    plan,
    scalars,
)
from ..models.node_cluster_state import NodeClusterState
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


def _convert_state(value: NodeClusterState | str) -> NodeClusterState:
    if type(value) is NodeClusterState:
        return value
    return enum_input(NodeClusterState, value, "state")


def _convert_tags(value: Sequence[TagRef | Mapping[str, Any]] | None) -> list[TagRef] | None:
    if type(value) is list and all(type(item) is TagRef for item in value):
        return value
    if value is None:
        return None
    return list_input(_tag_ref_input, value, "tags")


def _convert_provider_options(value: ProviderOptions | Mapping[str, Any] | None) -> ProviderOptions | None:
    if type(value) is ProviderOptions:
        return value
    if value is None:
        return None
    return model_input(ProviderOptions, value, "provider_options")


@_attrs_define
class NodeCluster:
    """A group of nodes sharing provider, region (and zone) and node type, on one private network.

    Attributes:
        uuid (str): Identifier of the node cluster.
        resource_uri (str): Resource URI of the node cluster (includes the namespace).
        name (str): Name given at creation.
        nickname (str | None): Display name; `name` unless set. None when the server omitted it or sent null.
        state (NodeClusterState): Lifecycle state of a node cluster.
        node_type (str | None): Resource URI of the node type of the nodes. None when the server omitted it or sent
            null.
        disk (int | None): Disk size for images and containers, in GB. None when the server omitted it or sent null.
        nodes (list[str] | None): Resource URIs of the cluster's nodes. None when the server omitted it or sent null.
        region (str | None): Resource URI of the region the cluster is deployed in. None when the server omitted it or
            sent null.
        target_num_nodes (int | None): Number of nodes the cluster should have. None when the server omitted it or sent
            null.
        current_num_nodes (int | None): Number of nodes the cluster has now (differs from the target while deploying or
            scaling). None when the server omitted it or sent null.
        deployed_datetime (datetime.datetime | None): When the cluster was deployed; `null` before that.  [inferred]
            `null` is not in the reference (deviation 14). None when the server omitted it or sent null.
        destroyed_datetime (datetime.datetime | None): When the cluster was terminated; `null` until then. None when the
            server omitted it or sent null.
        tags (list[TagRef] | None): Tags of the cluster, used to target service deployments. None when the server
            omitted it or sent null.
        provider_options (ProviderOptions | None): Provider-specific deployment options; only AWS defines any. None when
            the server omitted it or sent null.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "uuid": "uuid",
        "resource_uri": "resource_uri",
        "name": "name",
        "nickname": "nickname",
        "state": "state",
        "node_type": "node_type",
        "disk": "disk",
        "nodes": "nodes",
        "region": "region",
        "target_num_nodes": "target_num_nodes",
        "current_num_nodes": "current_num_nodes",
        "deployed_datetime": "deployed_datetime",
        "destroyed_datetime": "destroyed_datetime",
        "tags": "tags",
        "provider_options": "provider_options",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("uuid", "uuid", False),
        ("resource_uri", "resource_uri", False),
        ("name", "name", False),
        ("nickname", "nickname", False),
        ("state", "state", False),
        ("node_type", "node_type", False),
        ("disk", "disk", False),
        ("nodes", "nodes", False),
        ("region", "region", False),
        ("target_num_nodes", "target_num_nodes", False),
        ("current_num_nodes", "current_num_nodes", False),
        ("deployed_datetime", "deployed_datetime", True),
        ("destroyed_datetime", "destroyed_datetime", True),
        ("tags", "tags", False),
        ("provider_options", "provider_options", False),
    )

    uuid: str
    resource_uri: str
    name: str
    state: NodeClusterState = _attrs_field(converter=_convert_state)
    nickname: str | None = None
    node_type: str | None = None
    disk: int | None = None
    nodes: list[str] | None = None
    region: str | None = None
    target_num_nodes: int | None = None
    current_num_nodes: int | None = None
    deployed_datetime: _datetime.datetime | None = None
    destroyed_datetime: _datetime.datetime | None = None
    tags: list[TagRef] | None = _attrs_field(default=None, converter=_convert_tags)
    provider_options: ProviderOptions | None = _attrs_field(default=None, converter=_convert_provider_options)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[NodeCluster]]

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        uuid = self.uuid
        field_dict["uuid"] = uuid

        resource_uri = self.resource_uri
        field_dict["resource_uri"] = resource_uri

        name = self.name
        field_dict["name"] = name

        nickname = self.nickname
        if nickname is not None:
            field_dict["nickname"] = nickname
        elif "nickname" not in self._absent:
            field_dict["nickname"] = None

        state = self.state
        field_dict["state"] = state.value

        node_type = self.node_type
        if node_type is not None:
            field_dict["node_type"] = node_type
        elif "node_type" not in self._absent:
            field_dict["node_type"] = None

        disk = self.disk
        if disk is not None:
            field_dict["disk"] = disk
        elif "disk" not in self._absent:
            field_dict["disk"] = None

        nodes = self.nodes
        if nodes is not None:
            field_dict["nodes"] = nodes
        elif "nodes" not in self._absent:
            field_dict["nodes"] = None

        region = self.region
        if region is not None:
            field_dict["region"] = region
        elif "region" not in self._absent:
            field_dict["region"] = None

        target_num_nodes = self.target_num_nodes
        if target_num_nodes is not None:
            field_dict["target_num_nodes"] = target_num_nodes
        elif "target_num_nodes" not in self._absent:
            field_dict["target_num_nodes"] = None

        current_num_nodes = self.current_num_nodes
        if current_num_nodes is not None:
            field_dict["current_num_nodes"] = current_num_nodes
        elif "current_num_nodes" not in self._absent:
            field_dict["current_num_nodes"] = None

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

        provider_options = self.provider_options
        if provider_options is not None:
            field_dict["provider_options"] = provider_options.to_dict()
        elif "provider_options" not in self._absent:
            field_dict["provider_options"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["uuid", "name", "state"], True)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "NodeCluster") -> Self:
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
            DecodeError: a present attribute has the wrong JSON type, or uuid, resource_uri, name, state is missing.
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


def _fill(self: NodeCluster, d: Mapping[str, Any]) -> None:
    """Store every attribute of a NodeCluster from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type, or uuid, resource_uri, name, state is missing.
    """
    # Where each attribute's value is in an object with this key layout (plan(); a page's objects share one).
    layout = tuple(d)
    values_of, extra, absent = _PLANS.get(layout) or plan(layout, _KEYS, _ORDER, _PLANS)
    values = values_of((*d.values(), None))
    if tuple(map(type, values)) not in _CHECKED:
        check_types(d, values, _CHECKS, _CHECKED)
    self.uuid = values[0]

    self.resource_uri = values[1]

    self.name = values[2]

    self.nickname = values[3]

    v = values[4]
    self.state = _NodeClusterState_MEMBERS.get(v) or member(NodeClusterState, v)

    self.node_type = values[5]

    self.disk = values[6]

    v = values[7]
    if v is None:
        self.nodes = None
    else:
        self.nodes = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "nodes")

    self.region = values[8]

    self.target_num_nodes = values[9]

    self.current_num_nodes = values[10]

    v = values[11]
    if v is None:
        self.deployed_datetime = None
    else:
        try:
            self.deployed_datetime = parse_timestamp(v)
        except ValueError:
            raise DecodeError("deployed_datetime", "RFC 1123 or ISO 8601 timestamp", v) from None

    v = values[12]
    if v is None:
        self.destroyed_datetime = None
    else:
        try:
            self.destroyed_datetime = parse_timestamp(v)
        except ValueError:
            raise DecodeError("destroyed_datetime", "RFC 1123 or ISO 8601 timestamp", v) from None

    v = values[13]
    if v is None:
        self.tags = None
    else:
        self.tags = TagRef._DECODING.each(v, "tags") if v else []

    v = values[14]
    if v is None:
        self.provider_options = None
    else:
        try:
            self.provider_options = ProviderOptions._DECODING.now(v)
        except DecodeError as exc:
            raise exc.inside("provider_options") from None

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._absent = absent
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "uuid",
    "resource_uri",
    "name",
    "nickname",
    "state",
    "node_type",
    "disk",
    "nodes",
    "region",
    "target_num_nodes",
    "current_num_nodes",
    "deployed_datetime",
    "destroyed_datetime",
    "tags",
    "provider_options",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Enum members by value, read directly by _fill (member() is the fallback, for a value the spec does not list).
_NodeClusterState_MEMBERS = cast("dict[str, NodeClusterState]", NodeClusterState._value2member_map_)
#: Key layouts seen: where each attribute's value is, the unknown keys, the absent attributes (bounded in plan()).
_PLANS: dict[tuple[str, ...], Plan] = {}
#: Per attribute, in _KEYS order: (API name, JSON types allowed or None for any, expected, required).
_CHECKS: tuple[tuple[str, tuple[type, ...] | None, str, bool], ...] = (
    ("uuid", (str,), "string", True),
    ("resource_uri", (str,), "string", True),
    ("name", (str,), "string", True),
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
        "node_type",
        (
            str,
            NoneType,
        ),
        "string",
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
        "nodes",
        (
            list,
            NoneType,
        ),
        "array",
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
        "target_num_nodes",
        (
            int,
            NoneType,
        ),
        "integer",
        False,
    ),
    (
        "current_num_nodes",
        (
            int,
            NoneType,
        ),
        "integer",
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
        "provider_options",
        (
            dict,
            NoneType,
        ),
        "object",
        False,
    ),
)
#: Type patterns of values that passed check_types (bounded there).
_CHECKED: set[tuple[type, ...]] = set()


NodeCluster._DECODING = Decoding(NodeCluster, _fill)

from ..models.provider_options import ProviderOptions  # noqa: E402
from ..models.tag_ref import TagRef  # noqa: E402
