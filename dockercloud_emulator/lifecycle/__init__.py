"""The lifecycle engine: asynchronous operations as plans run one step per tick by a scheduler.

Every asynchronous operation is a *plan* (see :mod:`.engine`): a function that validates the
current state, applies the first (transitional) state change at once and returns the list of
later steps, which the :class:`Scheduler` runs one per tick. :class:`Lifecycle` (:mod:`.core`)
publishes events and log lines and records the actions whose jobs run those steps; :mod:`.derived`
recomputes the states that follow from an object's members; :mod:`.guards` holds the 400 answers of
invalid transitions. The operations themselves live with their resources in
:mod:`dockercloud_emulator.resources`.
"""

from __future__ import annotations

from ..store import FINAL_ACTION_STATES
from .core import Lifecycle
from .derived import STABLE_SERVICE_STATES
from .engine import Job, OperationFailed, Plan, PlanResult, RequestInfo, Scheduler, Step

__all__ = [
    "FINAL_ACTION_STATES",
    "STABLE_SERVICE_STATES",
    "Job",
    "Lifecycle",
    "OperationFailed",
    "Plan",
    "PlanResult",
    "RequestInfo",
    "Scheduler",
    "Step",
]
