"""Credentials precedence, hosts, namespace and user agent, all from injected environments."""

from __future__ import annotations

import base64
import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from dockercloud_client import Client
from dockercloud_client._config import (
    DEFAULT_REST_HOST,
    DEFAULT_STREAM_HOST,
    basic_authorization,
    resolve_credentials,
    resolve_namespace,
    resolve_rest_host,
    resolve_stream_host,
    user_agent,
)
from dockercloud_client.errors import ConfigurationError, CredentialsError

HUB = "https://index.docker.io/v1/"


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def write_config(home: Path, data: object) -> Path:
    folder = home / ".docker"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.json"
    path.write_text(json.dumps(data))
    return path


def fake_helper(folder: Path, name: str, body: str, exit_code: int = 0, sleep: float = 0) -> Path:
    """A docker-credential-<name> program that checks its stdin and prints ``body``."""
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / f"docker-credential-{name}"
    program.write_text(
        f"#!{sys.executable}\n"
        "import sys, time\n"
        f"assert sys.argv[1:] == ['get'], sys.argv\n"
        f"assert sys.stdin.read().strip() == {HUB!r}\n"
        f"time.sleep({sleep})\n"
        f"sys.stdout.write({body!r})\n"
        f"sys.exit({exit_code})\n"
    )
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


FULL_ENV = {
    "DOCKERCLOUD_AUTH": "Basic ZW52YXV0aA==",
    "DOCKERCLOUD_USER": "envuser",
    "DOCKERCLOUD_APIKEY": "envkey",
    "DOCKERCLOUD_PASS": "envpass",
}


def test_explicit_auth_wins_over_everything(tmp_path: Path) -> None:
    write_config(tmp_path, {"auths": {HUB: {"auth": b64("cfg:cfgpass")}}})
    creds = resolve_credentials(auth="Bearer xyz", user="u", apikey="k", environ=FULL_ENV, home=tmp_path)
    assert creds.authorization == "Bearer xyz"
    assert creds.source == "argument auth"


def test_explicit_user_apikey_beats_environment() -> None:
    creds = resolve_credentials(user="me", apikey="key", password="pw", environ=FULL_ENV)
    assert creds.authorization == basic_authorization("me", "key")
    assert creds.user == "me"


def test_explicit_user_password() -> None:
    creds = resolve_credentials(user="me", password="pw", environ=FULL_ENV)
    assert creds.authorization == "Basic " + b64("me:pw")


@pytest.mark.parametrize("kwargs", [{"user": "me"}, {"apikey": "k"}, {"password": "p"}])
def test_incomplete_arguments_are_an_error(kwargs: dict[str, Any]) -> None:
    with pytest.raises(CredentialsError) as info:
        resolve_credentials(environ=FULL_ENV, **kwargs)
    assert "k" not in str(info.value).split("argument")[0]


def test_dockercloud_auth_is_used_verbatim() -> None:
    creds = resolve_credentials(environ=FULL_ENV)
    assert creds.authorization == "Basic ZW52YXV0aA=="
    assert creds.source == "DOCKERCLOUD_AUTH"


@pytest.mark.parametrize("bad", ["\r\nX-Injected: 1", "\n", "\x00", "é", "\udcff"])
def test_a_verbatim_authorization_http_cannot_carry_is_refused_unshown(bad: str) -> None:
    # h11 refused a line break with an error quoting the whole header: the credential, in the message.
    value = "Basic c2VjcmV0LTBmM2E=" + bad
    with pytest.raises(CredentialsError, match="cannot be sent as an Authorization header") as from_env:
        resolve_credentials(environ={"DOCKERCLOUD_AUTH": value})
    with pytest.raises(CredentialsError, match="cannot be sent as an Authorization header") as from_argument:
        resolve_credentials(auth=value, environ={})
    assert "c2VjcmV0LTBmM2E" not in str(from_env.value) + str(from_argument.value)
    with pytest.raises(CredentialsError) as at_client:
        Client(environ={"DOCKERCLOUD_AUTH": value}, rest_host="http://127.0.0.1:9")
    assert "DOCKERCLOUD_AUTH" in str(at_client.value) and "c2VjcmV0LTBmM2E" not in str(at_client.value)


