# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime
import datetime as _datetime
import json
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_state import ActionState
from ..types import (
    UNSET,
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
        """Decode the API's JSON (see the class docstring for what may be absent).

        Raises:
            DecodeError: a present attribute has the wrong JSON type, or uuid, resource_uri, state is missing.
        """
        d = dict(src_dict)
        absent: list[str] = []
        _uuid = d.pop("uuid", UNSET)
        uuid: str
        if _uuid is UNSET:
            raise DecodeError("uuid", "a value", UNSET)
        if type(_uuid) is not str:
            raise DecodeError("uuid", "string", _uuid)

        uuid = _uuid

        _resource_uri = d.pop("resource_uri", UNSET)
        resource_uri: str
        if _resource_uri is UNSET:
            raise DecodeError("resource_uri", "a value", UNSET)
        if type(_resource_uri) is not str:
            raise DecodeError("resource_uri", "string", _resource_uri)

        resource_uri = _resource_uri

        _object_ = d.pop("object", UNSET)
        object_: str | None
        if _object_ is None or _object_ is UNSET:
            if _object_ is UNSET:
                absent.append("object")
            object_ = None
        else:
            if type(_object_) is not str:
                raise DecodeError("object", "string", _object_)

            object_ = _object_

        _action = d.pop("action", UNSET)
        action: str | None
        if _action is None or _action is UNSET:
            if _action is UNSET:
                absent.append("action")
            action = None
        else:
            if type(_action) is not str:
                raise DecodeError("action", "string", _action)

            action = _action

        _method = d.pop("method", UNSET)
        method: str | None
        if _method is None or _method is UNSET:
            if _method is UNSET:
                absent.append("method")
            method = None
        else:
            if type(_method) is not str:
                raise DecodeError("method", "string", _method)

            method = _method

        _path = d.pop("path", UNSET)
        path: str | None
        if _path is None or _path is UNSET:
            if _path is UNSET:
                absent.append("path")
            path = None
        else:
            if type(_path) is not str:
                raise DecodeError("path", "string", _path)

            path = _path

        _user = d.pop("user", UNSET)
        user: str | None
        if _user is None or _user is UNSET:
            if _user is UNSET:
                absent.append("user")
            user = None
        else:
            if type(_user) is not str:
                raise DecodeError("user", "string", _user)

            user = _user

        _user_agent = d.pop("user_agent", UNSET)
        user_agent: str | None
        if _user_agent is None or _user_agent is UNSET:
            if _user_agent is UNSET:
                absent.append("user_agent")
            user_agent = None
        else:
            if type(_user_agent) is not str:
                raise DecodeError("user_agent", "string", _user_agent)

            user_agent = _user_agent

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.datetime | None
        if _start_date is None or _start_date is UNSET:
            if _start_date is UNSET:
                absent.append("start_date")
            start_date = None
        else:
            if type(_start_date) is not str:
                raise DecodeError("start_date", "timestamp", _start_date)

            try:
                start_date = parse_timestamp(_start_date)
            except ValueError:
                raise DecodeError("start_date", "RFC 1123 or ISO 8601 timestamp", _start_date) from None

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.datetime | None
        if _end_date is None or _end_date is UNSET:
            if _end_date is UNSET:
                absent.append("end_date")
            end_date = None
        else:
            if type(_end_date) is not str:
                raise DecodeError("end_date", "timestamp", _end_date)

            try:
                end_date = parse_timestamp(_end_date)
            except ValueError:
                raise DecodeError("end_date", "RFC 1123 or ISO 8601 timestamp", _end_date) from None

        _state = d.pop("state", UNSET)
        state: ActionState
        if _state is UNSET:
            raise DecodeError("state", "a value", UNSET)
        if type(_state) is not str:
            raise DecodeError("state", "string", _state)

        state = ActionState(_state)

        _ip = d.pop("ip", UNSET)
        ip: str | None
        if _ip is None or _ip is UNSET:
            if _ip is UNSET:
                absent.append("ip")
            ip = None
        else:
            if type(_ip) is not str:
                raise DecodeError("ip", "string", _ip)

            ip = _ip

        _location = d.pop("location", UNSET)
        location: str | None
        if _location is None or _location is UNSET:
            if _location is UNSET:
                absent.append("location")
            location = None
        else:
            if type(_location) is not str:
                raise DecodeError("location", "string", _location)

            location = _location

        _is_user_action = d.pop("is_user_action", UNSET)
        is_user_action: bool | None
        if _is_user_action is None or _is_user_action is UNSET:
            if _is_user_action is UNSET:
                absent.append("is_user_action")
            is_user_action = None
        else:
            if type(_is_user_action) is not bool:
                raise DecodeError("is_user_action", "boolean", _is_user_action)

            is_user_action = _is_user_action

        _can_be_canceled = d.pop("can_be_canceled", UNSET)
        can_be_canceled: bool | None
        if _can_be_canceled is None or _can_be_canceled is UNSET:
            if _can_be_canceled is UNSET:
                absent.append("can_be_canceled")
            can_be_canceled = None
        else:
            if type(_can_be_canceled) is not bool:
                raise DecodeError("can_be_canceled", "boolean", _can_be_canceled)

            can_be_canceled = _can_be_canceled

        _can_be_retried = d.pop("can_be_retried", UNSET)
        can_be_retried: bool | None
        if _can_be_retried is None or _can_be_retried is UNSET:
            if _can_be_retried is UNSET:
                absent.append("can_be_retried")
            can_be_retried = None
        else:
            if type(_can_be_retried) is not bool:
                raise DecodeError("can_be_retried", "boolean", _can_be_retried)

            can_be_retried = _can_be_retried

        _body = d.pop("body", UNSET)
        body: str | None
        if _body is None or _body is UNSET:
            if _body is UNSET:
                absent.append("body")
            body = None
        else:
            if type(_body) is not str:
                raise DecodeError("body", "string", _body)

            body = _body

        _logs = d.pop("logs", UNSET)
        logs: str | None
        if _logs is None or _logs is UNSET:
            if _logs is UNSET:
                absent.append("logs")
            logs = None
        else:
            if type(_logs) is not str:
                raise DecodeError("logs", "string", _logs)

            logs = _logs

        _instance = cls(
            uuid=uuid,
            resource_uri=resource_uri,
            object=object_,
            action=action,
            method=method,
            path=path,
            user=user,
            user_agent=user_agent,
            start_date=start_date,
            end_date=end_date,
            state=state,
            ip=ip,
            location=location,
            is_user_action=is_user_action,
            can_be_canceled=can_be_canceled,
            can_be_retried=can_be_retried,
            body=body,
            logs=logs,
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
