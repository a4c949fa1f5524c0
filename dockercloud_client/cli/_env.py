"""Environment variables on the command line: ``-e KEY=VALUE`` and ``--env-file FILE``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ._service_spec import read_definition_file

F = TypeVar("F", bound=Callable[..., Any])


def read_env_files(paths: tuple[Path, ...]) -> list[str]:
    """``KEY=value`` lines of env files; blank lines and ``#`` comments are skipped."""
    lines: list[str] = []
    for path in paths:
        for line in read_definition_file(path).splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                lines.append(line.strip())
    return lines


def env_options(function: F) -> F:
    """``-e/--env KEY=VALUE`` and ``--env-file FILE``, both repeatable."""
    function = click.option(
        "--env-file",
        "env_files",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="File of KEY=VALUE lines (repeatable).",
    )(function)
    return click.option("-e", "--env", "envs", multiple=True, metavar="KEY=VALUE", help="Environment variable.")(
        function
    )
