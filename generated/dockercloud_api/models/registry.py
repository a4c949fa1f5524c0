# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Registry")


@_attrs_define
class Registry:
    """An image registry that hosts repositories.

    Attributes:
        resource_uri (str): Resource URI of the registry (includes the namespace).
        name (str): Display name, e.g. `Docker Hub`.
        host (str): Host name of the registry, e.g. `registry-1.docker.io`.
        is_docker_registry (bool): Whether Docker runs the registry.
        is_ssl (bool): Whether the registry uses TLS.
        port (int): Port the registry listens on.
    """

    resource_uri: str
    name: str
    host: str
    is_docker_registry: bool
    is_ssl: bool
    port: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_uri = self.resource_uri

        name = self.name

        host = self.host

        is_docker_registry = self.is_docker_registry

        is_ssl = self.is_ssl

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_uri": resource_uri,
                "name": name,
                "host": host,
                "is_docker_registry": is_docker_registry,
                "is_ssl": is_ssl,
                "port": port,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_uri = d.pop("resource_uri")

        name = d.pop("name")

        host = d.pop("host")

        is_docker_registry = d.pop("is_docker_registry")

        is_ssl = d.pop("is_ssl")

        port = d.pop("port")

        registry = cls(
            resource_uri=resource_uri,
            name=name,
            host=host,
            is_docker_registry=is_docker_registry,
            is_ssl=is_ssl,
            port=port,
        )

        registry.additional_properties = d
        return registry

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
