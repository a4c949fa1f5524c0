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
from ..models.deployment_strategy import DeploymentStrategy
from ..models.network_mode import NetworkMode
from ..models.pid_mode import PidMode
from ..models.role import Role
from ..models.service_state import ServiceState
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

        _name = d.pop("name", UNSET)
        name: str
        if _name is UNSET:
            raise DecodeError("name", "a value", UNSET)
        if type(_name) is not str:
            raise DecodeError("name", "string", _name)

        name = _name

        _nickname = d.pop("nickname", UNSET)
        nickname: str | None
        if _nickname is None or _nickname is UNSET:
            if _nickname is UNSET:
                absent.append("nickname")
            nickname = None
        else:
            if type(_nickname) is not str:
                raise DecodeError("nickname", "string", _nickname)

            nickname = _nickname

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
        state: ServiceState
        if _state is UNSET:
            raise DecodeError("state", "a value", UNSET)
        if type(_state) is not str:
            raise DecodeError("state", "string", _state)

        state = ServiceState(_state)

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

        _target_num_containers = d.pop("target_num_containers", UNSET)
        target_num_containers: int | None
        if _target_num_containers is None or _target_num_containers is UNSET:
            if _target_num_containers is UNSET:
                absent.append("target_num_containers")
            target_num_containers = None
        else:
            if type(_target_num_containers) is not int:
                raise DecodeError("target_num_containers", "integer", _target_num_containers)

            target_num_containers = _target_num_containers

        _current_num_containers = d.pop("current_num_containers", UNSET)
        current_num_containers: int | None
        if _current_num_containers is None or _current_num_containers is UNSET:
            if _current_num_containers is UNSET:
                absent.append("current_num_containers")
            current_num_containers = None
        else:
            if type(_current_num_containers) is not int:
                raise DecodeError("current_num_containers", "integer", _current_num_containers)

            current_num_containers = _current_num_containers

        _running_num_containers = d.pop("running_num_containers", UNSET)
        running_num_containers: int | None
        if _running_num_containers is None or _running_num_containers is UNSET:
            if _running_num_containers is UNSET:
                absent.append("running_num_containers")
            running_num_containers = None
        else:
            if type(_running_num_containers) is not int:
                raise DecodeError("running_num_containers", "integer", _running_num_containers)

            running_num_containers = _running_num_containers

        _stopped_num_containers = d.pop("stopped_num_containers", UNSET)
        stopped_num_containers: int | None
        if _stopped_num_containers is None or _stopped_num_containers is UNSET:
            if _stopped_num_containers is UNSET:
                absent.append("stopped_num_containers")
            stopped_num_containers = None
        else:
            if type(_stopped_num_containers) is not int:
                raise DecodeError("stopped_num_containers", "integer", _stopped_num_containers)

            stopped_num_containers = _stopped_num_containers

        _stack = d.pop("stack", UNSET)
        stack: str | None
        if _stack is None or _stack is UNSET:
            if _stack is UNSET:
                absent.append("stack")
            stack = None
        else:
            if type(_stack) is not str:
                raise DecodeError("stack", "string", _stack)

            stack = _stack

        _containers = d.pop("containers", UNSET)
        containers: list[str] | None
        if _containers is None or _containers is UNSET:
            if _containers is UNSET:
                absent.append("containers")
            containers = None
        else:
            if type(_containers) is not list:
                raise DecodeError("containers", "array", _containers)

            for _index, _item in enumerate(_containers):
                if type(_item) is not str:
                    raise DecodeError(_index, "string", _item).inside("containers")
            containers = cast("list[str]", _containers)

        _container_ports = d.pop("container_ports", UNSET)
        container_ports: list[ServicePort] | None
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
                        container_ports_value = ServicePort.from_dict(container_ports_item)
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
        labels: ServiceLabels | None
        if _labels is None or _labels is UNSET:
            if _labels is UNSET:
                absent.append("labels")
            labels = None
        else:
            if type(_labels) is not dict:
                raise DecodeError("labels", "object", _labels)

            try:
                labels = ServiceLabels.from_dict(_labels)
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

        _sequential_deployment = d.pop("sequential_deployment", UNSET)
        sequential_deployment: bool | None
        if _sequential_deployment is None or _sequential_deployment is UNSET:
            if _sequential_deployment is UNSET:
                absent.append("sequential_deployment")
            sequential_deployment = None
        else:
            if type(_sequential_deployment) is not bool:
                raise DecodeError("sequential_deployment", "boolean", _sequential_deployment)

            sequential_deployment = _sequential_deployment

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

        _linked_from_service = d.pop("linked_from_service", UNSET)
        linked_from_service: list[ServiceLink] | None
        if _linked_from_service is None or _linked_from_service is UNSET:
            if _linked_from_service is UNSET:
                absent.append("linked_from_service")
            linked_from_service = None
        else:
            if type(_linked_from_service) is not list:
                raise DecodeError("linked_from_service", "array", _linked_from_service)

            linked_from_service = []
            try:
                for _index, linked_from_service_item in enumerate(_linked_from_service):
                    if type(linked_from_service_item) is not dict:
                        raise DecodeError(_index, "object", linked_from_service_item)

                    try:
                        linked_from_service_value = ServiceLink.from_dict(linked_from_service_item)
                    except DecodeError as exc:
                        raise exc.inside(_index) from None

                    linked_from_service.append(linked_from_service_value)
            except DecodeError as exc:
                raise exc.inside("linked_from_service") from None

        _linked_to_service = d.pop("linked_to_service", UNSET)
        linked_to_service: list[ServiceLink] | None
        if _linked_to_service is None or _linked_to_service is UNSET:
            if _linked_to_service is UNSET:
                absent.append("linked_to_service")
            linked_to_service = None
        else:
            if type(_linked_to_service) is not list:
                raise DecodeError("linked_to_service", "array", _linked_to_service)

            linked_to_service = []
            try:
                for _index, linked_to_service_item in enumerate(_linked_to_service):
                    if type(linked_to_service_item) is not dict:
                        raise DecodeError(_index, "object", linked_to_service_item)

                    try:
                        linked_to_service_value = ServiceLink.from_dict(linked_to_service_item)
                    except DecodeError as exc:
                        raise exc.inside(_index) from None

                    linked_to_service.append(linked_to_service_value)
            except DecodeError as exc:
                raise exc.inside("linked_to_service") from None

        _bindings = d.pop("bindings", UNSET)
        bindings: list[ServiceBinding] | None
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
                        bindings_value = ServiceBinding.from_dict(bindings_item)
                    except DecodeError as exc:
                        raise exc.inside(_index) from None

                    bindings.append(bindings_value)
            except DecodeError as exc:
                raise exc.inside("bindings") from None

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

        _link_variables = d.pop("link_variables", UNSET)
        link_variables: ServiceLinkVariables | None
        if _link_variables is None or _link_variables is UNSET:
            if _link_variables is UNSET:
                absent.append("link_variables")
            link_variables = None
        else:
            if type(_link_variables) is not dict:
                raise DecodeError("link_variables", "object", _link_variables)

            try:
                link_variables = ServiceLinkVariables.from_dict(_link_variables)
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

        _deployment_strategy = d.pop("deployment_strategy", UNSET)
        deployment_strategy: DeploymentStrategy | None
        if _deployment_strategy is None or _deployment_strategy is UNSET:
            if _deployment_strategy is UNSET:
                absent.append("deployment_strategy")
            deployment_strategy = None
        else:
            if type(_deployment_strategy) is not str:
                raise DecodeError("deployment_strategy", "string", _deployment_strategy)

            deployment_strategy = DeploymentStrategy(_deployment_strategy)

        _tags = d.pop("tags", UNSET)
        tags: list[TagRef] | None
        if _tags is None or _tags is UNSET:
            if _tags is UNSET:
                absent.append("tags")
            tags = None
        else:
            if type(_tags) is not list:
                raise DecodeError("tags", "array", _tags)

            tags = []
            try:
                for _index, tags_item in enumerate(_tags):
                    if type(tags_item) is not dict:
                        raise DecodeError(_index, "object", tags_item)

                    try:
                        tags_value = TagRef.from_dict(tags_item)
                    except DecodeError as exc:
                        raise exc.inside(_index) from None

                    tags.append(tags_value)
            except DecodeError as exc:
                raise exc.inside("tags") from None

        _autoredeploy = d.pop("autoredeploy", UNSET)
        autoredeploy: bool | None
        if _autoredeploy is None or _autoredeploy is UNSET:
            if _autoredeploy is UNSET:
                absent.append("autoredeploy")
            autoredeploy = None
        else:
            if type(_autoredeploy) is not bool:
                raise DecodeError("autoredeploy", "boolean", _autoredeploy)

            autoredeploy = _autoredeploy

        _image_tag = d.pop("image_tag", UNSET)
        image_tag: str | None
        if _image_tag is None or _image_tag is UNSET:
            if _image_tag is UNSET:
                absent.append("image_tag")
            image_tag = None
        else:
            if type(_image_tag) is not str:
                raise DecodeError("image_tag", "string", _image_tag)

            image_tag = _image_tag

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


from ..models.env_var import EnvVar  # noqa: E402
from ..models.service_binding import ServiceBinding  # noqa: E402
from ..models.service_labels import ServiceLabels  # noqa: E402
from ..models.service_link import ServiceLink  # noqa: E402
from ..models.service_link_variables import ServiceLinkVariables  # noqa: E402
from ..models.service_port import ServicePort  # noqa: E402
from ..models.tag_ref import TagRef  # noqa: E402
