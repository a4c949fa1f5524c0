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
    build_from_input,
    compact_repr,
    list_input,
    model_input,
)


def _stack_input(value: Stack | Mapping[str, Any], argument: str) -> Stack:
    return model_input(Stack, value, argument)


def _convert_meta(value: ListMeta | Mapping[str, Any]) -> ListMeta:
    if type(value) is ListMeta:
        return value
    return model_input(ListMeta, value, "meta")


def _convert_objects(value: Sequence[Stack | Mapping[str, Any]]) -> list[Stack]:
    if type(value) is list and all(type(item) is Stack for item in value):
        return value
    return list_input(_stack_input, value, "objects")


@_attrs_define
class StackList:
    """A page of stacks.

    Attributes:
        meta (ListMeta): Paging information of a list response.  [inferred] The reference never shows the list envelope.
        objects (list[Stack]):
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "meta": "meta",
        "objects": "objects",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("meta", "meta", False),
        ("objects", "objects", False),
    )

    meta: ListMeta = _attrs_field(converter=_convert_meta)
    objects: list[Stack] = _attrs_field(converter=_convert_objects)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[StackList]]

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        meta = self.meta
        field_dict["meta"] = meta.to_dict()

        objects = self.objects
        field_dict["objects"] = [_item.to_dict() for _item in objects]

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["meta", "objects"], False)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "StackList") -> Self:
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
            DecodeError: a present attribute has the wrong JSON type, or meta, objects is missing.
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


def _fill(self: StackList, d: Mapping[str, Any]) -> None:
    """Store every attribute of a StackList from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type, or meta, objects is missing.
    """
    get = d.get
    v = get("meta", UNSET)
    if v is UNSET:
        raise DecodeError("meta", "a value", UNSET)
    if type(v) is not dict:
        raise DecodeError("meta", "object", v)
    try:
        self.meta = ListMeta._DECODING.now(v)
    except DecodeError as exc:
        raise exc.inside("meta") from None

    v = get("objects", UNSET)
    if v is UNSET:
        raise DecodeError("objects", "a value", UNSET)
    if type(v) is not list:
        raise DecodeError("objects", "array", v)
    self.objects = Stack._DECODING.later(v, "objects") if v else []

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    if len(d) == 2 and _KNOWN.issuperset(d):  # exactly the documented keys
        self.additional_properties = {}
        self._absent = ()
    else:
        layout = tuple(d)
        extra, self._absent = _SHAPES.get(layout) or shape(layout, _KNOWN, _ORDER, _SHAPES)
        self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "meta",
    "objects",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Key layouts seen: their unknown keys and absent attributes (bounded in shape()).
_SHAPES: dict[tuple[str, ...], Shape] = {}


StackList._DECODING = Decoding(StackList, _fill)

from ..models.list_meta import ListMeta  # noqa: E402
from ..models.stack import Stack  # noqa: E402
