"""Exit codes and messages: 1 with the server's message for API errors, 2 for usage; secrets never shown."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from dockercloud_emulator import EmulatorHandle, run_emulator

from .conftest import Dockercloud, environment


def test_an_unknown_name_exits_1_and_says_what_was_looked_for(dockercloud: Dockercloud) -> None:
    result = dockercloud("service", "inspect", "nope", status=1)
    assert "no service named 'nope'" in result.stderr and result.stdout == ""


def test_an_unknown_uuid_exits_1_with_the_servers_message(dockercloud: Dockercloud) -> None:
    result = dockercloud("stack", "inspect", "00000000-0000-0000-0000-000000000000", status=1)
    assert "the requested stack cannot be found" in result.stderr.lower() and "404" in result.stderr


def test_a_refused_transition_exits_1_with_the_servers_message(dockercloud: Dockercloud) -> None:
    uuid = dockercloud("service", "create", "tutum/hello-world", "-n", "idle").stdout.strip()
    result = dockercloud("service", "stop", uuid, status=1)
    assert "Cannot stop service" in result.stderr and "400" in result.stderr


def test_a_failed_action_makes_sync_exit_1(dockercloud: Dockercloud, tmp_path: Path) -> None:
    # No node to deploy on: the emulator's start action ends Failed.
    stackfile = tmp_path / "docker-cloud.yml"
    stackfile.write_text("solo:\n  image: tutum/hello-world\n")
    result = dockercloud("stack", "up", "-f", str(stackfile), "-n", "nowhere", "--sync", status=1)
    assert "start stack nowhere: Failed" in result.stderr
    assert "Stack Start failed: There are no deployed nodes in namespace 'demo'" in result.stderr  # the reason


@pytest.mark.parametrize(
    "args",
    [
        ["service", "scale", "web"],  # N missing
        ["service", "scale", "web", "many"],
        ["container", "ps", "--status", "Sleeping"],
        ["nodecluster", "create", "only-a-name"],
        ["no-such-command"],
        ["service", "create", "tutum/hello-world", "--autorestart", "sometimes"],
    ],
)
def test_usage_errors_exit_2(dockercloud: Dockercloud, args: list[str]) -> None:
    assert "Usage:" in dockercloud(*args, status=2).stderr


@pytest.mark.parametrize(
    ("stackfile", "message"),
    [
        ("web:\n  image: x\n  build: .\n", "unsupported key(s) build"),
        ("web:\n  image: x\n  ports: ['80/sctp']\n", "protocol must be tcp or udp"),
        ("web:\n  image: x\n  ports: ['http']\n", "is not [host:]port"),
        ("web:\n  image: x\n  target_num_containers: two\n", "target_num_containers must be a int"),
        ("web:\n  image: x\n  autorestart: SOMETIMES\n", "autorestart must be one of"),
        ("web:\n  ports: ['80']\n", "image is required"),
        ("- just\n- a list\n", "maps service names to definitions"),
        ("web: [unclosed\n", "is not valid YAML"),
        ("web:\n  image: x\n  mem_limit: 512\n", "memory cannot be set by this command"),
    ],
)
def test_a_bad_stackfile_exits_2_naming_the_problem(
    dockercloud: Dockercloud, tmp_path: Path, stackfile: str, message: str
) -> None:
    path = tmp_path / "docker-cloud.yml"
    path.write_text(stackfile)
    assert message in dockercloud("stack", "create", "-f", str(path), status=2).stderr


def test_wrong_credentials_exit_1_and_never_show_the_key(emulator: EmulatorHandle, tmp_path: Path) -> None:
    run = Dockercloud(environment(emulator, tmp_path, DOCKERCLOUD_APIKEY="not-the-right-key-1234"))
    result = run("service", "ps", status=1)
    assert "401" in result.stderr
    encoded = base64.b64encode(b"demo:not-the-right-key-1234").decode()
    assert "not-the-right-key-1234" not in result.output and encoded not in result.output


def test_missing_credentials_exit_1_naming_every_place_looked_at(emulator: EmulatorHandle, tmp_path: Path) -> None:
    run = Dockercloud(environment(emulator, tmp_path, DOCKERCLOUD_USER=None, DOCKERCLOUD_APIKEY=None))
    result = run("stack", "ls", status=1)
    assert "DOCKERCLOUD_AUTH" in result.stderr and "DOCKERCLOUD_USER" in result.stderr


def test_namespace_option_reaches_an_organisation(tmp_path: Path) -> None:
    with run_emulator(step_seconds=0, orgs=[("shop-org", ["demo"])]) as emu:
        run = Dockercloud(environment(emu, tmp_path))
        uuid = run("--namespace", "shop-org", "service", "create", "tutum/hello-world", "-n", "org-web").stdout.strip()
        assert run("--namespace", "shop-org", "service", "ps", "-q").stdout.split() == [uuid]
        assert run("service", "ps", "-q").stdout == ""  # not in the user's own namespace
        env_namespace = Dockercloud(environment(emu, tmp_path, DOCKERCLOUD_NAMESPACE="shop-org"))
        assert env_namespace("service", "ps", "-q").stdout.split() == [uuid]
        assert "404" in run("--namespace", "not-mine", "service", "ps", status=1).stderr


def test_an_ambiguous_short_uuid_exits_1(dockercloud: Dockercloud) -> None:
    for name in ("twin-a", "twin-b"):
        dockercloud("service", "create", "tutum/hello-world", "-n", name)
    # Every UUID starts with one of 16 hex digits: some digit is shared as soon as there are 17 services.
    for index in range(17):
        dockercloud("service", "create", "tutum/hello-world", "-n", f"filler-{index}")
    uuids = dockercloud("service", "ps", "-q").stdout.split()
    first_digits = [u[0] for u in uuids]
    shared = next(d for d in first_digits if first_digits.count(d) > 1)
    assert "names more than one service" in dockercloud("service", "inspect", shared, status=1).stderr


def test_help_lists_every_command_group_and_version_prints(dockercloud: Dockercloud) -> None:
    words = set(dockercloud("--help").stdout.split())
    groups = {"action", "container", "event", "exec", "node", "nodecluster", "repository", "run", "service"}
    assert groups | {"stack", "tag", "trigger", "up", "emulator"} <= words
    assert dockercloud("-v").stdout.startswith("dockercloud, version ")
    assert {"add", "ls", "set", "update", "rm"} <= set(dockercloud("service", "env", "--help").stdout.split())
