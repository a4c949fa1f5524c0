# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_stream_type import LogStreamType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogMessage")


@_attrs_define
class LogMessage:
    """One log line on an action, service or container log stream.

    Attributes:
        type_ (str): Message type, `log`.
        log (str): The log text, usually ending with its own newline.
        timestamp (int): When the line was written, in seconds since the Unix epoch.
        source (str | Unset): Name of the container that wrote the line (service log streams).
        stream_type (LogStreamType | Unset): Output stream a log line or exec frame came from.
    """

    type_: str
    log: str
    timestamp: int
    source: str | Unset = UNSET
    stream_type: LogStreamType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        log = self.log

        timestamp = self.timestamp

        source = self.source

        stream_type: str | Unset = UNSET
        if not isinstance(self.stream_type, Unset):
            stream_type = self.stream_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "log": log,
                "timestamp": timestamp,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if stream_type is not UNSET:
            field_dict["streamType"] = stream_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        log = d.pop("log")

        timestamp = d.pop("timestamp")

        source = d.pop("source", UNSET)

        _stream_type = d.pop("streamType", UNSET)
        stream_type: LogStreamType | Unset
        if isinstance(_stream_type, Unset):
            stream_type = UNSET
        else:
            stream_type = LogStreamType(_stream_type)

        log_message = cls(
            type_=type_,
            log=log,
            timestamp=timestamp,
            source=source,
            stream_type=stream_type,
        )

        log_message.additional_properties = d
        return log_message

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
