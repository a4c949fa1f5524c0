"""Shared setup of the emulator stream tests: a deployed node cluster and REST calls via httpx."""

from __future__ import annotations

import threading
from typing import Any

import httpx

from dockercloud_client.streams import Event, EventItem, EventStream, ReconnectPolicy, StreamOptions, StreamSettings

FAST = ReconnectPolicy(attempts=5, initial_delay=0.02, max_delay=0.1)
OPTIONS = StreamOptions(ping_interval=2.0, ping_timeout=2.0, open_timeout=5.0, close_timeout=2.0, proxy=None)
WATCHDOG = 10.0  # seconds any stream in these tests may stay open


class Cloud:
    """A running emulator with a deployed node cluster, and REST helpers."""

    def __init__(self, emu: Any) -> None:
        self.emu = emu
        self.http = httpx.Client(
            base_url=emu.rest_url, headers={"Authorization": emu.auth_header, "Accept": "application/json"}, timeout=10
        )

    def streams(self, authorization: str | None = None, namespace: str | None = None) -> StreamSettings:
        return StreamSettings(
            url_base=self.emu.stream_url,
            authorization=authorization or self.emu.auth_header,
            namespace=namespace,
            user_agent="dockercloud-client-tests",
            options=OPTIONS,
            handshake_retry=FAST,
        )

    def call(self, method: str, path: str, json: Any = None) -> dict[str, Any]:
        response = self.http.request(method, path, json=json)
        response.raise_for_status()
        body: dict[str, Any] = response.json() if response.content else {}
        return body

    def deploy_cluster(self) -> None:
        cluster = self.call(
            "POST",
            "/api/infra/v1/nodecluster/",
            {
                "name": "nc",
                "node_type": "/api/infra/v1/nodetype/digitalocean/1gb/",
                "region": "/api/infra/v1/region/digitalocean/lon1/",
                "target_num_nodes": 1,
            },
        )
        self.call("POST", cluster["resource_uri"] + "deploy/")

    def create_service(self, name: str = "web") -> dict[str, Any]:
        return self.call(
            "POST", "/api/app/v1/service/", {"image": "tutum/hello-world", "name": name, "target_num_containers": 1}
        )

    def running_service(self, name: str = "web") -> tuple[dict[str, Any], dict[str, Any]]:
        """A started service and its container."""
        svc = self.create_service(name)
        self.call("POST", svc["resource_uri"] + "start/")
        containers = self.call("GET", f"/api/app/v1/container/?service={svc['resource_uri']}")["objects"]
        return svc, containers[0]


def watchdog(stream: Any, seconds: float = WATCHDOG) -> threading.Timer:
    """Close ``stream`` from another thread after ``seconds`` (bounds every iteration)."""
    timer = threading.Timer(seconds, stream.close)
    timer.daemon = True
    timer.start()
    return timer


def read_until(stream: EventStream, done: str, limit: int = 100) -> list[EventItem]:
    """Items up to the first event whose state is ``done`` (bounded by count and by a watchdog)."""
    timer = watchdog(stream)
    items: list[EventItem] = []
    try:
        for item in stream:
            items.append(item)
            if (isinstance(item, Event) and item.state == done) or len(items) >= limit:
                break
    finally:
        timer.cancel()
    return items


#: The (action, state) of each event a service sends from create, start, scale to 2 and terminate.
SERVICE_LIFECYCLE = [
    ("create", "Not running"),
    ("update", "Starting"),
    ("update", "Running"),
    ("update", "Scaling"),
    ("update", "Running"),
    ("update", "Terminating"),
    ("delete", "Terminated"),
]
