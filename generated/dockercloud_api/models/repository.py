# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Repository")


@_attrs_define
class Repository:
    """A repository on a third-party registry registered with Docker Cloud.

    Attributes:
        resource_uri (str): Resource URI of the repository (includes the namespace and the full name).
        name (str): Full repository name, e.g. `my.registry.com/myrepo`.
        in_use (bool): Whether a service uses the image.
        registry (str): Resource URI of the registry hosting the repository.
    """

    resource_uri: str
    name: str
    in_use: bool
    registry: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_uri = self.resource_uri

        name = self.name

        in_use = self.in_use

        registry = self.registry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_uri": resource_uri,
                "name": name,
                "in_use": in_use,
                "registry": registry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_uri = d.pop("resource_uri")

        name = d.pop("name")

        in_use = d.pop("in_use")

        registry = d.pop("registry")

        repository = cls(
            resource_uri=resource_uri,
            name=name,
            in_use=in_use,
            registry=registry,
        )

        repository.additional_properties = d
        return repository

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
