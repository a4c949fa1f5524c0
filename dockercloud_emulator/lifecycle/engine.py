"""The operation engine shared by every resource: plans, their results, jobs and the tick scheduler.

Every asynchronous operation is a *plan*: a function that validates the current state, applies
the first (transitional) state change at once and returns the list of later steps. The
:class:`Scheduler` runs one step per tick of ``step_seconds``; with ``step_seconds == 0`` the
steps are queued and :meth:`Scheduler.drain` runs them right after the handler has rendered its
response, so the response shows the transitional state and the next request the final one.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from ..store import Obj

log = logging.getLogger("dockercloud_emulator")

Step = Callable[[], None]
Plan = Callable[[], "PlanResult"]


#: States an object never leaves except for ``Terminated`` (see :func:`until_terminated`).
ENDING_STATES = frozenset({"Terminating", "Terminated"})


class OperationFailed(Exception):
    """Raised by a step: the action ends ``Failed`` with this message."""


class Superseded(Exception):
    """Raised by a step whose object is being terminated: the action ends ``Canceled`` with this message."""


@dataclass
class PlanResult:
    """The remaining steps of an operation and what to do if its action is canceled."""

    steps: list[Step]
    on_cancel: Step | None = None


def until_terminated(obj: Obj, label: str, result: PlanResult) -> PlanResult:
    """``result`` whose steps stop (:class:`Superseded`) once ``obj`` is terminating or terminated.

    A start, stop, scale, redeploy, deploy or upgrade requested before a terminate must not run its
    later steps (they would bring the object or its members back); its cancel hook is skipped too.
    """

    def guarded(step: Step) -> Step:
        def run() -> None:
            if obj["state"] in ENDING_STATES:
                raise Superseded(f"{label} is {obj['state'].lower()}")
            step()

        return run

    def cancel() -> None:
        if result.on_cancel is not None and obj["state"] not in ENDING_STATES:
            result.on_cancel()

    return PlanResult([guarded(s) for s in result.steps], cancel)


@dataclass
class RequestInfo:
    """Who asked for an operation (copied into the Action record)."""

    user: str
    method: str
    path: str
    user_agent: str = ""
    ip: str = "127.0.0.1"


class Scheduler:
    """Runs callbacks ``n`` ticks later on the event loop (tick = ``step_seconds``)."""

    def __init__(self, step_seconds: float) -> None:
        self.step_seconds = max(0.0, step_seconds)
        self._immediate: deque[Callable[[], None]] = deque()
        self._handles: set[asyncio.TimerHandle] = set()

    def call(self, ticks: float, fn: Callable[[], None]) -> None:
        """Run ``fn`` after ``ticks`` ticks (queued for :meth:`drain` when the step is 0)."""
        if self.step_seconds <= 0:
            self._immediate.append(fn)
            return
        loop = asyncio.get_running_loop()
        holder: list[asyncio.TimerHandle] = []

        def run() -> None:
            self._handles.discard(holder[0])
            self._safe(fn)

        handle = loop.call_later(ticks * self.step_seconds, run)
        holder.append(handle)
        self._handles.add(handle)

    def drain(self, limit: int = 1_000_000) -> None:
        """Run every queued callback, including the ones they queue (bounded by ``limit``)."""
        count = 0
        while self._immediate and count < limit:
            self._safe(self._immediate.popleft())
            count += 1

    @property
    def pending(self) -> int:
        """Number of queued or scheduled callbacks."""
        return len(self._immediate) + len(self._handles)

    def cancel_all(self) -> None:
        """Forget everything that is scheduled (used by reset and shutdown)."""
        self._immediate.clear()
        for handle in list(self._handles):
            handle.cancel()
        self._handles.clear()

    @staticmethod
    def _safe(fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception:  # a broken step must not kill the loop
            log.exception("scheduled step failed")


@dataclass
class Job:
    """A running operation: its action and the steps left."""

    action: Obj
    steps: list[Step]
    on_cancel: Step | None
    index: int = 0
    canceled: bool = False
    done: bool = False
