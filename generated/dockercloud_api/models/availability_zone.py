# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AvailabilityZone")


@_attrs_define
class AvailabilityZone:
    """An isolated location inside a region.

    Attributes:
        resource_uri (str): Resource URI of the zone.
        name (str): Identifier of the zone, e.g. `ap-northeast-1a`.
        region (str): Resource URI of the region that contains the zone.
        available (bool): Whether new nodes can be deployed in the zone.
    """

    resource_uri: str
    name: str
    region: str
    available: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_uri = self.resource_uri

        name = self.name

        region = self.region

        available = self.available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_uri": resource_uri,
                "name": name,
                "region": region,
                "available": available,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_uri = d.pop("resource_uri")

        name = d.pop("name")

        region = d.pop("region")

        available = d.pop("available")

        availability_zone = cls(
            resource_uri=resource_uri,
            name=name,
            region=region,
            available=available,
        )

        availability_zone.additional_properties = d
        return availability_zone

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
