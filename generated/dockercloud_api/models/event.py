# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime
import datetime as _datetime
import json
from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_action import EventAction
from ..models.event_type import EventType
from ..types import (
    UNSET,
    DecodeError,
    build_from_input,
    compact_repr,
    enum_input,
    format_timestamp,
    model_input,
    parse_timestamp,
)


def _convert_type_(value: EventType | str) -> EventType:
    if type(value) is EventType:
        return value
    return enum_input(EventType, value, "type")


def _convert_action(value: EventAction | str) -> EventAction:
    if type(value) is EventAction:
        return value
    return enum_input(EventAction, value, "action")


def _convert_data(value: StreamErrorData | Mapping[str, Any] | None) -> StreamErrorData | None:
    if type(value) is StreamErrorData:
        return value
    if value is None:
        return None
    return model_input(StreamErrorData, value, "data")


@_attrs_define
class Event:
    """A Docker Cloud event, sent on the events stream whenever a stack, service, container, node cluster, node or action
    is created or changes state.

        Attributes:
            type (EventType): Kind of object an event is about; `error` reports a stream or authentication error.
            action (EventAction): What happened to the object.
            parents (list[str] | None): Resource URIs of the object's parents (e.g. a container's service, stack, node and
                node cluster). None when the server omitted it or sent null.
            resource_uri (str): Resource URI of the object; GET it for the details.
            state (str): Current state of the object (a value of that object's state enum).
            uuid (str | None): Identifier of the event. None when the server omitted it or sent null.
            datetime (datetime.datetime | None): When the event happened, in ISO 8601 form (unlike REST timestamps). None
                when the server omitted it or sent null.
            data (StreamErrorData | None): Details of a stream error. None when the server omitted it or sent null.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "type": "type",
        "action": "action",
        "parents": "parents",
        "resource_uri": "resource_uri",
        "state": "state",
        "uuid": "uuid",
        "datetime": "datetime",
        "data": "data",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("type", "type", False),
        ("action", "action", False),
        ("parents", "parents", False),
        ("resource_uri", "resource_uri", False),
        ("state", "state", False),
        ("uuid", "uuid", False),
        ("datetime", "datetime", False),
    )

    type: EventType = _attrs_field(converter=_convert_type_)
    action: EventAction = _attrs_field(converter=_convert_action)
    resource_uri: str
    state: str
    parents: list[str] | None = None
    uuid: str | None = None
    datetime: _datetime.datetime | None = None
    data: StreamErrorData | None = _attrs_field(default=None, converter=_convert_data)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type
        field_dict["type"] = type_.value

        action = self.action
        field_dict["action"] = action.value

        parents = self.parents
        if parents is not None:
            field_dict["parents"] = parents
        elif "parents" not in self._absent:
            field_dict["parents"] = None

        resource_uri = self.resource_uri
        field_dict["resource_uri"] = resource_uri

        state = self.state
        field_dict["state"] = state

        uuid = self.uuid
        if uuid is not None:
            field_dict["uuid"] = uuid
        elif "uuid" not in self._absent:
            field_dict["uuid"] = None

        datetime_ = self.datetime
        if datetime_ is not None:
            field_dict["datetime"] = format_timestamp(datetime_)
        elif "datetime" not in self._absent:
            field_dict["datetime"] = None

        data = self.data
        if data is not None:
            field_dict["data"] = data.to_dict()
        elif "data" not in self._absent:
            field_dict["data"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["uuid", "state"], True)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "Event") -> Self:
        """Build from a mapping with the API's keys, as a user passes it (unknown keys and values are refused).

        Raises:
            InvalidValueError: a key is unknown, a required key is missing, or an enum string is not allowed.
        """
        return build_from_input(cls, cls._INPUT_NAMES, data, argument)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode the API's JSON (see the class docstring for what may be absent).

        Raises:
            DecodeError: a present attribute has the wrong JSON type, or type, action, resource_uri, state is missing.
        """
        d = dict(src_dict)
        absent: list[str] = []
        _type_ = d.pop("type", UNSET)
        type_: EventType
        if _type_ is UNSET:
            raise DecodeError("type", "a value", UNSET)
        if type(_type_) is not str:
            raise DecodeError("type", "string", _type_)

        type_ = EventType(_type_)

        _action = d.pop("action", UNSET)
        action: EventAction
        if _action is UNSET:
            raise DecodeError("action", "a value", UNSET)
        if type(_action) is not str:
            raise DecodeError("action", "string", _action)

        action = EventAction(_action)

        _parents = d.pop("parents", UNSET)
        parents: list[str] | None
        if _parents is None or _parents is UNSET:
            if _parents is UNSET:
                absent.append("parents")
            parents = None
        else:
            if type(_parents) is not list:
                raise DecodeError("parents", "array", _parents)

            for _index, _item in enumerate(_parents):
                if type(_item) is not str:
                    raise DecodeError(_index, "string", _item).inside("parents")
            parents = cast("list[str]", _parents)

        _resource_uri = d.pop("resource_uri", UNSET)
        resource_uri: str
        if _resource_uri is UNSET:
            raise DecodeError("resource_uri", "a value", UNSET)
        if type(_resource_uri) is not str:
            raise DecodeError("resource_uri", "string", _resource_uri)

        resource_uri = _resource_uri

        _state = d.pop("state", UNSET)
        state: str
        if _state is UNSET:
            raise DecodeError("state", "a value", UNSET)
        if type(_state) is not str:
            raise DecodeError("state", "string", _state)

        state = _state

        _uuid = d.pop("uuid", UNSET)
        uuid: str | None
        if _uuid is None or _uuid is UNSET:
            if _uuid is UNSET:
                absent.append("uuid")
            uuid = None
        else:
            if type(_uuid) is not str:
                raise DecodeError("uuid", "string", _uuid)

            uuid = _uuid

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | None
        if _datetime_ is None or _datetime_ is UNSET:
            if _datetime_ is UNSET:
                absent.append("datetime")
            datetime_ = None
        else:
            if type(_datetime_) is not str:
                raise DecodeError("datetime", "timestamp", _datetime_)

            try:
                datetime_ = parse_timestamp(_datetime_)
            except ValueError:
                raise DecodeError("datetime", "RFC 1123 or ISO 8601 timestamp", _datetime_) from None

        _data = d.pop("data", UNSET)
        data: StreamErrorData | None
        if _data is None or _data is UNSET:
            if _data is UNSET:
                absent.append("data")
            data = None
        else:
            if type(_data) is not dict:
                raise DecodeError("data", "object", _data)

            try:
                data = StreamErrorData.from_dict(_data)
            except DecodeError as exc:
                raise exc.inside("data") from None

        _instance = cls(
            type=type_,
            action=action,
            parents=parents,
            resource_uri=resource_uri,
            state=state,
            uuid=uuid,
            datetime=datetime_,
            data=data,
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


from ..models.stream_error_data import StreamErrorData  # noqa: E402
