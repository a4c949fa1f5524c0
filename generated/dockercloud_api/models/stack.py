# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stack_state import StackState
from ..types import format_timestamp, parse_timestamp

T = TypeVar("T", bound="Stack")


@_attrs_define
class Stack:
    """A named group of related services.

    Attributes:
        uuid (str): Identifier of the stack.
        resource_uri (str): Resource URI of the stack (includes the namespace).
        name (str): Name of the stack.
        nickname (str): Display name; `name` unless set.
        state (StackState): Lifecycle state of a stack.  Note the capital R of `Not Running` (services write `Not
            running`).
        synchronized (bool): Whether the services match the current stack definition.
        services (list[str]): Resource URIs of the stack's services.
        deployed_datetime (datetime.datetime | None): When the stack was last deployed; `null` if never.
        destroyed_datetime (datetime.datetime | None): When the stack was terminated; `null` until then.
    """

    uuid: str
    resource_uri: str
    name: str
    nickname: str
    state: StackState
    synchronized: bool
    services: list[str]
    deployed_datetime: datetime.datetime | None
    destroyed_datetime: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        resource_uri = self.resource_uri

        name = self.name

        nickname = self.nickname

        state = self.state.value

        synchronized = self.synchronized

        services = self.services

        deployed_datetime: None | str
        if isinstance(self.deployed_datetime, datetime.datetime):
            deployed_datetime = format_timestamp(self.deployed_datetime)
        else:
            deployed_datetime = self.deployed_datetime

        destroyed_datetime: None | str
        if isinstance(self.destroyed_datetime, datetime.datetime):
            destroyed_datetime = format_timestamp(self.destroyed_datetime)
        else:
            destroyed_datetime = self.destroyed_datetime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "resource_uri": resource_uri,
                "name": name,
                "nickname": nickname,
                "state": state,
                "synchronized": synchronized,
                "services": services,
                "deployed_datetime": deployed_datetime,
                "destroyed_datetime": destroyed_datetime,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        resource_uri = d.pop("resource_uri")

        name = d.pop("name")

        nickname = d.pop("nickname")

        state = StackState(d.pop("state"))

        synchronized = d.pop("synchronized")

        services = cast("list[str]", d.pop("services"))

        _deployed_datetime = d.pop("deployed_datetime")
        deployed_datetime: datetime.datetime | None
        if _deployed_datetime is None:
            deployed_datetime = _deployed_datetime
        else:
            if not isinstance(_deployed_datetime, str):
                raise TypeError(f"deployed_datetime: unexpected {type(_deployed_datetime).__name__}")
            deployed_datetime_type_0 = parse_timestamp(_deployed_datetime)

            deployed_datetime = deployed_datetime_type_0

        _destroyed_datetime = d.pop("destroyed_datetime")
        destroyed_datetime: datetime.datetime | None
        if _destroyed_datetime is None:
            destroyed_datetime = _destroyed_datetime
        else:
            if not isinstance(_destroyed_datetime, str):
                raise TypeError(f"destroyed_datetime: unexpected {type(_destroyed_datetime).__name__}")
            destroyed_datetime_type_0 = parse_timestamp(_destroyed_datetime)

            destroyed_datetime = destroyed_datetime_type_0

        stack = cls(
            uuid=uuid,
            resource_uri=resource_uri,
            name=name,
            nickname=nickname,
            state=state,
            synchronized=synchronized,
            services=services,
            deployed_datetime=deployed_datetime,
            destroyed_datetime=destroyed_datetime,
        )

        stack.additional_properties = d
        return stack

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
