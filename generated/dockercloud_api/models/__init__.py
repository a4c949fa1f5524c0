# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .action_list import ActionList
from .action_state import ActionState
from .autodestroy import Autodestroy
from .autorestart import Autorestart
from .availability_zone import AvailabilityZone
from .availability_zone_list import AvailabilityZoneList
from .binding_spec import BindingSpec
from .container import Container
from .container_binding import ContainerBinding
from .container_labels import ContainerLabels
from .container_link import ContainerLink
from .container_link_endpoints import ContainerLinkEndpoints
from .container_link_variables import ContainerLinkVariables
from .container_list import ContainerList
from .container_port import ContainerPort
from .container_state import ContainerState
from .deployment_strategy import DeploymentStrategy
from .env_var import EnvVar
from .error_body import ErrorBody
from .event import Event
from .event_action import EventAction
from .event_type import EventType
from .exec_frame import ExecFrame
from .link_spec import LinkSpec
from .list_meta import ListMeta
from .log_message import LogMessage
from .log_stream_type import LogStreamType
from .network_mode import NetworkMode
from .node import Node
from .node_cluster import NodeCluster
from .node_cluster_create import NodeClusterCreate
from .node_cluster_list import NodeClusterList
from .node_cluster_state import NodeClusterState
from .node_cluster_update import NodeClusterUpdate
from .node_list import NodeList
from .node_private_ip import NodePrivateIp
from .node_state import NodeState
from .node_type import NodeType
from .node_type_list import NodeTypeList
from .node_update import NodeUpdate
from .pid_mode import PidMode
from .port_protocol import PortProtocol
from .port_spec import PortSpec
from .provider import Provider
from .provider_list import ProviderList
from .provider_options import ProviderOptions
from .provider_options_iam import ProviderOptionsIam
from .provider_options_vpc import ProviderOptionsVpc
from .region import Region
from .region_list import RegionList
from .registry import Registry
from .registry_list import RegistryList
from .repository import Repository
from .repository_create import RepositoryCreate
from .repository_list import RepositoryList
from .repository_update import RepositoryUpdate
from .role import Role
from .service import Service
from .service_binding import ServiceBinding
from .service_create import ServiceCreate
from .service_labels import ServiceLabels
from .service_link import ServiceLink
from .service_link_variables import ServiceLinkVariables
from .service_list import ServiceList
from .service_port import ServicePort
from .service_state import ServiceState
from .service_update import ServiceUpdate
from .stack import Stack
from .stack_create import StackCreate
from .stack_export import StackExport
from .stack_list import StackList
from .stack_service_update import StackServiceUpdate
from .stack_state import StackState
from .stack_update import StackUpdate
from .stream_error import StreamError
from .stream_error_data import StreamErrorData
from .stream_error_type import StreamErrorType
from .tag import Tag
from .tag_list import TagList
from .tag_origin import TagOrigin
from .tag_ref import TagRef
from .trigger import Trigger
from .trigger_create import TriggerCreate
from .trigger_list import TriggerList
from .trigger_operation import TriggerOperation

__all__ = (
    "Action",
    "ActionList",
    "ActionState",
    "Autodestroy",
    "Autorestart",
    "AvailabilityZone",
    "AvailabilityZoneList",
    "BindingSpec",
    "Container",
    "ContainerBinding",
    "ContainerLabels",
    "ContainerLink",
    "ContainerLinkEndpoints",
    "ContainerLinkVariables",
    "ContainerList",
    "ContainerPort",
    "ContainerState",
    "DeploymentStrategy",
    "EnvVar",
    "ErrorBody",
    "Event",
    "EventAction",
    "EventType",
    "ExecFrame",
    "LinkSpec",
    "ListMeta",
    "LogMessage",
    "LogStreamType",
    "NetworkMode",
    "Node",
    "NodeCluster",
    "NodeClusterCreate",
    "NodeClusterList",
    "NodeClusterState",
    "NodeClusterUpdate",
    "NodeList",
    "NodePrivateIp",
    "NodeState",
    "NodeType",
    "NodeTypeList",
    "NodeUpdate",
    "PidMode",
    "PortProtocol",
    "PortSpec",
    "Provider",
    "ProviderList",
    "ProviderOptions",
    "ProviderOptionsIam",
    "ProviderOptionsVpc",
    "Region",
    "RegionList",
    "Registry",
    "RegistryList",
    "Repository",
    "RepositoryCreate",
    "RepositoryList",
    "RepositoryUpdate",
    "Role",
    "Service",
    "ServiceBinding",
    "ServiceCreate",
    "ServiceLabels",
    "ServiceLink",
    "ServiceLinkVariables",
    "ServiceList",
    "ServicePort",
    "ServiceState",
    "ServiceUpdate",
    "Stack",
    "StackCreate",
    "StackExport",
    "StackList",
    "StackServiceUpdate",
    "StackState",
    "StackUpdate",
    "StreamError",
    "StreamErrorData",
    "StreamErrorType",
    "Tag",
    "TagList",
    "TagOrigin",
    "TagRef",
    "Trigger",
    "TriggerCreate",
    "TriggerList",
    "TriggerOperation",
)
