"""Every command group against the emulator: what a user types and what they get back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from dockercloud_client import Client
from dockercloud_client.cli._output import visible
from dockercloud_emulator import EmulatorHandle

from .conftest import Dockercloud, environment

STACKFILE = """\
web:
  image: tutum/hello-world
  target_num_containers: 2
  ports:
    - "8080:80"
  expose:
    - "443"
  links:
    - db:DB
  environment:
    GREETING: "hello ${WHO:-world}"
  tags:
    - web
  restart: on-failure
db:
  image: tutum/mysql
  environment:
    - MYSQL_PASS=secret
  volumes:
    - /var/lib/mysql
"""


def _client(emulator: EmulatorHandle) -> Client:
    return Client(user=emulator.username, apikey=emulator.apikey, rest_host=emulator.rest_url, environ={})


@pytest.fixture(scope="module")
def deployed(emulator: EmulatorHandle, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A node cluster and a running stack made with the commands themselves (the issue's walk-through)."""
    home = tmp_path_factory.mktemp("home")
    run = Dockercloud(environment(emulator, home))
    cluster = run("nodecluster", "create", "--sync", "-t", "2", "prod", "digitalocean", "lon1", "1gb")
    folder = tmp_path_factory.mktemp("shop")
    (folder / "docker-cloud.yml").write_text(STACKFILE)
    stack = run("stack", "up", "-f", str(folder / "docker-cloud.yml"), "-n", "shop", "--sync")
    return {"cluster": cluster.stdout.strip(), "stack": stack.stdout.strip(), "folder": str(folder)}


def test_nodecluster_create_sync_deploys_the_nodes(
    dockercloud: Dockercloud, deployed: dict[str, str], emulator: EmulatorHandle
) -> None:
    with _client(emulator) as client:
        cluster = client.node_clusters.get(deployed["cluster"])
        assert str(cluster.state) == "Deployed" and cluster.current_num_nodes == 2
        assert cluster.region == "/api/infra/v1/region/digitalocean/lon1/"
    table = dockercloud("nodecluster", "ls").stdout
    assert "prod" in table and "Deployed" in table and "lon1" in table
    nodes = dockercloud("node", "ls", "-q").stdout.split()
    assert len(nodes) == 2
    assert "prod" in dockercloud("node", "ls").stdout  # the CLUSTER column names the cluster


def test_stack_up_reads_the_stackfile(deployed: dict[str, str], emulator: EmulatorHandle) -> None:
    with _client(emulator) as client:
        stack = client.stacks.get(deployed["stack"])
        assert stack.name == "shop" and str(stack.state) == "Running"
        services = {s.name: s for s in client.services.list(stack=stack.resource_uri)}
    web, db = services["web"], services["db"]
    assert web.target_num_containers == 2 and str(web.autorestart) == "ON_FAILURE"
    assert {(p.inner_port, p.outer_port, p.published) for p in web.container_ports or []} == {
        (80, 8080, True),
        (443, None, False),
    }
    assert [(e.key, e.value) for e in web.container_envvars or []] == [("GREETING", "hello world")]
    assert [t.name for t in web.tags or []] == ["web"]
    assert [(link.name, link.to_service) for link in web.linked_to_service or []] == [("DB", db.resource_uri)]
    assert [(e.key, e.value) for e in db.container_envvars or []] == [("MYSQL_PASS", "secret")]
    assert [b.container_path for b in db.bindings or []] == ["/var/lib/mysql"]


def test_service_ps_table_json_and_quiet(dockercloud: Dockercloud, deployed: dict[str, str]) -> None:
    table = dockercloud("service", "ps").stdout
    assert table.splitlines()[0].split()[:3] == ["NAME", "UUID", "STATUS"]
    assert "web" in table and "shop" in table  # the STACK column names the stack
    data = json.loads(dockercloud("service", "ps", "--json").stdout)
    assert {s["name"] for s in data} >= {"web", "db"}
    # API field names, as the API spells them.
    assert {"uuid", "resource_uri", "image_name", "target_num_containers", "container_envvars"} <= set(data[0])
    quiet = dockercloud("service", "ps", "-q").stdout.split()
    assert sorted(quiet) == sorted(s["uuid"] for s in data)
    running = json.loads(dockercloud("service", "ps", "--json", "--status", "Running", "--stack", "shop").stdout)
    assert {s["name"] for s in running} == {"web", "db"}


