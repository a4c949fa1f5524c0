# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_cluster_state import NodeClusterState
from ..types import format_timestamp, parse_timestamp

T = TypeVar("T", bound="NodeCluster")


@_attrs_define
class NodeCluster:
    """A group of nodes sharing provider, region (and zone) and node type, on one private network.

    Attributes:
        uuid (str): Identifier of the node cluster.
        resource_uri (str): Resource URI of the node cluster (includes the namespace).
        name (str): Name given at creation.
        nickname (str): Display name; `name` unless set.
        state (NodeClusterState): Lifecycle state of a node cluster.
        node_type (str): Resource URI of the node type of the nodes.
        disk (int): Disk size for images and containers, in GB.
        nodes (list[str]): Resource URIs of the cluster's nodes.
        region (str): Resource URI of the region the cluster is deployed in.
        target_num_nodes (int): Number of nodes the cluster should have.
        current_num_nodes (int): Number of nodes the cluster has now (differs from the target while deploying or
            scaling).
        deployed_datetime (datetime.datetime | None): When the cluster was deployed; `null` before that.
        destroyed_datetime (datetime.datetime | None): When the cluster was terminated; `null` until then.
        tags (list[TagRef]): Tags of the cluster, used to target service deployments.
        provider_options (ProviderOptions): Provider-specific deployment options; only AWS defines any.
    """

    uuid: str
    resource_uri: str
    name: str
    nickname: str
    state: NodeClusterState
    node_type: str
    disk: int
    nodes: list[str]
    region: str
    target_num_nodes: int
    current_num_nodes: int
    deployed_datetime: datetime.datetime | None
    destroyed_datetime: datetime.datetime | None
    tags: list[TagRef]
    provider_options: ProviderOptions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        resource_uri = self.resource_uri

        name = self.name

        nickname = self.nickname

        state = self.state.value

        node_type = self.node_type

        disk = self.disk

        nodes = self.nodes

        region = self.region

        target_num_nodes = self.target_num_nodes

        current_num_nodes = self.current_num_nodes

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

        provider_options = self.provider_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "resource_uri": resource_uri,
                "name": name,
                "nickname": nickname,
                "state": state,
                "node_type": node_type,
                "disk": disk,
                "nodes": nodes,
                "region": region,
                "target_num_nodes": target_num_nodes,
                "current_num_nodes": current_num_nodes,
                "deployed_datetime": deployed_datetime,
                "destroyed_datetime": destroyed_datetime,
                "tags": tags,
                "provider_options": provider_options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        resource_uri = d.pop("resource_uri")

        name = d.pop("name")

        nickname = d.pop("nickname")

        state = NodeClusterState(d.pop("state"))

        node_type = d.pop("node_type")

        disk = d.pop("disk")

        nodes = cast("list[str]", d.pop("nodes"))

        region = d.pop("region")

        target_num_nodes = d.pop("target_num_nodes")

        current_num_nodes = d.pop("current_num_nodes")

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

        provider_options = ProviderOptions.from_dict(d.pop("provider_options"))

        node_cluster = cls(
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

        node_cluster.additional_properties = d
        return node_cluster

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
