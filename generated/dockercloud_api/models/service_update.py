# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.autodestroy import Autodestroy
from ..models.autorestart import Autorestart
from ..models.deployment_strategy import DeploymentStrategy
from ..models.network_mode import NetworkMode
from ..models.pid_mode import PidMode
from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceUpdate")


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

    image: str | Unset = UNSET
    autorestart: Autorestart | Unset = UNSET
    autodestroy: Autodestroy | Unset = UNSET
    autoredeploy: bool | Unset = UNSET
    container_envvars: list[EnvVar] | Unset = UNSET
    container_ports: list[PortSpec] | Unset = UNSET
    cpu_shares: int | Unset = UNSET
    deployment_strategy: DeploymentStrategy | Unset = UNSET
    entrypoint: str | Unset = UNSET
    linked_to_service: list[LinkSpec] | Unset = UNSET
    memory: int | Unset = UNSET
    net: NetworkMode | Unset = UNSET
    nickname: str | Unset = UNSET
    pid: PidMode | Unset = UNSET
    privileged: bool | Unset = UNSET
    roles: list[Role] | Unset = UNSET
    run_command: str | Unset = UNSET
    sequential_deployment: bool | Unset = UNSET
    tags: list[TagRef] | Unset = UNSET
    target_num_containers: int | Unset = UNSET
    working_dir: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        autorestart: str | Unset = UNSET
        if not isinstance(self.autorestart, Unset):
            autorestart = self.autorestart.value

        autodestroy: str | Unset = UNSET
        if not isinstance(self.autodestroy, Unset):
            autodestroy = self.autodestroy.value

        autoredeploy = self.autoredeploy

        container_envvars: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.container_envvars, Unset):
            container_envvars = []
            for container_envvars_item_data in self.container_envvars:
                container_envvars_item = container_envvars_item_data.to_dict()
                container_envvars.append(container_envvars_item)

        container_ports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.container_ports, Unset):
            container_ports = []
            for container_ports_item_data in self.container_ports:
                container_ports_item = container_ports_item_data.to_dict()
                container_ports.append(container_ports_item)

        cpu_shares = self.cpu_shares

        deployment_strategy: str | Unset = UNSET
        if not isinstance(self.deployment_strategy, Unset):
            deployment_strategy = self.deployment_strategy.value

        entrypoint = self.entrypoint

        linked_to_service: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_to_service, Unset):
            linked_to_service = []
            for linked_to_service_item_data in self.linked_to_service:
                linked_to_service_item = linked_to_service_item_data.to_dict()
                linked_to_service.append(linked_to_service_item)

        memory = self.memory

        net: str | Unset = UNSET
        if not isinstance(self.net, Unset):
            net = self.net.value

        nickname = self.nickname

        pid: str | Unset = UNSET
        if not isinstance(self.pid, Unset):
            pid = self.pid.value

        privileged = self.privileged

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.value
                roles.append(roles_item)

        run_command = self.run_command

        sequential_deployment = self.sequential_deployment

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        target_num_containers = self.target_num_containers

        working_dir = self.working_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if autorestart is not UNSET:
            field_dict["autorestart"] = autorestart
        if autodestroy is not UNSET:
            field_dict["autodestroy"] = autodestroy
        if autoredeploy is not UNSET:
            field_dict["autoredeploy"] = autoredeploy
        if container_envvars is not UNSET:
            field_dict["container_envvars"] = container_envvars
        if container_ports is not UNSET:
            field_dict["container_ports"] = container_ports
        if cpu_shares is not UNSET:
            field_dict["cpu_shares"] = cpu_shares
        if deployment_strategy is not UNSET:
            field_dict["deployment_strategy"] = deployment_strategy
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if linked_to_service is not UNSET:
            field_dict["linked_to_service"] = linked_to_service
        if memory is not UNSET:
            field_dict["memory"] = memory
        if net is not UNSET:
            field_dict["net"] = net
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if pid is not UNSET:
            field_dict["pid"] = pid
        if privileged is not UNSET:
            field_dict["privileged"] = privileged
        if roles is not UNSET:
            field_dict["roles"] = roles
        if run_command is not UNSET:
            field_dict["run_command"] = run_command
        if sequential_deployment is not UNSET:
            field_dict["sequential_deployment"] = sequential_deployment
        if tags is not UNSET:
            field_dict["tags"] = tags
        if target_num_containers is not UNSET:
            field_dict["target_num_containers"] = target_num_containers
        if working_dir is not UNSET:
            field_dict["working_dir"] = working_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image = d.pop("image", UNSET)

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

        autoredeploy = d.pop("autoredeploy", UNSET)

        _container_envvars = d.pop("container_envvars", UNSET)
        container_envvars: list[EnvVar] | Unset = UNSET
        if _container_envvars is not UNSET:
            container_envvars = []
            for container_envvars_item_data in _container_envvars:
                container_envvars_item = EnvVar.from_dict(container_envvars_item_data)

                container_envvars.append(container_envvars_item)

        _container_ports = d.pop("container_ports", UNSET)
        container_ports: list[PortSpec] | Unset = UNSET
        if _container_ports is not UNSET:
            container_ports = []
            for container_ports_item_data in _container_ports:
                container_ports_item = PortSpec.from_dict(container_ports_item_data)

                container_ports.append(container_ports_item)

        cpu_shares = d.pop("cpu_shares", UNSET)

        _deployment_strategy = d.pop("deployment_strategy", UNSET)
        deployment_strategy: DeploymentStrategy | Unset
        if isinstance(_deployment_strategy, Unset):
            deployment_strategy = UNSET
        else:
            deployment_strategy = DeploymentStrategy(_deployment_strategy)

        entrypoint = d.pop("entrypoint", UNSET)

        _linked_to_service = d.pop("linked_to_service", UNSET)
        linked_to_service: list[LinkSpec] | Unset = UNSET
        if _linked_to_service is not UNSET:
            linked_to_service = []
            for linked_to_service_item_data in _linked_to_service:
                linked_to_service_item = LinkSpec.from_dict(linked_to_service_item_data)

                linked_to_service.append(linked_to_service_item)

        memory = d.pop("memory", UNSET)

        _net = d.pop("net", UNSET)
        net: NetworkMode | Unset
        if isinstance(_net, Unset):
            net = UNSET
        else:
            net = NetworkMode(_net)

        nickname = d.pop("nickname", UNSET)

        _pid = d.pop("pid", UNSET)
        pid: PidMode | Unset
        if isinstance(_pid, Unset):
            pid = UNSET
        else:
            pid = PidMode(_pid)

        privileged = d.pop("privileged", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: list[Role] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = Role(roles_item_data)

                roles.append(roles_item)

        run_command = d.pop("run_command", UNSET)

        sequential_deployment = d.pop("sequential_deployment", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[TagRef] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = TagRef.from_dict(tags_item_data)

                tags.append(tags_item)

        target_num_containers = d.pop("target_num_containers", UNSET)

        working_dir = d.pop("working_dir", UNSET)

        service_update = cls(
            image=image,
            autorestart=autorestart,
            autodestroy=autodestroy,
            autoredeploy=autoredeploy,
            container_envvars=container_envvars,
            container_ports=container_ports,
            cpu_shares=cpu_shares,
            deployment_strategy=deployment_strategy,
            entrypoint=entrypoint,
            linked_to_service=linked_to_service,
            memory=memory,
            net=net,
            nickname=nickname,
            pid=pid,
            privileged=privileged,
            roles=roles,
            run_command=run_command,
            sequential_deployment=sequential_deployment,
            tags=tags,
            target_num_containers=target_num_containers,
            working_dir=working_dir,
        )

        service_update.additional_properties = d
        return service_update

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


from ..models.env_var import EnvVar  # noqa: E402
from ..models.link_spec import LinkSpec  # noqa: E402
from ..models.port_spec import PortSpec  # noqa: E402
from ..models.tag_ref import TagRef  # noqa: E402
