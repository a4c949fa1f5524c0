# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    ONLY_STR,
    Decoding,
    Shape,
    member,
    members,
    shape,
)
from ..models.autodestroy import Autodestroy
from ..models.autorestart import Autorestart
from ..models.deployment_strategy import DeploymentStrategy
from ..models.network_mode import NetworkMode
from ..models.pid_mode import PidMode
from ..models.role import Role
from ..types import (
    UNSET,
    DecodeError,
    Unset,
    build_from_input,
    compact_repr,
    enum_input,
    list_input,
    model_input,
)


def _env_var_input(value: EnvVar | Mapping[str, Any], argument: str) -> EnvVar:
    return model_input(EnvVar, value, argument)


def _port_spec_input(value: PortSpec | Mapping[str, Any], argument: str) -> PortSpec:
    return model_input(PortSpec, value, argument)


def _link_spec_input(value: LinkSpec | Mapping[str, Any], argument: str) -> LinkSpec:
    return model_input(LinkSpec, value, argument)


def _role_input(value: Role | str, argument: str) -> Role:
    return enum_input(Role, value, argument)


def _tag_ref_input(value: TagRef | Mapping[str, Any], argument: str) -> TagRef:
    return model_input(TagRef, value, argument)


def _convert_autorestart(value: Autorestart | str | Unset) -> Autorestart | Unset:
    if type(value) is Autorestart:
        return value
    if isinstance(value, Unset):
        return value
    return enum_input(Autorestart, value, "autorestart")


def _convert_autodestroy(value: Autodestroy | str | Unset) -> Autodestroy | Unset:
    if type(value) is Autodestroy:
        return value
    if isinstance(value, Unset):
        return value
    return enum_input(Autodestroy, value, "autodestroy")


def _convert_container_envvars(value: Sequence[EnvVar | Mapping[str, Any]] | Unset) -> list[EnvVar] | Unset:
    if type(value) is list and all(type(item) is EnvVar for item in value):
        return value
    if isinstance(value, Unset):
        return value
    return list_input(_env_var_input, value, "container_envvars")


def _convert_container_ports(value: Sequence[PortSpec | Mapping[str, Any]] | Unset) -> list[PortSpec] | Unset:
    if type(value) is list and all(type(item) is PortSpec for item in value):
        return value
    if isinstance(value, Unset):
        return value
    return list_input(_port_spec_input, value, "container_ports")


def _convert_deployment_strategy(value: DeploymentStrategy | str | Unset) -> DeploymentStrategy | Unset:
    if type(value) is DeploymentStrategy:
        return value
    if isinstance(value, Unset):
        return value
    return enum_input(DeploymentStrategy, value, "deployment_strategy")


def _convert_linked_to_service(value: Sequence[LinkSpec | Mapping[str, Any]] | Unset) -> list[LinkSpec] | Unset:
    if type(value) is list and all(type(item) is LinkSpec for item in value):
        return value
    if isinstance(value, Unset):
        return value
    return list_input(_link_spec_input, value, "linked_to_service")


def _convert_net(value: NetworkMode | str | Unset) -> NetworkMode | Unset:
    if type(value) is NetworkMode:
        return value
    if isinstance(value, Unset):
        return value
    return enum_input(NetworkMode, value, "net")


def _convert_pid(value: PidMode | str | Unset) -> PidMode | Unset:
    if type(value) is PidMode:
        return value
    if isinstance(value, Unset):
        return value
    return enum_input(PidMode, value, "pid")


def _convert_roles(value: Sequence[Role | str] | Unset) -> list[Role] | Unset:
    if type(value) is list and all(type(item) is Role for item in value):
        return value
    if isinstance(value, Unset):
        return value
    return list_input(_role_input, value, "roles")


def _convert_tags(value: Sequence[TagRef | Mapping[str, Any]] | Unset) -> list[TagRef] | Unset:
    if type(value) is list and all(type(item) is TagRef for item in value):
        return value
    if isinstance(value, Unset):
        return value
    return list_input(_tag_ref_input, value, "tags")


