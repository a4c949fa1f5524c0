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
class ServiceLink:
    """A link between two services.

    Attributes:
        name (str | None): Link name. None when the server omitted it or sent null.
        from_service (str | None): Resource URI of the linking service. None when the server omitted it or sent null.
        to_service (str | None): Resource URI of the linked service. None when the server omitted it or sent null.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "name": "name",
        "from_service": "from_service",
        "to_service": "to_service",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("name", "name", False),
        ("from_service", "from_service", False),
        ("to_service", "to_service", False),
    )

    name: str | None = None
    from_service: str | None = None
    to_service: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        name = self.name
        if name is not None:
            field_dict["name"] = name
        elif "name" not in self._absent:
            field_dict["name"] = None

        from_service = self.from_service
        if from_service is not None:
            field_dict["from_service"] = from_service
        elif "from_service" not in self._absent:
            field_dict["from_service"] = None

        to_service = self.to_service
        if to_service is not None:
            field_dict["to_service"] = to_service
        elif "to_service" not in self._absent:
            field_dict["to_service"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["name"], True)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "ServiceLink") -> Self:
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
        _name = d.pop("name", UNSET)
        name: str | None
        if _name is None or _name is UNSET:
            if _name is UNSET:
                absent.append("name")
            name = None
        else:
            if type(_name) is not str:
                raise DecodeError("name", "string", _name)

            name = _name

        _from_service = d.pop("from_service", UNSET)
        from_service: str | None
        if _from_service is None or _from_service is UNSET:
            if _from_service is UNSET:
                absent.append("from_service")
            from_service = None
        else:
            if type(_from_service) is not str:
                raise DecodeError("from_service", "string", _from_service)

            from_service = _from_service

        _to_service = d.pop("to_service", UNSET)
        to_service: str | None
        if _to_service is None or _to_service is UNSET:
            if _to_service is UNSET:
                absent.append("to_service")
            to_service = None
        else:
            if type(_to_service) is not str:
                raise DecodeError("to_service", "string", _to_service)

            to_service = _to_service

        _instance = cls(
            name=name,
            from_service=from_service,
            to_service=to_service,
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
