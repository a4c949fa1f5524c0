# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_error_type import StreamErrorType

T = TypeVar("T", bound="StreamError")


@_attrs_define
class StreamError:
    """Error frame sent on any stream, e.g. when authentication fails.

    Attributes:
        type_ (StreamErrorType): Type tag of a stream error frame.
        data (StreamErrorData): Details of a stream error.
    """

    type_: StreamErrorType
    data: StreamErrorData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = StreamErrorType(d.pop("type"))

        data = StreamErrorData.from_dict(d.pop("data"))

        stream_error = cls(
            type_=type_,
            data=data,
        )

        stream_error.additional_properties = d
        return stream_error

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
