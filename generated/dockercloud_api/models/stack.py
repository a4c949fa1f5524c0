# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime
import datetime as _datetime
import json
from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stack_state import StackState
from ..types import (
    UNSET,
    DecodeError,
    build_from_input,
    compact_repr,
    enum_input,
    format_timestamp,
    parse_timestamp,
)


def _convert_state(value: StackState | str) -> StackState:
    if type(value) is StackState:
        return value
    return enum_input(StackState, value, "state")


@_attrs_define
class Stack:
    """A named group of related services.

    Attributes:
        uuid (str): Identifier of the stack.
        resource_uri (str): Resource URI of the stack (includes the namespace).
        name (str): Name of the stack.
        nickname (str | None): Display name; `name` unless set. None when the server omitted it or sent null.
        state (StackState): Lifecycle state of a stack.  Note the capital R of `Not Running` (services write `Not
            running`).
        synchronized (bool | None): Whether the services match the current stack definition. None when the server
            omitted it or sent null.
        services (list[str] | None): Resource URIs of the stack's services. None when the server omitted it or sent
            null.
        deployed_datetime (datetime.datetime | None): When the stack was last deployed; `null` if never. None when the
            server omitted it or sent null.
        destroyed_datetime (datetime.datetime | None): When the stack was terminated; `null` until then. None when the
            server omitted it or sent null.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "uuid": "uuid",
        "resource_uri": "resource_uri",
        "name": "name",
        "nickname": "nickname",
        "state": "state",
        "synchronized": "synchronized",
        "services": "services",
        "deployed_datetime": "deployed_datetime",
        "destroyed_datetime": "destroyed_datetime",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("uuid", "uuid", False),
        ("resource_uri", "resource_uri", False),
        ("name", "name", False),
        ("nickname", "nickname", False),
        ("state", "state", False),
        ("synchronized", "synchronized", False),
        ("services", "services", False),
        ("deployed_datetime", "deployed_datetime", True),
        ("destroyed_datetime", "destroyed_datetime", True),
    )

    uuid: str
    resource_uri: str
    name: str
    state: StackState = _attrs_field(converter=_convert_state)
    nickname: str | None = None
    synchronized: bool | None = None
    services: list[str] | None = None
    deployed_datetime: _datetime.datetime | None = None
    destroyed_datetime: _datetime.datetime | None = None
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

        name = self.name
        field_dict["name"] = name

        nickname = self.nickname
        if nickname is not None:
            field_dict["nickname"] = nickname
        elif "nickname" not in self._absent:
            field_dict["nickname"] = None

        state = self.state
        field_dict["state"] = state.value

        synchronized = self.synchronized
        if synchronized is not None:
            field_dict["synchronized"] = synchronized
        elif "synchronized" not in self._absent:
            field_dict["synchronized"] = None

        services = self.services
        if services is not None:
            field_dict["services"] = services
        elif "services" not in self._absent:
            field_dict["services"] = None

        deployed_datetime = self.deployed_datetime
        if deployed_datetime is not None:
            field_dict["deployed_datetime"] = format_timestamp(deployed_datetime)
        elif "deployed_datetime" not in self._absent:
            field_dict["deployed_datetime"] = None

        destroyed_datetime = self.destroyed_datetime
        if destroyed_datetime is not None:
            field_dict["destroyed_datetime"] = format_timestamp(destroyed_datetime)
        elif "destroyed_datetime" not in self._absent:
            field_dict["destroyed_datetime"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["uuid", "name", "state"], True)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "Stack") -> Self:
        """Build from a mapping with the API's keys, as a user passes it (unknown keys and values are refused).

        Raises:
            InvalidValueError: a key is unknown, a required key is missing, or an enum string is not allowed.
        """
        return build_from_input(cls, cls._INPUT_NAMES, data, argument)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode the API's JSON (see the class docstring for what may be absent).

        Raises:
            DecodeError: a present attribute has the wrong JSON type, or uuid, resource_uri, name, state is missing.
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

        _name = d.pop("name", UNSET)
        name: str
        if _name is UNSET:
            raise DecodeError("name", "a value", UNSET)
        if type(_name) is not str:
            raise DecodeError("name", "string", _name)

        name = _name

        _nickname = d.pop("nickname", UNSET)
        nickname: str | None
        if _nickname is None or _nickname is UNSET:
            if _nickname is UNSET:
                absent.append("nickname")
            nickname = None
        else:
            if type(_nickname) is not str:
                raise DecodeError("nickname", "string", _nickname)

            nickname = _nickname

        _state = d.pop("state", UNSET)
        state: StackState
        if _state is UNSET:
            raise DecodeError("state", "a value", UNSET)
        if type(_state) is not str:
            raise DecodeError("state", "string", _state)

        state = StackState(_state)

        _synchronized = d.pop("synchronized", UNSET)
        synchronized: bool | None
        if _synchronized is None or _synchronized is UNSET:
            if _synchronized is UNSET:
                absent.append("synchronized")
            synchronized = None
        else:
            if type(_synchronized) is not bool:
                raise DecodeError("synchronized", "boolean", _synchronized)

            synchronized = _synchronized

        _services = d.pop("services", UNSET)
        services: list[str] | None
        if _services is None or _services is UNSET:
            if _services is UNSET:
                absent.append("services")
            services = None
        else:
            if type(_services) is not list:
                raise DecodeError("services", "array", _services)

            for _index, _item in enumerate(_services):
                if type(_item) is not str:
                    raise DecodeError(_index, "string", _item).inside("services")
            services = cast("list[str]", _services)

        _deployed_datetime = d.pop("deployed_datetime", UNSET)
        deployed_datetime: datetime.datetime | None
        if _deployed_datetime is None or _deployed_datetime is UNSET:
            if _deployed_datetime is UNSET:
                absent.append("deployed_datetime")
            deployed_datetime = None
        else:
            if type(_deployed_datetime) is not str:
                raise DecodeError("deployed_datetime", "timestamp", _deployed_datetime)

            try:
                deployed_datetime = parse_timestamp(_deployed_datetime)
            except ValueError:
                raise DecodeError("deployed_datetime", "RFC 1123 or ISO 8601 timestamp", _deployed_datetime) from None

        _destroyed_datetime = d.pop("destroyed_datetime", UNSET)
        destroyed_datetime: datetime.datetime | None
        if _destroyed_datetime is None or _destroyed_datetime is UNSET:
            if _destroyed_datetime is UNSET:
                absent.append("destroyed_datetime")
            destroyed_datetime = None
        else:
            if type(_destroyed_datetime) is not str:
                raise DecodeError("destroyed_datetime", "timestamp", _destroyed_datetime)

            try:
                destroyed_datetime = parse_timestamp(_destroyed_datetime)
            except ValueError:
                raise DecodeError("destroyed_datetime", "RFC 1123 or ISO 8601 timestamp", _destroyed_datetime) from None

        _instance = cls(
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
