# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime
import datetime as _datetime
import json
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_state import NodeState
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
        """Decode the API's JSON (see the class docstring for what may be absent).

        Raises:
            DecodeError: a present attribute has the wrong JSON type, or uuid, resource_uri, state is missing.
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

        _availability_zone = d.pop("availability_zone", UNSET)
        availability_zone: str | None
        if _availability_zone is None or _availability_zone is UNSET:
            if _availability_zone is UNSET:
                absent.append("availability_zone")
            availability_zone = None
        else:
            if type(_availability_zone) is not str:
                raise DecodeError("availability_zone", "string", _availability_zone)

            availability_zone = _availability_zone

        _external_fqdn = d.pop("external_fqdn", UNSET)
        external_fqdn: str | None
        if _external_fqdn is None or _external_fqdn is UNSET:
            if _external_fqdn is UNSET:
                absent.append("external_fqdn")
            external_fqdn = None
        else:
            if type(_external_fqdn) is not str:
                raise DecodeError("external_fqdn", "string", _external_fqdn)

            external_fqdn = _external_fqdn

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
        state: NodeState
        if _state is UNSET:
            raise DecodeError("state", "a value", UNSET)
        if type(_state) is not str:
            raise DecodeError("state", "string", _state)

        state = NodeState(_state)

        _node_cluster = d.pop("node_cluster", UNSET)
        node_cluster: str | None
        if _node_cluster is None or _node_cluster is UNSET:
            if _node_cluster is UNSET:
                absent.append("node_cluster")
            node_cluster = None
        else:
            if type(_node_cluster) is not str:
                raise DecodeError("node_cluster", "string", _node_cluster)

            node_cluster = _node_cluster

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

        _docker_execdriver = d.pop("docker_execdriver", UNSET)
        docker_execdriver: str | None
        if _docker_execdriver is None or _docker_execdriver is UNSET:
            if _docker_execdriver is UNSET:
                absent.append("docker_execdriver")
            docker_execdriver = None
        else:
            if type(_docker_execdriver) is not str:
                raise DecodeError("docker_execdriver", "string", _docker_execdriver)

            docker_execdriver = _docker_execdriver

        _docker_graphdriver = d.pop("docker_graphdriver", UNSET)
        docker_graphdriver: str | None
        if _docker_graphdriver is None or _docker_graphdriver is UNSET:
            if _docker_graphdriver is UNSET:
                absent.append("docker_graphdriver")
            docker_graphdriver = None
        else:
            if type(_docker_graphdriver) is not str:
                raise DecodeError("docker_graphdriver", "string", _docker_graphdriver)

            docker_graphdriver = _docker_graphdriver

        _docker_version = d.pop("docker_version", UNSET)
        docker_version: str | None
        if _docker_version is None or _docker_version is UNSET:
            if _docker_version is UNSET:
                absent.append("docker_version")
            docker_version = None
        else:
            if type(_docker_version) is not str:
                raise DecodeError("docker_version", "string", _docker_version)

            docker_version = _docker_version

        _cpu = d.pop("cpu", UNSET)
        cpu: int | None
        if _cpu is None or _cpu is UNSET:
            if _cpu is UNSET:
                absent.append("cpu")
            cpu = None
        else:
            if type(_cpu) is not int:
                raise DecodeError("cpu", "integer", _cpu)

            cpu = _cpu

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

        _memory = d.pop("memory", UNSET)
        memory: int | None
        if _memory is None or _memory is UNSET:
            if _memory is UNSET:
                absent.append("memory")
            memory = None
        else:
            if type(_memory) is not int:
                raise DecodeError("memory", "integer", _memory)

            memory = _memory

        _current_num_containers = d.pop("current_num_containers", UNSET)
        current_num_containers: int | None
        if _current_num_containers is None or _current_num_containers is UNSET:
            if _current_num_containers is UNSET:
                absent.append("current_num_containers")
            current_num_containers = None
        else:
            if type(_current_num_containers) is not int:
                raise DecodeError("current_num_containers", "integer", _current_num_containers)

            current_num_containers = _current_num_containers

        _last_seen = d.pop("last_seen", UNSET)
        last_seen: datetime.datetime | None
        if _last_seen is None or _last_seen is UNSET:
            if _last_seen is UNSET:
                absent.append("last_seen")
            last_seen = None
        else:
            if type(_last_seen) is not str:
                raise DecodeError("last_seen", "timestamp", _last_seen)

            try:
                last_seen = parse_timestamp(_last_seen)
            except ValueError:
                raise DecodeError("last_seen", "RFC 1123 or ISO 8601 timestamp", _last_seen) from None

        _public_ip = d.pop("public_ip", UNSET)
        public_ip: str | None
        if _public_ip is None or _public_ip is UNSET:
            if _public_ip is UNSET:
                absent.append("public_ip")
            public_ip = None
        else:
            if type(_public_ip) is not str:
                raise DecodeError("public_ip", "string", _public_ip)

            public_ip = _public_ip

        _tunnel = d.pop("tunnel", UNSET)
        tunnel: str | None
        if _tunnel is None or _tunnel is UNSET:
            if _tunnel is UNSET:
                absent.append("tunnel")
            tunnel = None
        else:
            if type(_tunnel) is not str:
                raise DecodeError("tunnel", "string", _tunnel)

            tunnel = _tunnel

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

        _private_ips = d.pop("private_ips", UNSET)
        private_ips: list[NodePrivateIp] | None
        if _private_ips is None or _private_ips is UNSET:
            if _private_ips is UNSET:
                absent.append("private_ips")
            private_ips = None
        else:
            if type(_private_ips) is not list:
                raise DecodeError("private_ips", "array", _private_ips)

            private_ips = []
            try:
                for _index, private_ips_item in enumerate(_private_ips):
                    if type(private_ips_item) is not dict:
                        raise DecodeError(_index, "object", private_ips_item)

                    try:
                        private_ips_value = NodePrivateIp.from_dict(private_ips_item)
                    except DecodeError as exc:
                        raise exc.inside(_index) from None

                    private_ips.append(private_ips_value)
            except DecodeError as exc:
                raise exc.inside("private_ips") from None

        _instance = cls(
            uuid=uuid,
            resource_uri=resource_uri,
            availability_zone=availability_zone,
            external_fqdn=external_fqdn,
            nickname=nickname,
            state=state,
            node_cluster=node_cluster,
            node_type=node_type,
            region=region,
            docker_execdriver=docker_execdriver,
            docker_graphdriver=docker_graphdriver,
            docker_version=docker_version,
            cpu=cpu,
            disk=disk,
            memory=memory,
            current_num_containers=current_num_containers,
            last_seen=last_seen,
            public_ip=public_ip,
            tunnel=tunnel,
            deployed_datetime=deployed_datetime,
            destroyed_datetime=destroyed_datetime,
            tags=tags,
            private_ips=private_ips,
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


from ..models.node_private_ip import NodePrivateIp  # noqa: E402
from ..models.tag_ref import TagRef  # noqa: E402
