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


def _convert_provider_options(value: ProviderOptions | Mapping[str, Any] | Unset) -> ProviderOptions | Unset:
    if type(value) is ProviderOptions:
        return value
    if isinstance(value, Unset):
        return value
    return model_input(ProviderOptions, value, "provider_options")


@_attrs_define
class NodeClusterCreate:
    """Body of Create a new node cluster.

    Attributes:
        name (str): Name of the node cluster.
        node_type (str): Resource URI of the node type of the nodes.
        region (str): Resource URI of the region to deploy in.
        disk (int | Unset): Disk size for images and containers, in GB.  Ignored on Digital Ocean; Softlayer only
            accepts 10, 20, 25, 30, 40, 50, 75, 100, 125, 150, 175, 200, 250, 300, 350, 400, 500, 750, 1000, 1500 or 2000.
        nickname (str | Unset): Display name; defaults to `name`.
        target_num_nodes (int | Unset): Number of nodes to deploy.
        tags (list[TagRef] | Unset): Tags of the node cluster and its nodes.
        provider_options (ProviderOptions | Unset): Provider-specific deployment options; only AWS defines any.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "name": "name",
        "node_type": "node_type",
        "region": "region",
        "disk": "disk",
        "nickname": "nickname",
        "target_num_nodes": "target_num_nodes",
        "tags": "tags",
        "provider_options": "provider_options",
    }

    name: str
    node_type: str
    region: str
    disk: int | Unset = 60
    nickname: str | Unset = UNSET
    target_num_nodes: int | Unset = 1
    tags: list[TagRef] | Unset = _attrs_field(default=UNSET, converter=_convert_tags)
    provider_options: ProviderOptions | Unset = _attrs_field(default=UNSET, converter=_convert_provider_options)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[NodeClusterCreate]]

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        name = self.name
        field_dict["name"] = name

        node_type = self.node_type
        field_dict["node_type"] = node_type

        region = self.region
        field_dict["region"] = region

        disk = self.disk
        if not isinstance(disk, Unset):
            field_dict["disk"] = disk

        nickname = self.nickname
        if not isinstance(nickname, Unset):
            field_dict["nickname"] = nickname

        target_num_nodes = self.target_num_nodes
        if not isinstance(target_num_nodes, Unset):
            field_dict["target_num_nodes"] = target_num_nodes

        tags = self.tags
        if not isinstance(tags, Unset):
            field_dict["tags"] = [_item.to_dict() for _item in tags]

        provider_options = self.provider_options
        if not isinstance(provider_options, Unset):
            field_dict["provider_options"] = provider_options.to_dict()

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["name"], True)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "NodeClusterCreate") -> Self:
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


def _fill(self: NodeClusterCreate, d: Mapping[str, Any]) -> None:
    """Store every attribute of a NodeClusterCreate from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type.
    """
    get = d.get
    v = get("name", UNSET)
    if v is UNSET:
        raise DecodeError("name", "a value", UNSET)
    if type(v) is not str:
        raise DecodeError("name", "string", v)
    self.name = v

    v = get("node_type", UNSET)
    if v is UNSET:
        raise DecodeError("node_type", "a value", UNSET)
    if type(v) is not str:
        raise DecodeError("node_type", "string", v)
    self.node_type = v

    v = get("region", UNSET)
    if v is UNSET:
        raise DecodeError("region", "a value", UNSET)
    if type(v) is not str:
        raise DecodeError("region", "string", v)
    self.region = v

    v = get("disk", UNSET)
    if v is UNSET:
        self.disk = UNSET
    else:
        if type(v) is not int:
            raise DecodeError("disk", "integer", v)
        self.disk = v

    v = get("nickname", UNSET)
    if v is UNSET:
        self.nickname = UNSET
    else:
        if type(v) is not str:
            raise DecodeError("nickname", "string", v)
        self.nickname = v

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

    v = get("provider_options", UNSET)
    if v is UNSET:
        self.provider_options = UNSET
    else:
        if type(v) is not dict:
            raise DecodeError("provider_options", "object", v)
        try:
            self.provider_options = ProviderOptions._DECODING.now(v)
        except DecodeError as exc:
            raise exc.inside("provider_options") from None

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    if len(d) == 8 and _KNOWN.issuperset(d):  # exactly the documented keys
        self.additional_properties = {}
    else:
        layout = tuple(d)
        extra = (_SHAPES.get(layout) or shape(layout, _KNOWN, _ORDER, _SHAPES))[0]
        self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "name",
    "node_type",
    "region",
    "disk",
    "nickname",
    "target_num_nodes",
    "tags",
    "provider_options",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Key layouts seen: their unknown keys and absent attributes (bounded in shape()).
_SHAPES: dict[tuple[str, ...], Shape] = {}


NodeClusterCreate._DECODING = Decoding(NodeClusterCreate, _fill)

from ..models.provider_options import ProviderOptions  # noqa: E402
from ..models.tag_ref import TagRef  # noqa: E402
