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
    NoneType,
    Plan,
    check_types,
    member,
    plan,
    scalars,
)
from ..models.stack_state import StackState
from ..types import (
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
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[Stack]]

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
        """Decode the API's JSON (see the class docstring for what may be absent); lists of resource objects
        in it are filled on first access (see ``_decoding.py``).

        Raises:
            DecodeError: a present attribute has the wrong JSON type, or uuid, resource_uri, name, state is missing.
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


def _fill(self: Stack, d: Mapping[str, Any]) -> None:
    """Store every attribute of a Stack from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type, or uuid, resource_uri, name, state is missing.
    """
    # Where each attribute's value is in an object with this key layout (plan(); a page's objects share one).
    layout = tuple(d)
    values_of, extra, absent = _PLANS.get(layout) or plan(layout, _KEYS, _ORDER, _PLANS)
    values = values_of((*d.values(), None))
    if tuple(map(type, values)) not in _CHECKED:
        check_types(d, values, _CHECKS, _CHECKED)
    self.uuid = values[0]

    self.resource_uri = values[1]

    self.name = values[2]

    self.nickname = values[3]

    v = values[4]
    self.state = _StackState_MEMBERS.get(v) or member(StackState, v)

    self.synchronized = values[5]

    v = values[6]
    if v is None:
        self.services = None
    else:
        self.services = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "services")

    v = values[7]
    if v is None:
        self.deployed_datetime = None
    else:
        try:
            self.deployed_datetime = parse_timestamp(v)
        except ValueError:
            raise DecodeError("deployed_datetime", "RFC 1123 or ISO 8601 timestamp", v) from None

    v = values[8]
    if v is None:
        self.destroyed_datetime = None
    else:
        try:
            self.destroyed_datetime = parse_timestamp(v)
        except ValueError:
            raise DecodeError("destroyed_datetime", "RFC 1123 or ISO 8601 timestamp", v) from None

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._absent = absent
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "uuid",
    "resource_uri",
    "name",
    "nickname",
    "state",
    "synchronized",
    "services",
    "deployed_datetime",
    "destroyed_datetime",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Enum members by value, read directly by _fill (member() is the fallback, for a value the spec does not list).
_StackState_MEMBERS = cast("dict[str, StackState]", StackState._value2member_map_)
#: Key layouts seen: where each attribute's value is, the unknown keys, the absent attributes (bounded in plan()).
_PLANS: dict[tuple[str, ...], Plan] = {}
#: Per attribute, in _KEYS order: (API name, JSON types allowed or None for any, expected, required).
_CHECKS: tuple[tuple[str, tuple[type, ...] | None, str, bool], ...] = (
    ("uuid", (str,), "string", True),
    ("resource_uri", (str,), "string", True),
    ("name", (str,), "string", True),
    (
        "nickname",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    ("state", (str,), "string", True),
    (
        "synchronized",
        (
            bool,
            NoneType,
        ),
        "boolean",
        False,
    ),
    (
        "services",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
    (
        "deployed_datetime",
        (
            str,
            NoneType,
        ),
        "timestamp",
        False,
    ),
    (
        "destroyed_datetime",
        (
            str,
            NoneType,
        ),
        "timestamp",
        False,
    ),
)
#: Type patterns of values that passed check_types (bounded there).
_CHECKED: set[tuple[type, ...]] = set()


Stack._DECODING = Decoding(Stack, _fill)
