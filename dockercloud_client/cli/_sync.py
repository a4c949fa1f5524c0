"""``--sync``: wait for the action an operation started, showing the action's state as it changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click
from rich.text import Text

from dockercloud_api.api import StartedAction
from dockercloud_client.models import Action

from ._output import visible
from ._session import Session

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

#: Seconds ``--sync`` waits for one action (the library's default for ``wait``).
SYNC_TIMEOUT = 600.0


def sync_option(function: F) -> F:
    """The ``--sync`` flag of the docker-cloud CLI."""
    return click.option("--sync", is_flag=True, help="Wait until the started action ends (exit 1 if it fails).")(
        function
    )


def finish(session: Session, started: StartedAction[T], *, sync: bool, label: str) -> T:
    """The object an operation answered, or with ``sync`` the object once its action succeeded.

    The library's ``wait`` polls the action; its ``on_progress`` callback moves a spinner on stderr
    showing the action's state (on a terminal), or prints each new state on its own stderr line.

    Args:
        session: the invocation.
        started: what the operation answered.
        sync: whether to wait.
        label: what is being done, e.g. ``"start service web"``.

    Raises:
        ActionFailedError: the action ended ``Failed`` or ``Canceled``.
        ActionTimeoutError: it did not end within ``SYNC_TIMEOUT`` seconds.
    """
    if not sync or not started.action_uri:
        return started.object
    shown: list[str] = []
    label = visible(label)  # it holds names the server sent
    # Text, not str: a spinner reads a str as markup whatever the console says ("[/x]" in a name raised).
    with session.err.status(Text(f"{label}: Pending")) as status:

        def progress(action: Action) -> None:
            state = str(action.state)
            if shown[-1:] != [state]:
                shown.append(state)
                status.update(Text(f"{label}: {state}"))
                if not session.err.is_terminal:
                    session.err.print(f"{label}: {state}")

        return started.wait(SYNC_TIMEOUT, on_progress=progress)
