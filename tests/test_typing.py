"""What users write type-checks under ``mypy --strict``: the README's snippets, the package
docstring's examples, and a script pinning the types the resource methods return.

mypy runs in-process (``mypy.api``) on files written to ``tmp_path``; a file with known mistakes
is checked in the same run, so the test also proves that the check sees the package's real types.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from mypy import api as mypy_api

import dockercloud_client

ROOT = Path(__file__).resolve().parents[1]
README_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
DOC_EXAMPLE = re.compile(r"::\n\n((?:(?: {4}.*)?\n)+)")

USER_SCRIPT = """
import asyncio
from typing import assert_type

import httpx

from dockercloud_client import (
    AsyncClient, AsyncPaginator, AsyncStartedAction, Client, Paginator, RawResponse, StartedAction, models,
)
from dockercloud_client.models import Action


def progress(action: Action) -> None:
    print(action.state)


def sync(client: Client, flag: bool) -> None:
    services = client.services.list(limit=5, timeout=3.0, extra_headers={"X-Request-Id": "1"})
    assert_type(services, Paginator[models.ServiceList, models.Service])
    assert_type(services.first_page(), models.ServiceList)
    started = client.services.start("uuid", timeout=10)
    assert_type(started, StartedAction[models.Service])
    assert_type(started.action(), Action)
    assert_type(started.wait(60, on_progress=progress), models.Service)
    assert_type(client.services.start("uuid", wait=True, wait_timeout=60), models.Service)
    assert_type(client.services.start("uuid", wait=flag), StartedAction[models.Service] | models.Service)
    assert_type(client.triggers.call("uri", wait=flag), StartedAction[models.Action] | models.Action)
    assert_type(client.stacks.terminate("uuid", wait=True, on_progress=progress), models.Stack)
    assert_type(client.actions.wait("uuid", on_progress=progress), Action)
    assert_type(client.with_options(timeout=5, max_retries=0), Client)
    assert_type(client.with_namespace("org").services.get("uuid"), models.Service)
    raw = client.with_raw_response
    assert_type(raw.services.get("uuid", timeout=1), RawResponse[models.Service])
    assert_type(raw.services.start("uuid").parse(), models.Service)
    assert_type(raw.services.list(limit=1).parse(), models.ServiceList)
    assert_type(raw.triggers.delete("uuid", "trigger").parse(), None)
    assert_type(raw.services.get("uuid").headers, httpx.Headers)


async def asynchronous(client: AsyncClient, flag: bool) -> None:
    services = client.services.list()
    assert_type(services, AsyncPaginator[models.ServiceList, models.Service])
    assert_type(await services.first_page(), models.ServiceList)
    started = await client.services.start("uuid", extra_headers={"X-Request-Id": "1"})
    assert_type(started, AsyncStartedAction[models.Service])
    assert_type(await started.action(), Action)
    assert_type(await started.wait(on_progress=progress), models.Service)
    assert_type(await client.services.start("uuid", wait=flag), AsyncStartedAction[models.Service] | models.Service)
    assert_type(client.with_options(timeout=5), AsyncClient)
    assert_type(await client.with_raw_response.stacks.start("uuid"), RawResponse[models.Stack])
"""

# Each line is a mistake mypy must report (the comment names the error code expected on it).
MISTAKES = """
from dockercloud_client import Client

with Client() as client:
    client.services.start("uuid").no_such_method()  # attr-defined
    client.services.list().first_page().no_such_field  # attr-defined
    client.services.get("uuid", timeout="soon")  # arg-type
    client.services.start("uuid", wait="yes")  # call-overload
    client.with_options(retries=3)  # call-arg
    client.with_raw_response.services.start("uuid", wait=True)  # call-arg
"""


def readme_script() -> str:
    return "\n".join(README_BLOCK.findall((ROOT / "README.md").read_text()))


def docstring_script() -> str:
    doc = dockercloud_client.__doc__ or ""
    return "\n".join(textwrap.dedent(block) for block in DOC_EXAMPLE.findall(doc))


def run_mypy(tmp_path: Path, files: dict[str, str]) -> dict[str, list[str]]:
    """mypy --strict on the given modules; its error lines by file name (notes left out)."""
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    stdout, stderr, _ = mypy_api.run(
        ["--strict", "--no-error-summary", "--show-error-codes", "--cache-dir", str(tmp_path / ".cache"),
         *(str(tmp_path / name) for name in files)]
    )  # fmt: skip
    assert not stderr, stderr
    errors: dict[str, list[str]] = {name: [] for name in files}
    for line in stdout.splitlines():
        if ": error: " not in line:
            continue  # notes explain an error; they are not errors
        name = Path(line.split(":", 1)[0]).name
        errors.setdefault(name, []).append(line)
    return errors


@pytest.mark.timeout(120)
def test_user_code_type_checks_and_mistakes_do_not(tmp_path: Path) -> None:
    readme, docstring = readme_script(), docstring_script()
    assert "client.services.start" in readme and "started.action()" in docstring
    errors = run_mypy(
        tmp_path,
        {"readme_snippets.py": readme, "package_docstring.py": docstring, "user_script.py": USER_SCRIPT,
         "mistakes.py": MISTAKES},
    )  # fmt: skip
    assert errors.pop("readme_snippets.py") == []
    assert errors.pop("package_docstring.py") == []
    assert errors.pop("user_script.py") == []
    mistakes = errors.pop("mistakes.py")
    assert errors == {}
    expected = [
        (number, line.rsplit("# ", 1)[1])
        for number, line in enumerate(MISTAKES.splitlines(), start=1)
        if "  # " in line
    ]
    reported = {(int(line.split(":")[1]), line.rsplit("[", 1)[1].rstrip("]")) for line in mistakes}
    assert set(expected) <= reported, mistakes
