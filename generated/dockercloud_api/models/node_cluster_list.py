# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NodeClusterList")


@_attrs_define
class NodeClusterList:
    """A page of node clusters.

    Attributes:
        meta (ListMeta): Paging information of a list response.
        objects (list[NodeCluster]):
    """

    meta: ListMeta
    objects: list[NodeCluster]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "objects": objects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meta = ListMeta.from_dict(d.pop("meta"))

        objects = []
        _objects = d.pop("objects")
        for objects_item_data in _objects:
            objects_item = NodeCluster.from_dict(objects_item_data)

            objects.append(objects_item)

        node_cluster_list = cls(
            meta=meta,
            objects=objects,
        )

        node_cluster_list.additional_properties = d
        return node_cluster_list

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


from ..models.list_meta import ListMeta  # noqa: E402
from ..models.node_cluster import NodeCluster  # noqa: E402
