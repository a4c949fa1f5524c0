"""Builders for the JSON objects of namespaced resources (node cluster, node, stack, service,
container, trigger, repository) with every documented attribute filled in."""

from __future__ import annotations

import hashlib
from typing import Any

from .catalogue import Catalogue
from .store import DOCKER_HUB, Namespace, Obj, new_uuid, uuid_of
from .timefmt import rfc1123

WELL_KNOWN_PORTS = {
    21: "ftp",
    22: "ssh",
    25: "smtp",
    53: "dns",
    80: "http",
    443: "https",
    3306: "mysql",
    5432: "postgresql",
    6379: "redis",
    8080: "http-alt",
    27017: "mongodb",
}
DOCKER_VERSIONS = ("1.11.2-cs5", "1.12.6-cs13", "17.03.0-ce")


def _digest(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def fake_ip(seed: str, prefix: str = "10.7") -> str:
    """A deterministic private-looking IPv4 address derived from ``seed``."""
    value = _digest(seed)
    return f"{prefix}.{(value >> 8) % 250 + 1}.{value % 250 + 2}"


def image_with_tag(image: str) -> str:
    """``image`` with ``:latest`` appended when it has no tag."""
    last = image.rsplit("/", 1)[-1]
    return image if ":" in last else f"{image}:latest"


def default_service_name(image: str) -> str:
    """The docs' default service name: the image without namespace (and tag)."""
    return image.rsplit("/", 1)[-1].split(":", 1)[0] or "service"


def build_nodecluster(ns: Namespace, body: dict[str, Any]) -> Obj:
    """A new node cluster in state ``Init``."""
    ident = new_uuid()
    return {
        "current_num_nodes": 0,
        "deployed_datetime": None,
        "destroyed_datetime": None,
        "disk": body.get("disk", 60),
        "name": body["name"],
        "nickname": body.get("nickname") or body["name"],
        "node_type": body["node_type"],
        "nodes": [],
        "provider_options": body.get("provider_options") or {},
        "region": body["region"],
        "resource_uri": ns.uri("infra", "nodecluster", ident),
        "state": "Init",
        "tags": [{"name": t["name"]} for t in body.get("tags", [])],
        "target_num_nodes": body.get("target_num_nodes", 1),
        "uuid": ident,
    }


def build_node(ns: Namespace, cluster: Obj, catalogue: Catalogue, index: int) -> Obj:
    """A new node of ``cluster`` in state ``Deploying``."""
    ident = new_uuid()
    key = "/".join(cluster["node_type"].rstrip("/").split("/")[-2:])
    spec = catalogue.node_type_spec(key)
    region_key = "/".join(cluster["region"].rstrip("/").split("/")[-2:])
    zones = catalogue.regions[region_key]["availability_zones"]
    fqdn = f"{ident[:8]}.{ns.name}.node.dockerapp.io"
    return {
        "availability_zone": zones[index % len(zones)] if zones else None,
        "cpu": spec.cpu,
        "current_num_containers": 0,
        "deployed_datetime": None,
        "destroyed_datetime": None,
        "disk": cluster["disk"],
        "docker_execdriver": "native-0.2",
        "docker_graphdriver": "aufs",
        "docker_version": DOCKER_VERSIONS[0],
        "external_fqdn": fqdn,
        "last_seen": None,
        "memory": spec.memory,
        "nickname": fqdn,
        "node_cluster": cluster["resource_uri"],
        "node_type": cluster["node_type"],
        "public_ip": fake_ip(ident, "104.131"),
        "region": cluster["region"],
        "resource_uri": ns.uri("infra", "node", ident),
        "state": "Deploying",
        "tags": [dict(t) for t in cluster["tags"]],
        "tunnel": None,
        "uuid": ident,
    }


def port_out(ports: list[dict[str, Any]], public_dns: str, dynamic_base: int | None) -> list[Obj]:
    """Service/container port objects from the request's port items."""
    out: list[Obj] = []
    for i, port in enumerate(ports):
        inner = port["inner_port"]
        published = bool(port.get("published", False))
        outer = port.get("outer_port") or None  # 0 means no fixed published port (the Go SDK always sends it)
        if outer is None and published:
            outer = inner if dynamic_base is None else dynamic_base + i
        name = WELL_KNOWN_PORTS.get(inner, "")
        scheme = "http" if name in ("http", "http-alt") else ("https" if name == "https" else port["protocol"])
        out.append(
            {
                "endpoint_uri": f"{scheme}://{public_dns}:{outer}/" if published and outer is not None else None,
                "inner_port": inner,
                "outer_port": outer,
                "port_name": name,
                "protocol": port["protocol"],
                "published": published,
            }
        )
    return out


def build_service(ns: Namespace, body: dict[str, Any]) -> Obj:
    """A new service in state ``Not running`` (links are resolved by the caller)."""
    ident = new_uuid()
    name = body.get("name") or default_service_name(body["image"])
    public_dns = f"{name}.{ns.name}.svc.dockerapp.io"
    return {
        "autodestroy": body.get("autodestroy", "OFF"),
        "autoredeploy": body.get("autoredeploy", False),
        "autorestart": body.get("autorestart", "OFF"),
        "bindings": [
            {
                "host_path": b.get("host_path"),
                "container_path": b.get("container_path"),
                "rewritable": b.get("rewritable", True),
                "volumes_from": b.get("volumes_from"),
            }
            for b in body.get("bindings", [])
        ],
        "cap_add": [],
        "cap_drop": [],
        "cgroup_parent": "",
        "container_envvars": [{"key": e["key"], "value": e["value"]} for e in body.get("container_envvars", [])],
        "container_ports": port_out(body.get("container_ports", []), public_dns, None),
        "containers": [],
        "cpu_shares": body.get("cpu_shares", 0),
        "cpuset": "",
        "current_num_containers": 0,
        "deployed_datetime": None,
        "deployment_strategy": body.get("deployment_strategy", "EMPTIEST_NODE"),
        "destroyed_datetime": None,
        "devices": [],
        "dns": [],
        "dns_search": [],
        "domainname": "",
        "entrypoint": body.get("entrypoint") or "",
        "extra_hosts": [],
        "hostname": "",
        "image_name": image_with_tag(body["image"]),
        "labels": {},
        "link_variables": {},
        "linked_from_service": [],
        "linked_to_service": [],
        "mac_address": "",
        "memory": body.get("memory", 0),
        "memory_swap": 0,
        "name": name,
        "net": body.get("net", "bridge"),
        "nickname": body.get("nickname") or name,
        "pid": body.get("pid", "none"),
        "privileged": body.get("privileged", False),
        "public_dns": public_dns,
        "read_only": False,
        "resource_uri": ns.uri("app", "service", ident),
        "roles": list(body.get("roles", [])),
        "run_command": body.get("run_command") or "",
        "running_num_containers": 0,
        "security_opt": [],
        "sequential_deployment": body.get("sequential_deployment", False),
        "stack": None,
        "started_datetime": None,
        "state": "Not running",
        "stdin_open": False,
        "stopped_datetime": None,
        "stopped_num_containers": 0,
        "synchronized": True,
        "tags": [{"name": t["name"]} for t in body.get("tags", [])],
        "target_num_containers": body.get("target_num_containers", 1),
        "tty": False,
        "user": "root",
        "uuid": ident,
        "working_dir": body.get("working_dir") or "/",
        "_containers": [],
        "_next_index": 1,
        "_raw_ports": list(body.get("container_ports", [])),
    }


def build_container(ns: Namespace, service: Obj, node: Obj, index: int, node_cluster: str | None) -> Obj:
    """A new container of ``service`` on ``node`` in state ``Starting``."""
    ident = new_uuid()
    name = f"{service['name']}-{index}"
    public_dns = f"{name}.{ns.name}.cont.dockerapp.io"
    ports = port_out(service["_raw_ports"], public_dns, 49153 + (index - 1) * 10)
    for port in ports:
        port["uri_protocol"] = port["endpoint_uri"].split(":", 1)[0] if port["endpoint_uri"] else port["protocol"]
    private_ip = fake_ip(ident)
    envvars = [dict(e) for e in service["container_envvars"]]
    envvars.append({"key": "DOCKERCLOUD_SERVICE_API_URI", "value": service["resource_uri"]})
    envvars.append({"key": "DOCKERCLOUD_CONTAINER_FQDN", "value": public_dns})
    return {
        "autodestroy": service["autodestroy"],
        "autorestart": service["autorestart"],
        "bindings": [
            {
                "host_path": b["host_path"],
                "container_path": b["container_path"] or "/data",
                "rewritable": b["rewritable"],
                "volume": None,
            }
            for b in service["bindings"]
        ],
        "cap_add": list(service["cap_add"]),
        "cap_drop": list(service["cap_drop"]),
        "cgroup_parent": service["cgroup_parent"],
        "container_envvars": envvars,
        "container_ports": ports,
        "cpu_shares": service["cpu_shares"],
        "cpuset": service["cpuset"],
        "deployed_datetime": rfc1123(),
        "destroyed_datetime": None,
        "devices": [],
        "dns": [],
        "dns_search": [],
        "domainname": service["domainname"],
        "entrypoint": service["entrypoint"],
        "exit_code": None,
        "exit_code_msg": None,
        "extra_hosts": [],
        "hostname": name,
        "image_name": service["image_name"],
        "labels": dict(service["labels"]),
        "link_variables": {},
        "linked_to_container": [],
        "mac_address": f"02:42:ac:11:{(index >> 8) % 256:02x}:{index % 256:02x}",
        "memory": service["memory"],
        "memory_swap": service["memory_swap"],
        "name": name,
        "net": service["net"],
        "node": node["resource_uri"],
        "pid": service["pid"],
        "private_ip": private_ip,
        "privileged": service["privileged"],
        "public_dns": public_dns,
        "read_only": service["read_only"],
        "resource_uri": ns.uri("app", "container", ident),
        "roles": list(service["roles"]),
        "run_command": service["run_command"],
        "security_opt": [],
        "service": service["resource_uri"],
        "started_datetime": None,
        "state": "Starting",
        "stdin_open": False,
        "stopped_datetime": None,
        "synchronized": True,
        "tty": False,
        "user": service["user"],
        "uuid": ident,
        "working_dir": service["working_dir"],
        "_service": service["uuid"],
        "_node": node["uuid"],
        "_node_cluster": node_cluster,
        "_logs": [],
        "_tick": 0,
    }


def build_stack(ns: Namespace, body: dict[str, Any]) -> Obj:
    """A new stack in state ``Not Running``."""
    ident = new_uuid()
    return {
        "deployed_datetime": None,
        "destroyed_datetime": None,
        "name": body["name"],
        "nickname": body.get("nickname") or body["name"],
        "resource_uri": ns.uri("app", "stack", ident),
        "services": [],
        "state": "Not Running",
        "synchronized": True,
        "uuid": ident,
        "_terminating": False,
    }


def build_trigger(ns: Namespace, service: Obj, body: dict[str, Any]) -> Obj:
    """A new service trigger."""
    ident = new_uuid()
    uri = f"{service['resource_uri']}trigger/{ident}/"
    return {
        "name": body.get("name") or "trigger",
        "operation": body.get("operation", "REDEPLOY"),
        "resource_uri": uri,
        "url": f"{uri}call/",
        "_service": service["uuid"],
        "_uuid": ident,
    }


def repository_host(name: str) -> str:
    """The registry host of a repository name (Docker Hub when the first part is not a host)."""
    first, _, rest = name.partition("/")
    if rest and ("." in first or ":" in first or first == "localhost"):
        return first
    return DOCKER_HUB


def build_repository(ns: Namespace, body: dict[str, Any]) -> Obj:
    """A new external repository (credentials are kept private)."""
    host = repository_host(body["name"])
    return {
        "in_use": False,
        "name": body["name"],
        "registry": ns.registry(host)["resource_uri"],
        "resource_uri": f"/api/repo/v1/{ns.name}/repository/{body['name']}/",
        "_host": host,
        "_username": body.get("username"),
        "_password": body.get("password"),
    }


def export_stack(ns: Namespace, stack: Obj) -> dict[str, Any]:
    """The stackfile (as JSON) of ``stack``: one entry per live service, like ``docker-cloud.yml``."""
    out: dict[str, Any] = {}
    for uri in stack["services"]:
        svc = ns.services[uuid_of(uri)]
        if svc["state"] == "Terminated":
            continue
        entry: dict[str, Any] = {"image": svc["image_name"]}
        if svc["target_num_containers"] != 1:
            entry["target_num_containers"] = svc["target_num_containers"]
        if svc["container_envvars"]:
            entry["environment"] = {e["key"]: e["value"] for e in svc["container_envvars"]}
        if svc["container_ports"]:
            entry["ports"] = [
                (f"{p['outer_port']}:" if p["published"] and p["outer_port"] is not None else "")
                + f"{p['inner_port']}"
                + ("/udp" if p["protocol"] == "udp" else "")
                for p in svc["container_ports"]
            ]
        if svc["linked_to_service"]:
            links = []
            for link in svc["linked_to_service"]:
                target = ns.services.get(uuid_of(link["to_service"]))
                if target is not None:
                    links.append(f"{target['name']}:{link['name']}" if link["name"] else target["name"])
            entry["links"] = links
        for key in ("autorestart", "autodestroy", "deployment_strategy", "net", "pid"):
            default = {
                "autorestart": "OFF",
                "autodestroy": "OFF",
                "deployment_strategy": "EMPTIEST_NODE",
                "net": "bridge",
                "pid": "none",
            }[key]
            if svc[key] != default:
                entry[key] = svc[key]
        for key in ("run_command", "entrypoint"):
            if svc[key]:
                entry["command" if key == "run_command" else key] = svc[key]
        if svc["roles"]:
            entry["roles"] = list(svc["roles"])
        if svc["privileged"]:
            entry["privileged"] = True
        if svc["tags"]:
            entry["tags"] = [t["name"] for t in svc["tags"]]
        if svc["working_dir"] != "/":
            entry["working_dir"] = svc["working_dir"]
        out[svc["name"]] = entry
    return out
