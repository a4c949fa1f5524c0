# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    Decoding,
    Shape,
    shape,
)
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
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[StackCreate]]

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


def _fill(self: StackCreate, d: Mapping[str, Any]) -> None:
    """Store every attribute of a StackCreate from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type.
    """
    get = d.get
    v = get("name", UNSET)
    if v is UNSET:
        raise DecodeError("name", "a value", UNSET)
    if type(v) is not str:
        raise DecodeError("name", "string", v)
    self.name = v

    v = get("nickname", UNSET)
    if v is UNSET:
        self.nickname = UNSET
    else:
        if type(v) is not str:
            raise DecodeError("nickname", "string", v)
        self.nickname = v

    v = get("services", UNSET)
    if v is UNSET:
        self.services = UNSET
    else:
        if type(v) is not list:
            raise DecodeError("services", "array", v)
        self.services = ServiceCreate._DECODING.each(v, "services") if v else []

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    if len(d) == 3 and _KNOWN.issuperset(d):  # exactly the documented keys
        self.additional_properties = {}
    else:
        layout = tuple(d)
        extra = (_SHAPES.get(layout) or shape(layout, _KNOWN, _ORDER, _SHAPES))[0]
        self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "name",
    "nickname",
    "services",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Key layouts seen: their unknown keys and absent attributes (bounded in shape()).
_SHAPES: dict[tuple[str, ...], Shape] = {}


StackCreate._DECODING = Decoding(StackCreate, _fill)

from ..models.service_create import ServiceCreate  # noqa: E402
