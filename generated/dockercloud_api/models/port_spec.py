# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.port_protocol import PortProtocol
from ..types import UNSET, Unset

T = TypeVar("T", bound="PortSpec")


@_attrs_define
class PortSpec:
    """A port to expose in the containers of a service (added to the image's ports).

    Attributes:
        protocol (PortProtocol): Transport protocol of a port.
        inner_port (int): Port number inside the container.
        outer_port (int | Unset): Port number on the node; allocated dynamically when omitted and `published` is true.
        published (bool | Unset): Whether the port is published on the node's public interface (otherwise only links
            reach it). Default: False.
    """

    protocol: PortProtocol
    inner_port: int
    outer_port: int | Unset = UNSET
    published: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol = self.protocol.value

        inner_port = self.inner_port

        outer_port = self.outer_port

        published = self.published

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocol": protocol,
                "inner_port": inner_port,
            }
        )
        if outer_port is not UNSET:
            field_dict["outer_port"] = outer_port
        if published is not UNSET:
            field_dict["published"] = published

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        protocol = PortProtocol(d.pop("protocol"))

        inner_port = d.pop("inner_port")

        outer_port = d.pop("outer_port", UNSET)

        published = d.pop("published", UNSET)

        port_spec = cls(
            protocol=protocol,
            inner_port=inner_port,
            outer_port=outer_port,
            published=published,
        )

        port_spec.additional_properties = d
        return port_spec

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
