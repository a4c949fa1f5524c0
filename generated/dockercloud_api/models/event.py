# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_action import EventAction
from ..models.event_type import EventType
from ..types import UNSET, Unset, format_timestamp, parse_timestamp

T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """A Docker Cloud event, sent on the events stream whenever a stack, service, container, node cluster, node or action
    is created or changes state.

        Attributes:
            type_ (EventType): Kind of object an event is about; `error` reports a stream or authentication error.
            action (EventAction): What happened to the object.
            parents (list[str]): Resource URIs of the object's parents (e.g. a container's service, stack, node and node
                cluster).
            resource_uri (str): Resource URI of the object; GET it for the details.
            state (str): Current state of the object (a value of that object's state enum).
            uuid (str): Identifier of the event.
            datetime_ (datetime.datetime): When the event happened, in ISO 8601 form (unlike REST timestamps).
            data (StreamErrorData | Unset): Details of a stream error.
    """

    type_: EventType
    action: EventAction
    parents: list[str]
    resource_uri: str
    state: str
    uuid: str
    datetime_: datetime.datetime
    data: StreamErrorData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        action = self.action.value

        parents = self.parents

        resource_uri = self.resource_uri

        state = self.state

        uuid = self.uuid

        datetime_ = format_timestamp(self.datetime_)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "action": action,
                "parents": parents,
                "resource_uri": resource_uri,
                "state": state,
                "uuid": uuid,
                "datetime": datetime_,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = EventType(d.pop("type"))

        action = EventAction(d.pop("action"))

        parents = cast("list[str]", d.pop("parents"))

        resource_uri = d.pop("resource_uri")

        state = d.pop("state")

        uuid = d.pop("uuid")

        datetime_ = parse_timestamp(d.pop("datetime"))

        _data = d.pop("data", UNSET)
        data: StreamErrorData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = StreamErrorData.from_dict(_data)

        event = cls(
            type_=type_,
            action=action,
            parents=parents,
            resource_uri=resource_uri,
            state=state,
            uuid=uuid,
            datetime_=datetime_,
            data=data,
        )

        event.additional_properties = d
        return event

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
