# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContainerLink")


@_attrs_define
class ContainerLink:
    """A link from a container to another container.

    Attributes:
        name (str): Link name.
        from_container (str): Resource URI of the linking (client) container.
        to_container (str): Resource URI of the linked (server) container.
        endpoints (ContainerLinkEndpoints): Endpoint of each exposed port of the linked container, e.g. `{"3306/tcp":
            "tcp://172.16.0.3:3306"}`.
    """

    name: str
    from_container: str
    to_container: str
    endpoints: ContainerLinkEndpoints
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        from_container = self.from_container

        to_container = self.to_container

        endpoints = self.endpoints.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "from_container": from_container,
                "to_container": to_container,
                "endpoints": endpoints,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        from_container = d.pop("from_container")

        to_container = d.pop("to_container")

        endpoints = ContainerLinkEndpoints.from_dict(d.pop("endpoints"))

        container_link = cls(
            name=name,
            from_container=from_container,
            to_container=to_container,
            endpoints=endpoints,
        )

        container_link.additional_properties = d
        return container_link

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


from ..models.container_link_endpoints import ContainerLinkEndpoints  # noqa: E402
