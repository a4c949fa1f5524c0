"""The route table: every REST path with its handlers, whether it is namespaced and whether it needs auth."""

from __future__ import annotations

from ..http import Handler
from .actions import action_cancel, action_get, action_list, action_retry
from .catalogue import (
    az_get,
    az_list,
    nodetype_get,
    nodetype_list,
    provider_get,
    provider_list,
    region_get,
    region_list,
)
from .containers import (
    container_get,
    container_list,
    container_redeploy,
    container_start,
    container_stop,
    container_terminate,
)
from .node_clusters import (
    nodecluster_create,
    nodecluster_deploy,
    nodecluster_get,
    nodecluster_list,
    nodecluster_terminate,
    nodecluster_update,
    nodecluster_upgrade,
)
from .nodes import (
    node_deploy,
    node_get,
    node_health_check,
    node_list,
    node_terminate,
    node_update,
    node_upgrade,
    tag_list,
)
from .repositories import (
    registry_get,
    registry_list,
    repository_create,
    repository_get,
    repository_list,
    repository_remove,
    repository_update,
)
from .services import (
    service_create,
    service_get,
    service_list,
    service_redeploy,
    service_scale,
    service_start,
    service_stop,
    service_terminate,
    service_update,
)
from .stacks import (
    stack_create,
    stack_export,
    stack_get,
    stack_list,
    stack_redeploy,
    stack_start,
    stack_stop,
    stack_terminate,
    stack_update,
)
from .triggers import trigger_call, trigger_create, trigger_delete, trigger_get, trigger_list

NS = True
GLOBAL = False

#: (path without namespace, {method: handler}, namespaced, needs auth)
ROUTES: list[tuple[str, dict[str, Handler], bool, bool]] = [
    ("/api/audit/v1/action/", {"GET": action_list}, GLOBAL, True),
    ("/api/audit/v1/action/{uuid}/", {"GET": action_get}, GLOBAL, True),
    ("/api/audit/v1/action/{uuid}/cancel/", {"POST": action_cancel}, GLOBAL, True),
    ("/api/audit/v1/action/{uuid}/retry/", {"POST": action_retry}, GLOBAL, True),
    ("/api/infra/v1/provider/", {"GET": provider_list}, GLOBAL, True),
    ("/api/infra/v1/provider/{name}/", {"GET": provider_get}, GLOBAL, True),
    ("/api/infra/v1/region/", {"GET": region_list}, GLOBAL, True),
    ("/api/infra/v1/region/{provider}/{name}/", {"GET": region_get}, GLOBAL, True),
    ("/api/infra/v1/az/", {"GET": az_list}, GLOBAL, True),
    ("/api/infra/v1/az/{provider}/{region}/{name}/", {"GET": az_get}, GLOBAL, True),
    ("/api/infra/v1/nodetype/", {"GET": nodetype_list}, GLOBAL, True),
    ("/api/infra/v1/nodetype/{provider}/{name}/", {"GET": nodetype_get}, GLOBAL, True),
    ("/api/infra/v1/tag/", {"GET": tag_list}, GLOBAL, True),
    ("/api/infra/v1/nodecluster/", {"GET": nodecluster_list, "POST": nodecluster_create}, NS, True),
    (
        "/api/infra/v1/nodecluster/{uuid}/",
        {"GET": nodecluster_get, "PATCH": nodecluster_update, "DELETE": nodecluster_terminate},
        NS,
        True,
    ),
    ("/api/infra/v1/nodecluster/{uuid}/deploy/", {"POST": nodecluster_deploy}, NS, True),
    ("/api/infra/v1/nodecluster/{uuid}/docker-upgrade/", {"POST": nodecluster_upgrade}, NS, True),  # inferred
    ("/api/infra/v1/node/", {"GET": node_list}, NS, True),
    ("/api/infra/v1/node/{uuid}/", {"GET": node_get, "PATCH": node_update, "DELETE": node_terminate}, NS, True),
    ("/api/infra/v1/node/{uuid}/docker-upgrade/", {"POST": node_upgrade}, NS, True),
    ("/api/infra/v1/node/{uuid}/health-check/", {"POST": node_health_check}, NS, True),
    ("/api/infra/v1/node/{uuid}/deploy/", {"POST": node_deploy}, NS, True),  # inferred
    ("/api/repo/v1/registry/", {"GET": registry_list}, NS, True),
    ("/api/repo/v1/registry/{host}/", {"GET": registry_get}, NS, True),
    ("/api/repo/v1/repository/", {"GET": repository_list, "POST": repository_create}, NS, True),
    (
        "/api/repo/v1/repository/{name:path}/",
        {"GET": repository_get, "PATCH": repository_update, "DELETE": repository_remove},
        NS,
        True,
    ),
    ("/api/app/v1/stack/", {"GET": stack_list, "POST": stack_create}, NS, True),
    ("/api/app/v1/stack/{uuid}/", {"GET": stack_get, "PATCH": stack_update, "DELETE": stack_terminate}, NS, True),
    ("/api/app/v1/stack/{uuid}/export/", {"GET": stack_export}, NS, True),
    ("/api/app/v1/stack/{uuid}/start/", {"POST": stack_start}, NS, True),
    ("/api/app/v1/stack/{uuid}/stop/", {"POST": stack_stop}, NS, True),
    ("/api/app/v1/stack/{uuid}/redeploy/", {"POST": stack_redeploy}, NS, True),
    ("/api/app/v1/service/", {"GET": service_list, "POST": service_create}, NS, True),
    (
        "/api/app/v1/service/{uuid}/",
        {"GET": service_get, "PATCH": service_update, "DELETE": service_terminate},
        NS,
        True,
    ),
    ("/api/app/v1/service/{uuid}/start/", {"POST": service_start}, NS, True),
    ("/api/app/v1/service/{uuid}/stop/", {"POST": service_stop}, NS, True),
    ("/api/app/v1/service/{uuid}/scale/", {"POST": service_scale}, NS, True),
    ("/api/app/v1/service/{uuid}/redeploy/", {"POST": service_redeploy}, NS, True),
    ("/api/app/v1/service/{uuid}/trigger/", {"GET": trigger_list, "POST": trigger_create}, NS, True),
    ("/api/app/v1/service/{uuid}/trigger/{trigger_uuid}/", {"GET": trigger_get, "DELETE": trigger_delete}, NS, True),
    ("/api/app/v1/service/{uuid}/trigger/{trigger_uuid}/call/", {"POST": trigger_call}, NS, False),
    ("/api/app/v1/service/{uuid}/trigger/{trigger_uuid}/call/{count}/", {"POST": trigger_call}, NS, False),
    ("/api/app/v1/container/", {"GET": container_list}, NS, True),
    ("/api/app/v1/container/{uuid}/", {"GET": container_get, "DELETE": container_terminate}, NS, True),
    ("/api/app/v1/container/{uuid}/start/", {"POST": container_start}, NS, True),
    ("/api/app/v1/container/{uuid}/stop/", {"POST": container_stop}, NS, True),
    ("/api/app/v1/container/{uuid}/redeploy/", {"POST": container_redeploy}, NS, True),
]
