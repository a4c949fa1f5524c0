# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime as _datetime
import json
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    ONLY_STR,
    Decoding,
    NoneType,
    Plan,
    check_types,
    member,
    members,
    plan,
    scalars,
)
from ..models.autodestroy import Autodestroy
from ..models.autorestart import Autorestart
from ..models.container_state import ContainerState
from ..models.network_mode import NetworkMode
from ..models.pid_mode import PidMode
from ..models.role import Role
from ..types import (
    DecodeError,
    build_from_input,
    compact_repr,
    enum_input,
    format_timestamp,
    list_input,
    model_input,
    parse_timestamp,
)


def _container_binding_input(value: ContainerBinding | Mapping[str, Any], argument: str) -> ContainerBinding:
    return model_input(ContainerBinding, value, argument)


def _container_port_input(value: ContainerPort | Mapping[str, Any], argument: str) -> ContainerPort:
    return model_input(ContainerPort, value, argument)


def _env_var_input(value: EnvVar | Mapping[str, Any], argument: str) -> EnvVar:
    return model_input(EnvVar, value, argument)


def _role_input(value: Role | str, argument: str) -> Role:
    return enum_input(Role, value, argument)


def _container_link_input(value: ContainerLink | Mapping[str, Any], argument: str) -> ContainerLink:
    return model_input(ContainerLink, value, argument)


def _convert_bindings(value: Sequence[ContainerBinding | Mapping[str, Any]] | None) -> list[ContainerBinding] | None:
    if type(value) is list and all(type(item) is ContainerBinding for item in value):
        return value
    if value is None:
        return None
    return list_input(_container_binding_input, value, "bindings")


def _convert_state(value: ContainerState | str) -> ContainerState:
    if type(value) is ContainerState:
        return value
    return enum_input(ContainerState, value, "state")


def _convert_container_ports(value: Sequence[ContainerPort | Mapping[str, Any]] | None) -> list[ContainerPort] | None:
    if type(value) is list and all(type(item) is ContainerPort for item in value):
        return value
    if value is None:
        return None
    return list_input(_container_port_input, value, "container_ports")


def _convert_container_envvars(value: Sequence[EnvVar | Mapping[str, Any]] | None) -> list[EnvVar] | None:
    if type(value) is list and all(type(item) is EnvVar for item in value):
        return value
    if value is None:
        return None
    return list_input(_env_var_input, value, "container_envvars")


def _convert_labels(value: ContainerLabels | Mapping[str, Any] | None) -> ContainerLabels | None:
    if type(value) is ContainerLabels:
        return value
    if value is None:
        return None
    return model_input(ContainerLabels, value, "labels")


def _convert_autorestart(value: Autorestart | str | None) -> Autorestart | None:
    if type(value) is Autorestart:
        return value
    if value is None:
        return None
    return enum_input(Autorestart, value, "autorestart")


def _convert_autodestroy(value: Autodestroy | str | None) -> Autodestroy | None:
    if type(value) is Autodestroy:
        return value
    if value is None:
        return None
    return enum_input(Autodestroy, value, "autodestroy")


def _convert_roles(value: Sequence[Role | str] | None) -> list[Role] | None:
    if type(value) is list and all(type(item) is Role for item in value):
        return value
    if value is None:
        return None
    return list_input(_role_input, value, "roles")


def _convert_linked_to_container(
    value: Sequence[ContainerLink | Mapping[str, Any]] | None,
) -> list[ContainerLink] | None:
    if type(value) is list and all(type(item) is ContainerLink for item in value):
        return value
    if value is None:
        return None
    return list_input(_container_link_input, value, "linked_to_container")


def _convert_link_variables(value: ContainerLinkVariables | Mapping[str, Any] | None) -> ContainerLinkVariables | None:
    if type(value) is ContainerLinkVariables:
        return value
    if value is None:
        return None
    return model_input(ContainerLinkVariables, value, "link_variables")


def _convert_net(value: NetworkMode | str | None) -> NetworkMode | None:
    if type(value) is NetworkMode:
        return value
    if value is None:
        return None
    return enum_input(NetworkMode, value, "net")


def _convert_pid(value: PidMode | str | None) -> PidMode | None:
    if type(value) is PidMode:
        return value
    if value is None:
        return None
    return enum_input(PidMode, value, "pid")


