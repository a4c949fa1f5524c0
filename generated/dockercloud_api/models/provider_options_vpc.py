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
    Unset,
    build_from_input,
    compact_repr,
)


@_attrs_define
class ProviderOptionsVpc:
    """AWS VPC in which the nodes are deployed.

    Attributes:
        id (str): VPC identifier, e.g. `vpc-aa1c70d4`.
        subnets (list[str] | Unset): Subnets of the VPC to use; nodes are spread over them for high availability.
        security_groups (list[str] | Unset): Security groups applied to every node.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "subnets": "subnets",
        "security_groups": "security_groups",
    }

    id: str
    subnets: list[str] | Unset = UNSET
    security_groups: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id

        subnets = self.subnets
        if not isinstance(subnets, Unset):
            field_dict["subnets"] = subnets

        security_groups = self.security_groups
        if not isinstance(security_groups, Unset):
            field_dict["security_groups"] = security_groups

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["id", "subnets", "security_groups"], False)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "ProviderOptionsVpc") -> Self:
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
        _id = d.pop("id", UNSET)
        id: str
        if _id is UNSET:
            raise DecodeError("id", "a value", UNSET)
        if type(_id) is not str:
            raise DecodeError("id", "string", _id)

        id = _id

        _subnets = d.pop("subnets", UNSET)
        subnets: list[str] | Unset
        if isinstance(_subnets, Unset):
            subnets = UNSET
        else:
            if type(_subnets) is not list:
                raise DecodeError("subnets", "array", _subnets)

            for _index, _item in enumerate(_subnets):
                if type(_item) is not str:
                    raise DecodeError(_index, "string", _item).inside("subnets")
            subnets = cast("list[str]", _subnets)

        _security_groups = d.pop("security_groups", UNSET)
        security_groups: list[str] | Unset
        if isinstance(_security_groups, Unset):
            security_groups = UNSET
        else:
            if type(_security_groups) is not list:
                raise DecodeError("security_groups", "array", _security_groups)

            for _index, _item in enumerate(_security_groups):
                if type(_item) is not str:
                    raise DecodeError(_index, "string", _item).inside("security_groups")
            security_groups = cast("list[str]", _security_groups)

        _instance = cls(
            id=id,
            subnets=subnets,
            security_groups=security_groups,
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
