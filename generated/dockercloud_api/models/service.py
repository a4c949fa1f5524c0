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
from ..models.deployment_strategy import DeploymentStrategy
from ..models.network_mode import NetworkMode
from ..models.pid_mode import PidMode
from ..models.role import Role
from ..models.service_state import ServiceState
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


def _service_port_input(value: ServicePort | Mapping[str, Any], argument: str) -> ServicePort:
    return model_input(ServicePort, value, argument)


def _env_var_input(value: EnvVar | Mapping[str, Any], argument: str) -> EnvVar:
    return model_input(EnvVar, value, argument)


def _service_link_input(value: ServiceLink | Mapping[str, Any], argument: str) -> ServiceLink:
    return model_input(ServiceLink, value, argument)


def _service_binding_input(value: ServiceBinding | Mapping[str, Any], argument: str) -> ServiceBinding:
    return model_input(ServiceBinding, value, argument)


def _role_input(value: Role | str, argument: str) -> Role:
    return enum_input(Role, value, argument)


def _tag_ref_input(value: TagRef | Mapping[str, Any], argument: str) -> TagRef:
    return model_input(TagRef, value, argument)


def _convert_state(value: ServiceState | str) -> ServiceState:
    if type(value) is ServiceState:
        return value
    return enum_input(ServiceState, value, "state")


def _convert_net(value: NetworkMode | str | None) -> NetworkMode | None:
    if type(value) is NetworkMode:
        return value
    if value is None:
        return None
    return enum_input(NetworkMode, value, "net")


def _convert_container_ports(value: Sequence[ServicePort | Mapping[str, Any]] | None) -> list[ServicePort] | None:
    if type(value) is list and all(type(item) is ServicePort for item in value):
        return value
    if value is None:
        return None
    return list_input(_service_port_input, value, "container_ports")


def _convert_container_envvars(value: Sequence[EnvVar | Mapping[str, Any]] | None) -> list[EnvVar] | None:
    if type(value) is list and all(type(item) is EnvVar for item in value):
        return value
    if value is None:
        return None
    return list_input(_env_var_input, value, "container_envvars")


def _convert_labels(value: ServiceLabels | Mapping[str, Any] | None) -> ServiceLabels | None:
    if type(value) is ServiceLabels:
        return value
    if value is None:
        return None
    return model_input(ServiceLabels, value, "labels")


def _convert_linked_from_service(value: Sequence[ServiceLink | Mapping[str, Any]] | None) -> list[ServiceLink] | None:
    if type(value) is list and all(type(item) is ServiceLink for item in value):
        return value
    if value is None:
        return None
    return list_input(_service_link_input, value, "linked_from_service")


def _convert_linked_to_service(value: Sequence[ServiceLink | Mapping[str, Any]] | None) -> list[ServiceLink] | None:
    if type(value) is list and all(type(item) is ServiceLink for item in value):
        return value
    if value is None:
        return None
    return list_input(_service_link_input, value, "linked_to_service")


def _convert_bindings(value: Sequence[ServiceBinding | Mapping[str, Any]] | None) -> list[ServiceBinding] | None:
    if type(value) is list and all(type(item) is ServiceBinding for item in value):
        return value
    if value is None:
        return None
    return list_input(_service_binding_input, value, "bindings")


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


def _convert_link_variables(value: ServiceLinkVariables | Mapping[str, Any] | None) -> ServiceLinkVariables | None:
    if type(value) is ServiceLinkVariables:
        return value
    if value is None:
        return None
    return model_input(ServiceLinkVariables, value, "link_variables")


def _convert_deployment_strategy(value: DeploymentStrategy | str | None) -> DeploymentStrategy | None:
    if type(value) is DeploymentStrategy:
        return value
    if value is None:
        return None
    return enum_input(DeploymentStrategy, value, "deployment_strategy")


def _convert_tags(value: Sequence[TagRef | Mapping[str, Any]] | None) -> list[TagRef] | None:
    if type(value) is list and all(type(item) is TagRef for item in value):
        return value
    if value is None:
        return None
    return list_input(_tag_ref_input, value, "tags")


def _convert_pid(value: PidMode | str | None) -> PidMode | None:
    if type(value) is PidMode:
        return value
    if value is None:
        return None
    return enum_input(PidMode, value, "pid")


