# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_stream_type import LogStreamType
from ..types import (
    UNSET,
    DecodeError,
    Unset,
    build_from_input,
    compact_repr,
    enum_input,
)


def _convert_stream_type(value: LogStreamType | str | Unset) -> LogStreamType | Unset:
    if type(value) is LogStreamType:
        return value
    if isinstance(value, Unset):
        return value
    return enum_input(LogStreamType, value, "streamType")


@_attrs_define
class ExecFrame:
    """Output of a command run with container exec.  The format is undocumented and inferred from the CLI and the Go SDK;
    an `output` of `EOF` marks the end of the command.

        Attributes:
            type (str): Frame type.
            output (str): Output text, or `EOF` at the end.
            stream_type (LogStreamType | Unset): Output stream a log line or exec frame came from.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "type": "type",
        "output": "output",
        "streamType": "stream_type",
        "stream_type": "stream_type",
    }

    type: str
    output: str
    stream_type: LogStreamType | Unset = _attrs_field(default=UNSET, converter=_convert_stream_type)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type
        field_dict["type"] = type_

        output = self.output
        field_dict["output"] = output

        stream_type = self.stream_type
        if not isinstance(stream_type, Unset):
            field_dict["streamType"] = stream_type.value

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["type", "output", "stream_type"], False)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "ExecFrame") -> Self:
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
        type_: str
        if _type_ is UNSET:
            raise DecodeError("type", "a value", UNSET)
        if type(_type_) is not str:
            raise DecodeError("type", "string", _type_)

        type_ = _type_

        _output = d.pop("output", UNSET)
        output: str
        if _output is UNSET:
            raise DecodeError("output", "a value", UNSET)
        if type(_output) is not str:
            raise DecodeError("output", "string", _output)

        output = _output

        _stream_type = d.pop("streamType", UNSET)
        stream_type: LogStreamType | Unset
        if isinstance(_stream_type, Unset):
            stream_type = UNSET
        else:
            if type(_stream_type) is not str:
                raise DecodeError("streamType", "string", _stream_type)

            stream_type = LogStreamType(_stream_type)

        _instance = cls(
            type=type_,
            output=output,
            stream_type=stream_type,
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
