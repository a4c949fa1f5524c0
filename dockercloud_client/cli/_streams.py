"""Printing log streams (``logs`` of actions, containers and services) and ending them on Ctrl-C."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from .. import LogLine, LogStream

F = TypeVar("F", bound=Callable[..., Any])


def follow_option(function: F) -> F:
    """``-f/--follow`` and ``-t/--tail N``, as in the docker-cloud CLI."""
    function = click.option("-f", "--follow", is_flag=True, help="Keep printing new lines until interrupted.")(function)
    return click.option(
        "-t", "--tail", type=click.IntRange(min=0), default=300, show_default=True, help="Lines of history."
    )(function)


def print_log(stream: LogStream, *, prefix_source: bool = False) -> None:
    """Print each line of ``stream`` to stdout or stderr as the server says; Ctrl-C exits 130."""
    try:
        with stream:
            for line in stream:
                _write(line, prefix_source)
    except KeyboardInterrupt:
        raise click.exceptions.Exit(130) from None


def _write(line: LogLine, prefix_source: bool) -> None:
    text = line.log if line.log.endswith("\n") else line.log + "\n"
    if prefix_source and line.source:
        text = f"{line.source} | {text}"
    target = sys.stderr if str(line.stream_type) == "stderr" else sys.stdout
    target.write(text)
    target.flush()