def test_a_user_or_key_with_a_lone_surrogate_is_a_credentials_error() -> None:
    # What os.environ holds for bytes that are not UTF-8 (surrogateescape).
    with pytest.raises(CredentialsError, match="lone surrogate"):
        resolve_credentials(user="me\udcff", apikey="k", environ={})
    with pytest.raises(CredentialsError, match="lone surrogate"):
        resolve_credentials(environ={"DOCKERCLOUD_USER": "me", "DOCKERCLOUD_APIKEY": "k\udcff"})
    assert resolve_credentials(user="mé", apikey="ké", environ={}).authorization == "Basic " + b64("mé:ké")


def test_env_user_apikey_preferred_over_pass() -> None:
    env = {k: v for k, v in FULL_ENV.items() if k != "DOCKERCLOUD_AUTH"}
    creds = resolve_credentials(environ=env)
    assert creds.authorization == "Basic " + b64("envuser:envkey")
    assert creds.user == "envuser"


def test_env_user_pass(tmp_path: Path) -> None:
    env = {"DOCKERCLOUD_USER": "envuser", "DOCKERCLOUD_PASS": "envpass"}
    creds = resolve_credentials(environ=env, home=tmp_path)
    assert creds.authorization == "Basic " + b64("envuser:envpass")


def test_env_user_without_secret_falls_through_to_config(tmp_path: Path) -> None:
    write_config(tmp_path, {"auths": {HUB: {"auth": b64("cfg:cfgpass")}}})
    creds = resolve_credentials(environ={"DOCKERCLOUD_USER": "x"}, home=tmp_path)
    assert creds.authorization == "Basic " + b64("cfg:cfgpass")
    assert creds.user == "cfg"


def test_config_json_auths_entry(tmp_path: Path) -> None:
    write_config(tmp_path, {"auths": {HUB: {"auth": b64("cfg:cfgpass"), "email": "a@b"}}})
    creds = resolve_credentials(environ={}, home=tmp_path)
    assert creds.authorization == "Basic " + b64("cfg:cfgpass")


def test_docker_config_variable_names_the_folder(tmp_path: Path) -> None:
    write_config(tmp_path / "elsewhere", {"auths": {HUB: {"auth": b64("dc:pw")}}})
    creds = resolve_credentials(environ={"DOCKER_CONFIG": str(tmp_path / "elsewhere" / ".docker")}, home=tmp_path)
    assert creds.authorization == "Basic " + b64("dc:pw")


def test_creds_store_helper_on_path(tmp_path: Path) -> None:
    write_config(tmp_path, {"credsStore": "fake", "auths": {HUB: {}}})
    bin_dir = tmp_path / "bin"
    fake_helper(bin_dir, "fake", json.dumps({"ServerURL": HUB, "Username": "helped", "Secret": "s3cret"}))
    creds = resolve_credentials(environ={"PATH": str(bin_dir)}, home=tmp_path)
    assert creds.authorization == "Basic " + b64("helped:s3cret")
    assert creds.source == "credential helper docker-credential-fake"


def test_cred_helpers_entry_beats_creds_store(tmp_path: Path) -> None:
    write_config(tmp_path, {"credsStore": "store", "credHelpers": {HUB: "hub"}})
    bin_dir = tmp_path / "bin"
    fake_helper(bin_dir, "store", json.dumps({"Username": "store", "Secret": "a"}))
    fake_helper(bin_dir, "hub", json.dumps({"Username": "hub", "Secret": "b"}))
    creds = resolve_credentials(environ={"PATH": str(bin_dir)}, home=tmp_path)
    assert creds.user == "hub"


def test_missing_helper_falls_back_to_auths(tmp_path: Path) -> None:
    write_config(tmp_path, {"credsStore": "absent", "auths": {HUB: {"auth": b64("cfg:pw")}}})
    creds = resolve_credentials(environ={"PATH": str(tmp_path / "empty")}, home=tmp_path)
    assert creds.user == "cfg"


def test_helper_timeout_is_bounded(tmp_path: Path) -> None:
    write_config(tmp_path, {"credsStore": "slow"})
    bin_dir = tmp_path / "bin"
    fake_helper(bin_dir, "slow", json.dumps({"Username": "u", "Secret": "s"}), sleep=5)
    with pytest.raises(CredentialsError) as info:
        resolve_credentials(environ={"PATH": str(bin_dir)}, home=tmp_path, helper_timeout=0.3)
    assert "timed out" in str(info.value)