def test_tables_print_what_the_server_sent_literally(
    dockercloud: Dockercloud, emulator: EmulatorHandle, deployed: dict[str, str]
) -> None:
    # Names the API accepts that rich would read as markup ("[/x]" made `service ps` crash with MarkupError)
    # or that hide themselves (a zero-width space).
    names = ["lit[/x]", "lit[bold]big", "lit\u200bzw"]
    with Client(user=emulator.username, apikey=emulator.apikey, rest_host=emulator.rest_url, environ={}) as client:
        uuids = [client.services.create(image="tutum/hello-world", name=name).uuid for name in names]
    try:
        rows = [line.split()[:2] for line in dockercloud("service", "ps").stdout.splitlines()]
        assert ["lit[/x]", uuids[0][:8]] in rows
        assert ["lit[bold]big", uuids[1][:8]] in rows
        assert ["lit\\u200bzw", uuids[2][:8]] in rows
        # Names on stderr too: the progress of --sync, and the reminder to redeploy.
        assert "lit[/x]: Success" in dockercloud("service", "start", uuids[0], "--sync").stderr
        assert "service lit[bold]big changed" in dockercloud("service", "set", uuids[1], "-t", "2").stderr
    finally:
        dockercloud("service", "terminate", *uuids)


def test_tag_names_are_shown_as_escapes_but_sent_back_as_they_are(
    dockercloud: Dockercloud, emulator: EmulatorHandle
) -> None:
    with Client(user=emulator.username, apikey=emulator.apikey, rest_host=emulator.rest_url, environ={}) as client:
        uuid = client.services.create(image="tutum/hello-world", name="tagged-zw", tags=[{"name": "z\u200bw"}]).uuid
        try:
            assert dockercloud("tag", "ls", "-q", uuid).stdout.split() == ["z\\u200bw"]
            dockercloud("tag", "add", "-t", "extra", uuid)  # rewrites the whole list
            assert [tag.name for tag in client.services.get(uuid).tags or []] == ["z\u200bw", "extra"]
        finally:
            client.services.terminate(uuid)


def test_cells_show_control_and_format_characters_as_escapes() -> None:
    assert visible("web-1 ☃ é") == "web-1 ☃ é"
    assert visible("a\x1b[31mred\x1b]0;title\x07") == "a\\x1b[31mred\\x1b]0;title\\x07"
    assert visible("x\u202eevil\nnext\ty\x9b") == "x\\u202eevil\\nnext\\ty\\x9b"


def test_service_scale_sync_and_container_exec(dockercloud: Dockercloud, deployed: dict[str, str]) -> None:
    result = dockercloud("service", "scale", "web", "3", "--sync")
    assert "scale service web: Success" in result.stderr
    web = json.loads(dockercloud("service", "inspect", "web").stdout)
    assert web["current_num_containers"] == 3 and web["state"] == "Running"
    names = dockercloud("container", "ps", "--service", "web", "--json").stdout
    assert sorted(c["name"] for c in json.loads(names)) == ["web-1", "web-2", "web-3"]
    assert dockercloud("container", "exec", "web-1", "hostname").stdout == "web-1\n"
    assert dockercloud("exec", "web-2", "hostname").stdout == "web-2\n"
    # Without a command: sh, reading its commands from stdin (forwarded, then ended with EOT).
    session = dockercloud("exec", "web-1", input="hostname\necho hello there\nnosuchtool\n")
    assert session.stdout.splitlines()[:2] == ["web-1", "hello there"]
    assert "nosuchtool: not found" in session.stderr


def test_objects_are_named_by_uuid_short_uuid_or_name(dockercloud: Dockercloud, deployed: dict[str, str]) -> None:
    uuid = deployed["stack"]
    for identifier in (uuid, uuid[:8], "shop", f"/api/app/v1/stack/{uuid}/"):
        assert json.loads(dockercloud("stack", "inspect", identifier).stdout)["uuid"] == uuid


