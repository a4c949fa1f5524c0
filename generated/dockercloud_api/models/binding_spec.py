# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
    Unset,
    build_from_input,
    compact_repr,
)


@_attrs_define
class BindingSpec:
    """A volume the service mounts.  Give `container_path` (a volume, optionally bound to `host_path`) or `volumes_from`
    (all volumes of another service); at least one of the two is needed.

        Attributes:
            host_path (str | Unset): Path on the node to bind.
            container_path (str | Unset): Mount point inside the container; needed when `volumes_from` is omitted.
            rewritable (bool | Unset): Whether the volume is writable.
            volumes_from (str | Unset): Resource URI of a service whose volumes are mounted; needed when `container_path` is
                omitted.  In a stack body the name of a sibling service is accepted as well.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "host_path": "host_path",
        "container_path": "container_path",
        "rewritable": "rewritable",
        "volumes_from": "volumes_from",
    }

    host_path: str | Unset = UNSET
    container_path: str | Unset = UNSET
    rewritable: bool | Unset = True
    volumes_from: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        host_path = self.host_path
        if not isinstance(host_path, Unset):
            field_dict["host_path"] = host_path

        container_path = self.container_path
        if not isinstance(container_path, Unset):
            field_dict["container_path"] = container_path

        rewritable = self.rewritable
        if not isinstance(rewritable, Unset):
            field_dict["rewritable"] = rewritable

        volumes_from = self.volumes_from
        if not isinstance(volumes_from, Unset):
            field_dict["volumes_from"] = volumes_from

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["host_path", "container_path", "rewritable", "volumes_from"], False)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "BindingSpec") -> Self:
        """Build from a mapping with the API's keys, as a user passes it (unknown keys and values are refused).

        Raises:
            InvalidValueError: a key is unknown, a required key is missing, or an enum string is not allowed.
        """
        return build_from_input(cls, cls._INPUT_NAMES, data, argument)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode the API's JSON (see the class docstring for what may be absent).

        Raises:
            DecodeError: a present attribute has the wrong JSON type.
        """
        d = dict(src_dict)
        _host_path = d.pop("host_path", UNSET)
        host_path: str | Unset
        if isinstance(_host_path, Unset):
            host_path = UNSET
        else:
            if type(_host_path) is not str:
                raise DecodeError("host_path", "string", _host_path)

            host_path = _host_path

        _container_path = d.pop("container_path", UNSET)
        container_path: str | Unset
        if isinstance(_container_path, Unset):
            container_path = UNSET
        else:
            if type(_container_path) is not str:
                raise DecodeError("container_path", "string", _container_path)

            container_path = _container_path

        _rewritable = d.pop("rewritable", UNSET)
        rewritable: bool | Unset
        if isinstance(_rewritable, Unset):
            rewritable = UNSET
        else:
            if type(_rewritable) is not bool:
                raise DecodeError("rewritable", "boolean", _rewritable)

            rewritable = _rewritable

        _volumes_from = d.pop("volumes_from", UNSET)
        volumes_from: str | Unset
        if isinstance(_volumes_from, Unset):
            volumes_from = UNSET
        else:
            if type(_volumes_from) is not str:
                raise DecodeError("volumes_from", "string", _volumes_from)

            volumes_from = _volumes_from

        _instance = cls(
            host_path=host_path,
            container_path=container_path,
            rewritable=rewritable,
            volumes_from=volumes_from,
        )

        _instance.additional_properties = d
        return _instance

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
