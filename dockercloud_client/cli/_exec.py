"""``exec``: run a command in a container, forwarding stdin and printing its output as it comes."""

from __future__ import annotations

import shlex
import sys
import threading
from typing import TextIO

from .. import ExecSession
from ._kinds import CONTAINER
from ._resolve import find
from ._session import Session


def run_exec(session: Session, identifier: str, command: tuple[str, ...], stdin: TextIO | None = None) -> None:
    """Run ``command`` (default ``sh``) in the container named ``identifier``.

    Standard input is forwarded line by line in a background thread, then closed (EOT), as the
    docker-cloud CLI did when its input was not a terminal; output goes to stdout and stderr as
    the server labels it.
    """
    source = sys.stdin if stdin is None else stdin
    container = find(session.client, CONTAINER, identifier)
    line = shlex.join(command) if command else "sh"
    with session.client.containers.exec(container.uuid, line) as exec_session:
        exec_session.connect()
        if not _is_terminal(source) or not command:
            threading.Thread(target=_forward, args=(source, exec_session), daemon=True).start()
        else:
            exec_session.close_stdin()
        for output in exec_session:
            target = sys.stderr if str(output.stream_type) == "stderr" else sys.stdout
            target.write(output.output)
            target.flush()


def _is_terminal(stream: TextIO) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)())


def _forward(source: TextIO, exec_session: ExecSession) -> None:
    """Send ``source`` to the command's stdin, then end it; stops quietly if the session ended."""
    try:
        for chunk in iter(source.readline, ""):
            exec_session.send(chunk)
        exec_session.close_stdin()
    except Exception:  # the session ended first (the command exited); nothing left to send to
        return
