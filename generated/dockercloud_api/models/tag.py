# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_origin import TagOrigin
from ..types import (
    UNSET,
    DecodeError,
    build_from_input,
    compact_repr,
    enum_input,
)


def _convert_origin(value: TagOrigin | str | None) -> TagOrigin | None:
    if type(value) is TagOrigin:
        return value
    if value is None:
        return None
    return enum_input(TagOrigin, value, "origin")


@_attrs_define
class Tag:
    """A tag in use on nodes.

    Attributes:
        name (str): The tag, e.g. `byon=false`.
        origin (TagOrigin | None): Who set the tag (`tutum` tags are set by Docker Cloud itself). None when the server
            omitted it or sent null.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "name": "name",
        "origin": "origin",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("name", "name", False),
        ("origin", "origin", False),
    )

    name: str
    origin: TagOrigin | None = _attrs_field(default=None, converter=_convert_origin)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        name = self.name
        field_dict["name"] = name

        origin = self.origin
        if origin is not None:
            field_dict["origin"] = origin.value
        elif "origin" not in self._absent:
            field_dict["origin"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["name"], True)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "Tag") -> Self:
        """Build from a mapping with the API's keys, as a user passes it (unknown keys and values are refused).

        Raises:
            InvalidValueError: a key is unknown, a required key is missing, or an enum string is not allowed.
        """
        return build_from_input(cls, cls._INPUT_NAMES, data, argument)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode the API's JSON (see the class docstring for what may be absent).

        Raises:
            DecodeError: a present attribute has the wrong JSON type, or name is missing.
        """
        d = dict(src_dict)
        absent: list[str] = []
        _name = d.pop("name", UNSET)
        name: str
        if _name is UNSET:
            raise DecodeError("name", "a value", UNSET)
        if type(_name) is not str:
            raise DecodeError("name", "string", _name)

        name = _name

        _origin = d.pop("origin", UNSET)
        origin: TagOrigin | None
        if _origin is None or _origin is UNSET:
            if _origin is UNSET:
                absent.append("origin")
            origin = None
        else:
            if type(_origin) is not str:
                raise DecodeError("origin", "string", _origin)

            origin = TagOrigin(_origin)

        _instance = cls(
            name=name,
            origin=origin,
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
