# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime as _datetime
import json
from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    Decoding,
    NoneType,
    Plan,
    check_types,
    member,
    plan,
)
from ..models.action_state import ActionState
from ..types import (
    DecodeError,
    build_from_input,
    compact_repr,
    enum_input,
    format_timestamp,
    parse_timestamp,
)


def _convert_state(value: ActionState | str) -> ActionState:
    if type(value) is ActionState:
        return value
    return enum_input(ActionState, value, "state")


@_attrs_define
class Action:
    """Record of one API call and, for asynchronous calls, of the work it started.

    Attributes:
        uuid (str): Identifier of the action.
        resource_uri (str): Resource URI of the action, e.g. `/api/audit/v1/action/<uuid>/` (never namespaced).
        object (str | None): Resource URI of the object the action applies to. None when the server omitted it or sent
            null.
        action (str | None): Name of the operation, e.g. `Cluster Create`. None when the server omitted it or sent null.
        method (str | None): HTTP method of the call. None when the server omitted it or sent null.
        path (str | None): HTTP path of the call. None when the server omitted it or sent null.
        user (str | None): User who made the call. None when the server omitted it or sent null.
        user_agent (str | None): User agent of the client that made the call. None when the server omitted it or sent
            null.
        start_date (datetime.datetime | None): When the call was received and processing started. None when the server
            omitted it or sent null.
        end_date (datetime.datetime | None): When processing finished; `null` while the action is still pending or
            running. None when the server omitted it or sent null.
        state (ActionState): Lifecycle state of an action: `Pending` -> `In progress` -> `Success` or `Failed`;
            cancelling goes `Canceling` -> `Canceled`.  The states in `x-dockercloud-terminal-states` never change again.
            To wait for an action, GET it (`actions_get`, or its resource URI as is) with the waits of `x-dockercloud-
            polling` between polls until its state is terminal: `Success` is the only successful end.
        ip (str | None): IP address the call came from. None when the server omitted it or sent null.
        location (str | None): Geographic location of that IP address, e.g. `New York, USA`. None when the server
            omitted it or sent null.
        is_user_action (bool | None): Whether a user (rather than the system) started the action. None when the server
            omitted it or sent null.
        can_be_canceled (bool | None): Whether the action can still be canceled. None when the server omitted it or sent
            null.
        can_be_retried (bool | None): Whether the action can be retried (listed in the attribute table but absent from
            the example). None when the server omitted it or sent null.
        body (str | None): Request body of the call.  Known only from the Go SDK; not in the reference. None when the
            server omitted it or sent null.
        logs (str | None): Log output of the action.  Known only from the SDKs; not in the reference. None when the
            server omitted it or sent null.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "uuid": "uuid",
        "resource_uri": "resource_uri",
        "object": "object",
        "action": "action",
        "method": "method",
        "path": "path",
        "user": "user",
        "user_agent": "user_agent",
        "start_date": "start_date",
        "end_date": "end_date",
        "state": "state",
        "ip": "ip",
        "location": "location",
        "is_user_action": "is_user_action",
        "can_be_canceled": "can_be_canceled",
        "can_be_retried": "can_be_retried",
        "body": "body",
        "logs": "logs",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("uuid", "uuid", False),
        ("resource_uri", "resource_uri", False),
        ("object", "object", False),
        ("action", "action", False),
        ("method", "method", False),
        ("path", "path", False),
        ("user", "user", False),
        ("user_agent", "user_agent", False),
        ("start_date", "start_date", False),
        ("end_date", "end_date", True),
        ("state", "state", False),
        ("ip", "ip", False),
        ("location", "location", False),
        ("is_user_action", "is_user_action", False),
        ("can_be_canceled", "can_be_canceled", False),
    )

    uuid: str
    resource_uri: str
    state: ActionState = _attrs_field(converter=_convert_state)
    object: str | None = None
    action: str | None = None
    method: str | None = None
    path: str | None = None
    user: str | None = None
    user_agent: str | None = None
    start_date: _datetime.datetime | None = None
    end_date: _datetime.datetime | None = None
    ip: str | None = None
    location: str | None = None
    is_user_action: bool | None = None
    can_be_canceled: bool | None = None
    can_be_retried: bool | None = None
    body: str | None = None
    logs: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[Action]]

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        uuid = self.uuid
        field_dict["uuid"] = uuid

        resource_uri = self.resource_uri
        field_dict["resource_uri"] = resource_uri

        object_ = self.object
        if object_ is not None:
            field_dict["object"] = object_
        elif "object" not in self._absent:
            field_dict["object"] = None

        action = self.action
        if action is not None:
            field_dict["action"] = action
        elif "action" not in self._absent:
            field_dict["action"] = None

        method = self.method
        if method is not None:
            field_dict["method"] = method
        elif "method" not in self._absent:
            field_dict["method"] = None

        path = self.path
        if path is not None:
            field_dict["path"] = path
        elif "path" not in self._absent:
            field_dict["path"] = None

        user = self.user
        if user is not None:
            field_dict["user"] = user
        elif "user" not in self._absent:
            field_dict["user"] = None

        user_agent = self.user_agent
        if user_agent is not None:
            field_dict["user_agent"] = user_agent
        elif "user_agent" not in self._absent:
            field_dict["user_agent"] = None

        start_date = self.start_date
        if start_date is not None:
            field_dict["start_date"] = format_timestamp(start_date)
        elif "start_date" not in self._absent:
            field_dict["start_date"] = None

        end_date = self.end_date
        if end_date is not None:
            field_dict["end_date"] = format_timestamp(end_date)
        elif "end_date" not in self._absent:
            field_dict["end_date"] = None

        state = self.state
        field_dict["state"] = state.value

        ip = self.ip
        if ip is not None:
            field_dict["ip"] = ip
        elif "ip" not in self._absent:
            field_dict["ip"] = None

        location = self.location
        if location is not None:
            field_dict["location"] = location
        elif "location" not in self._absent:
            field_dict["location"] = None

        is_user_action = self.is_user_action
        if is_user_action is not None:
            field_dict["is_user_action"] = is_user_action
        elif "is_user_action" not in self._absent:
            field_dict["is_user_action"] = None

        can_be_canceled = self.can_be_canceled
        if can_be_canceled is not None:
            field_dict["can_be_canceled"] = can_be_canceled
        elif "can_be_canceled" not in self._absent:
            field_dict["can_be_canceled"] = None

        can_be_retried = self.can_be_retried
        if can_be_retried is not None:
            field_dict["can_be_retried"] = can_be_retried
        elif "can_be_retried" not in self._absent:
            field_dict["can_be_retried"] = None

        body = self.body
        if body is not None:
            field_dict["body"] = body
        elif "body" not in self._absent:
            field_dict["body"] = None

        logs = self.logs
        if logs is not None:
            field_dict["logs"] = logs
        elif "logs" not in self._absent:
            field_dict["logs"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["uuid", "state"], True)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "Action") -> Self:
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
            DecodeError: a present attribute has the wrong JSON type, or uuid, resource_uri, state is missing.
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


def _fill(self: Action, d: Mapping[str, Any]) -> None:
    """Store every attribute of a Action from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type, or uuid, resource_uri, state is missing.
    """
    # Where each attribute's value is in an object with this key layout (plan(); a page's objects share one).
    layout = tuple(d)
    values_of, extra, absent = _PLANS.get(layout) or plan(layout, _KEYS, _ORDER, _PLANS)
    values = values_of((*d.values(), None))
    if tuple(map(type, values)) not in _CHECKED:
        check_types(d, values, _CHECKS, _CHECKED)
    self.uuid = values[0]

    self.resource_uri = values[1]

    self.object = values[2]

    self.action = values[3]

    self.method = values[4]

    self.path = values[5]

    self.user = values[6]

    self.user_agent = values[7]

    v = values[8]
    if v is None:
        self.start_date = None
    else:
        try:
            self.start_date = parse_timestamp(v)
        except ValueError:
            raise DecodeError("start_date", "RFC 1123 or ISO 8601 timestamp", v) from None

    v = values[9]
    if v is None:
        self.end_date = None
    else:
        try:
            self.end_date = parse_timestamp(v)
        except ValueError:
            raise DecodeError("end_date", "RFC 1123 or ISO 8601 timestamp", v) from None

    v = values[10]
    self.state = _ActionState_MEMBERS.get(v) or member(ActionState, v)

    self.ip = values[11]

    self.location = values[12]

    self.is_user_action = values[13]

    self.can_be_canceled = values[14]

    self.can_be_retried = values[15]

    self.body = values[16]

    self.logs = values[17]

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._absent = absent
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "uuid",
    "resource_uri",
    "object",
    "action",
    "method",
    "path",
    "user",
    "user_agent",
    "start_date",
    "end_date",
    "state",
    "ip",
    "location",
    "is_user_action",
    "can_be_canceled",
    "can_be_retried",
    "body",
    "logs",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Enum members by value, read directly by _fill (member() is the fallback, for a value the spec does not list).
_ActionState_MEMBERS = cast("dict[str, ActionState]", ActionState._value2member_map_)
#: Key layouts seen: where each attribute's value is, the unknown keys, the absent attributes (bounded in plan()).
_PLANS: dict[tuple[str, ...], Plan] = {}
#: Per attribute, in _KEYS order: (API name, JSON types allowed or None for any, expected, required).
_CHECKS: tuple[tuple[str, tuple[type, ...] | None, str, bool], ...] = (
    ("uuid", (str,), "string", True),
    ("resource_uri", (str,), "string", True),
    (
        "object",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "action",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "method",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "path",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "user",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "user_agent",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "start_date",
        (
            str,
            NoneType,
        ),
        "timestamp",
        False,
    ),
    (
        "end_date",
        (
            str,
            NoneType,
        ),
        "timestamp",
        False,
    ),
    ("state", (str,), "string", True),
    (
        "ip",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "location",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "is_user_action",
        (
            bool,
            NoneType,
        ),
        "boolean",
        False,
    ),
    (
        "can_be_canceled",
        (
            bool,
            NoneType,
        ),
        "boolean",
        False,
    ),
    (
        "can_be_retried",
        (
            bool,
            NoneType,
        ),
        "boolean",
        False,
    ),
    (
        "body",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "logs",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
)
#: Type patterns of values that passed check_types (bounded there).
_CHECKED: set[tuple[type, ...]] = set()


Action._DECODING = Decoding(Action, _fill)
