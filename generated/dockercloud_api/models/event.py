# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime as _datetime
import json
from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    ONLY_STR,
    Decoding,
    Shape,
    member,
    scalars,
    shape,
)
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
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[Event]]

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
        """Decode the API's JSON (see the class docstring for what may be absent); lists of resource objects
        in it are filled on first access (see ``_decoding.py``).

        Raises:
            DecodeError: a present attribute has the wrong JSON type, or type, action, resource_uri, state is missing.
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


def _fill(self: Event, d: Mapping[str, Any]) -> None:
    """Store every attribute of a Event from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type, or type, action, resource_uri, state is missing.
    """
    get = d.get
    v = get("type", UNSET)
    if v is UNSET:
        raise DecodeError("type", "a value", UNSET)
    if type(v) is not str:
        raise DecodeError("type", "string", v)
    self.type = _EventType_MEMBERS.get(v) or member(EventType, v)

    v = get("action", UNSET)
    if v is UNSET:
        raise DecodeError("action", "a value", UNSET)
    if type(v) is not str:
        raise DecodeError("action", "string", v)
    self.action = _EventAction_MEMBERS.get(v) or member(EventAction, v)

    v = get("parents")
    if v is None:
        self.parents = None
    else:
        if type(v) is not list:
            raise DecodeError("parents", "array", v)
        self.parents = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "parents")

    v = get("resource_uri", UNSET)
    if v is UNSET:
        raise DecodeError("resource_uri", "a value", UNSET)
    if type(v) is not str:
        raise DecodeError("resource_uri", "string", v)
    self.resource_uri = v

    v = get("state", UNSET)
    if v is UNSET:
        raise DecodeError("state", "a value", UNSET)
    if type(v) is not str:
        raise DecodeError("state", "string", v)
    self.state = v

    v = get("uuid")
    if v is not None and type(v) is not str:
        raise DecodeError("uuid", "string", v)
    self.uuid = v

    v = get("datetime")
    if v is None:
        self.datetime = None
    else:
        if type(v) is not str:
            raise DecodeError("datetime", "timestamp", v)
        try:
            self.datetime = parse_timestamp(v)
        except ValueError:
            raise DecodeError("datetime", "RFC 1123 or ISO 8601 timestamp", v) from None

    v = get("data")
    if v is None:
        self.data = None
    else:
        if type(v) is not dict:
            raise DecodeError("data", "object", v)
        try:
            self.data = StreamErrorData._DECODING.now(v)
        except DecodeError as exc:
            raise exc.inside("data") from None

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    if len(d) == 8 and _KNOWN.issuperset(d):  # exactly the documented keys
        self.additional_properties = {}
        self._absent = ()
    else:
        layout = tuple(d)
        extra, self._absent = _SHAPES.get(layout) or shape(layout, _KNOWN, _ORDER, _SHAPES)
        self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "type",
    "action",
    "parents",
    "resource_uri",
    "state",
    "uuid",
    "datetime",
    "data",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Enum members by value, read directly by _fill (member() is the fallback, for a value the spec does not list).
_EventType_MEMBERS = cast("dict[str, EventType]", EventType._value2member_map_)
_EventAction_MEMBERS = cast("dict[str, EventAction]", EventAction._value2member_map_)
#: Key layouts seen: their unknown keys and absent attributes (bounded in shape()).
_SHAPES: dict[tuple[str, ...], Shape] = {}


Event._DECODING = Decoding(Event, _fill)

from ..models.stream_error_data import StreamErrorData  # noqa: E402
