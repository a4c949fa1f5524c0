# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_error_type import StreamErrorType
from ..types import (
    UNSET,
    DecodeError,
    build_from_input,
    compact_repr,
    enum_input,
    model_input,
)


def _convert_type_(value: StreamErrorType | str) -> StreamErrorType:
    if type(value) is StreamErrorType:
        return value
    return enum_input(StreamErrorType, value, "type")


def _convert_data(value: StreamErrorData | Mapping[str, Any]) -> StreamErrorData:
    if type(value) is StreamErrorData:
        return value
    return model_input(StreamErrorData, value, "data")


@_attrs_define
class StreamError:
    """Error frame sent on any stream, e.g. when authentication fails.

    Attributes:
        type (StreamErrorType): Type tag of a stream error frame.
        data (StreamErrorData): Details of a stream error.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "type": "type",
        "data": "data",
    }

    type: StreamErrorType = _attrs_field(converter=_convert_type_)
    data: StreamErrorData = _attrs_field(converter=_convert_data)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type
        field_dict["type"] = type_.value

        data = self.data
        field_dict["data"] = data.to_dict()

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["type", "data"], False)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "StreamError") -> Self:
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
        _type_ = d.pop("type", UNSET)
        type_: StreamErrorType
        if _type_ is UNSET:
            raise DecodeError("type", "a value", UNSET)
        if type(_type_) is not str:
            raise DecodeError("type", "string", _type_)

        type_ = StreamErrorType(_type_)

        _data = d.pop("data", UNSET)
        data: StreamErrorData
        if _data is UNSET:
            raise DecodeError("data", "a value", UNSET)
        if type(_data) is not dict:
            raise DecodeError("data", "object", _data)

        try:
            data = StreamErrorData.from_dict(_data)
        except DecodeError as exc:
            raise exc.inside("data") from None

        _instance = cls(
            type=type_,
            data=data,
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


from ..models.stream_error_data import StreamErrorData  # noqa: E402
