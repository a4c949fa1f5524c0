"""Real-shaped responses of older Docker Cloud (and Tutum-era) API revisions, written by hand.

Each object follows the attribute patterns seen in responses recorded from the live service between
2015 and 2018: documented attributes left out (a service without ``nickname``, ``bindings``,
``cap_add``, ``roles``, ``tags``, ``labels`` or ``working_dir``; a node without
``availability_zone``, ``cpu``, ``memory`` or ``tunnel``; an action without ``user``,
``is_user_action`` or ``can_be_canceled``; a registry without ``is_docker_registry``; a node cluster
without ``nodes`` or ``provider_options``), ``null`` where the docs show a number (``cpu_shares``,
``memory``, a registry ``port``) and attributes the docs never mention (``public_dns`` on a
container, ``image_tag``, Tutum-era fields). None of this is copied from a third-party repository;
the values are made up.

``CASES`` lists one get and one list per resource: (case id, operation, request path, body).
"""

from __future__ import annotations

from typing import Any

NS = "alice"
SERVICE_UUID = "09cbcf8d-a727-40d9-b420-c8e18b7fa55b"
STACK_UUID = "46aca402-2109-4a70-a378-760cfed43816"
CLUSTER_UUID = "b2de5e94-4b61-4e10-9a8b-1a4c6d33c2bc"
NODE_UUID = "fa7d4b2a-6a51-4a3d-8ac1-0d1e6a33b6a1"
CONTAINER_UUID = "c1dd4e8a-0b65-4f47-8a35-6d0a4b5e0c57"
ACTION_UUID = "4b6c3f86-9b3a-4d4e-a9b0-5d2d7e8e3f11"
TRIGGER_UUID = "7e1b2c44-5a66-4d0e-9e6f-0a1c2b3d4e5f"

SERVICE: dict[str, Any] = {
    # 2015-era service: no nickname, bindings, cap_add, cap_drop, roles, tags, labels, working_dir,
    # pid, security_opt, devices; cpu_shares and memory null; Tutum-era extras.
    "uuid": SERVICE_UUID,
    "resource_uri": f"/api/app/v1/{NS}/service/{SERVICE_UUID}/",
    "name": "web",
    "state": "Running",
    "image_name": "tutum/hello-world:latest",
    "image_tag": "/api/repo/v1/repository/tutum/hello-world/tag/latest/",
    "public_dns": "web.alice.svc.dockerapp.io",
    "synchronized": True,
    "deployed_datetime": "Mon, 13 Apr 2015 09:21:07 +0000",
    "started_datetime": "Mon, 13 Apr 2015 09:21:09 +0000",
    "stopped_datetime": None,
    "destroyed_datetime": None,
    "target_num_containers": 2,
    "current_num_containers": 2,
    "running_num_containers": 2,
    "stopped_num_containers": 0,
    "stack": None,
    "containers": [f"/api/app/v1/{NS}/container/{CONTAINER_UUID}/"],
    "container_ports": [
        {
            "protocol": "tcp",
            "inner_port": 80,
            "outer_port": 32768,
            "port_name": "http",
            "published": True,
            "endpoint_uri": "http://web.alice.svc.dockerapp.io:32768/",
        },
    ],  # fmt: skip
    "container_envvars": [{"key": "LISTEN", "value": "80", "origin": "USER"}],
    "linked_from_service": [],
    "linked_to_service": [],
    "autorestart": "OFF",
    "autodestroy": "OFF",
    "autoredeploy": False,
    "sequential_deployment": False,
    "deployment_strategy": "EMPTIEST_NODE",
    "cpu_shares": None,
    "memory": None,
    "entrypoint": "",
    "run_command": "/run.sh",
    "privileged": False,
    "net": "bridge",
    "link_variables": {"WEB_1_PORT": "tcp://web-1:80"},
    "calculated_envvars": [{"key": "WEB_PORT", "value": "tcp://web:80"}],
    "tutum_uri": "/api/v1/service/09cbcf8d/",
}

SERVICE_OLD = {
    # An even older revision: no counters, no strategy, a Tutum-era state history.
    "uuid": "ab1bd4de-7d6d-4e2a-bb6b-8e2f2c3c3f00",
    "resource_uri": f"/api/app/v1/{NS}/service/ab1bd4de-7d6d-4e2a-bb6b-8e2f2c3c3f00/",
    "name": "db",
    "state": "Stopped",
    "image_name": "tutum/mysql:5.6",
    "target_num_containers": 1,
    "autorestart": "ON_FAILURE",
    "containers": [],
    "entrypoint": None,
    "run_command": None,
    "state_history": [{"state": "Stopped", "at": "Tue, 14 Apr 2015 10:00:00 +0000"}],
}

