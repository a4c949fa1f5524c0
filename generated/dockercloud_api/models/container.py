# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
from __future__ import annotations

import datetime
import datetime as _datetime
import json
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.autodestroy import Autodestroy
from ..models.autorestart import Autorestart
from ..models.container_state import ContainerState
from ..models.network_mode import NetworkMode
from ..models.pid_mode import PidMode
from ..models.role import Role
from ..types import (
    UNSET,
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
        """Decode the API's JSON (see the class docstring for what may be absent).

        Raises:
            DecodeError: a present attribute has the wrong JSON type, or uuid, resource_uri, name, state is missing.
        """
        d = dict(src_dict)
        absent: list[str] = []
        _uuid = d.pop("uuid", UNSET)
        uuid: str
        if _uuid is UNSET:
            raise DecodeError("uuid", "a value", UNSET)
        if type(_uuid) is not str:
            raise DecodeError("uuid", "string", _uuid)

        uuid = _uuid

        _resource_uri = d.pop("resource_uri", UNSET)
        resource_uri: str
        if _resource_uri is UNSET:
            raise DecodeError("resource_uri", "a value", UNSET)
        if type(_resource_uri) is not str:
            raise DecodeError("resource_uri", "string", _resource_uri)

        resource_uri = _resource_uri

        _image_name = d.pop("image_name", UNSET)
        image_name: str | None
        if _image_name is None or _image_name is UNSET:
            if _image_name is UNSET:
                absent.append("image_name")
            image_name = None
        else:
            if type(_image_name) is not str:
                raise DecodeError("image_name", "string", _image_name)

            image_name = _image_name

        _bindings = d.pop("bindings", UNSET)
        bindings: list[ContainerBinding] | None
        if _bindings is None or _bindings is UNSET:
            if _bindings is UNSET:
                absent.append("bindings")
            bindings = None
        else:
            if type(_bindings) is not list:
                raise DecodeError("bindings", "array", _bindings)

            bindings = []
            try:
                for _index, bindings_item in enumerate(_bindings):
                    if type(bindings_item) is not dict:
                        raise DecodeError(_index, "object", bindings_item)

                    try:
                        bindings_value = ContainerBinding.from_dict(bindings_item)
                    except DecodeError as exc:
                        raise exc.inside(_index) from None

                    bindings.append(bindings_value)
            except DecodeError as exc:
                raise exc.inside("bindings") from None

        _name = d.pop("name", UNSET)
        name: str
        if _name is UNSET:
            raise DecodeError("name", "a value", UNSET)
        if type(_name) is not str:
            raise DecodeError("name", "string", _name)

        name = _name

        _node = d.pop("node", UNSET)
        node: str | None
        if _node is None or _node is UNSET:
            if _node is UNSET:
                absent.append("node")
            node = None
        else:
            if type(_node) is not str:
                raise DecodeError("node", "string", _node)

            node = _node

        _service = d.pop("service", UNSET)
        service: str | None
        if _service is None or _service is UNSET:
            if _service is UNSET:
                absent.append("service")
            service = None
        else:
            if type(_service) is not str:
                raise DecodeError("service", "string", _service)

            service = _service

        _public_dns = d.pop("public_dns", UNSET)
        public_dns: str | None
        if _public_dns is None or _public_dns is UNSET:
            if _public_dns is UNSET:
                absent.append("public_dns")
            public_dns = None
        else:
            if type(_public_dns) is not str:
                raise DecodeError("public_dns", "string", _public_dns)

            public_dns = _public_dns

        _state = d.pop("state", UNSET)
        state: ContainerState
        if _state is UNSET:
            raise DecodeError("state", "a value", UNSET)
        if type(_state) is not str:
            raise DecodeError("state", "string", _state)

        state = ContainerState(_state)

        _synchronized = d.pop("synchronized", UNSET)
        synchronized: bool | None
        if _synchronized is None or _synchronized is UNSET:
            if _synchronized is UNSET:
                absent.append("synchronized")
            synchronized = None
        else:
            if type(_synchronized) is not bool:
                raise DecodeError("synchronized", "boolean", _synchronized)

            synchronized = _synchronized

        _exit_code = d.pop("exit_code", UNSET)
        exit_code: int | None
        if _exit_code is None or _exit_code is UNSET:
            if _exit_code is UNSET:
                absent.append("exit_code")
            exit_code = None
        else:
            if type(_exit_code) is not int:
                raise DecodeError("exit_code", "integer", _exit_code)

            exit_code = _exit_code

        _exit_code_msg = d.pop("exit_code_msg", UNSET)
        exit_code_msg: str | None
        if _exit_code_msg is None or _exit_code_msg is UNSET:
            if _exit_code_msg is UNSET:
                absent.append("exit_code_msg")
            exit_code_msg = None
        else:
            if type(_exit_code_msg) is not str:
                raise DecodeError("exit_code_msg", "string", _exit_code_msg)

            exit_code_msg = _exit_code_msg

        _deployed_datetime = d.pop("deployed_datetime", UNSET)
        deployed_datetime: datetime.datetime | None
        if _deployed_datetime is None or _deployed_datetime is UNSET:
            if _deployed_datetime is UNSET:
                absent.append("deployed_datetime")
            deployed_datetime = None
        else:
            if type(_deployed_datetime) is not str:
                raise DecodeError("deployed_datetime", "timestamp", _deployed_datetime)

            try:
                deployed_datetime = parse_timestamp(_deployed_datetime)
            except ValueError:
                raise DecodeError("deployed_datetime", "RFC 1123 or ISO 8601 timestamp", _deployed_datetime) from None

        _started_datetime = d.pop("started_datetime", UNSET)
        started_datetime: datetime.datetime | None
        if _started_datetime is None or _started_datetime is UNSET:
            if _started_datetime is UNSET:
                absent.append("started_datetime")
            started_datetime = None
        else:
            if type(_started_datetime) is not str:
                raise DecodeError("started_datetime", "timestamp", _started_datetime)

            try:
                started_datetime = parse_timestamp(_started_datetime)
            except ValueError:
                raise DecodeError("started_datetime", "RFC 1123 or ISO 8601 timestamp", _started_datetime) from None

        _stopped_datetime = d.pop("stopped_datetime", UNSET)
        stopped_datetime: datetime.datetime | None
        if _stopped_datetime is None or _stopped_datetime is UNSET:
            if _stopped_datetime is UNSET:
                absent.append("stopped_datetime")
            stopped_datetime = None
        else:
            if type(_stopped_datetime) is not str:
                raise DecodeError("stopped_datetime", "timestamp", _stopped_datetime)

            try:
                stopped_datetime = parse_timestamp(_stopped_datetime)
            except ValueError:
                raise DecodeError("stopped_datetime", "RFC 1123 or ISO 8601 timestamp", _stopped_datetime) from None

        _destroyed_datetime = d.pop("destroyed_datetime", UNSET)
        destroyed_datetime: datetime.datetime | None
        if _destroyed_datetime is None or _destroyed_datetime is UNSET:
            if _destroyed_datetime is UNSET:
                absent.append("destroyed_datetime")
            destroyed_datetime = None
        else:
            if type(_destroyed_datetime) is not str:
                raise DecodeError("destroyed_datetime", "timestamp", _destroyed_datetime)

            try:
                destroyed_datetime = parse_timestamp(_destroyed_datetime)
            except ValueError:
                raise DecodeError("destroyed_datetime", "RFC 1123 or ISO 8601 timestamp", _destroyed_datetime) from None

        _container_ports = d.pop("container_ports", UNSET)
        container_ports: list[ContainerPort] | None
        if _container_ports is None or _container_ports is UNSET:
            if _container_ports is UNSET:
                absent.append("container_ports")
            container_ports = None
        else:
            if type(_container_ports) is not list:
                raise DecodeError("container_ports", "array", _container_ports)

            container_ports = []
            try:
                for _index, container_ports_item in enumerate(_container_ports):
                    if type(container_ports_item) is not dict:
                        raise DecodeError(_index, "object", container_ports_item)

                    try:
                        container_ports_value = ContainerPort.from_dict(container_ports_item)
                    except DecodeError as exc:
                        raise exc.inside(_index) from None

                    container_ports.append(container_ports_value)
            except DecodeError as exc:
                raise exc.inside("container_ports") from None

        _container_envvars = d.pop("container_envvars", UNSET)
        container_envvars: list[EnvVar] | None
        if _container_envvars is None or _container_envvars is UNSET:
            if _container_envvars is UNSET:
                absent.append("container_envvars")
            container_envvars = None
        else:
            if type(_container_envvars) is not list:
                raise DecodeError("container_envvars", "array", _container_envvars)

            container_envvars = []
            try:
                for _index, container_envvars_item in enumerate(_container_envvars):
                    if type(container_envvars_item) is not dict:
                        raise DecodeError(_index, "object", container_envvars_item)

                    try:
                        container_envvars_value = EnvVar.from_dict(container_envvars_item)
                    except DecodeError as exc:
                        raise exc.inside(_index) from None

                    container_envvars.append(container_envvars_value)
            except DecodeError as exc:
                raise exc.inside("container_envvars") from None

        _labels = d.pop("labels", UNSET)
        labels: ContainerLabels | None
        if _labels is None or _labels is UNSET:
            if _labels is UNSET:
                absent.append("labels")
            labels = None
        else:
            if type(_labels) is not dict:
                raise DecodeError("labels", "object", _labels)

            try:
                labels = ContainerLabels.from_dict(_labels)
            except DecodeError as exc:
                raise exc.inside("labels") from None

        _working_dir = d.pop("working_dir", UNSET)
        working_dir: str | None
        if _working_dir is None or _working_dir is UNSET:
            if _working_dir is UNSET:
                absent.append("working_dir")
            working_dir = None
        else:
            if type(_working_dir) is not str:
                raise DecodeError("working_dir", "string", _working_dir)

            working_dir = _working_dir

        _user = d.pop("user", UNSET)
        user: str | None
        if _user is None or _user is UNSET:
            if _user is UNSET:
                absent.append("user")
            user = None
        else:
            if type(_user) is not str:
                raise DecodeError("user", "string", _user)

            user = _user

        _hostname = d.pop("hostname", UNSET)
        hostname: str | None
        if _hostname is None or _hostname is UNSET:
            if _hostname is UNSET:
                absent.append("hostname")
            hostname = None
        else:
            if type(_hostname) is not str:
                raise DecodeError("hostname", "string", _hostname)

            hostname = _hostname

        _domainname = d.pop("domainname", UNSET)
        domainname: str | None
        if _domainname is None or _domainname is UNSET:
            if _domainname is UNSET:
                absent.append("domainname")
            domainname = None
        else:
            if type(_domainname) is not str:
                raise DecodeError("domainname", "string", _domainname)

            domainname = _domainname

        _mac_address = d.pop("mac_address", UNSET)
        mac_address: str | None
        if _mac_address is None or _mac_address is UNSET:
            if _mac_address is UNSET:
                absent.append("mac_address")
            mac_address = None
        else:
            if type(_mac_address) is not str:
                raise DecodeError("mac_address", "string", _mac_address)

            mac_address = _mac_address

        _cgroup_parent = d.pop("cgroup_parent", UNSET)
        cgroup_parent: str | None
        if _cgroup_parent is None or _cgroup_parent is UNSET:
            if _cgroup_parent is UNSET:
                absent.append("cgroup_parent")
            cgroup_parent = None
        else:
            if type(_cgroup_parent) is not str:
                raise DecodeError("cgroup_parent", "string", _cgroup_parent)

            cgroup_parent = _cgroup_parent

        _tty = d.pop("tty", UNSET)
        tty: bool | None
        if _tty is None or _tty is UNSET:
            if _tty is UNSET:
                absent.append("tty")
            tty = None
        else:
            if type(_tty) is not bool:
                raise DecodeError("tty", "boolean", _tty)

            tty = _tty

        _stdin_open = d.pop("stdin_open", UNSET)
        stdin_open: bool | None
        if _stdin_open is None or _stdin_open is UNSET:
            if _stdin_open is UNSET:
                absent.append("stdin_open")
            stdin_open = None
        else:
            if type(_stdin_open) is not bool:
                raise DecodeError("stdin_open", "boolean", _stdin_open)

            stdin_open = _stdin_open

        _dns = d.pop("dns", UNSET)
        dns: list[str] | None
        if _dns is None or _dns is UNSET:
            if _dns is UNSET:
                absent.append("dns")
            dns = None
        else:
            if type(_dns) is not list:
                raise DecodeError("dns", "array", _dns)

            for _index, _item in enumerate(_dns):
                if type(_item) is not str:
                    raise DecodeError(_index, "string", _item).inside("dns")
            dns = cast("list[str]", _dns)

        _dns_search = d.pop("dns_search", UNSET)
        dns_search: list[str] | None
        if _dns_search is None or _dns_search is UNSET:
            if _dns_search is UNSET:
                absent.append("dns_search")
            dns_search = None
        else:
            if type(_dns_search) is not list:
                raise DecodeError("dns_search", "array", _dns_search)

            for _index, _item in enumerate(_dns_search):
                if type(_item) is not str:
                    raise DecodeError(_index, "string", _item).inside("dns_search")
            dns_search = cast("list[str]", _dns_search)

        _cap_add = d.pop("cap_add", UNSET)
        cap_add: list[str] | None
        if _cap_add is None or _cap_add is UNSET:
            if _cap_add is UNSET:
                absent.append("cap_add")
            cap_add = None
        else:
            if type(_cap_add) is not list:
                raise DecodeError("cap_add", "array", _cap_add)

            for _index, _item in enumerate(_cap_add):
                if type(_item) is not str:
                    raise DecodeError(_index, "string", _item).inside("cap_add")
            cap_add = cast("list[str]", _cap_add)

        _cap_drop = d.pop("cap_drop", UNSET)
        cap_drop: list[str] | None
        if _cap_drop is None or _cap_drop is UNSET:
            if _cap_drop is UNSET:
                absent.append("cap_drop")
            cap_drop = None
        else:
            if type(_cap_drop) is not list:
                raise DecodeError("cap_drop", "array", _cap_drop)

            for _index, _item in enumerate(_cap_drop):
                if type(_item) is not str:
                    raise DecodeError(_index, "string", _item).inside("cap_drop")
            cap_drop = cast("list[str]", _cap_drop)

        _devices = d.pop("devices", UNSET)
        devices: list[str] | None
        if _devices is None or _devices is UNSET:
            if _devices is UNSET:
                absent.append("devices")
            devices = None
        else:
            if type(_devices) is not list:
                raise DecodeError("devices", "array", _devices)

            for _index, _item in enumerate(_devices):
                if type(_item) is not str:
                    raise DecodeError(_index, "string", _item).inside("devices")
            devices = cast("list[str]", _devices)

        _extra_hosts = d.pop("extra_hosts", UNSET)
        extra_hosts: list[str] | None
        if _extra_hosts is None or _extra_hosts is UNSET:
            if _extra_hosts is UNSET:
                absent.append("extra_hosts")
            extra_hosts = None
        else:
            if type(_extra_hosts) is not list:
                raise DecodeError("extra_hosts", "array", _extra_hosts)

            for _index, _item in enumerate(_extra_hosts):
                if type(_item) is not str:
                    raise DecodeError(_index, "string", _item).inside("extra_hosts")
            extra_hosts = cast("list[str]", _extra_hosts)

        _security_opt = d.pop("security_opt", UNSET)
        security_opt: list[str] | None
        if _security_opt is None or _security_opt is UNSET:
            if _security_opt is UNSET:
                absent.append("security_opt")
            security_opt = None
        else:
            if type(_security_opt) is not list:
                raise DecodeError("security_opt", "array", _security_opt)

            for _index, _item in enumerate(_security_opt):
                if type(_item) is not str:
                    raise DecodeError(_index, "string", _item).inside("security_opt")
            security_opt = cast("list[str]", _security_opt)

        _entrypoint = d.pop("entrypoint", UNSET)
        entrypoint: str | None
        if _entrypoint is None or _entrypoint is UNSET:
            if _entrypoint is UNSET:
                absent.append("entrypoint")
            entrypoint = None
        else:
            if type(_entrypoint) is not str:
                raise DecodeError("entrypoint", "string", _entrypoint)

            entrypoint = _entrypoint

        _run_command = d.pop("run_command", UNSET)
        run_command: str | None
        if _run_command is None or _run_command is UNSET:
            if _run_command is UNSET:
                absent.append("run_command")
            run_command = None
        else:
            if type(_run_command) is not str:
                raise DecodeError("run_command", "string", _run_command)

            run_command = _run_command

        _cpu_shares = d.pop("cpu_shares", UNSET)
        cpu_shares: int | None
        if _cpu_shares is None or _cpu_shares is UNSET:
            if _cpu_shares is UNSET:
                absent.append("cpu_shares")
            cpu_shares = None
        else:
            if type(_cpu_shares) is not int:
                raise DecodeError("cpu_shares", "integer", _cpu_shares)

            cpu_shares = _cpu_shares

        _cpuset = d.pop("cpuset", UNSET)
        cpuset: str | None
        if _cpuset is None or _cpuset is UNSET:
            if _cpuset is UNSET:
                absent.append("cpuset")
            cpuset = None
        else:
            if type(_cpuset) is not str:
                raise DecodeError("cpuset", "string", _cpuset)

            cpuset = _cpuset

        _memory = d.pop("memory", UNSET)
        memory: int | None
        if _memory is None or _memory is UNSET:
            if _memory is UNSET:
                absent.append("memory")
            memory = None
        else:
            if type(_memory) is not int:
                raise DecodeError("memory", "integer", _memory)

            memory = _memory

        _memory_swap = d.pop("memory_swap", UNSET)
        memory_swap: int | None
        if _memory_swap is None or _memory_swap is UNSET:
            if _memory_swap is UNSET:
                absent.append("memory_swap")
            memory_swap = None
        else:
            if type(_memory_swap) is not int:
                raise DecodeError("memory_swap", "integer", _memory_swap)

            memory_swap = _memory_swap

        _autorestart = d.pop("autorestart", UNSET)
        autorestart: Autorestart | None
        if _autorestart is None or _autorestart is UNSET:
            if _autorestart is UNSET:
                absent.append("autorestart")
            autorestart = None
        else:
            if type(_autorestart) is not str:
                raise DecodeError("autorestart", "string", _autorestart)

            autorestart = Autorestart(_autorestart)

        _autodestroy = d.pop("autodestroy", UNSET)
        autodestroy: Autodestroy | None
        if _autodestroy is None or _autodestroy is UNSET:
            if _autodestroy is UNSET:
                absent.append("autodestroy")
            autodestroy = None
        else:
            if type(_autodestroy) is not str:
                raise DecodeError("autodestroy", "string", _autodestroy)

            autodestroy = Autodestroy(_autodestroy)

        _roles = d.pop("roles", UNSET)
        roles: list[Role] | None
        if _roles is None or _roles is UNSET:
            if _roles is UNSET:
                absent.append("roles")
            roles = None
        else:
            if type(_roles) is not list:
                raise DecodeError("roles", "array", _roles)

            roles = []
            try:
                for _index, roles_item in enumerate(_roles):
                    if type(roles_item) is not str:
                        raise DecodeError(_index, "string", roles_item)

                    roles_value = Role(roles_item)

                    roles.append(roles_value)
            except DecodeError as exc:
                raise exc.inside("roles") from None

        _linked_to_container = d.pop("linked_to_container", UNSET)
        linked_to_container: list[ContainerLink] | None
        if _linked_to_container is None or _linked_to_container is UNSET:
            if _linked_to_container is UNSET:
                absent.append("linked_to_container")
            linked_to_container = None
        else:
            if type(_linked_to_container) is not list:
                raise DecodeError("linked_to_container", "array", _linked_to_container)

            linked_to_container = []
            try:
                for _index, linked_to_container_item in enumerate(_linked_to_container):
                    if type(linked_to_container_item) is not dict:
                        raise DecodeError(_index, "object", linked_to_container_item)

                    try:
                        linked_to_container_value = ContainerLink.from_dict(linked_to_container_item)
                    except DecodeError as exc:
                        raise exc.inside(_index) from None

                    linked_to_container.append(linked_to_container_value)
            except DecodeError as exc:
                raise exc.inside("linked_to_container") from None

        _link_variables = d.pop("link_variables", UNSET)
        link_variables: ContainerLinkVariables | None
        if _link_variables is None or _link_variables is UNSET:
            if _link_variables is UNSET:
                absent.append("link_variables")
            link_variables = None
        else:
            if type(_link_variables) is not dict:
                raise DecodeError("link_variables", "object", _link_variables)

            try:
                link_variables = ContainerLinkVariables.from_dict(_link_variables)
            except DecodeError as exc:
                raise exc.inside("link_variables") from None

        _privileged = d.pop("privileged", UNSET)
        privileged: bool | None
        if _privileged is None or _privileged is UNSET:
            if _privileged is UNSET:
                absent.append("privileged")
            privileged = None
        else:
            if type(_privileged) is not bool:
                raise DecodeError("privileged", "boolean", _privileged)

            privileged = _privileged

        _read_only = d.pop("read_only", UNSET)
        read_only: bool | None
        if _read_only is None or _read_only is UNSET:
            if _read_only is UNSET:
                absent.append("read_only")
            read_only = None
        else:
            if type(_read_only) is not bool:
                raise DecodeError("read_only", "boolean", _read_only)

            read_only = _read_only

        _private_ip = d.pop("private_ip", UNSET)
        private_ip: str | None
        if _private_ip is None or _private_ip is UNSET:
            if _private_ip is UNSET:
                absent.append("private_ip")
            private_ip = None
        else:
            if type(_private_ip) is not str:
                raise DecodeError("private_ip", "string", _private_ip)

            private_ip = _private_ip

        _net = d.pop("net", UNSET)
        net: NetworkMode | None
        if _net is None or _net is UNSET:
            if _net is UNSET:
                absent.append("net")
            net = None
        else:
            if type(_net) is not str:
                raise DecodeError("net", "string", _net)

            net = NetworkMode(_net)

        _pid = d.pop("pid", UNSET)
        pid: PidMode | None
        if _pid is None or _pid is UNSET:
            if _pid is UNSET:
                absent.append("pid")
            pid = None
        else:
            if type(_pid) is not str:
                raise DecodeError("pid", "string", _pid)

            pid = PidMode(_pid)

        _instance = cls(
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
        if absent:
            _instance._absent = tuple(absent)

        _instance.additional_properties = d
        return _instance

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
