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
class RepositoryUpdate:
    """Body of Update credentials of an external repository; omitted fields are left unchanged.

    Attributes:
        username (str | Unset): New user name for the registry.
        password (str | Unset): New password for the registry.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "username": "username",
        "password": "password",
    }

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        username = self.username
        if not isinstance(username, Unset):
            field_dict["username"] = username

        password = self.password
        if not isinstance(password, Unset):
            field_dict["password"] = password

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["username", "password"], False)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "RepositoryUpdate") -> Self:
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
        _username = d.pop("username", UNSET)
        username: str | Unset
        if isinstance(_username, Unset):
            username = UNSET
        else:
            if type(_username) is not str:
                raise DecodeError("username", "string", _username)

            username = _username

        _password = d.pop("password", UNSET)
        password: str | Unset
        if isinstance(_password, Unset):
            password = UNSET
        else:
            if type(_password) is not str:
                raise DecodeError("password", "string", _password)

            password = _password

        _instance = cls(
            username=username,
            password=password,
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
