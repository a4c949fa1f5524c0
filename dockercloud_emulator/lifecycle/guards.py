"""Transition guards: the 400 answers given when an operation does not fit an object's state."""

from __future__ import annotations

from ..errors import ApiError
from ..store import Obj


def check_state(obj: Obj, kind: str, label: str, op: str, allowed: tuple[str, ...]) -> None:
    """Refuse ``op`` on ``obj`` (a ``kind`` called ``label``) unless its state is one of ``allowed``."""
    if obj["state"] not in allowed:
        raise ApiError(
            400,
            f"Cannot {op} {kind} '{label}' in state '{obj['state']}': allowed only in state(s) {', '.join(allowed)}.",
        )


def check_not_ending(obj: Obj, kind: str, label: str) -> None:
    """Refuse to terminate ``obj`` (``kind`` capitalised, e.g. ``Service``) when it is already terminating or gone."""
    if obj["state"] in ("Terminating", "Terminated"):
        raise ApiError(400, f"{kind} '{label}' is already {obj['state'].lower()}.")


#: The docs' state tables: where ``terminate`` is allowed (no operation's own text says otherwise;
#: docs/architecture.md lists every conflict between the tables and the operations' texts).
TERMINABLE = {
    "Service": ("Not running", "Running", "Partly running", "Stopped"),
    "Stack": ("Not Running", "Running", "Partly running", "Stopped"),
    "Container": ("Running", "Stopped"),
    "Node cluster": ("Init", "Deployed", "Partly deployed", "Empty cluster"),
}


def check_terminable(obj: Obj, kind: str, label: str) -> None:
    """Refuse a user's terminate outside the table's states (``kind`` capitalised, a key of :data:`TERMINABLE`).

    Only the user-facing operation is guarded: terminating a stack still terminates services that
    are, say, Starting.
    """
    check_not_ending(obj, kind, label)
    check_state(obj, kind.lower(), label, "terminate", TERMINABLE[kind])
