# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    Decoding,
    Shape,
    shape,
)
from ..types import (
    DecodeError,
    build_from_input,
    compact_repr,
)


@_attrs_define
class ContainerBinding:
    """A volume mounted by a container.

    Attributes:
        volume (str | None): Resource URI of the volume (an undocumented resource); `null` for host bindings. None when
            the server omitted it or sent null.
        host_path (str | None): Path on the node bound to the volume; `null` for a plain volume. None when the server
            omitted it or sent null.
        container_path (str | None): Mount point in the container. None when the server omitted it or sent null.
        rewritable (bool | None): Whether the volume is writable. None when the server omitted it or sent null.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "volume": "volume",
        "host_path": "host_path",
        "container_path": "container_path",
        "rewritable": "rewritable",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("volume", "volume", True),
        ("host_path", "host_path", True),
        ("container_path", "container_path", False),
        ("rewritable", "rewritable", False),
    )

    volume: str | None = None
    host_path: str | None = None
    container_path: str | None = None
    rewritable: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[ContainerBinding]]

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        volume = self.volume
        if volume is not None:
            field_dict["volume"] = volume
        elif "volume" not in self._absent:
            field_dict["volume"] = None

        host_path = self.host_path
        if host_path is not None:
            field_dict["host_path"] = host_path
        elif "host_path" not in self._absent:
            field_dict["host_path"] = None

        container_path = self.container_path
        if container_path is not None:
            field_dict["container_path"] = container_path
        elif "container_path" not in self._absent:
            field_dict["container_path"] = None

        rewritable = self.rewritable
        if rewritable is not None:
            field_dict["rewritable"] = rewritable
        elif "rewritable" not in self._absent:
            field_dict["rewritable"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["volume", "host_path", "container_path", "rewritable"], False)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "ContainerBinding") -> Self:
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
            DecodeError: a present attribute has the wrong JSON type.
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


def _fill(self: ContainerBinding, d: Mapping[str, Any]) -> None:
    """Store every attribute of a ContainerBinding from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type.
    """
    get = d.get
    v = get("volume")
    if v is not None and type(v) is not str:
        raise DecodeError("volume", "string", v)
    self.volume = v

    v = get("host_path")
    if v is not None and type(v) is not str:
        raise DecodeError("host_path", "string", v)
    self.host_path = v

    v = get("container_path")
    if v is not None and type(v) is not str:
        raise DecodeError("container_path", "string", v)
    self.container_path = v

    v = get("rewritable")
    if v is not None and type(v) is not bool:
        raise DecodeError("rewritable", "boolean", v)
    self.rewritable = v

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    if len(d) == 4 and _KNOWN.issuperset(d):  # exactly the documented keys
        self.additional_properties = {}
        self._absent = ()
    else:
        layout = tuple(d)
        extra, self._absent = _SHAPES.get(layout) or shape(layout, _KNOWN, _ORDER, _SHAPES)
        self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "volume",
    "host_path",
    "container_path",
    "rewritable",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Key layouts seen: their unknown keys and absent attributes (bounded in shape()).
_SHAPES: dict[tuple[str, ...], Shape] = {}


ContainerBinding._DECODING = Decoding(ContainerBinding, _fill)