NODE: dict[str, Any] = {
    # No availability_zone, cpu, memory, tunnel, private_ips; extra provider fields.
    "uuid": NODE_UUID,
    "resource_uri": f"/api/infra/v1/{NS}/node/{NODE_UUID}/",
    "state": "Deployed",
    "external_fqdn": "fa7d4b2a-alice.node.dockerapp.io",
    "public_ip": "104.236.84.12",
    "node_cluster": f"/api/infra/v1/{NS}/nodecluster/{CLUSTER_UUID}/",
    "node_type": "/api/infra/v1/nodetype/digitalocean/1gb/",
    "region": "/api/infra/v1/region/digitalocean/lon1/",
    "docker_execdriver": "native-0.2",
    "docker_graphdriver": "aufs",
    "docker_version": "1.5.0",
    "deployed_datetime": "Sun, 12 Apr 2015 18:02:41 +0000",
    "destroyed_datetime": None,
    "last_seen": "Mon, 13 Apr 2015 09:30:00 +0000",
    "current_num_containers": 3,
    "disk": 30,
    "tags": [{"name": "lon1"}],
    "nickname": "fa7d4b2a",
    "provider_id": "4977432",
    "agent_version": "0.11.2",
}

ACTION: dict[str, Any] = {
    # No user, is_user_action, can_be_canceled, can_be_retried, logs.
    "uuid": ACTION_UUID,
    "resource_uri": f"/api/audit/v1/action/{ACTION_UUID}/",
    "object": f"/api/app/v1/{NS}/service/{SERVICE_UUID}/",
    "action": "Service Start",
    "method": "POST",
    "path": f"/api/app/v1/{NS}/service/{SERVICE_UUID}/start/",
    "user_agent": "tutum-cli/0.12.6",
    "start_date": "Mon, 13 Apr 2015 09:21:05 +0000",
    "end_date": "Mon, 13 Apr 2015 09:21:09 +0000",
    "state": "Success",
    "ip": "83.45.12.7",
    "location": "Madrid, Spain",
    "tutum_uri": "/api/v1/action/4b6c3f86/",
}

REGISTRY: dict[str, Any] = {
    # No is_docker_registry; port null.
    "resource_uri": "/api/repo/v1/registry/quay.io/",
    "name": "Quay",
    "host": "quay.io",
    "is_ssl": True,
    "port": None,
}

CLUSTER: dict[str, Any] = {
    # No nodes, provider_options, nickname; extra.
    "uuid": CLUSTER_UUID,
    "resource_uri": f"/api/infra/v1/{NS}/nodecluster/{CLUSTER_UUID}/",
    "name": "lon",
    "state": "Deployed",
    "node_type": "/api/infra/v1/nodetype/digitalocean/1gb/",
    "region": "/api/infra/v1/region/digitalocean/lon1/",
    "disk": 30,
    "target_num_nodes": 1,
    "current_num_nodes": 1,
    "deployed_datetime": "Sun, 12 Apr 2015 18:01:12 +0000",
    "destroyed_datetime": None,
    "tags": [],
    "provider": "/api/infra/v1/provider/digitalocean/",
}

STACK: dict[str, Any] = {
    # No nickname, synchronized.
    "uuid": STACK_UUID,
    "resource_uri": f"/api/app/v1/{NS}/stack/{STACK_UUID}/",
    "name": "blog",
    "state": "Running",
    "services": [f"/api/app/v1/{NS}/service/{SERVICE_UUID}/"],
    "deployed_datetime": "Mon, 13 Apr 2015 09:20:00 +0000",
    "destroyed_datetime": None,
    "stackfile": "web:\n  image: tutum/hello-world\n",
}

CONTAINER: dict[str, Any] = {
    # No cap_add, cap_drop, devices, labels, working_dir, roles, mac_address, cgroup_parent,
    # exit_code_msg; cpu_shares and memory null; Tutum-era extras.
    "uuid": CONTAINER_UUID,
    "resource_uri": f"/api/app/v1/{NS}/container/{CONTAINER_UUID}/",
    "name": "web-1",
    "state": "Running",
    "image_name": "tutum/hello-world:latest",
    "image_tag": "/api/repo/v1/repository/tutum/hello-world/tag/latest/",
    "node": f"/api/infra/v1/{NS}/node/{NODE_UUID}/",
    "service": f"/api/app/v1/{NS}/service/{SERVICE_UUID}/",
    "public_dns": "web-1.alice.cont.dockerapp.io",
    "exit_code": None,
    "deployed_datetime": "Mon, 13 Apr 2015 09:21:08 +0000",
    "started_datetime": "Mon, 13 Apr 2015 09:21:09 +0000",
    "stopped_datetime": None,
    "destroyed_datetime": None,
    "container_ports": [
        {
            "protocol": "tcp",
            "inner_port": 80,
            "outer_port": 32768,
            "port_name": "http",
            "published": True,
            "endpoint_uri": "tcp://web-1.alice.cont.dockerapp.io:32768",
        },
    ],  # fmt: skip
    "container_envvars": [],
    "cpu_shares": None,
    "memory": None,
    "autorestart": "OFF",
    "autodestroy": "OFF",
    "entrypoint": "",
    "run_command": "/run.sh",
    "private_ip": "10.7.0.2",
    "synchronized": True,
    "link_variables": {},
    "linked_to_container": [],
    "bindings": [{"host_path": None, "container_path": "/data", "rewritable": True}],
}

