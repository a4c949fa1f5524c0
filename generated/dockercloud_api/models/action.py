# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_state import ActionState
from ..types import UNSET, Unset, format_timestamp, parse_timestamp

T = TypeVar("T", bound="Action")


@_attrs_define
class Action:
    """Record of one API call and, for asynchronous calls, of the work it started.

    Attributes:
        uuid (str): Identifier of the action.
        resource_uri (str): Resource URI of the action, e.g. `/api/audit/v1/action/<uuid>/` (never namespaced).
        object_ (str): Resource URI of the object the action applies to.
        action (str): Name of the operation, e.g. `Cluster Create`.
        method (str): HTTP method of the call.
        path (str): HTTP path of the call.
        user (str): User who made the call.
        user_agent (str): User agent of the client that made the call.
        start_date (datetime.datetime): When the call was received and processing started.
        end_date (datetime.datetime | None): When processing finished; `null` while the action is still pending or
            running.
        state (ActionState): Lifecycle state of an action.
        ip (str): IP address the call came from.
        location (str): Geographic location of that IP address, e.g. `New York, USA`.
        is_user_action (bool): Whether a user (rather than the system) started the action.
        can_be_canceled (bool): Whether the action can still be canceled.
        can_be_retried (bool | Unset): Whether the action can be retried (listed in the attribute table but absent from
            the example).
        body (str | Unset): Request body of the call.  Known only from the Go SDK; not in the reference.
        logs (str | Unset): Log output of the action.  Known only from the SDKs; not in the reference.
    """

    uuid: str
    resource_uri: str
    object_: str
    action: str
    method: str
    path: str
    user: str
    user_agent: str
    start_date: datetime.datetime
    end_date: datetime.datetime | None
    state: ActionState
    ip: str
    location: str
    is_user_action: bool
    can_be_canceled: bool
    can_be_retried: bool | Unset = UNSET
    body: str | Unset = UNSET
    logs: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        resource_uri = self.resource_uri

        object_ = self.object_

        action = self.action

        method = self.method

        path = self.path

        user = self.user

        user_agent = self.user_agent

        start_date = format_timestamp(self.start_date)

        end_date: None | str
        if isinstance(self.end_date, datetime.datetime):
            end_date = format_timestamp(self.end_date)
        else:
            end_date = self.end_date

        state = self.state.value

        ip = self.ip

        location = self.location

        is_user_action = self.is_user_action

        can_be_canceled = self.can_be_canceled

        can_be_retried = self.can_be_retried

        body = self.body

        logs = self.logs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "resource_uri": resource_uri,
                "object": object_,
                "action": action,
                "method": method,
                "path": path,
                "user": user,
                "user_agent": user_agent,
                "start_date": start_date,
                "end_date": end_date,
                "state": state,
                "ip": ip,
                "location": location,
                "is_user_action": is_user_action,
                "can_be_canceled": can_be_canceled,
            }
        )
        if can_be_retried is not UNSET:
            field_dict["can_be_retried"] = can_be_retried
        if body is not UNSET:
            field_dict["body"] = body
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        resource_uri = d.pop("resource_uri")

        object_ = d.pop("object")

        action = d.pop("action")

        method = d.pop("method")

        path = d.pop("path")

        user = d.pop("user")

        user_agent = d.pop("user_agent")

        start_date = parse_timestamp(d.pop("start_date"))

        _end_date = d.pop("end_date")
        end_date: datetime.datetime | None
        if _end_date is None:
            end_date = _end_date
        else:
            if not isinstance(_end_date, str):
                raise TypeError(f"end_date: unexpected {type(_end_date).__name__}")
            end_date_type_0 = parse_timestamp(_end_date)

            end_date = end_date_type_0

        state = ActionState(d.pop("state"))

        ip = d.pop("ip")

        location = d.pop("location")

        is_user_action = d.pop("is_user_action")

        can_be_canceled = d.pop("can_be_canceled")

        can_be_retried = d.pop("can_be_retried", UNSET)

        body = d.pop("body", UNSET)

        logs = d.pop("logs", UNSET)

        action = cls(
            uuid=uuid,
            resource_uri=resource_uri,
            object_=object_,
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

        action.additional_properties = d
        return action

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
