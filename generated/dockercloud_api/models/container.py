# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.autodestroy import Autodestroy
from ..models.autorestart import Autorestart
from ..models.container_state import ContainerState
from ..models.network_mode import NetworkMode
from ..models.pid_mode import PidMode
from ..models.role import Role
from ..types import format_timestamp, parse_timestamp

T = TypeVar("T", bound="Container")


@_attrs_define
class Container:
    """A Docker container on a node, deployed from a service.

    Attributes:
        uuid (str): Identifier of the container.
        resource_uri (str): Resource URI of the container (includes the namespace).
        image_name (str): Image and tag the container runs.
        bindings (list[ContainerBinding]): Volumes the container mounts.
        name (str): Name of the container (derived from the service name).
        node (str): Resource URI of the node the container runs on.
        service (str): Resource URI of the container's service.
        public_dns (str): External host name of the container.
        state (ContainerState): Lifecycle state of a container.
        synchronized (bool): Whether the container matches the current service definition.
        exit_code (int | None): Exit code of the container's process; `null` while it has not exited.
        exit_code_msg (None | str): Text form of the exit code; `null` while it has not exited.
        deployed_datetime (datetime.datetime | None): When the container was last deployed; `null` if never.
        started_datetime (datetime.datetime | None): When the container was last started; `null` if never.
        stopped_datetime (datetime.datetime | None): When the container was last stopped; `null` if never.
        destroyed_datetime (datetime.datetime | None): When the container was terminated; `null` until then.
        container_ports (list[ContainerPort]): Ports of the container.
        container_envvars (list[EnvVar]): Environment variables of the container (user-defined and link variables).
        labels (ContainerLabels): Labels of the container.
        working_dir (str): Working directory.
        user (str): User the process runs as.
        hostname (str): Host name.
        domainname (str): Domain name.
        mac_address (str): MAC address.
        cgroup_parent (str): Parent cgroup (the attribute table calls it `cgroup_name`).
        tty (bool): Whether the container has a TTY.
        stdin_open (bool): Whether stdin is kept open.
        dns (list[str]): Custom DNS servers.
        dns_search (list[str]): Custom DNS search domains.
        cap_add (list[str]): Added Linux capabilities.
        cap_drop (list[str]): Dropped Linux capabilities.
        devices (list[str]): Device mappings.
        extra_hosts (list[str]): Extra host name mappings.
        security_opt (list[str]): Security (labeling) options (the attribute table misspells it `secuirty_opt`).
        entrypoint (None | str): Entrypoint the container was started with.
        run_command (None | str): Command the container was started with.
        cpu_shares (int): Relative CPU weight.
        cpuset (str): CPUs the container may use.
        memory (int): Memory limit in MB.
        memory_swap (int): Memory plus swap limit in MB.
        autorestart (Autorestart): When stopped containers are restarted automatically.
        autodestroy (Autodestroy): When stopped containers are terminated automatically.
        roles (list[Role]): API roles granted to the container.
        linked_to_container (list[ContainerLink]): Links to other containers (the attribute table wrongly calls this a
            list of IP addresses).
        link_variables (ContainerLinkVariables): Environment variables that containers linking to this one receive.
        privileged (bool): Whether the container runs with Docker's privileged flag.
        read_only (bool): Whether the root file system is read-only.
        private_ip (str): Address of the container on the overlay network, reachable from every other container.
        net (NetworkMode): `bridge`: own network stack on the Docker bridge; `host`: the node's network stack.
        pid (PidMode): PID namespace of the containers: `none` (their own) or `host` (the node's).
    """

    uuid: str
    resource_uri: str
    image_name: str
    bindings: list[ContainerBinding]
    name: str
    node: str
    service: str
    public_dns: str
    state: ContainerState
    synchronized: bool
    exit_code: int | None
    exit_code_msg: None | str
    deployed_datetime: datetime.datetime | None
    started_datetime: datetime.datetime | None
    stopped_datetime: datetime.datetime | None
    destroyed_datetime: datetime.datetime | None
    container_ports: list[ContainerPort]
    container_envvars: list[EnvVar]
    labels: ContainerLabels
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
    cpu_shares: int
    cpuset: str
    memory: int
    memory_swap: int
    autorestart: Autorestart
    autodestroy: Autodestroy
    roles: list[Role]
    linked_to_container: list[ContainerLink]
    link_variables: ContainerLinkVariables
    privileged: bool
    read_only: bool
    private_ip: str
    net: NetworkMode
    pid: PidMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        resource_uri = self.resource_uri

        image_name = self.image_name

        bindings = []
        for bindings_item_data in self.bindings:
            bindings_item = bindings_item_data.to_dict()
            bindings.append(bindings_item)

        name = self.name

        node = self.node

        service = self.service

        public_dns = self.public_dns

        state = self.state.value

        synchronized = self.synchronized

        exit_code: int | None
        exit_code = self.exit_code

        exit_code_msg: None | str
        exit_code_msg = self.exit_code_msg

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

        cpu_shares = self.cpu_shares

        cpuset = self.cpuset

        memory = self.memory

        memory_swap = self.memory_swap

        autorestart = self.autorestart.value

        autodestroy = self.autodestroy.value

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

        linked_to_container = []
        for linked_to_container_item_data in self.linked_to_container:
            linked_to_container_item = linked_to_container_item_data.to_dict()
            linked_to_container.append(linked_to_container_item)

        link_variables = self.link_variables.to_dict()

        privileged = self.privileged

        read_only = self.read_only

        private_ip = self.private_ip

        net = self.net.value

        pid = self.pid.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "resource_uri": resource_uri,
                "image_name": image_name,
                "bindings": bindings,
                "name": name,
                "node": node,
                "service": service,
                "public_dns": public_dns,
                "state": state,
                "synchronized": synchronized,
                "exit_code": exit_code,
                "exit_code_msg": exit_code_msg,
                "deployed_datetime": deployed_datetime,
                "started_datetime": started_datetime,
                "stopped_datetime": stopped_datetime,
                "destroyed_datetime": destroyed_datetime,
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
                "cpu_shares": cpu_shares,
                "cpuset": cpuset,
                "memory": memory,
                "memory_swap": memory_swap,
                "autorestart": autorestart,
                "autodestroy": autodestroy,
                "roles": roles,
                "linked_to_container": linked_to_container,
                "link_variables": link_variables,
                "privileged": privileged,
                "read_only": read_only,
                "private_ip": private_ip,
                "net": net,
                "pid": pid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        resource_uri = d.pop("resource_uri")

        image_name = d.pop("image_name")

        bindings = []
        _bindings = d.pop("bindings")
        for bindings_item_data in _bindings:
            bindings_item = ContainerBinding.from_dict(bindings_item_data)

            bindings.append(bindings_item)

        name = d.pop("name")

        node = d.pop("node")

        service = d.pop("service")

        public_dns = d.pop("public_dns")

        state = ContainerState(d.pop("state"))

        synchronized = d.pop("synchronized")

        exit_code = cast("int | None", d.pop("exit_code"))

        exit_code_msg = cast("None | str", d.pop("exit_code_msg"))

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

        container_ports = []
        _container_ports = d.pop("container_ports")
        for container_ports_item_data in _container_ports:
            container_ports_item = ContainerPort.from_dict(container_ports_item_data)

            container_ports.append(container_ports_item)

        container_envvars = []
        _container_envvars = d.pop("container_envvars")
        for container_envvars_item_data in _container_envvars:
            container_envvars_item = EnvVar.from_dict(container_envvars_item_data)

            container_envvars.append(container_envvars_item)

        labels = ContainerLabels.from_dict(d.pop("labels"))

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

        cpu_shares = d.pop("cpu_shares")

        cpuset = d.pop("cpuset")

        memory = d.pop("memory")

        memory_swap = d.pop("memory_swap")

        autorestart = Autorestart(d.pop("autorestart"))

        autodestroy = Autodestroy(d.pop("autodestroy"))

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = Role(roles_item_data)

            roles.append(roles_item)

        linked_to_container = []
        _linked_to_container = d.pop("linked_to_container")
        for linked_to_container_item_data in _linked_to_container:
            linked_to_container_item = ContainerLink.from_dict(linked_to_container_item_data)

            linked_to_container.append(linked_to_container_item)

        link_variables = ContainerLinkVariables.from_dict(d.pop("link_variables"))

        privileged = d.pop("privileged")

        read_only = d.pop("read_only")

        private_ip = d.pop("private_ip")

        net = NetworkMode(d.pop("net"))

        pid = PidMode(d.pop("pid"))

        container = cls(
            uuid=uuid,
            resource_uri=resource_uri,
            image_name=image_name,
            bindings=bindings,
            name=name,
            node=node,
            service=service,
            public_dns=public_dns,
            state=state,
            synchronized=synchronized,
            exit_code=exit_code,
            exit_code_msg=exit_code_msg,
            deployed_datetime=deployed_datetime,
            started_datetime=started_datetime,
            stopped_datetime=stopped_datetime,
            destroyed_datetime=destroyed_datetime,
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
            cpu_shares=cpu_shares,
            cpuset=cpuset,
            memory=memory,
            memory_swap=memory_swap,
            autorestart=autorestart,
            autodestroy=autodestroy,
            roles=roles,
            linked_to_container=linked_to_container,
            link_variables=link_variables,
            privileged=privileged,
            read_only=read_only,
            private_ip=private_ip,
            net=net,
            pid=pid,
        )

        container.additional_properties = d
        return container

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


from ..models.container_binding import ContainerBinding  # noqa: E402
from ..models.container_labels import ContainerLabels  # noqa: E402
from ..models.container_link import ContainerLink  # noqa: E402
from ..models.container_link_variables import ContainerLinkVariables  # noqa: E402
from ..models.container_port import ContainerPort  # noqa: E402
from ..models.env_var import EnvVar  # noqa: E402