def test_helper_failure_and_garbage_are_reported(tmp_path: Path) -> None:
    write_config(tmp_path, {"credsStore": "broken"})
    bin_dir = tmp_path / "bin"
    fake_helper(bin_dir, "broken", "credentials not found in native keychain", exit_code=1)
    with pytest.raises(CredentialsError) as info:
        resolve_credentials(environ={"PATH": str(bin_dir)}, home=tmp_path)
    assert "exited with status 1" in str(info.value)
    fake_helper(bin_dir, "broken", "not json")
    with pytest.raises(CredentialsError) as info2:
        resolve_credentials(environ={"PATH": str(bin_dir)}, home=tmp_path)
    assert "not JSON" in str(info2.value)


def test_nothing_found_names_every_place(tmp_path: Path) -> None:
    with pytest.raises(CredentialsError) as info:
        resolve_credentials(environ={"DOCKERCLOUD_USER": "someone"}, home=tmp_path)
    message = str(info.value)
    for place in ("DOCKERCLOUD_AUTH", "DOCKERCLOUD_USER", "DOCKERCLOUD_APIKEY", "DOCKERCLOUD_PASS", "config.json"):
        assert place in message
    assert len(info.value.looked_at) == 3


def test_invalid_config_json_is_reported(tmp_path: Path) -> None:
    (tmp_path / ".docker").mkdir()
    (tmp_path / ".docker" / "config.json").write_text("{not json")
    with pytest.raises(CredentialsError, match="unreadable"):
        resolve_credentials(environ={}, home=tmp_path)


def test_credentials_repr_hides_the_secret() -> None:
    creds = resolve_credentials(user="me", apikey="topsecret", environ={})
    assert "topsecret" not in repr(creds)
    assert b64("me:topsecret") not in repr(creds) + str(creds)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://cloud.docker.com/", "https://cloud.docker.com"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("https://cloud.docker.com/api/", "https://cloud.docker.com"),
        ("HTTPS://proxy.example/prefix//", "https://proxy.example/prefix"),
    ],
)
def test_rest_host_normalised(value: str, expected: str) -> None:
    assert resolve_rest_host(value, {}) == expected
    assert resolve_rest_host(None, {"DOCKERCLOUD_REST_HOST": value}) == expected


@pytest.mark.parametrize("value", ["cloud.docker.com", "127.0.0.1:8000", "ftp://x", "https://u:p@host"])
def test_rest_host_without_scheme_rejected(value: str) -> None:
    with pytest.raises(ConfigurationError, match="DOCKERCLOUD_REST_HOST") as info:
        resolve_rest_host(None, {"DOCKERCLOUD_REST_HOST": value})
    assert "u:p" not in str(info.value)


def test_host_defaults() -> None:
    assert resolve_rest_host(None, {}) == DEFAULT_REST_HOST
    assert resolve_stream_host(None, {}) == DEFAULT_STREAM_HOST


def test_stream_host_variables() -> None:
    assert resolve_stream_host(None, {"DOCKERCLOUD_STREAM_URL": "ws://127.0.0.1:9/"}) == "ws://127.0.0.1:9"
    env = {"DOCKERCLOUD_STREAM_HOST": "wss://a/", "DOCKERCLOUD_STREAM_URL": "ws://b"}
    assert resolve_stream_host(None, env) == "wss://a"
    assert resolve_stream_host("https://c", env) == "wss://c"
    with pytest.raises(ConfigurationError, match="stream_host"):
        resolve_stream_host("c:80", {})


def test_namespace() -> None:
    assert resolve_namespace(None, {}) is None
    assert resolve_namespace(None, {"DOCKERCLOUD_NAMESPACE": "org"}) == "org"
    assert resolve_namespace("mine", {"DOCKERCLOUD_NAMESPACE": "org"}) == "mine"
    assert resolve_namespace("", {"DOCKERCLOUD_NAMESPACE": "org"}) is None
    with pytest.raises(ConfigurationError):
        resolve_namespace("a/b", {})


def test_user_agent() -> None:
    agent = user_agent()
    assert agent.startswith("dockercloud-client/")
    assert f"python/{sys.version_info.major}.{sys.version_info.minor}" in agent
    assert user_agent("myapp/1").startswith("myapp/1 dockercloud-client/")


def test_os_environ_untouched() -> None:
    before = dict(os.environ)
    resolve_credentials(auth="x", environ={})
    assert dict(os.environ) == before
