# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderOptions")


@_attrs_define
class ProviderOptions:
    """Provider-specific deployment options; only AWS defines any.

    Attributes:
        vpc (ProviderOptionsVpc | Unset): AWS VPC in which the nodes are deployed.
        iam (ProviderOptionsIam | Unset): AWS IAM options of the nodes.
    """

    vpc: ProviderOptionsVpc | Unset = UNSET
    iam: ProviderOptionsIam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vpc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vpc, Unset):
            vpc = self.vpc.to_dict()

        iam: dict[str, Any] | Unset = UNSET
        if not isinstance(self.iam, Unset):
            iam = self.iam.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vpc is not UNSET:
            field_dict["vpc"] = vpc
        if iam is not UNSET:
            field_dict["iam"] = iam

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _vpc = d.pop("vpc", UNSET)
        vpc: ProviderOptionsVpc | Unset
        if isinstance(_vpc, Unset):
            vpc = UNSET
        else:
            vpc = ProviderOptionsVpc.from_dict(_vpc)

        _iam = d.pop("iam", UNSET)
        iam: ProviderOptionsIam | Unset
        if isinstance(_iam, Unset):
            iam = UNSET
        else:
            iam = ProviderOptionsIam.from_dict(_iam)

        provider_options = cls(
            vpc=vpc,
            iam=iam,
        )

        provider_options.additional_properties = d
        return provider_options

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


from ..models.provider_options_iam import ProviderOptionsIam  # noqa: E402
from ..models.provider_options_vpc import ProviderOptionsVpc  # noqa: E402
