# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trigger_operation import TriggerOperation

T = TypeVar("T", bound="Trigger")


@_attrs_define
class Trigger:
    """A service trigger: a URL that runs an operation on the service when POSTed to, without credentials.  It has no
    `uuid` attribute; its UUID is the last segment of `resource_uri`.

        Attributes:
            url (str): Server-relative URL to POST to in order to call the trigger.
            name (str): Name of the trigger.
            operation (TriggerOperation): What calling a trigger does to its service.
            resource_uri (str): Resource URI of the trigger.
    """

    url: str
    name: str
    operation: TriggerOperation
    resource_uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        name = self.name

        operation = self.operation.value

        resource_uri = self.resource_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "name": name,
                "operation": operation,
                "resource_uri": resource_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        name = d.pop("name")

        operation = TriggerOperation(d.pop("operation"))

        resource_uri = d.pop("resource_uri")

        trigger = cls(
            url=url,
            name=name,
            operation=operation,
            resource_uri=resource_uri,
        )

        trigger.additional_properties = d
        return trigger

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
