# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Provider")


@_attrs_define
class Provider:
    """A cloud provider supported by Docker Cloud.

    Attributes:
        resource_uri (str): Resource URI of the provider.
        name (str): Identifier of the provider, e.g. `digitalocean`.
        label (str): Display name, e.g. `Digital Ocean`.
        regions (list[str]): Resource URIs of the provider's regions.
        available (bool): Whether new nodes can be deployed on this provider.
    """

    resource_uri: str
    name: str
    label: str
    regions: list[str]
    available: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_uri = self.resource_uri

        name = self.name

        label = self.label

        regions = self.regions

        available = self.available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_uri": resource_uri,
                "name": name,
                "label": label,
                "regions": regions,
                "available": available,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_uri = d.pop("resource_uri")

        name = d.pop("name")

        label = d.pop("label")

        regions = cast("list[str]", d.pop("regions"))

        available = d.pop("available")

        provider = cls(
            resource_uri=resource_uri,
            name=name,
            label=label,
            regions=regions,
            available=available,
        )

        provider.additional_properties = d
        return provider

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
