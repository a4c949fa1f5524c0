"""State machines of actions and resources, driven by an asyncio scheduler.

Every asynchronous operation is a *plan* (see :mod:`.engine`): a function that validates the
current state, applies the first (transitional) state change at once and returns the list of
later steps, which the :class:`Scheduler` runs one per tick.

:class:`Lifecycle` is assembled from one part per concern: :mod:`.base` (shared state, events and
logs), :mod:`.actions` (action records and jobs), :mod:`.aggregation` (derived states),
:mod:`.containers`, :mod:`.services`, :mod:`.stacks` and :mod:`.infrastructure` (the operations).
"""

from __future__ import annotations

from .actions import FINAL_ACTION_STATES, ActionRecorder
from .aggregation import STABLE_SERVICE_STATES
from .engine import Job, OperationFailed, Plan, PlanResult, RequestInfo, Scheduler, Step
from .infrastructure import InfrastructureOps
from .stacks import StackOps

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


class Lifecycle(ActionRecorder, StackOps, InfrastructureOps):
    """Applies operations to the store, publishes events and log lines, records actions."""
