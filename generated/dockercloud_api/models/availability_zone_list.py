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
    build_from_input,
    compact_repr,
    list_input,
    model_input,
)


def _availability_zone_input(value: AvailabilityZone | Mapping[str, Any], argument: str) -> AvailabilityZone:
    return model_input(AvailabilityZone, value, argument)


def _convert_meta(value: ListMeta | Mapping[str, Any]) -> ListMeta:
    if type(value) is ListMeta:
        return value
    return model_input(ListMeta, value, "meta")


def _convert_objects(value: Sequence[AvailabilityZone | Mapping[str, Any]]) -> list[AvailabilityZone]:
    if type(value) is list and all(type(item) is AvailabilityZone for item in value):
        return value
    return list_input(_availability_zone_input, value, "objects")


@_attrs_define
class AvailabilityZoneList:
    """A page of availability zones.

    Attributes:
        meta (ListMeta): Paging information of a list response.  [inferred] The reference never shows the list envelope.
        objects (list[AvailabilityZone]):
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
    objects: list[AvailabilityZone] = _attrs_field(converter=_convert_objects)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
    def from_input(cls, data: Mapping[str, Any], argument: str = "AvailabilityZoneList") -> Self:
        """Build from a mapping with the API's keys, as a user passes it (unknown keys and values are refused).

        Raises:
            InvalidValueError: a key is unknown, a required key is missing, or an enum string is not allowed.
        """
        return build_from_input(cls, cls._INPUT_NAMES, data, argument)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode the API's JSON (see the class docstring for what may be absent).

        Raises:
            DecodeError: a present attribute has the wrong JSON type, or meta, objects is missing.
        """
        d = dict(src_dict)
        absent: list[str] = []
        _meta = d.pop("meta", UNSET)
        meta: ListMeta
        if _meta is UNSET:
            raise DecodeError("meta", "a value", UNSET)
        if type(_meta) is not dict:
            raise DecodeError("meta", "object", _meta)

        try:
            meta = ListMeta.from_dict(_meta)
        except DecodeError as exc:
            raise exc.inside("meta") from None

        _objects = d.pop("objects", UNSET)
        objects: list[AvailabilityZone]
        if _objects is UNSET:
            raise DecodeError("objects", "a value", UNSET)
        if type(_objects) is not list:
            raise DecodeError("objects", "array", _objects)

        objects = []
        try:
            for _index, objects_item in enumerate(_objects):
                if type(objects_item) is not dict:
                    raise DecodeError(_index, "object", objects_item)

                try:
                    objects_value = AvailabilityZone.from_dict(objects_item)
                except DecodeError as exc:
                    raise exc.inside(_index) from None

                objects.append(objects_value)
        except DecodeError as exc:
            raise exc.inside("objects") from None

        _instance = cls(
            meta=meta,
            objects=objects,
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


from ..models.availability_zone import AvailabilityZone  # noqa: E402
from ..models.list_meta import ListMeta  # noqa: E402