@_attrs_define
class Container:
    """A Docker container on a node, deployed from a service.

    Attributes:
        uuid (str): Identifier of the container.
        resource_uri (str): Resource URI of the container (includes the namespace).
        image_name (str | None): Image and tag the container runs. None when the server omitted it or sent null.
        bindings (list[ContainerBinding] | None): Volumes the container mounts. None when the server omitted it or sent
            null.
        name (str): Name of the container (derived from the service name).
        node (str | None): Resource URI of the node the container runs on. None when the server omitted it or sent null.
        service (str | None): Resource URI of the container's service. None when the server omitted it or sent null.
        public_dns (str | None): External host name of the container. None when the server omitted it or sent null.
        state (ContainerState): Lifecycle state of a container.
        synchronized (bool | None): Whether the container matches the current service definition. None when the server
            omitted it or sent null.
        exit_code (int | None): Exit code of the container's process; `null` while it has not exited. None when the
            server omitted it or sent null.
        exit_code_msg (str | None): Text form of the exit code; `null` while it has not exited. None when the server
            omitted it or sent null.
        deployed_datetime (datetime.datetime | None): When the container was last deployed; `null` if never. None when
            the server omitted it or sent null.
        started_datetime (datetime.datetime | None): When the container was last started; `null` if never. None when the
            server omitted it or sent null.
        stopped_datetime (datetime.datetime | None): When the container was last stopped; `null` if never. None when the
            server omitted it or sent null.
        destroyed_datetime (datetime.datetime | None): When the container was terminated; `null` until then. None when
            the server omitted it or sent null.
        container_ports (list[ContainerPort] | None): Ports of the container. None when the server omitted it or sent
            null.
        container_envvars (list[EnvVar] | None): Environment variables of the container (user-defined and link
            variables). None when the server omitted it or sent null.
        labels (ContainerLabels | None): Labels of the container. None when the server omitted it or sent null.
        working_dir (str | None): Working directory. None when the server omitted it or sent null.
        user (str | None): User the process runs as. None when the server omitted it or sent null.
        hostname (str | None): Host name. None when the server omitted it or sent null.
        domainname (str | None): Domain name. None when the server omitted it or sent null.
        mac_address (str | None): MAC address. None when the server omitted it or sent null.
        cgroup_parent (str | None): Parent cgroup (the attribute table calls it `cgroup_name`). None when the server
            omitted it or sent null.
        tty (bool | None): Whether the container has a TTY. None when the server omitted it or sent null.
        stdin_open (bool | None): Whether stdin is kept open. None when the server omitted it or sent null.
        dns (list[str] | None): Custom DNS servers. None when the server omitted it or sent null.
        dns_search (list[str] | None): Custom DNS search domains. None when the server omitted it or sent null.
        cap_add (list[str] | None): Added Linux capabilities. None when the server omitted it or sent null.
        cap_drop (list[str] | None): Dropped Linux capabilities. None when the server omitted it or sent null.
        devices (list[str] | None): Device mappings. None when the server omitted it or sent null.
        extra_hosts (list[str] | None): Extra host name mappings. None when the server omitted it or sent null.
        security_opt (list[str] | None): Security (labeling) options (the attribute table misspells it `secuirty_opt`).
            None when the server omitted it or sent null.
        entrypoint (str | None): Entrypoint the container was started with. None when the server omitted it or sent
            null.
        run_command (str | None): Command the container was started with. None when the server omitted it or sent null.
        cpu_shares (int | None): Relative CPU weight. None when the server omitted it or sent null.
        cpuset (str | None): CPUs the container may use. None when the server omitted it or sent null.
        memory (int | None): Memory limit in MB. None when the server omitted it or sent null.
        memory_swap (int | None): Memory plus swap limit in MB. None when the server omitted it or sent null.
        autorestart (Autorestart | None): When stopped containers are restarted automatically. None when the server
            omitted it or sent null.
        autodestroy (Autodestroy | None): When stopped containers are terminated automatically. None when the server
            omitted it or sent null.
        roles (list[Role] | None): API roles granted to the container. None when the server omitted it or sent null.
        linked_to_container (list[ContainerLink] | None): Links to other containers (the attribute table wrongly calls
            this a list of IP addresses). None when the server omitted it or sent null.
        link_variables (ContainerLinkVariables | None): Environment variables that containers linking to this one
            receive. None when the server omitted it or sent null.
        privileged (bool | None): Whether the container runs with Docker's privileged flag. None when the server omitted
            it or sent null.
        read_only (bool | None): Whether the root file system is read-only. None when the server omitted it or sent
            null.
        private_ip (str | None): Address of the container on the overlay network, reachable from every other container.
            None when the server omitted it or sent null.
        net (NetworkMode | None): `bridge`: own network stack on the Docker bridge; `host`: the node's network stack.
            None when the server omitted it or sent null.
        pid (PidMode | None): PID namespace of the containers: `none` (their own) or `host` (the node's). None when the
            server omitted it or sent null.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "uuid": "uuid",
        "resource_uri": "resource_uri",
        "image_name": "image_name",
        "bindings": "bindings",
        "name": "name",
        "node": "node",
        "service": "service",
        "public_dns": "public_dns",
        "state": "state",
        "synchronized": "synchronized",
        "exit_code": "exit_code",
        "exit_code_msg": "exit_code_msg",
        "deployed_datetime": "deployed_datetime",
        "started_datetime": "started_datetime",
        "stopped_datetime": "stopped_datetime",
        "destroyed_datetime": "destroyed_datetime",
        "container_ports": "container_ports",
        "container_envvars": "container_envvars",
        "labels": "labels",
        "working_dir": "working_dir",
        "user": "user",
        "hostname": "hostname",
        "domainname": "domainname",
        "mac_address": "mac_address",
        "cgroup_parent": "cgroup_parent",
        "tty": "tty",
        "stdin_open": "stdin_open",
        "dns": "dns",
        "dns_search": "dns_search",
        "cap_add": "cap_add",
        "cap_drop": "cap_drop",
        "devices": "devices",
        "extra_hosts": "extra_hosts",
        "security_opt": "security_opt",
        "entrypoint": "entrypoint",
        "run_command": "run_command",
        "cpu_shares": "cpu_shares",
        "cpuset": "cpuset",
        "memory": "memory",
        "memory_swap": "memory_swap",
        "autorestart": "autorestart",
        "autodestroy": "autodestroy",
        "roles": "roles",
        "linked_to_container": "linked_to_container",
        "link_variables": "link_variables",
        "privileged": "privileged",
        "read_only": "read_only",
        "private_ip": "private_ip",
        "net": "net",
        "pid": "pid",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("uuid", "uuid", False),
        ("resource_uri", "resource_uri", False),
        ("image_name", "image_name", False),
        ("bindings", "bindings", False),
        ("name", "name", False),
        ("node", "node", False),
        ("service", "service", False),
        ("public_dns", "public_dns", False),
        ("state", "state", False),
        ("synchronized", "synchronized", False),
        ("exit_code", "exit_code", True),
        ("exit_code_msg", "exit_code_msg", True),
        ("deployed_datetime", "deployed_datetime", True),
        ("started_datetime", "started_datetime", True),
        ("stopped_datetime", "stopped_datetime", True),
        ("destroyed_datetime", "destroyed_datetime", True),
        ("container_ports", "container_ports", False),
        ("container_envvars", "container_envvars", False),
        ("labels", "labels", False),
        ("working_dir", "working_dir", False),
        ("user", "user", False),
        ("hostname", "hostname", False),
        ("domainname", "domainname", False),
        ("mac_address", "mac_address", False),
        ("cgroup_parent", "cgroup_parent", False),
        ("tty", "tty", False),
        ("stdin_open", "stdin_open", False),
        ("dns", "dns", False),
        ("dns_search", "dns_search", False),
        ("cap_add", "cap_add", False),
        ("cap_drop", "cap_drop", False),
        ("devices", "devices", False),
        ("extra_hosts", "extra_hosts", False),
        ("security_opt", "security_opt", False),
        ("entrypoint", "entrypoint", True),
        ("run_command", "run_command", True),
        ("cpu_shares", "cpu_shares", False),
        ("cpuset", "cpuset", False),
        ("memory", "memory", False),
        ("memory_swap", "memory_swap", False),
        ("autorestart", "autorestart", False),
        ("autodestroy", "autodestroy", False),
        ("roles", "roles", False),
        ("linked_to_container", "linked_to_container", False),
        ("link_variables", "link_variables", False),
        ("privileged", "privileged", False),
        ("read_only", "read_only", False),
        ("private_ip", "private_ip", False),
        ("net", "net", False),
        ("pid", "pid", False),
    )

    uuid: str
    resource_uri: str
    name: str
    state: ContainerState = _attrs_field(converter=_convert_state)
    image_name: str | None = None
    bindings: list[ContainerBinding] | None = _attrs_field(default=None, converter=_convert_bindings)
    node: str | None = None
    service: str | None = None
    public_dns: str | None = None
    synchronized: bool | None = None
    exit_code: int | None = None
    exit_code_msg: str | None = None
    deployed_datetime: _datetime.datetime | None = None
    started_datetime: _datetime.datetime | None = None
    stopped_datetime: _datetime.datetime | None = None
    destroyed_datetime: _datetime.datetime | None = None
    container_ports: list[ContainerPort] | None = _attrs_field(default=None, converter=_convert_container_ports)
    container_envvars: list[EnvVar] | None = _attrs_field(default=None, converter=_convert_container_envvars)
    labels: ContainerLabels | None = _attrs_field(default=None, converter=_convert_labels)
    working_dir: str | None = None
    user: str | None = None
    hostname: str | None = None
    domainname: str | None = None
    mac_address: str | None = None
    cgroup_parent: str | None = None
    tty: bool | None = None
    stdin_open: bool | None = None
    dns: list[str] | None = None
    dns_search: list[str] | None = None
    cap_add: list[str] | None = None
    cap_drop: list[str] | None = None
    devices: list[str] | None = None
    extra_hosts: list[str] | None = None
    security_opt: list[str] | None = None
    entrypoint: str | None = None
    run_command: str | None = None
    cpu_shares: int | None = None
    cpuset: str | None = None
    memory: int | None = None
    memory_swap: int | None = None
    autorestart: Autorestart | None = _attrs_field(default=None, converter=_convert_autorestart)
    autodestroy: Autodestroy | None = _attrs_field(default=None, converter=_convert_autodestroy)
    roles: list[Role] | None = _attrs_field(default=None, converter=_convert_roles)
    linked_to_container: list[ContainerLink] | None = _attrs_field(default=None, converter=_convert_linked_to_container)
    link_variables: ContainerLinkVariables | None = _attrs_field(default=None, converter=_convert_link_variables)
    privileged: bool | None = None
    read_only: bool | None = None
    private_ip: str | None = None
    net: NetworkMode | None = _attrs_field(default=None, converter=_convert_net)
    pid: PidMode | None = _attrs_field(default=None, converter=_convert_pid)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[Container]]

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON (a dict of JSON values), with what was decoded kept as it came."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        uuid = self.uuid
        field_dict["uuid"] = uuid

        resource_uri = self.resource_uri
        field_dict["resource_uri"] = resource_uri

        image_name = self.image_name
        if image_name is not None:
            field_dict["image_name"] = image_name
        elif "image_name" not in self._absent:
            field_dict["image_name"] = None

        bindings = self.bindings
        if bindings is not None:
            field_dict["bindings"] = [_item.to_dict() for _item in bindings]
        elif "bindings" not in self._absent:
            field_dict["bindings"] = None

        name = self.name
        field_dict["name"] = name

        node = self.node
        if node is not None:
            field_dict["node"] = node
        elif "node" not in self._absent:
            field_dict["node"] = None

        service = self.service
        if service is not None:
            field_dict["service"] = service
        elif "service" not in self._absent:
            field_dict["service"] = None

        public_dns = self.public_dns
        if public_dns is not None:
            field_dict["public_dns"] = public_dns
        elif "public_dns" not in self._absent:
            field_dict["public_dns"] = None

        state = self.state
        field_dict["state"] = state.value

        synchronized = self.synchronized
        if synchronized is not None:
            field_dict["synchronized"] = synchronized
        elif "synchronized" not in self._absent:
            field_dict["synchronized"] = None

        exit_code = self.exit_code
        if exit_code is not None:
            field_dict["exit_code"] = exit_code
        elif "exit_code" not in self._absent:
            field_dict["exit_code"] = None

        exit_code_msg = self.exit_code_msg
        if exit_code_msg is not None:
            field_dict["exit_code_msg"] = exit_code_msg
        elif "exit_code_msg" not in self._absent:
            field_dict["exit_code_msg"] = None

        deployed_datetime = self.deployed_datetime
        if deployed_datetime is not None:
            field_dict["deployed_datetime"] = format_timestamp(deployed_datetime)
        elif "deployed_datetime" not in self._absent:
            field_dict["deployed_datetime"] = None

        started_datetime = self.started_datetime
        if started_datetime is not None:
            field_dict["started_datetime"] = format_timestamp(started_datetime)
        elif "started_datetime" not in self._absent:
            field_dict["started_datetime"] = None

        stopped_datetime = self.stopped_datetime
        if stopped_datetime is not None:
            field_dict["stopped_datetime"] = format_timestamp(stopped_datetime)
        elif "stopped_datetime" not in self._absent:
            field_dict["stopped_datetime"] = None

        destroyed_datetime = self.destroyed_datetime
        if destroyed_datetime is not None:
            field_dict["destroyed_datetime"] = format_timestamp(destroyed_datetime)
        elif "destroyed_datetime" not in self._absent:
            field_dict["destroyed_datetime"] = None

        container_ports = self.container_ports
        if container_ports is not None:
            field_dict["container_ports"] = [_item.to_dict() for _item in container_ports]
        elif "container_ports" not in self._absent:
            field_dict["container_ports"] = None

        container_envvars = self.container_envvars
        if container_envvars is not None:
            field_dict["container_envvars"] = [_item.to_dict() for _item in container_envvars]
        elif "container_envvars" not in self._absent:
            field_dict["container_envvars"] = None

        labels = self.labels
        if labels is not None:
            field_dict["labels"] = labels.to_dict()
        elif "labels" not in self._absent:
            field_dict["labels"] = None

        working_dir = self.working_dir
        if working_dir is not None:
            field_dict["working_dir"] = working_dir
        elif "working_dir" not in self._absent:
            field_dict["working_dir"] = None

        user = self.user
        if user is not None:
            field_dict["user"] = user
        elif "user" not in self._absent:
            field_dict["user"] = None

        hostname = self.hostname
        if hostname is not None:
            field_dict["hostname"] = hostname
        elif "hostname" not in self._absent:
            field_dict["hostname"] = None

        domainname = self.domainname
        if domainname is not None:
            field_dict["domainname"] = domainname
        elif "domainname" not in self._absent:
            field_dict["domainname"] = None

        mac_address = self.mac_address
        if mac_address is not None:
            field_dict["mac_address"] = mac_address
        elif "mac_address" not in self._absent:
            field_dict["mac_address"] = None

        cgroup_parent = self.cgroup_parent
        if cgroup_parent is not None:
            field_dict["cgroup_parent"] = cgroup_parent
        elif "cgroup_parent" not in self._absent:
            field_dict["cgroup_parent"] = None

        tty = self.tty
        if tty is not None:
            field_dict["tty"] = tty
        elif "tty" not in self._absent:
            field_dict["tty"] = None

        stdin_open = self.stdin_open
        if stdin_open is not None:
            field_dict["stdin_open"] = stdin_open
        elif "stdin_open" not in self._absent:
            field_dict["stdin_open"] = None

        dns = self.dns
        if dns is not None:
            field_dict["dns"] = dns
        elif "dns" not in self._absent:
            field_dict["dns"] = None

        dns_search = self.dns_search
        if dns_search is not None:
            field_dict["dns_search"] = dns_search
        elif "dns_search" not in self._absent:
            field_dict["dns_search"] = None

        cap_add = self.cap_add
        if cap_add is not None:
            field_dict["cap_add"] = cap_add
        elif "cap_add" not in self._absent:
            field_dict["cap_add"] = None

        cap_drop = self.cap_drop
        if cap_drop is not None:
            field_dict["cap_drop"] = cap_drop
        elif "cap_drop" not in self._absent:
            field_dict["cap_drop"] = None

        devices = self.devices
        if devices is not None:
            field_dict["devices"] = devices
        elif "devices" not in self._absent:
            field_dict["devices"] = None

        extra_hosts = self.extra_hosts
        if extra_hosts is not None:
            field_dict["extra_hosts"] = extra_hosts
        elif "extra_hosts" not in self._absent:
            field_dict["extra_hosts"] = None

        security_opt = self.security_opt
        if security_opt is not None:
            field_dict["security_opt"] = security_opt
        elif "security_opt" not in self._absent:
            field_dict["security_opt"] = None

        entrypoint = self.entrypoint
        if entrypoint is not None:
            field_dict["entrypoint"] = entrypoint
        elif "entrypoint" not in self._absent:
            field_dict["entrypoint"] = None

        run_command = self.run_command
        if run_command is not None:
            field_dict["run_command"] = run_command
        elif "run_command" not in self._absent:
            field_dict["run_command"] = None

        cpu_shares = self.cpu_shares
        if cpu_shares is not None:
            field_dict["cpu_shares"] = cpu_shares
        elif "cpu_shares" not in self._absent:
            field_dict["cpu_shares"] = None

        cpuset = self.cpuset
        if cpuset is not None:
            field_dict["cpuset"] = cpuset
        elif "cpuset" not in self._absent:
            field_dict["cpuset"] = None

        memory = self.memory
        if memory is not None:
            field_dict["memory"] = memory
        elif "memory" not in self._absent:
            field_dict["memory"] = None

        memory_swap = self.memory_swap
        if memory_swap is not None:
            field_dict["memory_swap"] = memory_swap
        elif "memory_swap" not in self._absent:
            field_dict["memory_swap"] = None

        autorestart = self.autorestart
        if autorestart is not None:
            field_dict["autorestart"] = autorestart.value
        elif "autorestart" not in self._absent:
            field_dict["autorestart"] = None

        autodestroy = self.autodestroy
        if autodestroy is not None:
            field_dict["autodestroy"] = autodestroy.value
        elif "autodestroy" not in self._absent:
            field_dict["autodestroy"] = None

        roles = self.roles
        if roles is not None:
            field_dict["roles"] = [_item.value for _item in roles]
        elif "roles" not in self._absent:
            field_dict["roles"] = None

        linked_to_container = self.linked_to_container
        if linked_to_container is not None:
            field_dict["linked_to_container"] = [_item.to_dict() for _item in linked_to_container]
        elif "linked_to_container" not in self._absent:
            field_dict["linked_to_container"] = None

        link_variables = self.link_variables
        if link_variables is not None:
            field_dict["link_variables"] = link_variables.to_dict()
        elif "link_variables" not in self._absent:
            field_dict["link_variables"] = None

        privileged = self.privileged
        if privileged is not None:
            field_dict["privileged"] = privileged
        elif "privileged" not in self._absent:
            field_dict["privileged"] = None

        read_only = self.read_only
        if read_only is not None:
            field_dict["read_only"] = read_only
        elif "read_only" not in self._absent:
            field_dict["read_only"] = None

        private_ip = self.private_ip
        if private_ip is not None:
            field_dict["private_ip"] = private_ip
        elif "private_ip" not in self._absent:
            field_dict["private_ip"] = None

        net = self.net
        if net is not None:
            field_dict["net"] = net.value
        elif "net" not in self._absent:
            field_dict["net"] = None

        pid = self.pid
        if pid is not None:
            field_dict["pid"] = pid.value
        elif "pid" not in self._absent:
            field_dict["pid"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text (``to_dict()`` serialised)."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return compact_repr(self, ["uuid", "name", "state"], True)

    @classmethod
    def from_input(cls, data: Mapping[str, Any], argument: str = "Container") -> Self:
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
            DecodeError: a present attribute has the wrong JSON type, or uuid, resource_uri, name, state is missing.
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


def _fill(self: Container, d: Mapping[str, Any]) -> None:
    """Store every attribute of a Container from its JSON object (Decoding calls it).

    Raises:
        DecodeError: a present attribute has the wrong JSON type, or uuid, resource_uri, name, state is missing.
    """
    # Where each attribute's value is in an object with this key layout (plan(); a page's objects share one).
    layout = tuple(d)
    values_of, extra, absent = _PLANS.get(layout) or plan(layout, _KEYS, _ORDER, _PLANS)
    values = values_of((*d.values(), None))
    if tuple(map(type, values)) not in _CHECKED:
        check_types(d, values, _CHECKS, _CHECKED)
    self.uuid = values[0]

    self.resource_uri = values[1]

    self.image_name = values[2]

    v = values[3]
    if v is None:
        self.bindings = None
    else:
        self.bindings = ContainerBinding._DECODING.each(v, "bindings") if v else []

    self.name = values[4]

    self.node = values[5]

    self.service = values[6]

    self.public_dns = values[7]

    v = values[8]
    self.state = _ContainerState_MEMBERS.get(v) or member(ContainerState, v)

    self.synchronized = values[9]

    self.exit_code = values[10]

    self.exit_code_msg = values[11]

    v = values[12]
    if v is None:
        self.deployed_datetime = None
    else:
        try:
            self.deployed_datetime = parse_timestamp(v)
        except ValueError:
            raise DecodeError("deployed_datetime", "RFC 1123 or ISO 8601 timestamp", v) from None

    v = values[13]
    if v is None:
        self.started_datetime = None
    else:
        try:
            self.started_datetime = parse_timestamp(v)
        except ValueError:
            raise DecodeError("started_datetime", "RFC 1123 or ISO 8601 timestamp", v) from None

    v = values[14]
    if v is None:
        self.stopped_datetime = None
    else:
        try:
            self.stopped_datetime = parse_timestamp(v)
        except ValueError:
            raise DecodeError("stopped_datetime", "RFC 1123 or ISO 8601 timestamp", v) from None

    v = values[15]
    if v is None:
        self.destroyed_datetime = None
    else:
        try:
            self.destroyed_datetime = parse_timestamp(v)
        except ValueError:
            raise DecodeError("destroyed_datetime", "RFC 1123 or ISO 8601 timestamp", v) from None

    v = values[16]
    if v is None:
        self.container_ports = None
    else:
        self.container_ports = ContainerPort._DECODING.each(v, "container_ports") if v else []

    v = values[17]
    if v is None:
        self.container_envvars = None
    else:
        self.container_envvars = EnvVar._DECODING.each(v, "container_envvars") if v else []

    v = values[18]
    if v is None:
        self.labels = None
    else:
        try:
            self.labels = ContainerLabels._DECODING.now(v)
        except DecodeError as exc:
            raise exc.inside("labels") from None

    self.working_dir = values[19]

    self.user = values[20]

    self.hostname = values[21]

    self.domainname = values[22]

    self.mac_address = values[23]

    self.cgroup_parent = values[24]

    self.tty = values[25]

    self.stdin_open = values[26]

    v = values[27]
    if v is None:
        self.dns = None
    else:
        self.dns = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "dns")

    v = values[28]
    if v is None:
        self.dns_search = None
    else:
        self.dns_search = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "dns_search")

    v = values[29]
    if v is None:
        self.cap_add = None
    else:
        self.cap_add = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "cap_add")

    v = values[30]
    if v is None:
        self.cap_drop = None
    else:
        self.cap_drop = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "cap_drop")

    v = values[31]
    if v is None:
        self.devices = None
    else:
        self.devices = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "devices")

    v = values[32]
    if v is None:
        self.extra_hosts = None
    else:
        self.extra_hosts = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "extra_hosts")

    v = values[33]
    if v is None:
        self.security_opt = None
    else:
        self.security_opt = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "security_opt")

    self.entrypoint = values[34]

    self.run_command = values[35]

    self.cpu_shares = values[36]

    self.cpuset = values[37]

    self.memory = values[38]

    self.memory_swap = values[39]

    v = values[40]
    if v is None:
        self.autorestart = None
    else:
        self.autorestart = _Autorestart_MEMBERS.get(v) or member(Autorestart, v)

    v = values[41]
    if v is None:
        self.autodestroy = None
    else:
        self.autodestroy = _Autodestroy_MEMBERS.get(v) or member(Autodestroy, v)

    v = values[42]
    if v is None:
        self.roles = None
    else:
        self.roles = (
            [_Role_MEMBERS.get(item) or member(Role, item) for item in v]
            if ONLY_STR.issuperset(map(type, v))
            else members(Role, v, "roles")
        )

    v = values[43]
    if v is None:
        self.linked_to_container = None
    else:
        self.linked_to_container = ContainerLink._DECODING.each(v, "linked_to_container") if v else []

    v = values[44]
    if v is None:
        self.link_variables = None
    else:
        try:
            self.link_variables = ContainerLinkVariables._DECODING.now(v)
        except DecodeError as exc:
            raise exc.inside("link_variables") from None

    self.privileged = values[45]

    self.read_only = values[46]

    self.private_ip = values[47]

    v = values[48]
    if v is None:
        self.net = None
    else:
        self.net = _NetworkMode_MEMBERS.get(v) or member(NetworkMode, v)

    v = values[49]
    if v is None:
        self.pid = None
    else:
        self.pid = _PidMode_MEMBERS.get(v) or member(PidMode, v)

    # Unknown attributes are kept; absent ones are remembered so that to_dict() leaves them out.
    self.additional_properties = {key: d[key] for key in extra} if extra else {}
    self._absent = absent
    self._raw = None


#: The API names of the documented attributes, in order (what is not among them is kept as unknown).
_KEYS: tuple[str, ...] = (
    "uuid",
    "resource_uri",
    "image_name",
    "bindings",
    "name",
    "node",
    "service",
    "public_dns",
    "state",
    "synchronized",
    "exit_code",
    "exit_code_msg",
    "deployed_datetime",
    "started_datetime",
    "stopped_datetime",
    "destroyed_datetime",
    "container_ports",
    "container_envvars",
    "labels",
    "working_dir",
    "user",
    "hostname",
    "domainname",
    "mac_address",
    "cgroup_parent",
    "tty",
    "stdin_open",
    "dns",
    "dns_search",
    "cap_add",
    "cap_drop",
    "devices",
    "extra_hosts",
    "security_opt",
    "entrypoint",
    "run_command",
    "cpu_shares",
    "cpuset",
    "memory",
    "memory_swap",
    "autorestart",
    "autodestroy",
    "roles",
    "linked_to_container",
    "link_variables",
    "privileged",
    "read_only",
    "private_ip",
    "net",
    "pid",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Enum members by value, read directly by _fill (member() is the fallback, for a value the spec does not list).
_ContainerState_MEMBERS = cast("dict[str, ContainerState]", ContainerState._value2member_map_)
_Autorestart_MEMBERS = cast("dict[str, Autorestart]", Autorestart._value2member_map_)
_Autodestroy_MEMBERS = cast("dict[str, Autodestroy]", Autodestroy._value2member_map_)
_Role_MEMBERS = cast("dict[str, Role]", Role._value2member_map_)
_NetworkMode_MEMBERS = cast("dict[str, NetworkMode]", NetworkMode._value2member_map_)
_PidMode_MEMBERS = cast("dict[str, PidMode]", PidMode._value2member_map_)
#: Key layouts seen: where each attribute's value is, the unknown keys, the absent attributes (bounded in plan()).
_PLANS: dict[tuple[str, ...], Plan] = {}
#: Per attribute, in _KEYS order: (API name, JSON types allowed or None for any, expected, required).
_CHECKS: tuple[tuple[str, tuple[type, ...] | None, str, bool], ...] = (
    ("uuid", (str,), "string", True),
    ("resource_uri", (str,), "string", True),
    (
        "image_name",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "bindings",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
    ("name", (str,), "string", True),
    (
        "node",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "service",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "public_dns",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    ("state", (str,), "string", True),
    (
        "synchronized",
        (
            bool,
            NoneType,
        ),
        "boolean",
        False,
    ),
    (
        "exit_code",
        (
            int,
            NoneType,
        ),
        "integer",
        False,
    ),
    (
        "exit_code_msg",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "deployed_datetime",
        (
            str,
            NoneType,
        ),
        "timestamp",
        False,
    ),
    (
        "started_datetime",
        (
            str,
            NoneType,
        ),
        "timestamp",
        False,
    ),
    (
        "stopped_datetime",
        (
            str,
            NoneType,
        ),
        "timestamp",
        False,
    ),
    (
        "destroyed_datetime",
        (
            str,
            NoneType,
        ),
        "timestamp",
        False,
    ),
    (
        "container_ports",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
    (
        "container_envvars",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
    (
        "labels",
        (
            dict,
            NoneType,
        ),
        "object",
        False,
    ),
    (
        "working_dir",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "user",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "hostname",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "domainname",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "mac_address",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "cgroup_parent",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "tty",
        (
            bool,
            NoneType,
        ),
        "boolean",
        False,
    ),
    (
        "stdin_open",
        (
            bool,
            NoneType,
        ),
        "boolean",
        False,
    ),
    (
        "dns",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
    (
        "dns_search",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
    (
        "cap_add",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
    (
        "cap_drop",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
    (
        "devices",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
    (
        "extra_hosts",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
    (
        "security_opt",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
    (
        "entrypoint",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "run_command",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "cpu_shares",
        (
            int,
            NoneType,
        ),
        "integer",
        False,
    ),
    (
        "cpuset",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "memory",
        (
            int,
            NoneType,
        ),
        "integer",
        False,
    ),
    (
        "memory_swap",
        (
            int,
            NoneType,
        ),
        "integer",
        False,
    ),
    (
        "autorestart",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "autodestroy",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "roles",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
    (
        "linked_to_container",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
    (
        "link_variables",
        (
            dict,
            NoneType,
        ),
        "object",
        False,
    ),
    (
        "privileged",
        (
            bool,
            NoneType,
        ),
        "boolean",
        False,
    ),
    (
        "read_only",
        (
            bool,
            NoneType,
        ),
        "boolean",
        False,
    ),
    (
        "private_ip",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "net",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "pid",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
)
#: Type patterns of values that passed check_types (bounded there).
_CHECKED: set[tuple[type, ...]] = set()


Container._DECODING = Decoding(Container, _fill)

from ..models.container_binding import ContainerBinding  # noqa: E402
from ..models.container_labels import ContainerLabels  # noqa: E402
from ..models.container_link import ContainerLink  # noqa: E402
from ..models.container_link_variables import ContainerLinkVariables  # noqa: E402
from ..models.container_port import ContainerPort  # noqa: E402
from ..models.env_var import EnvVar  # noqa: E402
