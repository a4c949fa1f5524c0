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
    DecodeError,
    build_from_input,
    compact_repr,
    enum_input,
)


def _convert_protocol(value: PortProtocol | str | None) -> PortProtocol | None:
    if type(value) is PortProtocol:
        return value
    if value is None:
        return None
    return enum_input(PortProtocol, value, "protocol")


@_attrs_define
class ServicePort:
    """A port of a service.

    Attributes:
        protocol (PortProtocol | None): Transport protocol of a port. None when the server omitted it or sent null.
        inner_port (int | None): Port number inside the containers. None when the server omitted it or sent null.
        outer_port (int | None): Port number on the nodes; `null` when not published.  [inferred] `null` is not in the
            reference (deviation 14). None when the server omitted it or sent null.
        port_name (str | None): Name of the service behind the port, e.g. `http`. None when the server omitted it or
            sent null.
        endpoint_uri (str | None): URI of the service endpoint for this port; `null` when not published.  [inferred]
            `null` is not in the reference (deviation 14). None when the server omitted it or sent null.
        published (bool | None): Whether the port is published on the nodes' public interface. None when the server
            omitted it or sent null.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "protocol": "protocol",
        "inner_port": "inner_port",
        "outer_port": "outer_port",
        "port_name": "port_name",
        "endpoint_uri": "endpoint_uri",
        "published": "published",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("protocol", "protocol", False),
        ("inner_port", "inner_port", False),
        ("outer_port", "outer_port", True),
        ("port_name", "port_name", False),
        ("endpoint_uri", "endpoint_uri", True),
        ("published", "published", False),
    )

    protocol: PortProtocol | None = _attrs_field(default=None, converter=_convert_protocol)
    inner_port: int | None = None
    outer_port: int | None = None
    port_name: str | None = None
    endpoint_uri: str | None = None
    published: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[ServicePort]]

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        protocol = self.protocol
        if protocol is not None:
            field_dict["protocol"] = protocol.value
        elif "protocol" not in self._absent:
            field_dict["protocol"] = None

        inner_port = self.inner_port
        if inner_port is not None:
            field_dict["inner_port"] = inner_port
        elif "inner_port" not in self._absent:
            field_dict["inner_port"] = None

        outer_port = self.outer_port
        if outer_port is not None:
            field_dict["outer_port"] = outer_port
        elif "outer_port" not in self._absent:
            field_dict["outer_port"] = None

        port_name = self.port_name
        if port_name is not None:
            field_dict["port_name"] = port_name
        elif "port_name" not in self._absent:
            field_dict["port_name"] = None

        endpoint_uri = self.endpoint_uri
        if endpoint_uri is not None:
            field_dict["endpoint_uri"] = endpoint_uri
        elif "endpoint_uri" not in self._absent:
            field_dict["endpoint_uri"] = None

        published = self.published
        if published is not None:
            field_dict["published"] = published
        elif "published" not in self._absent:
            field_dict["published"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(
            self, ["protocol", "inner_port", "outer_port", "port_name", "endpoint_uri", "published"], False
        )

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "ServicePort") -> Self:
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


def _fill(self: ServicePort, d: Mapping[str, Any]) -> None:
    """Store every attribute of a ServicePort from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type.
    """
    get = d.get
    v = get("protocol")
    if v is None:
        self.protocol = None
    else:
        if type(v) is not str:
            raise DecodeError("protocol", "string", v)
        self.protocol = _PortProtocol_MEMBERS.get(v) or member(PortProtocol, v)

    v = get("inner_port")
    if v is not None and type(v) is not int:
        raise DecodeError("inner_port", "integer", v)
    self.inner_port = v

    v = get("outer_port")
    if v is not None and type(v) is not int:
        raise DecodeError("outer_port", "integer", v)
    self.outer_port = v

    v = get("port_name")
    if v is not None and type(v) is not str:
        raise DecodeError("port_name", "string", v)
    self.port_name = v

    v = get("endpoint_uri")
    if v is not None and type(v) is not str:
        raise DecodeError("endpoint_uri", "string", v)
    self.endpoint_uri = v

    v = get("published")
    if v is not None and type(v) is not bool:
        raise DecodeError("published", "boolean", v)
    self.published = v

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    if len(d) == 6 and _KNOWN.issuperset(d):  # exactly the documented keys
        self.additional_properties = {}
        self._absent = ()
    else:
        layout = tuple(d)
        extra, self._absent = _SHAPES.get(layout) or shape(layout, _KNOWN, _ORDER, _SHAPES)
        self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "protocol",
    "inner_port",
    "outer_port",
    "port_name",
    "endpoint_uri",
    "published",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Enum members by value, read directly by _fill (member() is the fallback, for a value the spec does not list).
_PortProtocol_MEMBERS = cast("dict[str, PortProtocol]", PortProtocol._value2member_map_)
#: Key layouts seen: their unknown keys and absent attributes (bounded in shape()).
_SHAPES: dict[tuple[str, ...], Shape] = {}


ServicePort._DECODING = Decoding(ServicePort, _fill)
