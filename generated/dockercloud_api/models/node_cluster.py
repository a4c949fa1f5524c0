# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime
import datetime as _datetime
import json
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_cluster_state import NodeClusterState
from ..types import (
    UNSET,
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
        """Decode the API's JSON (see the class docstring for what may be absent).

        Raises:
            DecodeError: a present attribute has the wrong JSON type, or uuid, resource_uri, name, state is missing.
        """
        d = dict(src_dict)
        absent: list[str] = []
        _uuid = d.pop("uuid", UNSET)
        uuid: str
        if _uuid is UNSET:
            raise DecodeError("uuid", "a value", UNSET)
        if type(_uuid) is not str:
            raise DecodeError("uuid", "string", _uuid)

        uuid = _uuid

        _resource_uri = d.pop("resource_uri", UNSET)
        resource_uri: str
        if _resource_uri is UNSET:
            raise DecodeError("resource_uri", "a value", UNSET)
        if type(_resource_uri) is not str:
            raise DecodeError("resource_uri", "string", _resource_uri)

        resource_uri = _resource_uri

        _name = d.pop("name", UNSET)
        name: str
        if _name is UNSET:
            raise DecodeError("name", "a value", UNSET)
        if type(_name) is not str:
            raise DecodeError("name", "string", _name)

        name = _name

        _nickname = d.pop("nickname", UNSET)
        nickname: str | None
        if _nickname is None or _nickname is UNSET:
            if _nickname is UNSET:
                absent.append("nickname")
            nickname = None
        else:
            if type(_nickname) is not str:
                raise DecodeError("nickname", "string", _nickname)

            nickname = _nickname

        _state = d.pop("state", UNSET)
        state: NodeClusterState
        if _state is UNSET:
            raise DecodeError("state", "a value", UNSET)
        if type(_state) is not str:
            raise DecodeError("state", "string", _state)

        state = NodeClusterState(_state)

        _node_type = d.pop("node_type", UNSET)
        node_type: str | None
        if _node_type is None or _node_type is UNSET:
            if _node_type is UNSET:
                absent.append("node_type")
            node_type = None
        else:
            if type(_node_type) is not str:
                raise DecodeError("node_type", "string", _node_type)

            node_type = _node_type

        _disk = d.pop("disk", UNSET)
        disk: int | None
        if _disk is None or _disk is UNSET:
            if _disk is UNSET:
                absent.append("disk")
            disk = None
        else:
            if type(_disk) is not int:
                raise DecodeError("disk", "integer", _disk)

            disk = _disk

        _nodes = d.pop("nodes", UNSET)
        nodes: list[str] | None
        if _nodes is None or _nodes is UNSET:
            if _nodes is UNSET:
                absent.append("nodes")
            nodes = None
        else:
            if type(_nodes) is not list:
                raise DecodeError("nodes", "array", _nodes)

            for _index, _item in enumerate(_nodes):
                if type(_item) is not str:
                    raise DecodeError(_index, "string", _item).inside("nodes")
            nodes = cast("list[str]", _nodes)

        _region = d.pop("region", UNSET)
        region: str | None
        if _region is None or _region is UNSET:
            if _region is UNSET:
                absent.append("region")
            region = None
        else:
            if type(_region) is not str:
                raise DecodeError("region", "string", _region)

            region = _region

        _target_num_nodes = d.pop("target_num_nodes", UNSET)
        target_num_nodes: int | None
        if _target_num_nodes is None or _target_num_nodes is UNSET:
            if _target_num_nodes is UNSET:
                absent.append("target_num_nodes")
            target_num_nodes = None
        else:
            if type(_target_num_nodes) is not int:
                raise DecodeError("target_num_nodes", "integer", _target_num_nodes)

            target_num_nodes = _target_num_nodes

        _current_num_nodes = d.pop("current_num_nodes", UNSET)
        current_num_nodes: int | None
        if _current_num_nodes is None or _current_num_nodes is UNSET:
            if _current_num_nodes is UNSET:
                absent.append("current_num_nodes")
            current_num_nodes = None
        else:
            if type(_current_num_nodes) is not int:
                raise DecodeError("current_num_nodes", "integer", _current_num_nodes)

            current_num_nodes = _current_num_nodes

        _deployed_datetime = d.pop("deployed_datetime", UNSET)
        deployed_datetime: datetime.datetime | None
        if _deployed_datetime is None or _deployed_datetime is UNSET:
            if _deployed_datetime is UNSET:
                absent.append("deployed_datetime")
            deployed_datetime = None
        else:
            if type(_deployed_datetime) is not str:
                raise DecodeError("deployed_datetime", "timestamp", _deployed_datetime)

            try:
                deployed_datetime = parse_timestamp(_deployed_datetime)
            except ValueError:
                raise DecodeError("deployed_datetime", "RFC 1123 or ISO 8601 timestamp", _deployed_datetime) from None

        _destroyed_datetime = d.pop("destroyed_datetime", UNSET)
        destroyed_datetime: datetime.datetime | None
        if _destroyed_datetime is None or _destroyed_datetime is UNSET:
            if _destroyed_datetime is UNSET:
                absent.append("destroyed_datetime")
            destroyed_datetime = None
        else:
            if type(_destroyed_datetime) is not str:
                raise DecodeError("destroyed_datetime", "timestamp", _destroyed_datetime)

            try:
                destroyed_datetime = parse_timestamp(_destroyed_datetime)
            except ValueError:
                raise DecodeError("destroyed_datetime", "RFC 1123 or ISO 8601 timestamp", _destroyed_datetime) from None

        _tags = d.pop("tags", UNSET)
        tags: list[TagRef] | None
        if _tags is None or _tags is UNSET:
            if _tags is UNSET:
                absent.append("tags")
            tags = None
        else:
            if type(_tags) is not list:
                raise DecodeError("tags", "array", _tags)

            tags = []
            try:
                for _index, tags_item in enumerate(_tags):
                    if type(tags_item) is not dict:
                        raise DecodeError(_index, "object", tags_item)

                    try:
                        tags_value = TagRef.from_dict(tags_item)
                    except DecodeError as exc:
                        raise exc.inside(_index) from None

                    tags.append(tags_value)
            except DecodeError as exc:
                raise exc.inside("tags") from None

        _provider_options = d.pop("provider_options", UNSET)
        provider_options: ProviderOptions | None
        if _provider_options is None or _provider_options is UNSET:
            if _provider_options is UNSET:
                absent.append("provider_options")
            provider_options = None
        else:
            if type(_provider_options) is not dict:
                raise DecodeError("provider_options", "object", _provider_options)

            try:
                provider_options = ProviderOptions.from_dict(_provider_options)
            except DecodeError as exc:
                raise exc.inside("provider_options") from None

        _instance = cls(
            uuid=uuid,
            resource_uri=resource_uri,
            name=name,
            nickname=nickname,
            state=state,
            node_type=node_type,
            disk=disk,
            nodes=nodes,
            region=region,
            target_num_nodes=target_num_nodes,
            current_num_nodes=current_num_nodes,
            deployed_datetime=deployed_datetime,
            destroyed_datetime=destroyed_datetime,
            tags=tags,
            provider_options=provider_options,
        )
        if absent:
            _instance._absent = tuple(absent)

        _instance.additional_properties = d
        return _instance

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


from ..models.provider_options import ProviderOptions  # noqa: E402
from ..models.tag_ref import TagRef  # noqa: E402
