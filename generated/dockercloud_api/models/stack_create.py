# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
    Unset,
    build_from_input,
    compact_repr,
    list_input,
    model_input,
)


def _service_create_input(value: ServiceCreate | Mapping[str, Any], argument: str) -> ServiceCreate:
    return model_input(ServiceCreate, value, argument)


def _convert_services(value: Sequence[ServiceCreate | Mapping[str, Any]] | Unset) -> list[ServiceCreate] | Unset:
    if type(value) is list and all(type(item) is ServiceCreate for item in value):
        return value
    if isinstance(value, Unset):
        return value
    return list_input(_service_create_input, value, "services")


@_attrs_define
class StackCreate:
    """Body of Create a new stack.

    Attributes:
        name (str): Name of the stack, e.g. `my-hello-world-stack`.
        nickname (str | Unset): Display name; defaults to `name`.
        services (list[ServiceCreate] | Unset): Services of the stack, each written like a Create a new service body;
            links and volumes-from may name a sibling service instead of giving its resource URI.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "name": "name",
        "nickname": "nickname",
        "services": "services",
    }

    name: str
    nickname: str | Unset = UNSET
    services: list[ServiceCreate] | Unset = _attrs_field(default=UNSET, converter=_convert_services)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        name = self.name
        field_dict["name"] = name

        nickname = self.nickname
        if not isinstance(nickname, Unset):
            field_dict["nickname"] = nickname

        services = self.services
        if not isinstance(services, Unset):
            field_dict["services"] = [_item.to_dict() for _item in services]

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["name"], True)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "StackCreate") -> Self:
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
        _name = d.pop("name", UNSET)
        name: str
        if _name is UNSET:
            raise DecodeError("name", "a value", UNSET)
        if type(_name) is not str:
            raise DecodeError("name", "string", _name)

        name = _name

        _nickname = d.pop("nickname", UNSET)
        nickname: str | Unset
        if isinstance(_nickname, Unset):
            nickname = UNSET
        else:
            if type(_nickname) is not str:
                raise DecodeError("nickname", "string", _nickname)

            nickname = _nickname

        _services = d.pop("services", UNSET)
        services: list[ServiceCreate] | Unset
        if isinstance(_services, Unset):
            services = UNSET
        else:
            if type(_services) is not list:
                raise DecodeError("services", "array", _services)

            services = []
            try:
                for _index, services_item in enumerate(_services):
                    if type(services_item) is not dict:
                        raise DecodeError(_index, "object", services_item)

                    try:
                        services_value = ServiceCreate.from_dict(services_item)
                    except DecodeError as exc:
                        raise exc.inside(_index) from None

                    services.append(services_value)
            except DecodeError as exc:
                raise exc.inside("services") from None

        _instance = cls(
            name=name,
            nickname=nickname,
            services=services,
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


from ..models.service_create import ServiceCreate  # noqa: E402
