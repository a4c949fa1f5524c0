# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    Decoding,
    Shape,
    member,
    shape,
)
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
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[PortSpec]]

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
        """Decode the API's JSON (see the class docstring for what may be absent); lists of resource objects
        in it are filled on first access (see ``_decoding.py``).

        Raises:
            DecodeError: a present attribute has the wrong JSON type.
        """
        return cls._DECODING.now(src_dict)  # type: ignore[return-value]  # an instance of cls (cast() costs a call)

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


def _fill(self: PortSpec, d: Mapping[str, Any]) -> None:
    """Store every attribute of a PortSpec from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type.
    """
    get = d.get
    v = get("protocol", UNSET)
    if v is UNSET:
        raise DecodeError("protocol", "a value", UNSET)
    if type(v) is not str:
        raise DecodeError("protocol", "string", v)
    self.protocol = _PortProtocol_MEMBERS.get(v) or member(PortProtocol, v)

    v = get("inner_port", UNSET)
    if v is UNSET:
        raise DecodeError("inner_port", "a value", UNSET)
    if type(v) is not int:
        raise DecodeError("inner_port", "integer", v)
    self.inner_port = v

    v = get("outer_port", UNSET)
    if v is UNSET:
        self.outer_port = UNSET
    else:
        if type(v) is not int:
            raise DecodeError("outer_port", "integer", v)
        self.outer_port = v

    v = get("published", UNSET)
    if v is UNSET:
        self.published = UNSET
    else:
        if type(v) is not bool:
            raise DecodeError("published", "boolean", v)
        self.published = v

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    if len(d) == 4 and _KNOWN.issuperset(d):  # exactly the documented keys
        self.additional_properties = {}
    else:
        layout = tuple(d)
        extra = (_SHAPES.get(layout) or shape(layout, _KNOWN, _ORDER, _SHAPES))[0]
        self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "protocol",
    "inner_port",
    "outer_port",
    "published",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Enum members by value, read directly by _fill (member() is the fallback, for a value the spec does not list).
_PortProtocol_MEMBERS = cast("dict[str, PortProtocol]", PortProtocol._value2member_map_)
#: Key layouts seen: their unknown keys and absent attributes (bounded in shape()).
_SHAPES: dict[tuple[str, ...], Shape] = {}


PortSpec._DECODING = Decoding(PortSpec, _fill)
