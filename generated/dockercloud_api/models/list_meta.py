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
class ListMeta:
    """Paging information of a list response.  [inferred] The reference never shows the list envelope.

    Attributes:
        limit (int | None): Page size used for this page. None when the server omitted it or sent null.
        offset (int | None): Position of the first object of this page among all matches. None when the server omitted
            it or sent null.
        total_count (int | None): Number of objects matching the request, over all pages. None when the server omitted
            it or sent null.
        next (str | None): Server-relative URL (starting with `/api/`) of the next page, with the same filters; `null`
            on the last page. None when the server omitted it or sent null.
        previous (str | None): Server-relative URL (starting with `/api/`) of the previous page; `null` on the first
            page. None when the server omitted it or sent null.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "limit": "limit",
        "offset": "offset",
        "total_count": "total_count",
        "next": "next",
        "previous": "previous",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("limit", "limit", False),
        ("offset", "offset", False),
        ("total_count", "total_count", False),
        ("next", "next", True),
        ("previous", "previous", True),
    )

    limit: int | None = None
    offset: int | None = None
    total_count: int | None = None
    next: str | None = None
    previous: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[ListMeta]]

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        limit = self.limit
        if limit is not None:
            field_dict["limit"] = limit
        elif "limit" not in self._absent:
            field_dict["limit"] = None

        offset = self.offset
        if offset is not None:
            field_dict["offset"] = offset
        elif "offset" not in self._absent:
            field_dict["offset"] = None

        total_count = self.total_count
        if total_count is not None:
            field_dict["total_count"] = total_count
        elif "total_count" not in self._absent:
            field_dict["total_count"] = None

        next_ = self.next
        if next_ is not None:
            field_dict["next"] = next_
        elif "next" not in self._absent:
            field_dict["next"] = None

        previous = self.previous
        if previous is not None:
            field_dict["previous"] = previous
        elif "previous" not in self._absent:
            field_dict["previous"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["limit", "offset", "total_count", "next", "previous"], False)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "ListMeta") -> Self:
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


def _fill(self: ListMeta, d: Mapping[str, Any]) -> None:
    """Store every attribute of a ListMeta from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type.
    """
    get = d.get
    v = get("limit")
    if v is not None and type(v) is not int:
        raise DecodeError("limit", "integer", v)
    self.limit = v

    v = get("offset")
    if v is not None and type(v) is not int:
        raise DecodeError("offset", "integer", v)
    self.offset = v

    v = get("total_count")
    if v is not None and type(v) is not int:
        raise DecodeError("total_count", "integer", v)
    self.total_count = v

    v = get("next")
    if v is not None and type(v) is not str:
        raise DecodeError("next", "string", v)
    self.next = v

    v = get("previous")
    if v is not None and type(v) is not str:
        raise DecodeError("previous", "string", v)
    self.previous = v

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    if len(d) == 5 and _KNOWN.issuperset(d):  # exactly the documented keys
        self.additional_properties = {}
        self._absent = ()
    else:
        layout = tuple(d)
        extra, self._absent = _SHAPES.get(layout) or shape(layout, _KNOWN, _ORDER, _SHAPES)
        self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "limit",
    "offset",
    "total_count",
    "next",
    "previous",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Key layouts seen: their unknown keys and absent attributes (bounded in shape()).
_SHAPES: dict[tuple[str, ...], Shape] = {}


ListMeta._DECODING = Decoding(ListMeta, _fill)
