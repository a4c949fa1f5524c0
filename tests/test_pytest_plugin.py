"""The pytest plugin users get with the package: run as a user's own test suite would use it."""

from __future__ import annotations

import re
from importlib.metadata import entry_points
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

README = Path(__file__).resolve().parents[1] / "README.md"


def readme_example() -> str:
    """The README's example test module (the first Python block of "Use the emulator in your own tests")."""
    section = README.read_text().split("## Use the emulator in your own tests", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"^```python\n(.*?)^```", section, re.S | re.M)
    assert match, "the README section has no Python block"
    return match.group(1)


# More of a user's tests: nothing imported from this repository's tests, no conftest, no pytest_plugins.
USER_TESTS = """
def test_a_creates_a_service(dockercloud_client):
    dockercloud_client.services.create(image="tutum/hello-world", name="web")
    assert [s.name for s in dockercloud_client.services.list()] == ["web"]


def test_b_starts_from_the_seeded_state(dockercloud_client, dockercloud_emulator):
    assert list(dockercloud_client.services.list()) == []
    assert dockercloud_emulator.rest_url.startswith("http://127.0.0.1:")


def test_c_code_that_builds_its_own_client(dockercloud_env):
    with Client() as client:  # reads only the environment, as the code under test would
        assert client.credentials_source == "DOCKERCLOUD_USER+DOCKERCLOUD_APIKEY"
        assert "aws" in [p.name for p in client.providers.list()]
    assert set(dockercloud_env) == {
        "DOCKERCLOUD_USER", "DOCKERCLOUD_APIKEY", "DOCKERCLOUD_REST_HOST", "DOCKERCLOUD_STREAM_HOST"
    }
"""


def test_registered_as_a_pytest11_entry_point() -> None:
    (plugin,) = [ep for ep in entry_points(group="pytest11") if ep.name == "dockercloud_emulator"]
    assert plugin.value == "dockercloud_emulator.pytest_plugin"


def test_a_users_suite_gets_the_fixtures(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    example = readme_example()
    pytester.makepyfile(test_readme_example=example, test_user="from dockercloud_client import Client\n" + USER_TESTS)
    # A real credential and namespace of the user's must not leak into the fixtures' clients.
    monkeypatch.setenv("DOCKERCLOUD_AUTH", "Basic cmVhbDpzZWNyZXQ=")
    monkeypatch.setenv("DOCKERCLOUD_NAMESPACE", "someone-else")
    # A subprocess: pytest discovers the plugin through the installed entry point, as in a user's project.
    # (The dev tools' own plugins are left out only to start faster.)
    unrelated = ["-p", "no:schemathesis", "-p", "no:hypothesispytest", "-p", "no:recording", "-p", "no:typeguard"]
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", *unrelated, "-v")
    result.assert_outcomes(passed=example.count("\ndef test_") + 3)
