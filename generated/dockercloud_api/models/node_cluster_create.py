# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeClusterCreate")


@_attrs_define
class NodeClusterCreate:
    """Body of Create a new node cluster.

    Attributes:
        name (str): Name of the node cluster.
        node_type (str): Resource URI of the node type of the nodes.
        region (str): Resource URI of the region to deploy in.
        disk (int | Unset): Disk size for images and containers, in GB.  Ignored on Digital Ocean; Softlayer only
            accepts 10, 20, 25, 30, 40, 50, 75, 100, 125, 150, 175, 200, 250, 300, 350, 400, 500, 750, 1000, 1500 or 2000.
            Default: 60.
        nickname (str | Unset): Display name; defaults to `name`.
        target_num_nodes (int | Unset): Number of nodes to deploy. Default: 1.
        tags (list[TagRef] | Unset): Tags of the node cluster and its nodes.
        provider_options (ProviderOptions | Unset): Provider-specific deployment options; only AWS defines any.
    """

    name: str
    node_type: str
    region: str
    disk: int | Unset = 60
    nickname: str | Unset = UNSET
    target_num_nodes: int | Unset = 1
    tags: list[TagRef] | Unset = UNSET
    provider_options: ProviderOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        node_type = self.node_type

        region = self.region

        disk = self.disk

        nickname = self.nickname

        target_num_nodes = self.target_num_nodes

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        provider_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_options, Unset):
            provider_options = self.provider_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "node_type": node_type,
                "region": region,
            }
        )
        if disk is not UNSET:
            field_dict["disk"] = disk
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if target_num_nodes is not UNSET:
            field_dict["target_num_nodes"] = target_num_nodes
        if tags is not UNSET:
            field_dict["tags"] = tags
        if provider_options is not UNSET:
            field_dict["provider_options"] = provider_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        node_type = d.pop("node_type")

        region = d.pop("region")

        disk = d.pop("disk", UNSET)

        nickname = d.pop("nickname", UNSET)

        target_num_nodes = d.pop("target_num_nodes", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[TagRef] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = TagRef.from_dict(tags_item_data)

                tags.append(tags_item)

        _provider_options = d.pop("provider_options", UNSET)
        provider_options: ProviderOptions | Unset
        if isinstance(_provider_options, Unset):
            provider_options = UNSET
        else:
            provider_options = ProviderOptions.from_dict(_provider_options)

        node_cluster_create = cls(
            name=name,
            node_type=node_type,
            region=region,
            disk=disk,
            nickname=nickname,
            target_num_nodes=target_num_nodes,
            tags=tags,
            provider_options=provider_options,
        )

        node_cluster_create.additional_properties = d
        return node_cluster_create

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
