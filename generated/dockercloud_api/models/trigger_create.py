# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trigger_operation import TriggerOperation
from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerCreate")


@_attrs_define
class TriggerCreate:
    """Body of Create a new trigger.

    Attributes:
        name (str | Unset): Name of the trigger.
        operation (TriggerOperation | Unset): What calling a trigger does to its service. Default:
            TriggerOperation.REDEPLOY.
    """

    name: str | Unset = UNSET
    operation: TriggerOperation | Unset = TriggerOperation.REDEPLOY
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if operation is not UNSET:
            field_dict["operation"] = operation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _operation = d.pop("operation", UNSET)
        operation: TriggerOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = TriggerOperation(_operation)

        trigger_create = cls(
            name=name,
            operation=operation,
        )

        trigger_create.additional_properties = d
        return trigger_create

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
