# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.port_protocol import PortProtocol
from ..types import (
    UNSET,
    DecodeError,
    Unset,
    build_from_input,
    compact_repr,
    enum_input,
)


def _convert_protocol(value: PortProtocol | str) -> PortProtocol:
    if type(value) is PortProtocol:
        return value
    return enum_input(PortProtocol, value, "protocol")


@_attrs_define
class PortSpec:
    """A port to expose in the containers of a service (added to the image's ports).

    Attributes:
        protocol (PortProtocol): Transport protocol of a port.
        inner_port (int): Port number inside the container.
        outer_port (int | Unset): Port number on the node; allocated dynamically when omitted and `published` is true.
        published (bool | Unset): Whether the port is published on the node's public interface (otherwise only links
            reach it).
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "protocol": "protocol",
        "inner_port": "inner_port",
        "outer_port": "outer_port",
        "published": "published",
    }

    protocol: PortProtocol = _attrs_field(converter=_convert_protocol)
    inner_port: int
    outer_port: int | Unset = UNSET
    published: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        protocol = self.protocol
        field_dict["protocol"] = protocol.value

        inner_port = self.inner_port
        field_dict["inner_port"] = inner_port

        outer_port = self.outer_port
        if not isinstance(outer_port, Unset):
            field_dict["outer_port"] = outer_port

        published = self.published
        if not isinstance(published, Unset):
            field_dict["published"] = published

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["protocol", "inner_port", "outer_port", "published"], False)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "PortSpec") -> Self:
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
        _protocol = d.pop("protocol", UNSET)
        protocol: PortProtocol
        if _protocol is UNSET:
            raise DecodeError("protocol", "a value", UNSET)
        if type(_protocol) is not str:
            raise DecodeError("protocol", "string", _protocol)

        protocol = PortProtocol(_protocol)

        _inner_port = d.pop("inner_port", UNSET)
        inner_port: int
        if _inner_port is UNSET:
            raise DecodeError("inner_port", "a value", UNSET)
        if type(_inner_port) is not int:
            raise DecodeError("inner_port", "integer", _inner_port)

        inner_port = _inner_port

        _outer_port = d.pop("outer_port", UNSET)
        outer_port: int | Unset
        if isinstance(_outer_port, Unset):
            outer_port = UNSET
        else:
            if type(_outer_port) is not int:
                raise DecodeError("outer_port", "integer", _outer_port)

            outer_port = _outer_port

        _published = d.pop("published", UNSET)
        published: bool | Unset
        if isinstance(_published, Unset):
            published = UNSET
        else:
            if type(_published) is not bool:
                raise DecodeError("published", "boolean", _published)

            published = _published

        _instance = cls(
            protocol=protocol,
            inner_port=inner_port,
            outer_port=outer_port,
            published=published,
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