@_attrs_define
class Service:
    """A template from which identical containers are deployed.

    Attributes:
        uuid (str): Identifier of the service.
        resource_uri (str): Resource URI of the service (includes the namespace).
        image_name (str | None): Image and tag the containers run, e.g. `tutum/wordpress-stackable:latest`. None when
            the server omitted it or sent null.
        name (str): Name of the service, inherited by its containers and used in endpoints and variable names.
        nickname (str | None): Display name; `name` unless set. None when the server omitted it or sent null.
        public_dns (str | None): Host name resolving (round robin) to the nodes running the service's containers. None
            when the server omitted it or sent null.
        state (ServiceState): Lifecycle state of a service.  Note the lower-case r of `Not running` (stacks write `Not
            Running`).
        net (NetworkMode | None): `bridge`: own network stack on the Docker bridge; `host`: the node's network stack.
            None when the server omitted it or sent null.
        synchronized (bool | None): Whether the containers match the current service definition. None when the server
            omitted it or sent null.
        deployed_datetime (datetime.datetime | None): When the service was last deployed; `null` if never. None when the
            server omitted it or sent null.
        started_datetime (datetime.datetime | None): When the service was last started; `null` if never. None when the
            server omitted it or sent null.
        stopped_datetime (datetime.datetime | None): When the service was last stopped; `null` if never. None when the
            server omitted it or sent null.
        destroyed_datetime (datetime.datetime | None): When the service was terminated; `null` until then. None when the
            server omitted it or sent null.
        target_num_containers (int | None): Number of containers the service should run. None when the server omitted it
            or sent null.
        current_num_containers (int | None): Number of containers deployed. None when the server omitted it or sent
            null.
        running_num_containers (int | None): Number of deployed containers that are `Running`. None when the server
            omitted it or sent null.
        stopped_num_containers (int | None): Number of deployed containers that are `Stopped`. None when the server
            omitted it or sent null.
        stack (str | None): Resource URI of the stack the service belongs to; `null` if none. None when the server
            omitted it or sent null.
        containers (list[str] | None): Resource URIs of the service's containers. None when the server omitted it or
            sent null.
        container_ports (list[ServicePort] | None): Ports of the containers. None when the server omitted it or sent
            null.
        container_envvars (list[EnvVar] | None): User-defined environment variables, overriding the image's. None when
            the server omitted it or sent null.
        labels (ServiceLabels | None): Labels set on every container. None when the server omitted it or sent null.
        working_dir (str | None): Working directory in the containers. None when the server omitted it or sent null.
        user (str | None): User the containers run as (`root` by default). None when the server omitted it or sent null.
        hostname (str | None): Host name of the containers. None when the server omitted it or sent null.
        domainname (str | None): Domain name of the containers. None when the server omitted it or sent null.
        mac_address (str | None): MAC address of the containers. None when the server omitted it or sent null.
        cgroup_parent (str | None): Parent cgroup of the containers (the attribute table calls it `cgroup_name`). None
            when the server omitted it or sent null.
        tty (bool | None): Whether the containers get a TTY (false by default). None when the server omitted it or sent
            null.
        stdin_open (bool | None): Whether the containers keep stdin open (false by default). None when the server
            omitted it or sent null.
        dns (list[str] | None): Custom DNS servers. None when the server omitted it or sent null.
        dns_search (list[str] | None): Custom DNS search domains. None when the server omitted it or sent null.
        cap_add (list[str] | None): Added Linux capabilities. None when the server omitted it or sent null.
        cap_drop (list[str] | None): Dropped Linux capabilities. None when the server omitted it or sent null.
        devices (list[str] | None): Device mappings, e.g. `/dev/ttyUSB0:/dev/ttyUSB0`. None when the server omitted it
            or sent null.
        extra_hosts (list[str] | None): Extra host name mappings, e.g. `onehost:50.31.209.229`. None when the server
            omitted it or sent null.
        security_opt (list[str] | None): Security (labeling) options (the attribute table misspells it `secuirty_opt`).
            None when the server omitted it or sent null.
        entrypoint (str | None): Entrypoint overriding the image's (empty or `null` keeps the image's). None when the
            server omitted it or sent null.
        run_command (str | None): Command overriding the image's (empty or `null` keeps the image's). None when the
            server omitted it or sent null.
        sequential_deployment (bool | None): Whether containers are deployed and scaled one after the other. None when
            the server omitted it or sent null.
        cpu_shares (int | None): Relative CPU weight of the containers. None when the server omitted it or sent null.
        cpuset (str | None): CPUs the containers may use, e.g. `0,1`. None when the server omitted it or sent null.
        memory (int | None): Memory limit of each container, in MB. None when the server omitted it or sent null.
        memory_swap (int | None): Memory plus swap limit of each container, in MB. None when the server omitted it or
            sent null.
        linked_from_service (list[ServiceLink] | None): Links from other services to this one. None when the server
            omitted it or sent null.
        linked_to_service (list[ServiceLink] | None): Links from this service to others. None when the server omitted it
            or sent null.
        bindings (list[ServiceBinding] | None): Volumes the service mounts. None when the server omitted it or sent
            null.
        autorestart (Autorestart | None): When stopped containers are restarted automatically. None when the server
            omitted it or sent null.
        autodestroy (Autodestroy | None): When stopped containers are terminated automatically. None when the server
            omitted it or sent null.
        roles (list[Role] | None): API roles granted to the service. None when the server omitted it or sent null.
        link_variables (ServiceLinkVariables | None): Environment variables that containers linking to this service
            receive. None when the server omitted it or sent null.
        privileged (bool | None): Whether the containers run with Docker's privileged flag. None when the server omitted
            it or sent null.
        read_only (bool | None): Whether the containers' root file system is read-only (false by default). None when the
            server omitted it or sent null.
        deployment_strategy (DeploymentStrategy | None): How containers are spread over nodes: `EMPTIEST_NODE` picks the
            node with the fewest running containers, `HIGH_AVAILABILITY` the node with the fewest containers of this
            service, `EVERY_NODE` runs one container on each node (such services cannot be scaled by hand). None when the
            server omitted it or sent null.
        tags (list[TagRef] | None): Tags selecting the nodes the service may be deployed on. None when the server
            omitted it or sent null.
        autoredeploy (bool | None): Whether the service is redeployed when its image is updated in the Docker Cloud
            registry. None when the server omitted it or sent null.
        image_tag (str | None): Image tag of the service.  Known only from the Go SDK (`image_tag`); not in the
            reference. None when the server omitted it or sent null.
        pid (PidMode | None): PID namespace of the containers: `none` (their own) or `host` (the node's). None when the
            server omitted it or sent null.
    """

    #: API name -> attribute name (attribute names are accepted too), for from_input().
    _INPUT_NAMES: ClassVar[dict[str, str]] = {
        "uuid": "uuid",
        "resource_uri": "resource_uri",
        "image_name": "image_name",
        "name": "name",
        "nickname": "nickname",
        "public_dns": "public_dns",
        "state": "state",
        "net": "net",
        "synchronized": "synchronized",
        "deployed_datetime": "deployed_datetime",
        "started_datetime": "started_datetime",
        "stopped_datetime": "stopped_datetime",
        "destroyed_datetime": "destroyed_datetime",
        "target_num_containers": "target_num_containers",
        "current_num_containers": "current_num_containers",
        "running_num_containers": "running_num_containers",
        "stopped_num_containers": "stopped_num_containers",
        "stack": "stack",
        "containers": "containers",
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
        "sequential_deployment": "sequential_deployment",
        "cpu_shares": "cpu_shares",
        "cpuset": "cpuset",
        "memory": "memory",
        "memory_swap": "memory_swap",
        "linked_from_service": "linked_from_service",
        "linked_to_service": "linked_to_service",
        "bindings": "bindings",
        "autorestart": "autorestart",
        "autodestroy": "autodestroy",
        "roles": "roles",
        "link_variables": "link_variables",
        "privileged": "privileged",
        "read_only": "read_only",
        "deployment_strategy": "deployment_strategy",
        "tags": "tags",
        "autoredeploy": "autoredeploy",
        "image_tag": "image_tag",
        "pid": "pid",
    }

    #: (API name, attribute, nullable) of every attribute the spec documents as always sent; strict mode
    #: (Client(strict=True), types.find_undocumented) checks them, tolerant decoding does not.
    _DOCUMENTED: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("uuid", "uuid", False),
        ("resource_uri", "resource_uri", False),
        ("image_name", "image_name", False),
        ("name", "name", False),
        ("nickname", "nickname", False),
        ("public_dns", "public_dns", False),
        ("state", "state", False),
        ("net", "net", False),
        ("synchronized", "synchronized", False),
        ("deployed_datetime", "deployed_datetime", True),
        ("started_datetime", "started_datetime", True),
        ("stopped_datetime", "stopped_datetime", True),
        ("destroyed_datetime", "destroyed_datetime", True),
        ("target_num_containers", "target_num_containers", False),
        ("current_num_containers", "current_num_containers", False),
        ("running_num_containers", "running_num_containers", False),
        ("stopped_num_containers", "stopped_num_containers", False),
        ("stack", "stack", True),
        ("containers", "containers", False),
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
        ("sequential_deployment", "sequential_deployment", False),
        ("cpu_shares", "cpu_shares", False),
        ("cpuset", "cpuset", False),
        ("memory", "memory", False),
        ("memory_swap", "memory_swap", False),
        ("linked_from_service", "linked_from_service", False),
        ("linked_to_service", "linked_to_service", False),
        ("bindings", "bindings", False),
        ("autorestart", "autorestart", False),
        ("autodestroy", "autodestroy", False),
        ("roles", "roles", False),
        ("link_variables", "link_variables", False),
        ("privileged", "privileged", False),
        ("read_only", "read_only", False),
        ("deployment_strategy", "deployment_strategy", False),
        ("tags", "tags", False),
        ("autoredeploy", "autoredeploy", False),
    )

    uuid: str
    resource_uri: str
    name: str
    state: ServiceState = _attrs_field(converter=_convert_state)
    image_name: str | None = None
    nickname: str | None = None
    public_dns: str | None = None
    net: NetworkMode | None = _attrs_field(default=None, converter=_convert_net)
    synchronized: bool | None = None
    deployed_datetime: _datetime.datetime | None = None
    started_datetime: _datetime.datetime | None = None
    stopped_datetime: _datetime.datetime | None = None
    destroyed_datetime: _datetime.datetime | None = None
    target_num_containers: int | None = None
    current_num_containers: int | None = None
    running_num_containers: int | None = None
    stopped_num_containers: int | None = None
    stack: str | None = None
    containers: list[str] | None = None
    container_ports: list[ServicePort] | None = _attrs_field(default=None, converter=_convert_container_ports)
    container_envvars: list[EnvVar] | None = _attrs_field(default=None, converter=_convert_container_envvars)
    labels: ServiceLabels | None = _attrs_field(default=None, converter=_convert_labels)
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
    sequential_deployment: bool | None = None
    cpu_shares: int | None = None
    cpuset: str | None = None
    memory: int | None = None
    memory_swap: int | None = None
    linked_from_service: list[ServiceLink] | None = _attrs_field(default=None, converter=_convert_linked_from_service)
    linked_to_service: list[ServiceLink] | None = _attrs_field(default=None, converter=_convert_linked_to_service)
    bindings: list[ServiceBinding] | None = _attrs_field(default=None, converter=_convert_bindings)
    autorestart: Autorestart | None = _attrs_field(default=None, converter=_convert_autorestart)
    autodestroy: Autodestroy | None = _attrs_field(default=None, converter=_convert_autodestroy)
    roles: list[Role] | None = _attrs_field(default=None, converter=_convert_roles)
    link_variables: ServiceLinkVariables | None = _attrs_field(default=None, converter=_convert_link_variables)
    privileged: bool | None = None
    read_only: bool | None = None
    deployment_strategy: DeploymentStrategy | None = _attrs_field(default=None, converter=_convert_deployment_strategy)
    tags: list[TagRef] | None = _attrs_field(default=None, converter=_convert_tags)
    autoredeploy: bool | None = None
    image_tag: str | None = None
    pid: PidMode | None = _attrs_field(default=None, converter=_convert_pid)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: API names of the attributes the decoded JSON did not carry (to_dict() leaves them out).
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    #: The JSON object of a lazy instance not filled yet, with where it came from (_decoding.py); else None.
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    #: Builds instances from JSON with _fill (set at the end of the module).
    _DECODING: ClassVar[Decoding[Service]]

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

        name = self.name
        field_dict["name"] = name

        nickname = self.nickname
        if nickname is not None:
            field_dict["nickname"] = nickname
        elif "nickname" not in self._absent:
            field_dict["nickname"] = None

        public_dns = self.public_dns
        if public_dns is not None:
            field_dict["public_dns"] = public_dns
        elif "public_dns" not in self._absent:
            field_dict["public_dns"] = None

        state = self.state
        field_dict["state"] = state.value

        net = self.net
        if net is not None:
            field_dict["net"] = net.value
        elif "net" not in self._absent:
            field_dict["net"] = None

        synchronized = self.synchronized
        if synchronized is not None:
            field_dict["synchronized"] = synchronized
        elif "synchronized" not in self._absent:
            field_dict["synchronized"] = None

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

        target_num_containers = self.target_num_containers
        if target_num_containers is not None:
            field_dict["target_num_containers"] = target_num_containers
        elif "target_num_containers" not in self._absent:
            field_dict["target_num_containers"] = None

        current_num_containers = self.current_num_containers
        if current_num_containers is not None:
            field_dict["current_num_containers"] = current_num_containers
        elif "current_num_containers" not in self._absent:
            field_dict["current_num_containers"] = None

        running_num_containers = self.running_num_containers
        if running_num_containers is not None:
            field_dict["running_num_containers"] = running_num_containers
        elif "running_num_containers" not in self._absent:
            field_dict["running_num_containers"] = None

        stopped_num_containers = self.stopped_num_containers
        if stopped_num_containers is not None:
            field_dict["stopped_num_containers"] = stopped_num_containers
        elif "stopped_num_containers" not in self._absent:
            field_dict["stopped_num_containers"] = None

        stack = self.stack
        if stack is not None:
            field_dict["stack"] = stack
        elif "stack" not in self._absent:
            field_dict["stack"] = None

        containers = self.containers
        if containers is not None:
            field_dict["containers"] = containers
        elif "containers" not in self._absent:
            field_dict["containers"] = None

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

        sequential_deployment = self.sequential_deployment
        if sequential_deployment is not None:
            field_dict["sequential_deployment"] = sequential_deployment
        elif "sequential_deployment" not in self._absent:
            field_dict["sequential_deployment"] = None

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

        linked_from_service = self.linked_from_service
        if linked_from_service is not None:
            field_dict["linked_from_service"] = [_item.to_dict() for _item in linked_from_service]
        elif "linked_from_service" not in self._absent:
            field_dict["linked_from_service"] = None

        linked_to_service = self.linked_to_service
        if linked_to_service is not None:
            field_dict["linked_to_service"] = [_item.to_dict() for _item in linked_to_service]
        elif "linked_to_service" not in self._absent:
            field_dict["linked_to_service"] = None

        bindings = self.bindings
        if bindings is not None:
            field_dict["bindings"] = [_item.to_dict() for _item in bindings]
        elif "bindings" not in self._absent:
            field_dict["bindings"] = None

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

        deployment_strategy = self.deployment_strategy
        if deployment_strategy is not None:
            field_dict["deployment_strategy"] = deployment_strategy.value
        elif "deployment_strategy" not in self._absent:
            field_dict["deployment_strategy"] = None

        tags = self.tags
        if tags is not None:
            field_dict["tags"] = [_item.to_dict() for _item in tags]
        elif "tags" not in self._absent:
            field_dict["tags"] = None

        autoredeploy = self.autoredeploy
        if autoredeploy is not None:
            field_dict["autoredeploy"] = autoredeploy
        elif "autoredeploy" not in self._absent:
            field_dict["autoredeploy"] = None

        image_tag = self.image_tag
        if image_tag is not None:
            field_dict["image_tag"] = image_tag
        elif "image_tag" not in self._absent:
            field_dict["image_tag"] = None

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
    def from_input(cls, data: Mapping[str, Any], argument: str = "Service") -> Self:
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


