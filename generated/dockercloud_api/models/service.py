# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime
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
from ..models.service_state import ServiceState
from ..types import UNSET, Unset, format_timestamp, parse_timestamp

T = TypeVar("T", bound="Service")


@_attrs_define
class Service:
    """A template from which identical containers are deployed.

    Attributes:
        uuid (str): Identifier of the service.
        resource_uri (str): Resource URI of the service (includes the namespace).
        image_name (str): Image and tag the containers run, e.g. `tutum/wordpress-stackable:latest`.
        name (str): Name of the service, inherited by its containers and used in endpoints and variable names.
        nickname (str): Display name; `name` unless set.
        public_dns (str): Host name resolving (round robin) to the nodes running the service's containers.
        state (ServiceState): Lifecycle state of a service.  Note the lower-case r of `Not running` (stacks write `Not
            Running`).
        net (NetworkMode): `bridge`: own network stack on the Docker bridge; `host`: the node's network stack.
        synchronized (bool): Whether the containers match the current service definition.
        deployed_datetime (datetime.datetime | None): When the service was last deployed; `null` if never.
        started_datetime (datetime.datetime | None): When the service was last started; `null` if never.
        stopped_datetime (datetime.datetime | None): When the service was last stopped; `null` if never.
        destroyed_datetime (datetime.datetime | None): When the service was terminated; `null` until then.
        target_num_containers (int): Number of containers the service should run.
        current_num_containers (int): Number of containers deployed.
        running_num_containers (int): Number of deployed containers that are `Running`.
        stopped_num_containers (int): Number of deployed containers that are `Stopped`.
        stack (None | str): Resource URI of the stack the service belongs to; `null` if none.
        containers (list[str]): Resource URIs of the service's containers.
        container_ports (list[ServicePort]): Ports of the containers.
        container_envvars (list[EnvVar]): User-defined environment variables, overriding the image's.
        labels (ServiceLabels): Labels set on every container.
        working_dir (str): Working directory in the containers.
        user (str): User the containers run as (`root` by default).
        hostname (str): Host name of the containers.
        domainname (str): Domain name of the containers.
        mac_address (str): MAC address of the containers.
        cgroup_parent (str): Parent cgroup of the containers (the attribute table calls it `cgroup_name`).
        tty (bool): Whether the containers get a TTY (false by default).
        stdin_open (bool): Whether the containers keep stdin open (false by default).
        dns (list[str]): Custom DNS servers.
        dns_search (list[str]): Custom DNS search domains.
        cap_add (list[str]): Added Linux capabilities.
        cap_drop (list[str]): Dropped Linux capabilities.
        devices (list[str]): Device mappings, e.g. `/dev/ttyUSB0:/dev/ttyUSB0`.
        extra_hosts (list[str]): Extra host name mappings, e.g. `onehost:50.31.209.229`.
        security_opt (list[str]): Security (labeling) options (the attribute table misspells it `secuirty_opt`).
        entrypoint (None | str): Entrypoint overriding the image's (empty or `null` keeps the image's).
        run_command (None | str): Command overriding the image's (empty or `null` keeps the image's).
        sequential_deployment (bool): Whether containers are deployed and scaled one after the other.
        cpu_shares (int): Relative CPU weight of the containers.
        cpuset (str): CPUs the containers may use, e.g. `0,1`.
        memory (int): Memory limit of each container, in MB.
        memory_swap (int): Memory plus swap limit of each container, in MB.
        linked_from_service (list[ServiceLink]): Links from other services to this one.
        linked_to_service (list[ServiceLink]): Links from this service to others.
        bindings (list[ServiceBinding]): Volumes the service mounts.
        autorestart (Autorestart): When stopped containers are restarted automatically.
        autodestroy (Autodestroy): When stopped containers are terminated automatically.
        roles (list[Role]): API roles granted to the service.
        link_variables (ServiceLinkVariables): Environment variables that containers linking to this service receive.
        privileged (bool): Whether the containers run with Docker's privileged flag.
        read_only (bool): Whether the containers' root file system is read-only (false by default).
        deployment_strategy (DeploymentStrategy): How containers are spread over nodes: `EMPTIEST_NODE` picks the node
            with the fewest running containers, `HIGH_AVAILABILITY` the node with the fewest containers of this service,
            `EVERY_NODE` runs one container on each node (such services cannot be scaled by hand).
        tags (list[TagRef]): Tags selecting the nodes the service may be deployed on.
        autoredeploy (bool): Whether the service is redeployed when its image is updated in the Docker Cloud registry.
        image_tag (str | Unset): Image tag of the service.  Known only from the Go SDK (`image_tag`); not in the
            reference.
        pid (PidMode | Unset): PID namespace of the containers: `none` (their own) or `host` (the node's).
    """

    uuid: str
    resource_uri: str
    image_name: str
    name: str
    nickname: str
    public_dns: str
    state: ServiceState
    net: NetworkMode
    synchronized: bool
    deployed_datetime: datetime.datetime | None
    started_datetime: datetime.datetime | None
    stopped_datetime: datetime.datetime | None
    destroyed_datetime: datetime.datetime | None
    target_num_containers: int
    current_num_containers: int
    running_num_containers: int
    stopped_num_containers: int
    stack: None | str
    containers: list[str]
    container_ports: list[ServicePort]
    container_envvars: list[EnvVar]
    labels: ServiceLabels
    working_dir: str
    user: str
    hostname: str
    domainname: str
    mac_address: str
    cgroup_parent: str
    tty: bool
    stdin_open: bool
    dns: list[str]
    dns_search: list[str]
    cap_add: list[str]
    cap_drop: list[str]
    devices: list[str]
    extra_hosts: list[str]
    security_opt: list[str]
    entrypoint: None | str
    run_command: None | str
    sequential_deployment: bool
    cpu_shares: int
    cpuset: str
    memory: int
    memory_swap: int
    linked_from_service: list[ServiceLink]
    linked_to_service: list[ServiceLink]
    bindings: list[ServiceBinding]
    autorestart: Autorestart
    autodestroy: Autodestroy
    roles: list[Role]
    link_variables: ServiceLinkVariables
    privileged: bool
    read_only: bool
    deployment_strategy: DeploymentStrategy
    tags: list[TagRef]
    autoredeploy: bool
    image_tag: str | Unset = UNSET
    pid: PidMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        resource_uri = self.resource_uri

        image_name = self.image_name

        name = self.name

        nickname = self.nickname

        public_dns = self.public_dns

        state = self.state.value

        net = self.net.value

        synchronized = self.synchronized

        deployed_datetime: None | str
        if isinstance(self.deployed_datetime, datetime.datetime):
            deployed_datetime = format_timestamp(self.deployed_datetime)
        else:
            deployed_datetime = self.deployed_datetime

        started_datetime: None | str
        if isinstance(self.started_datetime, datetime.datetime):
            started_datetime = format_timestamp(self.started_datetime)
        else:
            started_datetime = self.started_datetime

        stopped_datetime: None | str
        if isinstance(self.stopped_datetime, datetime.datetime):
            stopped_datetime = format_timestamp(self.stopped_datetime)
        else:
            stopped_datetime = self.stopped_datetime

        destroyed_datetime: None | str
        if isinstance(self.destroyed_datetime, datetime.datetime):
            destroyed_datetime = format_timestamp(self.destroyed_datetime)
        else:
            destroyed_datetime = self.destroyed_datetime

        target_num_containers = self.target_num_containers

        current_num_containers = self.current_num_containers

        running_num_containers = self.running_num_containers

        stopped_num_containers = self.stopped_num_containers

        stack: None | str
        stack = self.stack

        containers = self.containers

        container_ports = []
        for container_ports_item_data in self.container_ports:
            container_ports_item = container_ports_item_data.to_dict()
            container_ports.append(container_ports_item)

        container_envvars = []
        for container_envvars_item_data in self.container_envvars:
            container_envvars_item = container_envvars_item_data.to_dict()
            container_envvars.append(container_envvars_item)

        labels = self.labels.to_dict()

        working_dir = self.working_dir

        user = self.user

        hostname = self.hostname

        domainname = self.domainname

        mac_address = self.mac_address

        cgroup_parent = self.cgroup_parent

        tty = self.tty

        stdin_open = self.stdin_open

        dns = self.dns

        dns_search = self.dns_search

        cap_add = self.cap_add

        cap_drop = self.cap_drop

        devices = self.devices

        extra_hosts = self.extra_hosts

        security_opt = self.security_opt

        entrypoint: None | str
        entrypoint = self.entrypoint

        run_command: None | str
        run_command = self.run_command

        sequential_deployment = self.sequential_deployment

        cpu_shares = self.cpu_shares

        cpuset = self.cpuset

        memory = self.memory

        memory_swap = self.memory_swap

        linked_from_service = []
        for linked_from_service_item_data in self.linked_from_service:
            linked_from_service_item = linked_from_service_item_data.to_dict()
            linked_from_service.append(linked_from_service_item)

        linked_to_service = []
        for linked_to_service_item_data in self.linked_to_service:
            linked_to_service_item = linked_to_service_item_data.to_dict()
            linked_to_service.append(linked_to_service_item)

        bindings = []
        for bindings_item_data in self.bindings:
            bindings_item = bindings_item_data.to_dict()
            bindings.append(bindings_item)

        autorestart = self.autorestart.value

        autodestroy = self.autodestroy.value

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

        link_variables = self.link_variables.to_dict()

        privileged = self.privileged

        read_only = self.read_only

        deployment_strategy = self.deployment_strategy.value

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        autoredeploy = self.autoredeploy

        image_tag = self.image_tag

        pid: str | Unset = UNSET
        if not isinstance(self.pid, Unset):
            pid = self.pid.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "resource_uri": resource_uri,
                "image_name": image_name,
                "name": name,
                "nickname": nickname,
                "public_dns": public_dns,
                "state": state,
                "net": net,
                "synchronized": synchronized,
                "deployed_datetime": deployed_datetime,
                "started_datetime": started_datetime,
                "stopped_datetime": stopped_datetime,
                "destroyed_datetime": destroyed_datetime,
                "target_num_containers": target_num_containers,
                "current_num_containers": current_num_containers,
                "running_num_containers": running_num_containers,
                "stopped_num_containers": stopped_num_containers,
                "stack": stack,
                "containers": containers,
                "container_ports": container_ports,
                "container_envvars": container_envvars,
                "labels": labels,
                "working_dir": working_dir,
                "user": user,
                "hostname": hostname,
                "domainname": domainname,
                "mac_address": mac_address,
                "cgroup_parent": cgroup_parent,
                "tty": tty,
                "stdin_open": stdin_open,
                "dns": dns,
                "dns_search": dns_search,
                "cap_add": cap_add,
                "cap_drop": cap_drop,
                "devices": devices,
                "extra_hosts": extra_hosts,
                "security_opt": security_opt,
                "entrypoint": entrypoint,
                "run_command": run_command,
                "sequential_deployment": sequential_deployment,
                "cpu_shares": cpu_shares,
                "cpuset": cpuset,
                "memory": memory,
                "memory_swap": memory_swap,
                "linked_from_service": linked_from_service,
                "linked_to_service": linked_to_service,
                "bindings": bindings,
                "autorestart": autorestart,
                "autodestroy": autodestroy,
                "roles": roles,
                "link_variables": link_variables,
                "privileged": privileged,
                "read_only": read_only,
                "deployment_strategy": deployment_strategy,
                "tags": tags,
                "autoredeploy": autoredeploy,
            }
        )
        if image_tag is not UNSET:
            field_dict["image_tag"] = image_tag
        if pid is not UNSET:
            field_dict["pid"] = pid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        resource_uri = d.pop("resource_uri")

        image_name = d.pop("image_name")

        name = d.pop("name")

        nickname = d.pop("nickname")

        public_dns = d.pop("public_dns")

        state = ServiceState(d.pop("state"))

        net = NetworkMode(d.pop("net"))

        synchronized = d.pop("synchronized")

        _deployed_datetime = d.pop("deployed_datetime")
        deployed_datetime: datetime.datetime | None
        if _deployed_datetime is None:
            deployed_datetime = _deployed_datetime
        else:
            if not isinstance(_deployed_datetime, str):
                raise TypeError(f"deployed_datetime: unexpected {type(_deployed_datetime).__name__}")
            deployed_datetime_type_0 = parse_timestamp(_deployed_datetime)

            deployed_datetime = deployed_datetime_type_0

        _started_datetime = d.pop("started_datetime")
        started_datetime: datetime.datetime | None
        if _started_datetime is None:
            started_datetime = _started_datetime
        else:
            if not isinstance(_started_datetime, str):
                raise TypeError(f"started_datetime: unexpected {type(_started_datetime).__name__}")
            started_datetime_type_0 = parse_timestamp(_started_datetime)

            started_datetime = started_datetime_type_0

        _stopped_datetime = d.pop("stopped_datetime")
        stopped_datetime: datetime.datetime | None
        if _stopped_datetime is None:
            stopped_datetime = _stopped_datetime
        else:
            if not isinstance(_stopped_datetime, str):
                raise TypeError(f"stopped_datetime: unexpected {type(_stopped_datetime).__name__}")
            stopped_datetime_type_0 = parse_timestamp(_stopped_datetime)

            stopped_datetime = stopped_datetime_type_0

        _destroyed_datetime = d.pop("destroyed_datetime")
        destroyed_datetime: datetime.datetime | None
        if _destroyed_datetime is None:
            destroyed_datetime = _destroyed_datetime
        else:
            if not isinstance(_destroyed_datetime, str):
                raise TypeError(f"destroyed_datetime: unexpected {type(_destroyed_datetime).__name__}")
            destroyed_datetime_type_0 = parse_timestamp(_destroyed_datetime)

            destroyed_datetime = destroyed_datetime_type_0

        target_num_containers = d.pop("target_num_containers")

        current_num_containers = d.pop("current_num_containers")

        running_num_containers = d.pop("running_num_containers")

        stopped_num_containers = d.pop("stopped_num_containers")

        stack = cast("None | str", d.pop("stack"))

        containers = cast("list[str]", d.pop("containers"))

        container_ports = []
        _container_ports = d.pop("container_ports")
        for container_ports_item_data in _container_ports:
            container_ports_item = ServicePort.from_dict(container_ports_item_data)

            container_ports.append(container_ports_item)

        container_envvars = []
        _container_envvars = d.pop("container_envvars")
        for container_envvars_item_data in _container_envvars:
            container_envvars_item = EnvVar.from_dict(container_envvars_item_data)

            container_envvars.append(container_envvars_item)

        labels = ServiceLabels.from_dict(d.pop("labels"))

        working_dir = d.pop("working_dir")

        user = d.pop("user")

        hostname = d.pop("hostname")

        domainname = d.pop("domainname")

        mac_address = d.pop("mac_address")

        cgroup_parent = d.pop("cgroup_parent")

        tty = d.pop("tty")

        stdin_open = d.pop("stdin_open")

        dns = cast("list[str]", d.pop("dns"))

        dns_search = cast("list[str]", d.pop("dns_search"))

        cap_add = cast("list[str]", d.pop("cap_add"))

        cap_drop = cast("list[str]", d.pop("cap_drop"))

        devices = cast("list[str]", d.pop("devices"))

        extra_hosts = cast("list[str]", d.pop("extra_hosts"))

        security_opt = cast("list[str]", d.pop("security_opt"))

        entrypoint = cast("None | str", d.pop("entrypoint"))

        run_command = cast("None | str", d.pop("run_command"))

        sequential_deployment = d.pop("sequential_deployment")

        cpu_shares = d.pop("cpu_shares")

        cpuset = d.pop("cpuset")

        memory = d.pop("memory")

        memory_swap = d.pop("memory_swap")

        linked_from_service = []
        _linked_from_service = d.pop("linked_from_service")
        for linked_from_service_item_data in _linked_from_service:
            linked_from_service_item = ServiceLink.from_dict(linked_from_service_item_data)

            linked_from_service.append(linked_from_service_item)

        linked_to_service = []
        _linked_to_service = d.pop("linked_to_service")
        for linked_to_service_item_data in _linked_to_service:
            linked_to_service_item = ServiceLink.from_dict(linked_to_service_item_data)

            linked_to_service.append(linked_to_service_item)

        bindings = []
        _bindings = d.pop("bindings")
        for bindings_item_data in _bindings:
            bindings_item = ServiceBinding.from_dict(bindings_item_data)

            bindings.append(bindings_item)

        autorestart = Autorestart(d.pop("autorestart"))

        autodestroy = Autodestroy(d.pop("autodestroy"))

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = Role(roles_item_data)

            roles.append(roles_item)

        link_variables = ServiceLinkVariables.from_dict(d.pop("link_variables"))

        privileged = d.pop("privileged")

        read_only = d.pop("read_only")

        deployment_strategy = DeploymentStrategy(d.pop("deployment_strategy"))

        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:
            tags_item = TagRef.from_dict(tags_item_data)

            tags.append(tags_item)

        autoredeploy = d.pop("autoredeploy")

        image_tag = d.pop("image_tag", UNSET)

        _pid = d.pop("pid", UNSET)
        pid: PidMode | Unset
        if isinstance(_pid, Unset):
            pid = UNSET
        else:
            pid = PidMode(_pid)

        service = cls(
            uuid=uuid,
            resource_uri=resource_uri,
            image_name=image_name,
            name=name,
            nickname=nickname,
            public_dns=public_dns,
            state=state,
            net=net,
            synchronized=synchronized,
            deployed_datetime=deployed_datetime,
            started_datetime=started_datetime,
            stopped_datetime=stopped_datetime,
            destroyed_datetime=destroyed_datetime,
            target_num_containers=target_num_containers,
            current_num_containers=current_num_containers,
            running_num_containers=running_num_containers,
            stopped_num_containers=stopped_num_containers,
            stack=stack,
            containers=containers,
            container_ports=container_ports,
            container_envvars=container_envvars,
            labels=labels,
            working_dir=working_dir,
            user=user,
            hostname=hostname,
            domainname=domainname,
            mac_address=mac_address,
            cgroup_parent=cgroup_parent,
            tty=tty,
            stdin_open=stdin_open,
            dns=dns,
            dns_search=dns_search,
            cap_add=cap_add,
            cap_drop=cap_drop,
            devices=devices,
            extra_hosts=extra_hosts,
            security_opt=security_opt,
            entrypoint=entrypoint,
            run_command=run_command,
            sequential_deployment=sequential_deployment,
            cpu_shares=cpu_shares,
            cpuset=cpuset,
            memory=memory,
            memory_swap=memory_swap,
            linked_from_service=linked_from_service,
            linked_to_service=linked_to_service,
            bindings=bindings,
            autorestart=autorestart,
            autodestroy=autodestroy,
            roles=roles,
            link_variables=link_variables,
            privileged=privileged,
            read_only=read_only,
            deployment_strategy=deployment_strategy,
            tags=tags,
            autoredeploy=autoredeploy,
            image_tag=image_tag,
            pid=pid,
        )

        service.additional_properties = d
        return service

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
from ..models.service_binding import ServiceBinding  # noqa: E402
from ..models.service_labels import ServiceLabels  # noqa: E402
from ..models.service_link import ServiceLink  # noqa: E402
from ..models.service_link_variables import ServiceLinkVariables  # noqa: E402
from ..models.service_port import ServicePort  # noqa: E402
from ..models.tag_ref import TagRef  # noqa: E402
