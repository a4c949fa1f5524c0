# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.port_protocol import PortProtocol

T = TypeVar("T", bound="ServicePort")


@_attrs_define
class ServicePort:
    """A port of a service.

    Attributes:
        protocol (PortProtocol): Transport protocol of a port.
        inner_port (int): Port number inside the containers.
        outer_port (int | None): Port number on the nodes; `null` when not published.
        port_name (str): Name of the service behind the port, e.g. `http`.
        endpoint_uri (None | str): URI of the service endpoint for this port; `null` when not published.
        published (bool): Whether the port is published on the nodes' public interface.
    """

    protocol: PortProtocol
    inner_port: int
    outer_port: int | None
    port_name: str
    endpoint_uri: None | str
    published: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol = self.protocol.value

        inner_port = self.inner_port

        outer_port: int | None
        outer_port = self.outer_port

        port_name = self.port_name

        endpoint_uri: None | str
        endpoint_uri = self.endpoint_uri

        published = self.published

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocol": protocol,
                "inner_port": inner_port,
                "outer_port": outer_port,
                "port_name": port_name,
                "endpoint_uri": endpoint_uri,
                "published": published,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        protocol = PortProtocol(d.pop("protocol"))

        inner_port = d.pop("inner_port")

        outer_port = cast("int | None", d.pop("outer_port"))

        port_name = d.pop("port_name")

        endpoint_uri = cast("None | str", d.pop("endpoint_uri"))

        published = d.pop("published")

        service_port = cls(
            protocol=protocol,
            inner_port=inner_port,
            outer_port=outer_port,
            port_name=port_name,
            endpoint_uri=endpoint_uri,
            published=published,
        )

        service_port.additional_properties = d
        return service_port

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
