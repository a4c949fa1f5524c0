# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeClusterUpdate")


@_attrs_define
class NodeClusterUpdate:
    """Body of Update an existing node cluster; omitted fields are left unchanged.

    Attributes:
        target_num_nodes (int | Unset): Number of nodes to scale the cluster to.
        tags (list[TagRef] | Unset): New tag list of the cluster and its nodes (replaces the user tags).
    """

    target_num_nodes: int | Unset = UNSET
    tags: list[TagRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_num_nodes = self.target_num_nodes

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_num_nodes is not UNSET:
            field_dict["target_num_nodes"] = target_num_nodes
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_num_nodes = d.pop("target_num_nodes", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[TagRef] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = TagRef.from_dict(tags_item_data)

                tags.append(tags_item)

        node_cluster_update = cls(
            target_num_nodes=target_num_nodes,
            tags=tags,
        )

        node_cluster_update.additional_properties = d
        return node_cluster_update

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


from ..models.tag_ref import TagRef  # noqa: E402
