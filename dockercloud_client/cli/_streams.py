"""Printing log streams (``logs`` of actions, containers and services) and ending them on Ctrl-C."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from .. import LogLine, LogStream

F = TypeVar("F", bound=Callable[..., Any])


def follow_option(function: F) -> F:
    """``-f/--follow`` and ``-t/--tail N``, as in the docker-cloud CLI, and ``--json``."""
    function = click.option("--json", "json_output", is_flag=True, help="Each line as the API's JSON message.")(
        function
    )
    function = click.option("-f", "--follow", is_flag=True, help="Keep printing new lines until interrupted.")(function)
    return click.option(
        "-t", "--tail", type=click.IntRange(min=0), default=300, show_default=True, help="Lines of history."
    )(function)


def print_log(stream: LogStream, *, json_output: bool, prefix_source: bool = False) -> None:
    """Print each line of ``stream`` until it ends (or Ctrl-C).

    Text goes to stdout or stderr as the server labels it (prefixed with its container for service
    logs); with ``json_output`` each message is printed on stdout as the API sent it, one per line.
    """
    with stream:
        for line in stream:
            if json_output:
                click.echo(json.dumps(line.raw, ensure_ascii=False))
            else:
                _write(line, prefix_source)


def _write(line: LogLine, prefix_source: bool) -> None:
    text = line.log if line.log.endswith("\n") else line.log + "\n"
    if prefix_source and line.source:
        text = f"{line.source} | {text}"
    target = sys.stderr if str(line.stream_type) == "stderr" else sys.stdout
    target.write(text)
    target.flush()