def _fill(self: Service, d: Mapping[str, Any]) -> None:
    """Store every attribute of a Service from its JSON object (Decoding calls it).

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

    self.name = values[3]

    self.nickname = values[4]

    self.public_dns = values[5]

    v = values[6]
    self.state = _ServiceState_MEMBERS.get(v) or member(ServiceState, v)

    v = values[7]
    if v is None:
        self.net = None
    else:
        self.net = _NetworkMode_MEMBERS.get(v) or member(NetworkMode, v)

    self.synchronized = values[8]

    v = values[9]
    if v is None:
        self.deployed_datetime = None
    else:
        try:
            self.deployed_datetime = parse_timestamp(v)
        except ValueError:
            raise DecodeError("deployed_datetime", "RFC 1123 or ISO 8601 timestamp", v) from None

    v = values[10]
    if v is None:
        self.started_datetime = None
    else:
        try:
            self.started_datetime = parse_timestamp(v)
        except ValueError:
            raise DecodeError("started_datetime", "RFC 1123 or ISO 8601 timestamp", v) from None

    v = values[11]
    if v is None:
        self.stopped_datetime = None
    else:
        try:
            self.stopped_datetime = parse_timestamp(v)
        except ValueError:
            raise DecodeError("stopped_datetime", "RFC 1123 or ISO 8601 timestamp", v) from None

    v = values[12]
    if v is None:
        self.destroyed_datetime = None
    else:
        try:
            self.destroyed_datetime = parse_timestamp(v)
        except ValueError:
            raise DecodeError("destroyed_datetime", "RFC 1123 or ISO 8601 timestamp", v) from None

    self.target_num_containers = values[13]

    self.current_num_containers = values[14]

    self.running_num_containers = values[15]

    self.stopped_num_containers = values[16]

    self.stack = values[17]

    v = values[18]
    if v is None:
        self.containers = None
    else:
        self.containers = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "containers")

    v = values[19]
    if v is None:
        self.container_ports = None
    else:
        self.container_ports = ServicePort._DECODING.each(v, "container_ports") if v else []

    v = values[20]
    if v is None:
        self.container_envvars = None
    else:
        self.container_envvars = EnvVar._DECODING.each(v, "container_envvars") if v else []

    v = values[21]
    if v is None:
        self.labels = None
    else:
        try:
            self.labels = ServiceLabels._DECODING.now(v)
        except DecodeError as exc:
            raise exc.inside("labels") from None

    self.working_dir = values[22]

    self.user = values[23]

    self.hostname = values[24]

    self.domainname = values[25]

    self.mac_address = values[26]

    self.cgroup_parent = values[27]

    self.tty = values[28]

    self.stdin_open = values[29]

    v = values[30]
    if v is None:
        self.dns = None
    else:
        self.dns = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "dns")

    v = values[31]
    if v is None:
        self.dns_search = None
    else:
        self.dns_search = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "dns_search")

    v = values[32]
    if v is None:
        self.cap_add = None
    else:
        self.cap_add = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "cap_add")

    v = values[33]
    if v is None:
        self.cap_drop = None
    else:
        self.cap_drop = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "cap_drop")

    v = values[34]
    if v is None:
        self.devices = None
    else:
        self.devices = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "devices")

    v = values[35]
    if v is None:
        self.extra_hosts = None
    else:
        self.extra_hosts = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "extra_hosts")

    v = values[36]
    if v is None:
        self.security_opt = None
    else:
        self.security_opt = v if ONLY_STR.issuperset(map(type, v)) else scalars(v, str, "security_opt")

    self.entrypoint = values[37]

    self.run_command = values[38]

    self.sequential_deployment = values[39]

    self.cpu_shares = values[40]

    self.cpuset = values[41]

    self.memory = values[42]

    self.memory_swap = values[43]

    v = values[44]
    if v is None:
        self.linked_from_service = None
    else:
        self.linked_from_service = ServiceLink._DECODING.each(v, "linked_from_service") if v else []

    v = values[45]
    if v is None:
        self.linked_to_service = None
    else:
        self.linked_to_service = ServiceLink._DECODING.each(v, "linked_to_service") if v else []

    v = values[46]
    if v is None:
        self.bindings = None
    else:
        self.bindings = ServiceBinding._DECODING.each(v, "bindings") if v else []

    v = values[47]
    if v is None:
        self.autorestart = None
    else:
        self.autorestart = _Autorestart_MEMBERS.get(v) or member(Autorestart, v)

    v = values[48]
    if v is None:
        self.autodestroy = None
    else:
        self.autodestroy = _Autodestroy_MEMBERS.get(v) or member(Autodestroy, v)

    v = values[49]
    if v is None:
        self.roles = None
    else:
        self.roles = (
            [_Role_MEMBERS.get(item) or member(Role, item) for item in v]
            if ONLY_STR.issuperset(map(type, v))
            else members(Role, v, "roles")
        )

    v = values[50]
    if v is None:
        self.link_variables = None
    else:
        try:
            self.link_variables = ServiceLinkVariables._DECODING.now(v)
        except DecodeError as exc:
            raise exc.inside("link_variables") from None

    self.privileged = values[51]

    self.read_only = values[52]

    v = values[53]
    if v is None:
        self.deployment_strategy = None
    else:
        self.deployment_strategy = _DeploymentStrategy_MEMBERS.get(v) or member(DeploymentStrategy, v)

    v = values[54]
    if v is None:
        self.tags = None
    else:
        self.tags = TagRef._DECODING.each(v, "tags") if v else []

    self.autoredeploy = values[55]

    self.image_tag = values[56]

    v = values[57]
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
    "name",
    "nickname",
    "public_dns",
    "state",
    "net",
    "synchronized",
    "deployed_datetime",
    "started_datetime",
    "stopped_datetime",
    "destroyed_datetime",
    "target_num_containers",
    "current_num_containers",
    "running_num_containers",
    "stopped_num_containers",
    "stack",
    "containers",
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
    "sequential_deployment",
    "cpu_shares",
    "cpuset",
    "memory",
    "memory_swap",
    "linked_from_service",
    "linked_to_service",
    "bindings",
    "autorestart",
    "autodestroy",
    "roles",
    "link_variables",
    "privileged",
    "read_only",
    "deployment_strategy",
    "tags",
    "autoredeploy",
    "image_tag",
    "pid",
)
_KNOWN = frozenset(_KEYS)
_ORDER = {key: index for index, key in enumerate(_KEYS)}
#: Enum members by value, read directly by _fill (member() is the fallback, for a value the spec does not list).
_ServiceState_MEMBERS = cast("dict[str, ServiceState]", ServiceState._value2member_map_)
_NetworkMode_MEMBERS = cast("dict[str, NetworkMode]", NetworkMode._value2member_map_)
_Autorestart_MEMBERS = cast("dict[str, Autorestart]", Autorestart._value2member_map_)
_Autodestroy_MEMBERS = cast("dict[str, Autodestroy]", Autodestroy._value2member_map_)
_Role_MEMBERS = cast("dict[str, Role]", Role._value2member_map_)
_DeploymentStrategy_MEMBERS = cast("dict[str, DeploymentStrategy]", DeploymentStrategy._value2member_map_)
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
    ("name", (str,), "string", True),
    (
        "nickname",
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
        "net",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
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
        "target_num_containers",
        (
            int,
            NoneType,
        ),
        "integer",
        False,
    ),
    (
        "current_num_containers",
        (
            int,
            NoneType,
        ),
        "integer",
        False,
    ),
    (
        "running_num_containers",
        (
            int,
            NoneType,
        ),
        "integer",
        False,
    ),
    (
        "stopped_num_containers",
        (
            int,
            NoneType,
        ),
        "integer",
        False,
    ),
    (
        "stack",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "containers",
        (
            list,
            NoneType,
        ),
        "array",
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
        "sequential_deployment",
        (
            bool,
            NoneType,
        ),
        "boolean",
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
        "linked_from_service",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
    (
        "linked_to_service",
        (
            list,
            NoneType,
        ),
        "array",
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
        "deployment_strategy",
        (
            str,
            NoneType,
        ),
        "string",
        False,
    ),
    (
        "tags",
        (
            list,
            NoneType,
        ),
        "array",
        False,
    ),
    (
        "autoredeploy",
        (
            bool,
            NoneType,
        ),
        "boolean",
        False,
    ),
    (
        "image_tag",
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


Service._DECODING = Decoding(Service, _fill)

from ..models.env_var import EnvVar  # noqa: E402
from ..models.service_binding import ServiceBinding  # noqa: E402
from ..models.service_labels import ServiceLabels  # noqa: E402
from ..models.service_link import ServiceLink  # noqa: E402
from ..models.service_link_variables import ServiceLinkVariables  # noqa: E402
from ..models.service_port import ServicePort  # noqa: E402
from ..models.tag_ref import TagRef  # noqa: E402
