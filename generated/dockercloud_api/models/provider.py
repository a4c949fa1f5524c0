# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
    build_from_input,
    compact_repr,
)


@_attrs_define
class Provider:
    """A cloud provider supported by Docker Cloud.

    Attributes:
        resource_uri (str): Resource URI of the provider.
        name (str): Identifier of the provider, e.g. `digitalocean`.
        label (str | None): Display name, e.g. `Digital Ocean`. None when the server omitted it or sent null.
        regions (list[str] | None): Resource URIs of the provider's regions. None when the server omitted it or sent
            null.
        available (bool | None): Whether new nodes can be deployed on this provider. None when the server omitted it or
            sent null.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "resource_uri": "resource_uri",
        "name": "name",
        "label": "label",
        "regions": "regions",
        "available": "available",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("resource_uri", "resource_uri", False),
        ("name", "name", False),
        ("label", "label", False),
        ("regions", "regions", False),
        ("available", "available", False),
    )

    resource_uri: str
    name: str
    label: str | None = None
    regions: list[str] | None = None
    available: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        resource_uri = self.resource_uri
        field_dict["resource_uri"] = resource_uri

        name = self.name
        field_dict["name"] = name

        label = self.label
        if label is not None:
            field_dict["label"] = label
        elif "label" not in self._absent:
            field_dict["label"] = None

        regions = self.regions
        if regions is not None:
            field_dict["regions"] = regions
        elif "regions" not in self._absent:
            field_dict["regions"] = None

        available = self.available
        if available is not None:
            field_dict["available"] = available
        elif "available" not in self._absent:
            field_dict["available"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["name"], True)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "Provider") -> Self:
        """Build from a mapping with the API's keys, as a user passes it (unknown keys and values are refused).

        Raises:
            InvalidValueError: a key is unknown, a required key is missing, or an enum string is not allowed.
        """
        return build_from_input(cls, cls._INPUT_NAMES, data, argument)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode the API's JSON (see the class docstring for what may be absent).

        Raises:
            DecodeError: a present attribute has the wrong JSON type, or resource_uri, name is missing.
        """
        d = dict(src_dict)
        absent: list[str] = []
        _resource_uri = d.pop("resource_uri", UNSET)
        resource_uri: str
        if _resource_uri is UNSET:
            raise DecodeError("resource_uri", "a value", UNSET)
        if type(_resource_uri) is not str:
            raise DecodeError("resource_uri", "string", _resource_uri)

        resource_uri = _resource_uri

        _name = d.pop("name", UNSET)
        name: str
        if _name is UNSET:
            raise DecodeError("name", "a value", UNSET)
        if type(_name) is not str:
            raise DecodeError("name", "string", _name)

        name = _name

        _label = d.pop("label", UNSET)
        label: str | None
        if _label is None or _label is UNSET:
            if _label is UNSET:
                absent.append("label")
            label = None
        else:
            if type(_label) is not str:
                raise DecodeError("label", "string", _label)

            label = _label

        _regions = d.pop("regions", UNSET)
        regions: list[str] | None
        if _regions is None or _regions is UNSET:
            if _regions is UNSET:
                absent.append("regions")
            regions = None
        else:
            if type(_regions) is not list:
                raise DecodeError("regions", "array", _regions)

            for _index, _item in enumerate(_regions):
                if type(_item) is not str:
                    raise DecodeError(_index, "string", _item).inside("regions")
            regions = cast("list[str]", _regions)

        _available = d.pop("available", UNSET)
        available: bool | None
        if _available is None or _available is UNSET:
            if _available is UNSET:
                absent.append("available")
            available = None
        else:
            if type(_available) is not bool:
                raise DecodeError("available", "boolean", _available)

            available = _available

        _instance = cls(
            resource_uri=resource_uri,
            name=name,
            label=label,
            regions=regions,
            available=available,
        )
        if absent:
            _instance._absent = tuple(absent)

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
