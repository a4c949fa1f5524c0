# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_state import NodeState
from ..types import UNSET, Unset, format_timestamp, parse_timestamp

T = TypeVar("T", bound="Node")


@_attrs_define
class Node:
    """A virtual machine of a cloud provider on which containers run.

    Attributes:
        uuid (str): Identifier of the node.
        resource_uri (str): Resource URI of the node (includes the namespace).
        availability_zone (None | str): Resource URI of the node's availability zone; `null` when the provider has none.
        external_fqdn (str): Generated host name of the node, inherited by its containers.
        nickname (str): Display name; `external_fqdn` unless set.
        state (NodeState): Lifecycle state of a node.
        node_cluster (None | str): Resource URI of the node cluster the node belongs to; `null` if none.
        node_type (str): Resource URI of the node type.
        region (str): Resource URI of the region.
        docker_execdriver (str): Docker execution driver, e.g. `native-0.2`.
        docker_graphdriver (str): Docker storage driver, e.g. `aufs`.
        docker_version (str): Docker Engine version, e.g. `1.5.0`.
        cpu (int): Number of CPUs.
        disk (int): Disk size in GB.
        memory (int): Memory in MB.
        current_num_containers (int): Number of containers deployed on the node.
        last_seen (datetime.datetime | None): When Docker Cloud last reached the node; `null` if it never has.
        public_ip (str): Public IP address of the node.
        tunnel (None | str): Address of the reverse tunnel to the Docker daemon when the node does not accept
            connections on port 2375; `null` otherwise.
        deployed_datetime (datetime.datetime | None): When the node was deployed; `null` before that.
        destroyed_datetime (datetime.datetime | None): When the node was terminated; `null` until then.
        tags (list[TagRef]): Tags of the node, used to target service deployments.
        private_ips (list[NodePrivateIp] | Unset): Private networks of the node.  Known only from the Go SDK; not in the
            reference.
    """

    uuid: str
    resource_uri: str
    availability_zone: None | str
    external_fqdn: str
    nickname: str
    state: NodeState
    node_cluster: None | str
    node_type: str
    region: str
    docker_execdriver: str
    docker_graphdriver: str
    docker_version: str
    cpu: int
    disk: int
    memory: int
    current_num_containers: int
    last_seen: datetime.datetime | None
    public_ip: str
    tunnel: None | str
    deployed_datetime: datetime.datetime | None
    destroyed_datetime: datetime.datetime | None
    tags: list[TagRef]
    private_ips: list[NodePrivateIp] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        resource_uri = self.resource_uri

        availability_zone: None | str
        availability_zone = self.availability_zone

        external_fqdn = self.external_fqdn

        nickname = self.nickname

        state = self.state.value

        node_cluster: None | str
        node_cluster = self.node_cluster

        node_type = self.node_type

        region = self.region

        docker_execdriver = self.docker_execdriver

        docker_graphdriver = self.docker_graphdriver

        docker_version = self.docker_version

        cpu = self.cpu

        disk = self.disk

        memory = self.memory

        current_num_containers = self.current_num_containers

        last_seen: None | str
        if isinstance(self.last_seen, datetime.datetime):
            last_seen = format_timestamp(self.last_seen)
        else:
            last_seen = self.last_seen

        public_ip = self.public_ip

        tunnel: None | str
        tunnel = self.tunnel

        deployed_datetime: None | str
        if isinstance(self.deployed_datetime, datetime.datetime):
            deployed_datetime = format_timestamp(self.deployed_datetime)
        else:
            deployed_datetime = self.deployed_datetime

        destroyed_datetime: None | str
        if isinstance(self.destroyed_datetime, datetime.datetime):
            destroyed_datetime = format_timestamp(self.destroyed_datetime)
        else:
            destroyed_datetime = self.destroyed_datetime

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        private_ips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.private_ips, Unset):
            private_ips = []
            for private_ips_item_data in self.private_ips:
                private_ips_item = private_ips_item_data.to_dict()
                private_ips.append(private_ips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "resource_uri": resource_uri,
                "availability_zone": availability_zone,
                "external_fqdn": external_fqdn,
                "nickname": nickname,
                "state": state,
                "node_cluster": node_cluster,
                "node_type": node_type,
                "region": region,
                "docker_execdriver": docker_execdriver,
                "docker_graphdriver": docker_graphdriver,
                "docker_version": docker_version,
                "cpu": cpu,
                "disk": disk,
                "memory": memory,
                "current_num_containers": current_num_containers,
                "last_seen": last_seen,
                "public_ip": public_ip,
                "tunnel": tunnel,
                "deployed_datetime": deployed_datetime,
                "destroyed_datetime": destroyed_datetime,
                "tags": tags,
            }
        )
        if private_ips is not UNSET:
            field_dict["private_ips"] = private_ips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        resource_uri = d.pop("resource_uri")

        availability_zone = cast("None | str", d.pop("availability_zone"))

        external_fqdn = d.pop("external_fqdn")

        nickname = d.pop("nickname")

        state = NodeState(d.pop("state"))

        node_cluster = cast("None | str", d.pop("node_cluster"))

        node_type = d.pop("node_type")

        region = d.pop("region")

        docker_execdriver = d.pop("docker_execdriver")

        docker_graphdriver = d.pop("docker_graphdriver")

        docker_version = d.pop("docker_version")

        cpu = d.pop("cpu")

        disk = d.pop("disk")

        memory = d.pop("memory")

        current_num_containers = d.pop("current_num_containers")

        _last_seen = d.pop("last_seen")
        last_seen: datetime.datetime | None
        if _last_seen is None:
            last_seen = _last_seen
        else:
            if not isinstance(_last_seen, str):
                raise TypeError(f"last_seen: unexpected {type(_last_seen).__name__}")
            last_seen_type_0 = parse_timestamp(_last_seen)

            last_seen = last_seen_type_0

        public_ip = d.pop("public_ip")

        tunnel = cast("None | str", d.pop("tunnel"))

        _deployed_datetime = d.pop("deployed_datetime")
        deployed_datetime: datetime.datetime | None
        if _deployed_datetime is None:
            deployed_datetime = _deployed_datetime
        else:
            if not isinstance(_deployed_datetime, str):
                raise TypeError(f"deployed_datetime: unexpected {type(_deployed_datetime).__name__}")
            deployed_datetime_type_0 = parse_timestamp(_deployed_datetime)

            deployed_datetime = deployed_datetime_type_0

        _destroyed_datetime = d.pop("destroyed_datetime")
        destroyed_datetime: datetime.datetime | None
        if _destroyed_datetime is None:
            destroyed_datetime = _destroyed_datetime
        else:
            if not isinstance(_destroyed_datetime, str):
                raise TypeError(f"destroyed_datetime: unexpected {type(_destroyed_datetime).__name__}")
            destroyed_datetime_type_0 = parse_timestamp(_destroyed_datetime)

            destroyed_datetime = destroyed_datetime_type_0

        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:
            tags_item = TagRef.from_dict(tags_item_data)

            tags.append(tags_item)

        _private_ips = d.pop("private_ips", UNSET)
        private_ips: list[NodePrivateIp] | Unset = UNSET
        if _private_ips is not UNSET:
            private_ips = []
            for private_ips_item_data in _private_ips:
                private_ips_item = NodePrivateIp.from_dict(private_ips_item_data)

                private_ips.append(private_ips_item)

        node = cls(
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

        node.additional_properties = d
        return node

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
