"""``--sync``: wait for the action an operation started, showing the action's state as it changes."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

import click

from dockercloud_api.api import StartedAction

from ._session import Session

T = TypeVar("T")

#: Seconds between two looks at the action's state while the spinner turns.
POLL_SECONDS = 0.5
#: Seconds ``--sync`` waits for one action (the library's default for ``wait``).
SYNC_TIMEOUT = 600.0

#: An action's states that end it (``Success``, ``Failed``, ``Canceled``).
_FINAL = frozenset({"Success", "Failed", "Canceled"})

F = TypeVar("F", bound=Callable[..., Any])


def sync_option(function: F) -> F:
    """The ``--sync`` flag of the docker-cloud CLI."""
    return click.option("--sync", is_flag=True, help="Wait until the started action ends (exit 1 if it fails).")(
        function
    )


def finish(
    session: Session,
    started: StartedAction[T],
    *,
    sync: bool,
    label: str,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """The object an operation answered, or with ``sync`` the object once its action succeeded.

    While waiting, a spinner on stderr shows the action's state (on a terminal); elsewhere each new
    state is printed on its own stderr line. The ending itself (failure, cancellation, timeout) is
    decided by the library's ``started.wait``.

    Args:
        session: the invocation.
        started: what the operation answered.
        sync: whether to wait.
        label: what is being done, e.g. ``"start service web"``.
        sleep: waits between two looks at the action (tests pass their own).
        clock: a monotonic clock in seconds.

    Raises:
        ActionFailedError: the action ended ``Failed`` or ``Canceled``.
        ActionTimeoutError: it did not end within ``SYNC_TIMEOUT`` seconds.
    """
    if not sync:
        return started.object
    uri = started.action_uri
    if not uri:
        return started.object
    deadline = clock() + SYNC_TIMEOUT
    shown = ""
    with session.err.status(f"{label}: Pending") as status:
        while True:
            state = str(session.client.actions.get(uri).state)
            if state != shown:
                shown = state
                status.update(f"{label}: {state}")
                if not session.err.is_terminal:
                    session.err.print(f"{label}: {state}")
            if state in _FINAL or clock() >= deadline:
                break
            sleep(min(POLL_SECONDS, max(0.0, deadline - clock())))
    return started.wait(timeout=max(0.0, deadline - clock()))
