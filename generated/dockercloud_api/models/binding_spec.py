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
    UNSET,
    DecodeError,
    Unset,
    build_from_input,
    compact_repr,
)


@_attrs_define
class BindingSpec:
    """A volume the service mounts.  Give `container_path` (a volume, optionally bound to `host_path`) or `volumes_from`
    (all volumes of another service); at least one of the two is needed.

        Attributes:
            host_path (str | Unset): Path on the node to bind.
            container_path (str | Unset): Mount point inside the container; needed when `volumes_from` is omitted.
            rewritable (bool | Unset): Whether the volume is writable.
            volumes_from (str | Unset): Resource URI of a service whose volumes are mounted; needed when `container_path` is
                omitted.  In a stack body the name of a sibling service is accepted as well.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "host_path": "host_path",
        "container_path": "container_path",
        "rewritable": "rewritable",
        "volumes_from": "volumes_from",
    }

    host_path: str | Unset = UNSET
    container_path: str | Unset = UNSET
    rewritable: bool | Unset = True
    volumes_from: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[BindingSpec]]

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        host_path = self.host_path
        if not isinstance(host_path, Unset):
            field_dict["host_path"] = host_path

        container_path = self.container_path
        if not isinstance(container_path, Unset):
            field_dict["container_path"] = container_path

        rewritable = self.rewritable
        if not isinstance(rewritable, Unset):
            field_dict["rewritable"] = rewritable

        volumes_from = self.volumes_from
        if not isinstance(volumes_from, Unset):
            field_dict["volumes_from"] = volumes_from

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["host_path", "container_path", "rewritable", "volumes_from"], False)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "BindingSpec") -> Self:
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


def _fill(self: BindingSpec, d: Mapping[str, Any]) -> None:
    """Store every attribute of a BindingSpec from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type.
    """
    get = d.get
    v = get("host_path", UNSET)
    if v is UNSET:
        self.host_path = UNSET
    else:
        if type(v) is not str:
            raise DecodeError("host_path", "string", v)
        self.host_path = v

    v = get("container_path", UNSET)
    if v is UNSET:
        self.container_path = UNSET
    else:
        if type(v) is not str:
            raise DecodeError("container_path", "string", v)
        self.container_path = v

    v = get("rewritable", UNSET)
    if v is UNSET:
        self.rewritable = UNSET
    else:
        if type(v) is not bool:
            raise DecodeError("rewritable", "boolean", v)
        self.rewritable = v

    v = get("volumes_from", UNSET)
    if v is UNSET:
        self.volumes_from = UNSET
    else:
        if type(v) is not str:
            raise DecodeError("volumes_from", "string", v)
        self.volumes_from = v

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    if len(d) == 4 and _KNOWN.issuperset(d):  # exactly the documented keys
        self.additional_properties = {}
    else:
        layout = tuple(d)
        extra = (_SHAPES.get(layout) or shape(layout, _KNOWN, _ORDER, _SHAPES))[0]
        self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "host_path",
    "container_path",
    "rewritable",
    "volumes_from",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Key layouts seen: their unknown keys and absent attributes (bounded in shape()).
_SHAPES: dict[tuple[str, ...], Shape] = {}


BindingSpec._DECODING = Decoding(BindingSpec, _fill)
