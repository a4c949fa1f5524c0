# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.autodestroy import Autodestroy
from ..models.autorestart import Autorestart
from ..models.deployment_strategy import DeploymentStrategy
from ..models.network_mode import NetworkMode
from ..models.pid_mode import PidMode
from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceCreate")


@_attrs_define
class ServiceCreate:
    """Body of Create a new service (and one service of a Create a new stack body).

    Attributes:
        image (str): Docker image to run, e.g. `tutum/hello-world`.
        name (str | Unset): Name of the service; defaults to the image name without its namespace.
        nickname (str | Unset): Display name; defaults to `name`.
        target_num_containers (int | Unset): Number of containers to run. Default: 1.
        run_command (None | str | Unset): Command overriding the image's, e.g. `/run.sh`; `null` (the default) keeps the
            image's.
        entrypoint (None | str | Unset): Entrypoint overriding the image's, e.g. `/usr/sbin/sshd`; `null` (the default)
            keeps the image's.
        container_ports (list[PortSpec] | Unset): Ports to expose, in addition to the image's.
        container_envvars (list[EnvVar] | Unset): Environment variables; they override those of the image.
        linked_to_service (list[LinkSpec] | Unset): Links to other services.
        bindings (list[BindingSpec] | Unset): Volumes the service mounts.
        autorestart (Autorestart | Unset): When stopped containers are restarted automatically. Default:
            Autorestart.OFF.
        autodestroy (Autodestroy | Unset): When stopped containers are terminated automatically. Default:
            Autodestroy.OFF.
        sequential_deployment (bool | Unset): Deploy and scale containers one after the other. Default: False.
        roles (list[Role] | Unset): API roles granted to the service.
        privileged (bool | Unset): Run the containers with Docker's privileged flag. Default: False.
        deployment_strategy (DeploymentStrategy | Unset): How containers are spread over nodes: `EMPTIEST_NODE` picks
            the node with the fewest running containers, `HIGH_AVAILABILITY` the node with the fewest containers of this
            service, `EVERY_NODE` runs one container on each node (such services cannot be scaled by hand). Default:
            DeploymentStrategy.EMPTIEST_NODE.
        tags (list[TagRef] | Unset): Tags selecting the nodes the service may be deployed on.
        autoredeploy (bool | Unset): Redeploy when the image is updated in the Docker Cloud registry. Default: False.
        net (NetworkMode | Unset): `bridge`: own network stack on the Docker bridge; `host`: the node's network stack.
            Default: NetworkMode.BRIDGE.
        pid (PidMode | Unset): PID namespace of the containers: `none` (their own) or `host` (the node's). Default:
            PidMode.NONE.
        working_dir (str | Unset): Working directory in the containers. Default: '/'.
    """

    image: str
    name: str | Unset = UNSET
    nickname: str | Unset = UNSET
    target_num_containers: int | Unset = 1
    run_command: None | str | Unset = UNSET
    entrypoint: None | str | Unset = UNSET
    container_ports: list[PortSpec] | Unset = UNSET
    container_envvars: list[EnvVar] | Unset = UNSET
    linked_to_service: list[LinkSpec] | Unset = UNSET
    bindings: list[BindingSpec] | Unset = UNSET
    autorestart: Autorestart | Unset = Autorestart.OFF
    autodestroy: Autodestroy | Unset = Autodestroy.OFF
    sequential_deployment: bool | Unset = False
    roles: list[Role] | Unset = UNSET
    privileged: bool | Unset = False
    deployment_strategy: DeploymentStrategy | Unset = DeploymentStrategy.EMPTIEST_NODE
    tags: list[TagRef] | Unset = UNSET
    autoredeploy: bool | Unset = False
    net: NetworkMode | Unset = NetworkMode.BRIDGE
    pid: PidMode | Unset = PidMode.NONE
    working_dir: str | Unset = "/"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        name = self.name

        nickname = self.nickname

        target_num_containers = self.target_num_containers

        run_command: None | str | Unset
        if isinstance(self.run_command, Unset):
            run_command = UNSET
        else:
            run_command = self.run_command

        entrypoint: None | str | Unset
        if isinstance(self.entrypoint, Unset):
            entrypoint = UNSET
        else:
            entrypoint = self.entrypoint

        container_ports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.container_ports, Unset):
            container_ports = []
            for container_ports_item_data in self.container_ports:
                container_ports_item = container_ports_item_data.to_dict()
                container_ports.append(container_ports_item)

        container_envvars: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.container_envvars, Unset):
            container_envvars = []
            for container_envvars_item_data in self.container_envvars:
                container_envvars_item = container_envvars_item_data.to_dict()
                container_envvars.append(container_envvars_item)

        linked_to_service: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_to_service, Unset):
            linked_to_service = []
            for linked_to_service_item_data in self.linked_to_service:
                linked_to_service_item = linked_to_service_item_data.to_dict()
                linked_to_service.append(linked_to_service_item)

        bindings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bindings, Unset):
            bindings = []
            for bindings_item_data in self.bindings:
                bindings_item = bindings_item_data.to_dict()
                bindings.append(bindings_item)

        autorestart: str | Unset = UNSET
        if not isinstance(self.autorestart, Unset):
            autorestart = self.autorestart.value

        autodestroy: str | Unset = UNSET
        if not isinstance(self.autodestroy, Unset):
            autodestroy = self.autodestroy.value

        sequential_deployment = self.sequential_deployment

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.value
                roles.append(roles_item)

        privileged = self.privileged

        deployment_strategy: str | Unset = UNSET
        if not isinstance(self.deployment_strategy, Unset):
            deployment_strategy = self.deployment_strategy.value

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        autoredeploy = self.autoredeploy

        net: str | Unset = UNSET
        if not isinstance(self.net, Unset):
            net = self.net.value

        pid: str | Unset = UNSET
        if not isinstance(self.pid, Unset):
            pid = self.pid.value

        working_dir = self.working_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if target_num_containers is not UNSET:
            field_dict["target_num_containers"] = target_num_containers
        if run_command is not UNSET:
            field_dict["run_command"] = run_command
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if container_ports is not UNSET:
            field_dict["container_ports"] = container_ports
        if container_envvars is not UNSET:
            field_dict["container_envvars"] = container_envvars
        if linked_to_service is not UNSET:
            field_dict["linked_to_service"] = linked_to_service
        if bindings is not UNSET:
            field_dict["bindings"] = bindings
        if autorestart is not UNSET:
            field_dict["autorestart"] = autorestart
        if autodestroy is not UNSET:
            field_dict["autodestroy"] = autodestroy
        if sequential_deployment is not UNSET:
            field_dict["sequential_deployment"] = sequential_deployment
        if roles is not UNSET:
            field_dict["roles"] = roles
        if privileged is not UNSET:
            field_dict["privileged"] = privileged
        if deployment_strategy is not UNSET:
            field_dict["deployment_strategy"] = deployment_strategy
        if tags is not UNSET:
            field_dict["tags"] = tags
        if autoredeploy is not UNSET:
            field_dict["autoredeploy"] = autoredeploy
        if net is not UNSET:
            field_dict["net"] = net
        if pid is not UNSET:
            field_dict["pid"] = pid
        if working_dir is not UNSET:
            field_dict["working_dir"] = working_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image = d.pop("image")

        name = d.pop("name", UNSET)

        nickname = d.pop("nickname", UNSET)

        target_num_containers = d.pop("target_num_containers", UNSET)

        run_command = cast("None | str | Unset", d.pop("run_command", UNSET))

        entrypoint = cast("None | str | Unset", d.pop("entrypoint", UNSET))

        _container_ports = d.pop("container_ports", UNSET)
        container_ports: list[PortSpec] | Unset = UNSET
        if _container_ports is not UNSET:
            container_ports = []
            for container_ports_item_data in _container_ports:
                container_ports_item = PortSpec.from_dict(container_ports_item_data)

                container_ports.append(container_ports_item)

        _container_envvars = d.pop("container_envvars", UNSET)
        container_envvars: list[EnvVar] | Unset = UNSET
        if _container_envvars is not UNSET:
            container_envvars = []
            for container_envvars_item_data in _container_envvars:
                container_envvars_item = EnvVar.from_dict(container_envvars_item_data)

                container_envvars.append(container_envvars_item)

        _linked_to_service = d.pop("linked_to_service", UNSET)
        linked_to_service: list[LinkSpec] | Unset = UNSET
        if _linked_to_service is not UNSET:
            linked_to_service = []
            for linked_to_service_item_data in _linked_to_service:
                linked_to_service_item = LinkSpec.from_dict(linked_to_service_item_data)

                linked_to_service.append(linked_to_service_item)

        _bindings = d.pop("bindings", UNSET)
        bindings: list[BindingSpec] | Unset = UNSET
        if _bindings is not UNSET:
            bindings = []
            for bindings_item_data in _bindings:
                bindings_item = BindingSpec.from_dict(bindings_item_data)

                bindings.append(bindings_item)

        _autorestart = d.pop("autorestart", UNSET)
        autorestart: Autorestart | Unset
        if isinstance(_autorestart, Unset):
            autorestart = UNSET
        else:
            autorestart = Autorestart(_autorestart)

        _autodestroy = d.pop("autodestroy", UNSET)
        autodestroy: Autodestroy | Unset
        if isinstance(_autodestroy, Unset):
            autodestroy = UNSET
        else:
            autodestroy = Autodestroy(_autodestroy)

        sequential_deployment = d.pop("sequential_deployment", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: list[Role] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = Role(roles_item_data)

                roles.append(roles_item)

        privileged = d.pop("privileged", UNSET)

        _deployment_strategy = d.pop("deployment_strategy", UNSET)
        deployment_strategy: DeploymentStrategy | Unset
        if isinstance(_deployment_strategy, Unset):
            deployment_strategy = UNSET
        else:
            deployment_strategy = DeploymentStrategy(_deployment_strategy)

        _tags = d.pop("tags", UNSET)
        tags: list[TagRef] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = TagRef.from_dict(tags_item_data)

                tags.append(tags_item)

        autoredeploy = d.pop("autoredeploy", UNSET)

        _net = d.pop("net", UNSET)
        net: NetworkMode | Unset
        if isinstance(_net, Unset):
            net = UNSET
        else:
            net = NetworkMode(_net)

        _pid = d.pop("pid", UNSET)
        pid: PidMode | Unset
        if isinstance(_pid, Unset):
            pid = UNSET
        else:
            pid = PidMode(_pid)

        working_dir = d.pop("working_dir", UNSET)

        service_create = cls(
            image=image,
            name=name,
            nickname=nickname,
            target_num_containers=target_num_containers,
            run_command=run_command,
            entrypoint=entrypoint,
            container_ports=container_ports,
            container_envvars=container_envvars,
            linked_to_service=linked_to_service,
            bindings=bindings,
            autorestart=autorestart,
            autodestroy=autodestroy,
            sequential_deployment=sequential_deployment,
            roles=roles,
            privileged=privileged,
            deployment_strategy=deployment_strategy,
            tags=tags,
            autoredeploy=autoredeploy,
            net=net,
            pid=pid,
            working_dir=working_dir,
        )

        service_create.additional_properties = d
        return service_create

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


from ..models.binding_spec import BindingSpec  # noqa: E402
from ..models.env_var import EnvVar  # noqa: E402
from ..models.link_spec import LinkSpec  # noqa: E402
from ..models.port_spec import PortSpec  # noqa: E402
from ..models.tag_ref import TagRef  # noqa: E402
