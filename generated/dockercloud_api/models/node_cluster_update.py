# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
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
    list_input,
    model_input,
)


def _tag_ref_input(value: TagRef | Mapping[str, Any], argument: str) -> TagRef:
    return model_input(TagRef, value, argument)


def _convert_tags(value: Sequence[TagRef | Mapping[str, Any]] | Unset) -> list[TagRef] | Unset:
    if type(value) is list and all(type(item) is TagRef for item in value):
        return value
    if isinstance(value, Unset):
        return value
    return list_input(_tag_ref_input, value, "tags")


@_attrs_define
class NodeClusterUpdate:
    """Body of Update an existing node cluster; omitted fields are left unchanged.

    Attributes:
        target_num_nodes (int | Unset): Number of nodes to scale the cluster to.
        tags (list[TagRef] | Unset): New tag list of the cluster and its nodes (replaces the user tags).
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "target_num_nodes": "target_num_nodes",
        "tags": "tags",
    }

    target_num_nodes: int | Unset = UNSET
    tags: list[TagRef] | Unset = _attrs_field(default=UNSET, converter=_convert_tags)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[NodeClusterUpdate]]

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        target_num_nodes = self.target_num_nodes
        if not isinstance(target_num_nodes, Unset):
            field_dict["target_num_nodes"] = target_num_nodes

        tags = self.tags
        if not isinstance(tags, Unset):
            field_dict["tags"] = [_item.to_dict() for _item in tags]

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["target_num_nodes", "tags"], False)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "NodeClusterUpdate") -> Self:
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


def _fill(self: NodeClusterUpdate, d: Mapping[str, Any]) -> None:
    """Store every attribute of a NodeClusterUpdate from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type.
    """
    get = d.get
    v = get("target_num_nodes", UNSET)
    if v is UNSET:
        self.target_num_nodes = UNSET
    else:
        if type(v) is not int:
            raise DecodeError("target_num_nodes", "integer", v)
        self.target_num_nodes = v

    v = get("tags", UNSET)
    if v is UNSET:
        self.tags = UNSET
    else:
        if type(v) is not list:
            raise DecodeError("tags", "array", v)
        self.tags = TagRef._DECODING.each(v, "tags") if v else []

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    if len(d) == 2 and _KNOWN.issuperset(d):  # exactly the documented keys
        self.additional_properties = {}
    else:
        layout = tuple(d)
        extra = (_SHAPES.get(layout) or shape(layout, _KNOWN, _ORDER, _SHAPES))[0]
        self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "target_num_nodes",
    "tags",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Key layouts seen: their unknown keys and absent attributes (bounded in shape()).
_SHAPES: dict[tuple[str, ...], Shape] = {}


NodeClusterUpdate._DECODING = Decoding(NodeClusterUpdate, _fill)

from ..models.tag_ref import TagRef  # noqa: E402
