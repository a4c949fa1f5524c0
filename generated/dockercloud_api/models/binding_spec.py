# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BindingSpec")


@_attrs_define
class BindingSpec:
    """A volume the service mounts.  Give `container_path` (a volume, optionally bound to `host_path`) or `volumes_from`
    (all volumes of another service); at least one of the two is needed.

        Attributes:
            host_path (str | Unset): Path on the node to bind.
            container_path (str | Unset): Mount point inside the container; needed when `volumes_from` is omitted.
            rewritable (bool | Unset): Whether the volume is writable. Default: True.
            volumes_from (str | Unset): Resource URI of a service whose volumes are mounted; needed when `container_path` is
                omitted.  In a stack body the name of a sibling service is accepted as well.
    """

    host_path: str | Unset = UNSET
    container_path: str | Unset = UNSET
    rewritable: bool | Unset = True
    volumes_from: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host_path = self.host_path

        container_path = self.container_path

        rewritable = self.rewritable

        volumes_from = self.volumes_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host_path is not UNSET:
            field_dict["host_path"] = host_path
        if container_path is not UNSET:
            field_dict["container_path"] = container_path
        if rewritable is not UNSET:
            field_dict["rewritable"] = rewritable
        if volumes_from is not UNSET:
            field_dict["volumes_from"] = volumes_from

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host_path = d.pop("host_path", UNSET)

        container_path = d.pop("container_path", UNSET)

        rewritable = d.pop("rewritable", UNSET)

        volumes_from = d.pop("volumes_from", UNSET)

        binding_spec = cls(
            host_path=host_path,
            container_path=container_path,
            rewritable=rewritable,
            volumes_from=volumes_from,
        )

        binding_spec.additional_properties = d
        return binding_spec

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
