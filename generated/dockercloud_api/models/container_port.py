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
class ContainerPort:
    """A port of a container.

    Attributes:
        protocol (PortProtocol | None): Transport protocol of a port. None when the server omitted it or sent null.
        inner_port (int | None): Port number inside the container. None when the server omitted it or sent null.
        outer_port (int | None): Port number on the node; `null` when not published.  [inferred] `null` is not in the
            reference (deviation 14). None when the server omitted it or sent null.
        port_name (str | None): Name of the service behind the port, e.g. `http`. None when the server omitted it or
            sent null.
        uri_protocol (str | None): Protocol used in the endpoint URI, e.g. `http`. None when the server omitted it or
            sent null.
        endpoint_uri (str | None): URI of the endpoint for this port; `null` when not published.  [inferred] `null` is
            not in the reference (deviation 14). None when the server omitted it or sent null.
        published (bool | None): Whether the port is published on the node's public interface. None when the server
            omitted it or sent null.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "protocol": "protocol",
        "inner_port": "inner_port",
        "outer_port": "outer_port",
        "port_name": "port_name",
        "uri_protocol": "uri_protocol",
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
        ("uri_protocol", "uri_protocol", False),
        ("endpoint_uri", "endpoint_uri", True),
        ("published", "published", False),
    )

    protocol: PortProtocol | None = _attrs_field(default=None, converter=_convert_protocol)
    inner_port: int | None = None
    outer_port: int | None = None
    port_name: str | None = None
    uri_protocol: str | None = None
    endpoint_uri: str | None = None
    published: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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

        uri_protocol = self.uri_protocol
        if uri_protocol is not None:
            field_dict["uri_protocol"] = uri_protocol
        elif "uri_protocol" not in self._absent:
            field_dict["uri_protocol"] = None

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
            self,
            ["protocol", "inner_port", "outer_port", "port_name", "uri_protocol", "endpoint_uri", "published"],
            False,
        )

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "ContainerPort") -> Self:
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
        absent: list[str] = []
        _protocol = d.pop("protocol", UNSET)
        protocol: PortProtocol | None
        if _protocol is None or _protocol is UNSET:
            if _protocol is UNSET:
                absent.append("protocol")
            protocol = None
        else:
            if type(_protocol) is not str:
                raise DecodeError("protocol", "string", _protocol)

            protocol = PortProtocol(_protocol)

        _inner_port = d.pop("inner_port", UNSET)
        inner_port: int | None
        if _inner_port is None or _inner_port is UNSET:
            if _inner_port is UNSET:
                absent.append("inner_port")
            inner_port = None
        else:
            if type(_inner_port) is not int:
                raise DecodeError("inner_port", "integer", _inner_port)

            inner_port = _inner_port

        _outer_port = d.pop("outer_port", UNSET)
        outer_port: int | None
        if _outer_port is None or _outer_port is UNSET:
            if _outer_port is UNSET:
                absent.append("outer_port")
            outer_port = None
        else:
            if type(_outer_port) is not int:
                raise DecodeError("outer_port", "integer", _outer_port)

            outer_port = _outer_port

        _port_name = d.pop("port_name", UNSET)
        port_name: str | None
        if _port_name is None or _port_name is UNSET:
            if _port_name is UNSET:
                absent.append("port_name")
            port_name = None
        else:
            if type(_port_name) is not str:
                raise DecodeError("port_name", "string", _port_name)

            port_name = _port_name

        _uri_protocol = d.pop("uri_protocol", UNSET)
        uri_protocol: str | None
        if _uri_protocol is None or _uri_protocol is UNSET:
            if _uri_protocol is UNSET:
                absent.append("uri_protocol")
            uri_protocol = None
        else:
            if type(_uri_protocol) is not str:
                raise DecodeError("uri_protocol", "string", _uri_protocol)

            uri_protocol = _uri_protocol

        _endpoint_uri = d.pop("endpoint_uri", UNSET)
        endpoint_uri: str | None
        if _endpoint_uri is None or _endpoint_uri is UNSET:
            if _endpoint_uri is UNSET:
                absent.append("endpoint_uri")
            endpoint_uri = None
        else:
            if type(_endpoint_uri) is not str:
                raise DecodeError("endpoint_uri", "string", _endpoint_uri)

            endpoint_uri = _endpoint_uri

        _published = d.pop("published", UNSET)
        published: bool | None
        if _published is None or _published is UNSET:
            if _published is UNSET:
                absent.append("published")
            published = None
        else:
            if type(_published) is not bool:
                raise DecodeError("published", "boolean", _published)

            published = _published

        _instance = cls(
            protocol=protocol,
            inner_port=inner_port,
            outer_port=outer_port,
            port_name=port_name,
            uri_protocol=uri_protocol,
            endpoint_uri=endpoint_uri,
            published=published,
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
