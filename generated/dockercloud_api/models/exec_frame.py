# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_stream_type import LogStreamType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecFrame")


@_attrs_define
class ExecFrame:
    """Output of a command run with container exec.  The format is undocumented and inferred from the CLI and the Go SDK;
    an `output` of `EOF` marks the end of the command.

        Attributes:
            type_ (str): Frame type.
            output (str): Output text, or `EOF` at the end.
            stream_type (LogStreamType | Unset): Output stream a log line or exec frame came from.
    """

    type_: str
    output: str
    stream_type: LogStreamType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        output = self.output

        stream_type: str | Unset = UNSET
        if not isinstance(self.stream_type, Unset):
            stream_type = self.stream_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "output": output,
            }
        )
        if stream_type is not UNSET:
            field_dict["streamType"] = stream_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        output = d.pop("output")

        _stream_type = d.pop("streamType", UNSET)
        stream_type: LogStreamType | Unset
        if isinstance(_stream_type, Unset):
            stream_type = UNSET
        else:
            stream_type = LogStreamType(_stream_type)

        exec_frame = cls(
            type_=type_,
            output=output,
            stream_type=stream_type,
        )

        exec_frame.additional_properties = d
        return exec_frame

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
