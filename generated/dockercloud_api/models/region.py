# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    ONLY_STR,
    Decoding,
    Shape,
    scalars,
    shape,
)
from ..types import (
    UNSET,
    DecodeError,
    build_from_input,
    compact_repr,
)


@_attrs_define
class Region:
    """A data center (or part of one) of a provider.

    Attributes:
        resource_uri (str): Resource URI of the region.
        name (str): Identifier of the region within its provider, e.g. `ams2`.
        label (str | None): Display name, e.g. `Amsterdam 2`. None when the server omitted it or sent null.
        node_types (list[str] | None): Resource URIs of the node types offered in the region. None when the server
            omitted it or sent null.
        availability_zones (list[str] | None): Resource URIs of the region's availability zones (empty for providers
            without zones). None when the server omitted it or sent null.
        provider (str | None): Resource URI of the provider. None when the server omitted it or sent null.
        available (bool | None): Whether new nodes can be deployed in the region. None when the server omitted it or
            sent null.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "resource_uri": "resource_uri",
        "name": "name",
        "label": "label",
        "node_types": "node_types",
        "availability_zones": "availability_zones",
        "provider": "provider",
        "available": "available",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("resource_uri", "resource_uri", False),
        ("name", "name", False),
        ("label", "label", False),
        ("node_types", "node_types", False),
        ("availability_zones", "availability_zones", False),
        ("provider", "provider", False),
        ("available", "available", False),
    )

    resource_uri: str
    name: str
    label: str | None = None
    node_types: list[str] | None = None
    availability_zones: list[str] | None = None
    provider: str | None = None
    available: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[Region]]

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        resource_uri = self.resource_uri
        field_dict["resource_uri"] = resource_uri

        name = self.name
        field_dict["name"] = name

        label = self.label
        if label is not None:
            field_dict["label"] = label
        elif "label" not in self._absent:
            field_dict["label"] = None

        node_types = self.node_types
        if node_types is not None:
            field_dict["node_types"] = node_types
        elif "node_types" not in self._absent:
            field_dict["node_types"] = None

        availability_zones = self.availability_zones
        if availability_zones is not None:
            field_dict["availability_zones"] = availability_zones
        elif "availability_zones" not in self._absent:
            field_dict["availability_zones"] = None

        provider = self.provider
        if provider is not None:
            field_dict["provider"] = provider
        elif "provider" not in self._absent:
            field_dict["provider"] = None

        available = self.available
        if available is not None:
            field_dict["available"] = available
        elif "available" not in self._absent:
            field_dict["available"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["name"], True)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "Region") -> Self:
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
            DecodeError: a present attribute has the wrong JSON type, or resource_uri, name is missing.
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


def _fill(self: Region, d: Mapping[str, Any]) -> None:
    """Store every attribute of a Region from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type, or resource_uri, name is missing.
    """
    get = d.get
    v = get("resource_uri", UNSET)
    if v is UNSET:
        raise DecodeError("resource_uri", "a value", UNSET)
    if type(v) is not str:
        raise DecodeError("resource_uri", "string", v)
    self.resource_uri = v

    v = get("name", UNSET)
    if v is UNSET:
        raise DecodeError("name", "a value", UNSET)
    if type(v) is not str:
        raise DecodeError("name", "string", v)
    self.name = v

    v = get("label")
    if v is not None and type(v) is not str:
        raise DecodeError("label", "string", v)
    self.label = v

    v = get("node_types")
    if v is None:
        self.node_types = None
    else:
        if type(v) is not list:
            raise DecodeError("node_types", "array", v)
        self.node_types = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "node_types")

    v = get("availability_zones")
    if v is None:
        self.availability_zones = None
    else:
        if type(v) is not list:
            raise DecodeError("availability_zones", "array", v)
        self.availability_zones = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "availability_zones")

    v = get("provider")
    if v is not None and type(v) is not str:
        raise DecodeError("provider", "string", v)
    self.provider = v

    v = get("available")
    if v is not None and type(v) is not bool:
        raise DecodeError("available", "boolean", v)
    self.available = v

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    if len(d) == 7 and _KNOWN.issuperset(d):  # exactly the documented keys
        self.additional_properties = {}
        self._absent = ()
    else:
        layout = tuple(d)
        extra, self._absent = _SHAPES.get(layout) or shape(layout, _KNOWN, _ORDER, _SHAPES)
        self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "resource_uri",
    "name",
    "label",
    "node_types",
    "availability_zones",
    "provider",
    "available",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Key layouts seen: their unknown keys and absent attributes (bounded in shape()).
_SHAPES: dict[tuple[str, ...], Shape] = {}


Region._DECODING = Decoding(Region, _fill)
