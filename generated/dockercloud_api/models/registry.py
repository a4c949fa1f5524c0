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
    build_from_input,
    compact_repr,
)


@_attrs_define
class Registry:
    """An image registry that hosts repositories.

    Attributes:
        resource_uri (str): Resource URI of the registry (includes the namespace).
        name (str): Display name, e.g. `Docker Hub`.
        host (str): Host name of the registry, e.g. `registry-1.docker.io`.
        is_docker_registry (bool | None): Whether Docker runs the registry. None when the server omitted it or sent
            null.
        is_ssl (bool | None): Whether the registry uses TLS. None when the server omitted it or sent null.
        port (int | None): Port the registry listens on. None when the server omitted it or sent null.
        uuid (str | None): Identifier of the registry.  Neither the attribute table nor the example shows it, but List
            all registries filters by `uuid`, so registries have one; the emulator derives it from the namespace and the
            host (a name-based UUID), so it is stable.  Registries are addressed by `host`, never by this value. None when
            the server omitted it or sent null.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "resource_uri": "resource_uri",
        "name": "name",
        "host": "host",
        "is_docker_registry": "is_docker_registry",
        "is_ssl": "is_ssl",
        "port": "port",
        "uuid": "uuid",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("resource_uri", "resource_uri", False),
        ("name", "name", False),
        ("host", "host", False),
        ("is_docker_registry", "is_docker_registry", False),
        ("is_ssl", "is_ssl", False),
        ("port", "port", False),
    )

    resource_uri: str
    name: str
    host: str
    is_docker_registry: bool | None = None
    is_ssl: bool | None = None
    port: int | None = None
    uuid: str | None = None
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

        host = self.host
        field_dict["host"] = host

        is_docker_registry = self.is_docker_registry
        if is_docker_registry is not None:
            field_dict["is_docker_registry"] = is_docker_registry
        elif "is_docker_registry" not in self._absent:
            field_dict["is_docker_registry"] = None

        is_ssl = self.is_ssl
        if is_ssl is not None:
            field_dict["is_ssl"] = is_ssl
        elif "is_ssl" not in self._absent:
            field_dict["is_ssl"] = None

        port = self.port
        if port is not None:
            field_dict["port"] = port
        elif "port" not in self._absent:
            field_dict["port"] = None

        uuid = self.uuid
        if uuid is not None:
            field_dict["uuid"] = uuid
        elif "uuid" not in self._absent:
            field_dict["uuid"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["uuid", "name"], True)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "Registry") -> Self:
        """Build from a mapping with the API's keys, as a user passes it (unknown keys and values are refused).

        Raises:
            InvalidValueError: a key is unknown, a required key is missing, or an enum string is not allowed.
        """
        return build_from_input(cls, cls._INPUT_NAMES, data, argument)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode the API's JSON (see the class docstring for what may be absent).

        Raises:
            DecodeError: a present attribute has the wrong JSON type, or resource_uri, host, name is missing.
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

        _host = d.pop("host", UNSET)
        host: str
        if _host is UNSET:
            raise DecodeError("host", "a value", UNSET)
        if type(_host) is not str:
            raise DecodeError("host", "string", _host)

        host = _host

        _is_docker_registry = d.pop("is_docker_registry", UNSET)
        is_docker_registry: bool | None
        if _is_docker_registry is None or _is_docker_registry is UNSET:
            if _is_docker_registry is UNSET:
                absent.append("is_docker_registry")
            is_docker_registry = None
        else:
            if type(_is_docker_registry) is not bool:
                raise DecodeError("is_docker_registry", "boolean", _is_docker_registry)

            is_docker_registry = _is_docker_registry

        _is_ssl = d.pop("is_ssl", UNSET)
        is_ssl: bool | None
        if _is_ssl is None or _is_ssl is UNSET:
            if _is_ssl is UNSET:
                absent.append("is_ssl")
            is_ssl = None
        else:
            if type(_is_ssl) is not bool:
                raise DecodeError("is_ssl", "boolean", _is_ssl)

            is_ssl = _is_ssl

        _port = d.pop("port", UNSET)
        port: int | None
        if _port is None or _port is UNSET:
            if _port is UNSET:
                absent.append("port")
            port = None
        else:
            if type(_port) is not int:
                raise DecodeError("port", "integer", _port)

            port = _port

        _uuid = d.pop("uuid", UNSET)
        uuid: str | None
        if _uuid is None or _uuid is UNSET:
            if _uuid is UNSET:
                absent.append("uuid")
            uuid = None
        else:
            if type(_uuid) is not str:
                raise DecodeError("uuid", "string", _uuid)

            uuid = _uuid

        _instance = cls(
            resource_uri=resource_uri,
            name=name,
            host=host,
            is_docker_registry=is_docker_registry,
            is_ssl=is_ssl,
            port=port,
            uuid=uuid,
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
