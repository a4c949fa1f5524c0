# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderOptionsVpc")


@_attrs_define
class ProviderOptionsVpc:
    """AWS VPC in which the nodes are deployed.

    Attributes:
        id (str): VPC identifier, e.g. `vpc-aa1c70d4`.
        subnets (list[str] | Unset): Subnets of the VPC to use; nodes are spread over them for high availability.
        security_groups (list[str] | Unset): Security groups applied to every node.
    """

    id: str
    subnets: list[str] | Unset = UNSET
    security_groups: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subnets: list[str] | Unset = UNSET
        if not isinstance(self.subnets, Unset):
            subnets = self.subnets

        security_groups: list[str] | Unset = UNSET
        if not isinstance(self.security_groups, Unset):
            security_groups = self.security_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if subnets is not UNSET:
            field_dict["subnets"] = subnets
        if security_groups is not UNSET:
            field_dict["security_groups"] = security_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        subnets = cast("list[str]", d.pop("subnets", UNSET))

        security_groups = cast("list[str]", d.pop("security_groups", UNSET))

        provider_options_vpc = cls(
            id=id,
            subnets=subnets,
            security_groups=security_groups,
        )

        provider_options_vpc.additional_properties = d
        return provider_options_vpc

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
