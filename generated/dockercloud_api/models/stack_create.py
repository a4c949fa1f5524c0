# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StackCreate")


@_attrs_define
class StackCreate:
    """Body of Create a new stack.

    Attributes:
        name (str): Name of the stack, e.g. `my-hello-world-stack`.
        nickname (str | Unset): Display name; defaults to `name`.
        services (list[ServiceCreate] | Unset): Services of the stack, each written like a Create a new service body;
            links and volumes-from may name a sibling service instead of giving its resource URI.
    """

    name: str
    nickname: str | Unset = UNSET
    services: list[ServiceCreate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        nickname = self.nickname

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        nickname = d.pop("nickname", UNSET)

        _services = d.pop("services", UNSET)
        services: list[ServiceCreate] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = ServiceCreate.from_dict(services_item_data)

                services.append(services_item)

        stack_create = cls(
            name=name,
            nickname=nickname,
            services=services,
        )

        stack_create.additional_properties = d
        return stack_create

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


from ..models.service_create import ServiceCreate  # noqa: E402