def test_stack_export_is_a_stackfile_that_stack_create_takes_back(
    dockercloud: Dockercloud, deployed: dict[str, str], tmp_path: Path
) -> None:
    exported = yaml.safe_load(dockercloud("stack", "export", "shop").stdout)
    assert exported["web"]["links"] == ["db:DB"] and exported["web"]["environment"] == {"GREETING": "hello world"}
    out = tmp_path / "copy.yml"
    dockercloud("stack", "export", "shop", "-f", str(out))
    copy = dockercloud("stack", "create", "-n", "shop-copy", "-f", str(out)).stdout.strip()
    assert json.loads(dockercloud("stack", "inspect", copy).stdout)["state"] == "Not Running"
    dockercloud("stack", "terminate", "shop-copy", "--sync")


def test_stack_update_and_lifecycle(dockercloud: Dockercloud, deployed: dict[str, str], tmp_path: Path) -> None:
    update = tmp_path / "update.yml"
    update.write_text("web:\n  image: tutum/hello-world\n  target_num_containers: 1\ndb:\n  image: tutum/mysql\n")
    dockercloud("stack", "update", "shop", "-f", str(update))
    dockercloud("stack", "redeploy", "shop", "--sync")
    assert json.loads(dockercloud("service", "inspect", "web").stdout)["target_num_containers"] == 1
    dockercloud("stack", "stop", "shop", "--sync")
    assert json.loads(dockercloud("stack", "inspect", "shop").stdout)["state"] == "Stopped"
    dockercloud("stack", "start", "shop", "--sync")
    listed = json.loads(dockercloud("stack", "ls", "--json").stdout)
    assert {s["name"]: s["state"] for s in listed}["shop"] == "Running"


def test_service_create_run_set_env_and_terminate(dockercloud: Dockercloud, deployed: dict[str, str]) -> None:
    created = dockercloud(
        "service", "create", "tutum/redis", "-n", "cache", "-e", "A=1", "-p", "6379", "--link-service", "db:DB",
        "--autorestart", "ALWAYS", "-v", "/data:/data:ro",
    ).stdout.strip()  # fmt: skip
    cache = json.loads(dockercloud("service", "inspect", created[:8]).stdout)
    assert cache["state"] == "Not running" and cache["autorestart"] == "ALWAYS"
    assert cache["container_envvars"] == [{"key": "A", "value": "1"}]
    assert cache["linked_to_service"][0]["name"] == "DB"
    assert cache["bindings"][0]["host_path"] == "/data" and cache["bindings"][0]["rewritable"] is False
    dockercloud("service", "start", "cache", "--sync")
    dockercloud("service", "env", "add", "cache", "-e", "B=2")
    dockercloud("service", "env", "add", "cache", "-e", "B=3", status=2)  # already set
    dockercloud("service", "env", "update", "cache", "-e", "B=3")
    dockercloud("service", "env", "rm", "cache", "-n", "A")
    assert json.loads(dockercloud("service", "env", "ls", "cache", "--json").stdout) == [{"key": "B", "value": "3"}]
    result = dockercloud("service", "set", "cache", "--autoredeploy", "-t", "2", "--redeploy", "--sync")
    assert "redeploy service cache: Success" in result.stderr
    cache = json.loads(dockercloud("service", "inspect", "cache").stdout)
    assert cache["autoredeploy"] is True and cache["current_num_containers"] == 2
    dockercloud("service", "terminate", "cache", "--sync")
    assert json.loads(dockercloud("service", "inspect", created).stdout)["state"] == "Terminated"
    ran = dockercloud("service", "run", "tutum/hello-world", "-n", "solo", "--sync").stdout.strip()
    assert json.loads(dockercloud("service", "inspect", ran).stdout)["state"] == "Running"


def test_container_lifecycle_and_logs(dockercloud: Dockercloud, deployed: dict[str, str]) -> None:
    running = json.loads(dockercloud("container", "ps", "--service", "db", "--status", "Running", "--json").stdout)
    assert len(running) == 1
    name, uuid = running[0]["name"], running[0]["uuid"]
    dockercloud("container", "stop", name, "--sync")
    assert json.loads(dockercloud("container", "inspect", name).stdout)["state"] == "Stopped"
    dockercloud("container", "start", uuid[:8], "--sync")
    assert uuid in dockercloud("container", "ps", "--status", "Running", "-q").stdout.split()
    logs = dockercloud("container", "logs", name, "-t", "5").stdout
    assert logs and len(logs.splitlines()) <= 5
    service_logs = dockercloud("service", "logs", "db", "-t", "2").stdout
    assert service_logs and all(line.startswith(f"{name} | ") for line in service_logs.splitlines())
    messages = [
        json.loads(line) for line in dockercloud("container", "logs", name, "-t", "3", "--json").stdout.splitlines()
    ]
    assert messages and all(
        {"type", "log", "streamType", "timestamp"} <= set(m) for m in messages
    )  # as the API sent them


