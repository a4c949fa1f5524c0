# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContainerBinding")


@_attrs_define
class ContainerBinding:
    """A volume mounted by a container.

    Attributes:
        volume (None | str): Resource URI of the volume (an undocumented resource); `null` for host bindings.
        host_path (None | str): Path on the node bound to the volume; `null` for a plain volume.
        container_path (str): Mount point in the container.
        rewritable (bool): Whether the volume is writable.
    """

    volume: None | str
    host_path: None | str
    container_path: str
    rewritable: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume: None | str
        volume = self.volume

        host_path: None | str
        host_path = self.host_path

        container_path = self.container_path

        rewritable = self.rewritable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "volume": volume,
                "host_path": host_path,
                "container_path": container_path,
                "rewritable": rewritable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        volume = cast("None | str", d.pop("volume"))

        host_path = cast("None | str", d.pop("host_path"))

        container_path = d.pop("container_path")

        rewritable = d.pop("rewritable")

        container_binding = cls(
            volume=volume,
            host_path=host_path,
            container_path=container_path,
            rewritable=rewritable,
        )

        container_binding.additional_properties = d
        return container_binding

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
