# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trigger_operation import TriggerOperation
from ..types import (
    UNSET,
    DecodeError,
    build_from_input,
    compact_repr,
    enum_input,
)


def _convert_operation(value: TriggerOperation | str | None) -> TriggerOperation | None:
    if type(value) is TriggerOperation:
        return value
    if value is None:
        return None
    return enum_input(TriggerOperation, value, "operation")


@_attrs_define
class Trigger:
    """A service trigger: a URL that runs an operation on the service when POSTed to, without credentials.  It has no
    `uuid` attribute; its UUID is the last segment of `resource_uri`.

        Attributes:
            url (str | None): Server-relative URL to POST to in order to call the trigger. None when the server omitted it
                or sent null.
            name (str): Name of the trigger.
            operation (TriggerOperation | None): What calling a trigger does to its service. None when the server omitted it
                or sent null.
            resource_uri (str): Resource URI of the trigger.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "url": "url",
        "name": "name",
        "operation": "operation",
        "resource_uri": "resource_uri",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("url", "url", False),
        ("name", "name", False),
        ("operation", "operation", False),
        ("resource_uri", "resource_uri", False),
    )

    name: str
    resource_uri: str
    url: str | None = None
    operation: TriggerOperation | None = _attrs_field(default=None, converter=_convert_operation)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        url = self.url
        if url is not None:
            field_dict["url"] = url
        elif "url" not in self._absent:
            field_dict["url"] = None

        name = self.name
        field_dict["name"] = name

        operation = self.operation
        if operation is not None:
            field_dict["operation"] = operation.value
        elif "operation" not in self._absent:
            field_dict["operation"] = None

        resource_uri = self.resource_uri
        field_dict["resource_uri"] = resource_uri

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["name"], True)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "Trigger") -> Self:
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
        _url = d.pop("url", UNSET)
        url: str | None
        if _url is None or _url is UNSET:
            if _url is UNSET:
                absent.append("url")
            url = None
        else:
            if type(_url) is not str:
                raise DecodeError("url", "string", _url)

            url = _url

        _name = d.pop("name", UNSET)
        name: str
        if _name is UNSET:
            raise DecodeError("name", "a value", UNSET)
        if type(_name) is not str:
            raise DecodeError("name", "string", _name)

        name = _name

        _operation = d.pop("operation", UNSET)
        operation: TriggerOperation | None
        if _operation is None or _operation is UNSET:
            if _operation is UNSET:
                absent.append("operation")
            operation = None
        else:
            if type(_operation) is not str:
                raise DecodeError("operation", "string", _operation)

            operation = TriggerOperation(_operation)

        _resource_uri = d.pop("resource_uri", UNSET)
        resource_uri: str
        if _resource_uri is UNSET:
            raise DecodeError("resource_uri", "a value", UNSET)
        if type(_resource_uri) is not str:
            raise DecodeError("resource_uri", "string", _resource_uri)

        resource_uri = _resource_uri

        _instance = cls(
            url=url,
            name=name,
            operation=operation,
            resource_uri=resource_uri,
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