def test_tags_triggers_repositories_actions_and_catalogue(dockercloud: Dockercloud, deployed: dict[str, str]) -> None:
    dockercloud("tag", "add", "-t", "fast", "-t", "ssd", "web")
    dockercloud("tag", "rm", "-t", "web", "web")
    assert dockercloud("tag", "ls", "-q", "web").stdout.split() == ["fast", "ssd"]
    dockercloud("tag", "set", "-t", "eu", "prod")  # a node cluster
    assert json.loads(dockercloud("tag", "ls", "--json", "prod").stdout) == {deployed["cluster"]: [{"name": "eu"}]}

    trigger = dockercloud("trigger", "create", "web", "-n", "hook", "-o", "SCALEUP").stdout.strip()
    listed = json.loads(dockercloud("trigger", "ls", "web", "--json").stdout)
    assert [(t["name"], t["operation"]) for t in listed] == [("hook", "SCALEUP")]
    dockercloud("trigger", "rm", "web", trigger[:8])
    assert dockercloud("trigger", "ls", "web", "-q").stdout == ""

    dockercloud("repository", "register", "quay.io/demo/app", "-u", "me", input="s3cret\n")
    assert "quay.io/demo/app" in dockercloud("repository", "ls", "-q").stdout.split()
    repository = json.loads(dockercloud("repository", "inspect", "quay.io/demo/app").stdout)
    assert repository["name"] == "quay.io/demo/app" and "s3cret" not in json.dumps(repository)
    dockercloud("repository", "update", "quay.io/demo/app", "-p", "other")
    dockercloud("repository", "rm", "quay.io/demo/app")
    assert "quay.io/demo/app" not in dockercloud("repository", "ls", "-q").stdout

    actions = json.loads(dockercloud("action", "ls", "--json", "-l", "3").stdout)
    assert len(actions) == 3 and {"uuid", "state", "object", "action"} <= set(actions[0])
    assert json.loads(dockercloud("action", "inspect", actions[-1]["uuid"][:8]).stdout)["uuid"] == actions[-1]["uuid"]
    assert "Success" in dockercloud("action", "ls").stdout
    action_log = dockercloud("action", "logs", actions[-1]["uuid"]).stdout
    assert action_log.strip()  # the emulator writes a line per step
    # The repository's removal is a finished action with nothing to re-run: cancel refuses it, retry runs it again.
    removal = [
        a
        for a in json.loads(dockercloud("action", "ls", "--json", "-l", "100").stdout)
        if a["action"] == "Repository Remove"
    ][-1]
    assert "cannot be canceled" in dockercloud("action", "cancel", removal["uuid"][:8], status=1).output
    assert dockercloud("action", "retry", removal["uuid"][:8]).stdout.strip() == removal["uuid"]

    assert "digitalocean" in dockercloud("nodecluster", "provider", "-q").stdout.split()
    assert "lon1" in dockercloud("nodecluster", "region", "-p", "digitalocean", "-q").stdout.split()
    types = json.loads(dockercloud("nodecluster", "nodetype", "-p", "digitalocean", "-r", "lon1", "--json").stdout)
    assert "1gb" in {t["name"] for t in types}


def test_node_upgrade_and_scale_cluster(dockercloud: Dockercloud, deployed: dict[str, str]) -> None:
    node = dockercloud("node", "ls", "-q").stdout.split()[0]
    assert dockercloud("node", "upgrade", node[:8], "--sync").stdout.strip() == node
    assert json.loads(dockercloud("node", "inspect", node).stdout)["state"] == "Deployed"
    dockercloud("nodecluster", "scale", "prod", "3", "--sync")
    assert json.loads(dockercloud("nodecluster", "inspect", "prod").stdout)["current_num_nodes"] == 3