PROVIDER = {"resource_uri": "/api/infra/v1/provider/digitalocean/", "name": "digitalocean", "label": "Digital Ocean",
            "regions": ["/api/infra/v1/region/digitalocean/lon1/"]}  # fmt: skip
REGION = {"resource_uri": "/api/infra/v1/region/digitalocean/lon1/", "name": "lon1", "label": "London 1",
          "provider": "/api/infra/v1/provider/digitalocean/", "available": True}  # fmt: skip
ZONE = {"resource_uri": "/api/infra/v1/az/aws/us-east-1/us-east-1a/", "name": "us-east-1a", "available": None}
NODE_TYPE = {"resource_uri": "/api/infra/v1/nodetype/digitalocean/1gb/", "name": "1gb", "label": "1GB",
             "available": True, "provider": "/api/infra/v1/provider/digitalocean/",
             "cpu": 1, "memory": 1024}  # fmt: skip
REPOSITORY = {"resource_uri": "/api/repo/v1/repository/quay.io/alice/app/", "name": "quay.io/alice/app",
              "registry": "/api/repo/v1/registry/quay.io/", "is_private_image": True}  # fmt: skip
TRIGGER = {"resource_uri": f"/api/app/v1/{NS}/service/{SERVICE_UUID}/trigger/{TRIGGER_UUID}/", "name": "deploy",
           "operation": "REDEPLOY"}  # fmt: skip
TAG = {"name": "lon1"}


def page(*objects: dict[str, Any]) -> dict[str, Any]:
    """A list envelope of an older revision: ``meta`` without ``previous``."""
    return {"meta": {"limit": 25, "offset": 0, "total_count": len(objects), "next": None}, "objects": list(objects)}


#: (case id, operation, request path, body): one get and one list per resource.
CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("service", "services_get", f"/api/app/v1/service/{SERVICE_UUID}/", SERVICE),
    ("services", "services_list", "/api/app/v1/service/", page(SERVICE, SERVICE_OLD)),
    ("node", "nodes_get", f"/api/infra/v1/node/{NODE_UUID}/", NODE),
    ("nodes", "nodes_list", "/api/infra/v1/node/", page(NODE)),
    ("action", "actions_get", f"/api/audit/v1/action/{ACTION_UUID}/", ACTION),
    ("actions", "actions_list", "/api/audit/v1/action/", page(ACTION)),
    ("registry", "registries_get", "/api/repo/v1/registry/quay.io/", REGISTRY),
    ("registries", "registries_list", "/api/repo/v1/registry/", page(REGISTRY)),
    ("cluster", "node_clusters_get", f"/api/infra/v1/nodecluster/{CLUSTER_UUID}/", CLUSTER),
    ("clusters", "node_clusters_list", "/api/infra/v1/nodecluster/", page(CLUSTER)),
    ("stack", "stacks_get", f"/api/app/v1/stack/{STACK_UUID}/", STACK),
    ("stacks", "stacks_list", "/api/app/v1/stack/", page(STACK)),
    ("container", "containers_get", f"/api/app/v1/container/{CONTAINER_UUID}/", CONTAINER),
    ("containers", "containers_list", "/api/app/v1/container/", page(CONTAINER)),
    ("provider", "providers_get", "/api/infra/v1/provider/digitalocean/", PROVIDER),
    ("providers", "providers_list", "/api/infra/v1/provider/", page(PROVIDER)),
    ("region", "regions_get", "/api/infra/v1/region/digitalocean/lon1/", REGION),
    ("regions", "regions_list", "/api/infra/v1/region/", page(REGION)),
    ("zone", "availability_zones_get", "/api/infra/v1/az/aws/us-east-1/us-east-1a/", ZONE),
    ("zones", "availability_zones_list", "/api/infra/v1/az/", page(ZONE)),
    ("node_type", "node_types_get", "/api/infra/v1/nodetype/digitalocean/1gb/", NODE_TYPE),
    ("node_types", "node_types_list", "/api/infra/v1/nodetype/", page(NODE_TYPE)),
    ("repository", "repositories_get", "/api/repo/v1/repository/quay.io/alice/app/", REPOSITORY),
    ("repositories", "repositories_list", "/api/repo/v1/repository/", page(REPOSITORY)),
    ("trigger", "triggers_get", f"/api/app/v1/service/{SERVICE_UUID}/trigger/{TRIGGER_UUID}/", TRIGGER),
    ("triggers", "triggers_list", f"/api/app/v1/service/{SERVICE_UUID}/trigger/", page(TRIGGER)),
    ("tags", "tags_list", "/api/infra/v1/tag/", page(TAG)),
]
