"""Stackfiles: discovery, merging, ``${VAR}`` interpolation and the translation to API fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from dockercloud_client.cli._env import read_env_files
from dockercloud_client.cli._service_spec import BadDefinition, api_fields
from dockercloud_client.cli._stackfile import discover, load


def test_variables_are_interpolated_compose_style(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "docker-cloud.yml"
    path.write_text(
        "web:\n  image: 'repo/${IMAGE}:${TAG:-latest}'\n"
        "  environment:\n    PRICE: '$$5'\n    EMPTY: '${UNSET_VAR}'\n"
        "    BARE: '$IMAGE-x'\n    DEF: '${BLANK:-fallback}'\n"
    )
    services = load([path], environ={"IMAGE": "shop", "BLANK": ""})
    assert services["web"]["image"] == "repo/shop:latest"
    assert services["web"]["environment"] == {"PRICE": "$5", "EMPTY": "", "BARE": "shop-x", "DEF": "fallback"}
    assert "UNSET_VAR is not set" in capsys.readouterr().err


def test_anchors_are_expanded_but_an_alias_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "docker-cloud.yml"
    path.write_text(
        "web:\n  image: a\n  environment: &env\n    MODE: prod\n    LEVEL: '${LEVEL:-info}'\n"
        "worker:\n  image: b\n  environment: *env\n"
    )
    services = load([path], environ={})
    assert services["worker"]["environment"] == services["web"]["environment"] == {"MODE": "prod", "LEVEL": "info"}
    # Nine levels of ten aliases each: a few hundred bytes that stand for 10**9 strings.
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 10)]
    path.write_text("bomb:\n  image: a\n  " + "\n  ".join(levels) + "\n")
    with pytest.raises(BadDefinition, match="expands to more than 100,000 values"):
        load([path], environ={})


def test_a_stackfile_or_env_file_that_is_not_utf8_is_a_bad_definition(tmp_path: Path) -> None:
    stackfile, env_file = tmp_path / "docker-cloud.yml", tmp_path / "web.env"
    stackfile.write_bytes(b"web:\n  image: a\n  command: '\xff'\n")  # Latin-1, say
    env_file.write_bytes(b"A=1\nB=caf\xe9\n")
    with pytest.raises(BadDefinition, match=r"docker-cloud.yml is not UTF-8 text \(byte 0xff at offset 28\)"):
        load([stackfile], environ={})
    with pytest.raises(BadDefinition, match=r"web.env is not UTF-8 text \(byte 0xe9 at offset 9\)"):
        read_env_files((env_file,))
    env_file.write_text("A=1\n# note\nB=café\n")
    assert read_env_files((env_file,)) == ["A=1", "B=café"]


def test_discovery_walks_up_and_adds_the_override(tmp_path: Path) -> None:
    (tmp_path / "docker-compose.yml").write_text("web:\n  image: a\n  target_num_containers: 1\n")
    (tmp_path / "docker-compose.override.yml").write_text("web:\n  target_num_containers: 3\n")
    nested = tmp_path / "src" / "deep"
    nested.mkdir(parents=True)
    found = discover(nested)
    assert found == [tmp_path / "docker-compose.yml", tmp_path / "docker-compose.override.yml"]
    assert load(found, environ={}) == {"web": {"image": "a", "target_num_containers": 3}}


def test_docker_cloud_yml_wins_over_docker_compose_yml(tmp_path: Path) -> None:
    (tmp_path / "docker-compose.yml").write_text("a:\n  image: a\n")
    (tmp_path / "docker-cloud.yml").write_text("b:\n  image: b\n")
    assert discover(tmp_path) == [tmp_path / "docker-cloud.yml"]


def test_no_stackfile_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BadDefinition, match="no stackfile"):
        discover(tmp_path)


def test_every_supported_key_becomes_its_api_field() -> None:
    entry = {
        "image": "tutum/hello-world",
        "nickname": "front",
        "target_num_containers": 2,
        "command": "/run.sh",
        "entrypoint": "/bin/sh -c",
        "working_dir": "/app",
        "autoredeploy": True,
        "sequential_deployment": True,
        "privileged": False,
        "restart": "always",
        "autodestroy": "ON_SUCCESS",
        "deployment_strategy": "HIGH_AVAILABILITY",
        "net": "host",
        "pid": "host",
        "ports": ["80", "8080:8080/udp"],
        "expose": ["80", "9000"],
        "environment": ["A=1", "FROM_ENV", "A=2"],
        "links": ["db:DB", "cache"],
        "volumes": ["/data", "/host:/logs:ro"],
        "volumes_from": ["store"],
        "roles": ["global"],
        "tags": ["eu"],
    }
    fields = api_fields("web", entry, environ={"FROM_ENV": "x"})
    assert fields == {
        "image": "tutum/hello-world",
        "nickname": "front",
        "target_num_containers": 2,
        "run_command": "/run.sh",
        "entrypoint": "/bin/sh -c",
        "working_dir": "/app",
        "autoredeploy": True,
        "sequential_deployment": True,
        "privileged": False,
        "autorestart": "ALWAYS",
        "autodestroy": "ON_SUCCESS",
        "deployment_strategy": "HIGH_AVAILABILITY",
        "net": "host",
        "pid": "host",
        # A published port replaces the same port exposed; exposed-only ports stay unpublished.
        "container_ports": [
            {"protocol": "tcp", "inner_port": 80, "published": True},
            {"protocol": "tcp", "inner_port": 9000, "published": False},
            {"protocol": "udp", "inner_port": 8080, "published": True, "outer_port": 8080},
        ],
        "container_envvars": [{"key": "A", "value": "2"}, {"key": "FROM_ENV", "value": "x"}],
        "linked_to_service": [{"to_service": "db", "name": "DB"}, {"to_service": "cache", "name": "cache"}],
        "bindings": [
            {"container_path": "/data", "rewritable": True},
            {"host_path": "/host", "container_path": "/logs", "rewritable": False},
            {"volumes_from": "store"},
        ],
        "roles": ["global"],
        "tags": [{"name": "eu"}],
    }


def test_links_outside_a_stack_go_through_the_resolver() -> None:
    fields = api_fields("web", {"links": ["db:DB"], "volumes_from": ["db"]}, service_ref=lambda n: f"/uri/{n}/")
    assert fields["linked_to_service"] == [{"to_service": "/uri/db/", "name": "DB"}]
    assert fields["bindings"] == [{"volumes_from": "/uri/db/"}]


@pytest.mark.parametrize(
    "entry",
    [
        {"ports": ["70000"]},
        {"ports": ["0"]},
        {"volumes": ["a:b:c:d"]},
        {"environment": "A=1"},
        {"environment": ["=1"]},
        {"privileged": "yes"},
        {"target_num_containers": True},
        {"restart": "unless-stopped"},
        {"links": "db"},
    ],
)
def test_values_the_api_cannot_take_are_refused(entry: dict[str, object]) -> None:
    with pytest.raises(BadDefinition):
        api_fields("web", entry, environ={})