@_attrs_define
class ServiceUpdate:
    """Body of Update an existing service; omitted fields are left unchanged.  `name` and `bindings` cannot be changed.  A
    service cannot be moved to or from the `EVERY_NODE` deployment strategy.

        Attributes:
            image (str | Unset): Image, e.g. `tutum/ubuntu:5.6`; the tag defaults to `latest`.
            autorestart (Autorestart | Unset): When stopped containers are restarted automatically.
            autodestroy (Autodestroy | Unset): When stopped containers are terminated automatically.
            autoredeploy (bool | Unset): Redeploy when the image is updated in the Docker Cloud registry.
            container_envvars (list[EnvVar] | Unset): Environment variables (replace the current list).
            container_ports (list[PortSpec] | Unset): Ports to expose (replace the current list).
            cpu_shares (int | Unset): Relative CPU weight of the containers, e.g. 512.
            deployment_strategy (DeploymentStrategy | Unset): How containers are spread over nodes: `EMPTIEST_NODE` picks
                the node with the fewest running containers, `HIGH_AVAILABILITY` the node with the fewest containers of this
                service, `EVERY_NODE` runs one container on each node (such services cannot be scaled by hand).
            entrypoint (str | Unset): Entrypoint overriding the image's.
            linked_to_service (list[LinkSpec] | Unset): Links to other services (replace the current list).
            memory (int | Unset): Memory limit of each container, in MB.
            net (NetworkMode | Unset): `bridge`: own network stack on the Docker bridge; `host`: the node's network stack.
            nickname (str | Unset): Display name.
            pid (PidMode | Unset): PID namespace of the containers: `none` (their own) or `host` (the node's).
            privileged (bool | Unset): Run the containers with Docker's privileged flag.
            roles (list[Role] | Unset): API roles granted to the service.
            run_command (str | Unset): Command overriding the image's.
            sequential_deployment (bool | Unset): Deploy and scale containers one after the other.
            tags (list[TagRef] | Unset): New tag list (replaces the old one).
            target_num_containers (int | Unset): Number of containers the service should run (apply with scale).
            working_dir (str | Unset): Working directory in the containers.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "image": "image",
        "autorestart": "autorestart",
        "autodestroy": "autodestroy",
        "autoredeploy": "autoredeploy",
        "container_envvars": "container_envvars",
        "container_ports": "container_ports",
        "cpu_shares": "cpu_shares",
        "deployment_strategy": "deployment_strategy",
        "entrypoint": "entrypoint",
        "linked_to_service": "linked_to_service",
        "memory": "memory",
        "net": "net",
        "nickname": "nickname",
        "pid": "pid",
        "privileged": "privileged",
        "roles": "roles",
        "run_command": "run_command",
        "sequential_deployment": "sequential_deployment",
        "tags": "tags",
        "target_num_containers": "target_num_containers",
        "working_dir": "working_dir",
    }

    image: str | Unset = UNSET
    autorestart: Autorestart | Unset = _attrs_field(default=UNSET, converter=_convert_autorestart)
    autodestroy: Autodestroy | Unset = _attrs_field(default=UNSET, converter=_convert_autodestroy)
    autoredeploy: bool | Unset = UNSET
    container_envvars: list[EnvVar] | Unset = _attrs_field(default=UNSET, converter=_convert_container_envvars)
    container_ports: list[PortSpec] | Unset = _attrs_field(default=UNSET, converter=_convert_container_ports)
    cpu_shares: int | Unset = UNSET
    deployment_strategy: DeploymentStrategy | Unset = _attrs_field(
        default=UNSET, converter=_convert_deployment_strategy
    )
    entrypoint: str | Unset = UNSET
    linked_to_service: list[LinkSpec] | Unset = _attrs_field(default=UNSET, converter=_convert_linked_to_service)
    memory: int | Unset = UNSET
    net: NetworkMode | Unset = _attrs_field(default=UNSET, converter=_convert_net)
    nickname: str | Unset = UNSET
    pid: PidMode | Unset = _attrs_field(default=UNSET, converter=_convert_pid)
    privileged: bool | Unset = UNSET
    roles: list[Role] | Unset = _attrs_field(default=UNSET, converter=_convert_roles)
    run_command: str | Unset = UNSET
    sequential_deployment: bool | Unset = UNSET
    tags: list[TagRef] | Unset = _attrs_field(default=UNSET, converter=_convert_tags)
    target_num_containers: int | Unset = UNSET
    working_dir: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[ServiceUpdate]]

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        image = self.image
        if not isinstance(image, Unset):
            field_dict["image"] = image

        autorestart = self.autorestart
        if not isinstance(autorestart, Unset):
            field_dict["autorestart"] = autorestart.value

        autodestroy = self.autodestroy
        if not isinstance(autodestroy, Unset):
            field_dict["autodestroy"] = autodestroy.value

        autoredeploy = self.autoredeploy
        if not isinstance(autoredeploy, Unset):
            field_dict["autoredeploy"] = autoredeploy

        container_envvars = self.container_envvars
        if not isinstance(container_envvars, Unset):
            field_dict["container_envvars"] = [_item.to_dict() for _item in container_envvars]

        container_ports = self.container_ports
        if not isinstance(container_ports, Unset):
            field_dict["container_ports"] = [_item.to_dict() for _item in container_ports]

        cpu_shares = self.cpu_shares
        if not isinstance(cpu_shares, Unset):
            field_dict["cpu_shares"] = cpu_shares

        deployment_strategy = self.deployment_strategy
        if not isinstance(deployment_strategy, Unset):
            field_dict["deployment_strategy"] = deployment_strategy.value

        entrypoint = self.entrypoint
        if not isinstance(entrypoint, Unset):
            field_dict["entrypoint"] = entrypoint

        linked_to_service = self.linked_to_service
        if not isinstance(linked_to_service, Unset):
            field_dict["linked_to_service"] = [_item.to_dict() for _item in linked_to_service]

        memory = self.memory
        if not isinstance(memory, Unset):
            field_dict["memory"] = memory

        net = self.net
        if not isinstance(net, Unset):
            field_dict["net"] = net.value

        nickname = self.nickname
        if not isinstance(nickname, Unset):
            field_dict["nickname"] = nickname

        pid = self.pid
        if not isinstance(pid, Unset):
            field_dict["pid"] = pid.value

        privileged = self.privileged
        if not isinstance(privileged, Unset):
            field_dict["privileged"] = privileged

        roles = self.roles
        if not isinstance(roles, Unset):
            field_dict["roles"] = [_item.value for _item in roles]

        run_command = self.run_command
        if not isinstance(run_command, Unset):
            field_dict["run_command"] = run_command

        sequential_deployment = self.sequential_deployment
        if not isinstance(sequential_deployment, Unset):
            field_dict["sequential_deployment"] = sequential_deployment

        tags = self.tags
        if not isinstance(tags, Unset):
            field_dict["tags"] = [_item.to_dict() for _item in tags]

        target_num_containers = self.target_num_containers
        if not isinstance(target_num_containers, Unset):
            field_dict["target_num_containers"] = target_num_containers

        working_dir = self.working_dir
        if not isinstance(working_dir, Unset):
            field_dict["working_dir"] = working_dir

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(
            self,
            [
                "image",
                "autorestart",
                "autodestroy",
                "autoredeploy",
                "container_envvars",
                "container_ports",
                "cpu_shares",
                "deployment_strategy",
                "entrypoint",
                "linked_to_service",
                "memory",
                "net",
                "nickname",
                "pid",
                "privileged",
                "roles",
                "run_command",
                "sequential_deployment",
                "tags",
                "target_num_containers",
                "working_dir",
            ],
            False,
        )

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "ServiceUpdate") -> Self:
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


def _fill(self: ServiceUpdate, d: Mapping[str, Any]) -> None:
    """Store every attribute of a ServiceUpdate from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type.
    """
    get = d.get
    v = get("image", UNSET)
    if v is UNSET:
        self.image = UNSET
    else:
        if type(v) is not str:
            raise DecodeError("image", "string", v)
        self.image = v

    v = get("autorestart", UNSET)
    if v is UNSET:
        self.autorestart = UNSET
    else:
        if type(v) is not str:
            raise DecodeError("autorestart", "string", v)
        self.autorestart = _Autorestart_MEMBERS.get(v) or member(Autorestart, v)

    v = get("autodestroy", UNSET)
    if v is UNSET:
        self.autodestroy = UNSET
    else:
        if type(v) is not str:
            raise DecodeError("autodestroy", "string", v)
        self.autodestroy = _Autodestroy_MEMBERS.get(v) or member(Autodestroy, v)

    v = get("autoredeploy", UNSET)
    if v is UNSET:
        self.autoredeploy = UNSET
    else:
        if type(v) is not bool:
            raise DecodeError("autoredeploy", "boolean", v)
        self.autoredeploy = v

    v = get("container_envvars", UNSET)
    if v is UNSET:
        self.container_envvars = UNSET
    else:
        if type(v) is not list:
            raise DecodeError("container_envvars", "array", v)
        self.container_envvars = EnvVar._DECODING.each(v, "container_envvars") if v else []

    v = get("container_ports", UNSET)
    if v is UNSET:
        self.container_ports = UNSET
    else:
        if type(v) is not list:
            raise DecodeError("container_ports", "array", v)
        self.container_ports = PortSpec._DECODING.each(v, "container_ports") if v else []

    v = get("cpu_shares", UNSET)
    if v is UNSET:
        self.cpu_shares = UNSET
    else:
        if type(v) is not int:
            raise DecodeError("cpu_shares", "integer", v)
        self.cpu_shares = v

    v = get("deployment_strategy", UNSET)
    if v is UNSET:
        self.deployment_strategy = UNSET
    else:
        if type(v) is not str:
            raise DecodeError("deployment_strategy", "string", v)
        self.deployment_strategy = _DeploymentStrategy_MEMBERS.get(v) or member(DeploymentStrategy, v)

    v = get("entrypoint", UNSET)
    if v is UNSET:
        self.entrypoint = UNSET
    else:
        if type(v) is not str:
            raise DecodeError("entrypoint", "string", v)
        self.entrypoint = v

    v = get("linked_to_service", UNSET)
    if v is UNSET:
        self.linked_to_service = UNSET
    else:
        if type(v) is not list:
            raise DecodeError("linked_to_service", "array", v)
        self.linked_to_service = LinkSpec._DECODING.each(v, "linked_to_service") if v else []

    v = get("memory", UNSET)
    if v is UNSET:
        self.memory = UNSET
    else:
        if type(v) is not int:
            raise DecodeError("memory", "integer", v)
        self.memory = v

    v = get("net", UNSET)
    if v is UNSET:
        self.net = UNSET
    else:
        if type(v) is not str:
            raise DecodeError("net", "string", v)
        self.net = _NetworkMode_MEMBERS.get(v) or member(NetworkMode, v)

    v = get("nickname", UNSET)
    if v is UNSET:
        self.nickname = UNSET
    else:
        if type(v) is not str:
            raise DecodeError("nickname", "string", v)
        self.nickname = v

    v = get("pid", UNSET)
    if v is UNSET:
        self.pid = UNSET
    else:
        if type(v) is not str:
            raise DecodeError("pid", "string", v)
        self.pid = _PidMode_MEMBERS.get(v) or member(PidMode, v)

    v = get("privileged", UNSET)
    if v is UNSET:
        self.privileged = UNSET
    else:
        if type(v) is not bool:
            raise DecodeError("privileged", "boolean", v)
        self.privileged = v

    v = get("roles", UNSET)
    if v is UNSET:
        self.roles = UNSET
    else:
        if type(v) is not list:
            raise DecodeError("roles", "array", v)
        self.roles = (
            [_Role_MEMBERS.get(item) or member(Role, item) for item in v]
            if ONLY_STR.issuperset(map(type, v))
            else members(Role, v, "roles")
        )

    v = get("run_command", UNSET)
    if v is UNSET:
        self.run_command = UNSET
    else:
        if type(v) is not str:
            raise DecodeError("run_command", "string", v)
        self.run_command = v

    v = get("sequential_deployment", UNSET)
    if v is UNSET:
        self.sequential_deployment = UNSET
    else:
        if type(v) is not bool:
            raise DecodeError("sequential_deployment", "boolean", v)
        self.sequential_deployment = v

    v = get("tags", UNSET)
    if v is UNSET:
        self.tags = UNSET
    else:
        if type(v) is not list:
            raise DecodeError("tags", "array", v)
        self.tags = TagRef._DECODING.each(v, "tags") if v else []

    v = get("target_num_containers", UNSET)
    if v is UNSET:
        self.target_num_containers = UNSET
    else:
        if type(v) is not int:
            raise DecodeError("target_num_containers", "integer", v)
        self.target_num_containers = v

    v = get("working_dir", UNSET)
    if v is UNSET:
        self.working_dir = UNSET
    else:
        if type(v) is not str:
            raise DecodeError("working_dir", "string", v)
        self.working_dir = v

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    if len(d) == 21 and _KNOWN.issuperset(d):  # exactly the documented keys
        self.additional_properties = {}
    else:
        layout = tuple(d)
        extra = (_SHAPES.get(layout) or shape(layout, _KNOWN, _ORDER, _SHAPES))[0]
        self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "image",
    "autorestart",
    "autodestroy",
    "autoredeploy",
    "container_envvars",
    "container_ports",
    "cpu_shares",
    "deployment_strategy",
    "entrypoint",
    "linked_to_service",
    "memory",
    "net",
    "nickname",
    "pid",
    "privileged",
    "roles",
    "run_command",
    "sequential_deployment",
    "tags",
    "target_num_containers",
    "working_dir",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Enum members by value, read directly by _fill (member() is the fallback, for a value the spec does not list).
_Autorestart_MEMBERS = cast("dict[str, Autorestart]", Autorestart._value2member_map_)
_Autodestroy_MEMBERS = cast("dict[str, Autodestroy]", Autodestroy._value2member_map_)
_DeploymentStrategy_MEMBERS = cast("dict[str, DeploymentStrategy]", DeploymentStrategy._value2member_map_)
_NetworkMode_MEMBERS = cast("dict[str, NetworkMode]", NetworkMode._value2member_map_)
_PidMode_MEMBERS = cast("dict[str, PidMode]", PidMode._value2member_map_)
_Role_MEMBERS = cast("dict[str, Role]", Role._value2member_map_)
#: Key layouts seen: their unknown keys and absent attributes (bounded in shape()).
_SHAPES: dict[tuple[str, ...], Shape] = {}


ServiceUpdate._DECODING = Decoding(ServiceUpdate, _fill)

from ..models.env_var import EnvVar  # noqa: E402
from ..models.link_spec import LinkSpec  # noqa: E402
from ..models.port_spec import PortSpec  # noqa: E402
from ..models.tag_ref import TagRef  # noqa: E402
