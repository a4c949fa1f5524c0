"""Waiting for an action (``/api/audit/v1/action/<uuid>/``) to finish, by bounded polling.

Docker Cloud answers operations that start work with ``202`` and the header
``X-DockerCloud-Action-URI``. The action goes ``Pending`` → ``In progress`` → ``Success``, or ends
``Failed`` / ``Canceled`` (``Canceling`` on the way).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from .errors import ActionFailedError, ActionTimeoutError

__all__ = ["ACTION_URI_HEADER", "DEFAULT_ACTION_TIMEOUT", "FAILED_STATES", "SUCCESS_STATE", "PollSchedule"]

ACTION_URI_HEADER = "X-DockerCloud-Action-URI"
SUCCESS_STATE = "Success"
FAILED_STATES = frozenset({"Failed", "Canceled"})
#: Seconds ``wait`` polls when no timeout is given.
DEFAULT_ACTION_TIMEOUT = 600.0

ActionT = TypeVar("ActionT")


@dataclass(frozen=True)
class PollSchedule:
    """Polling waits: ``initial`` seconds, multiplied by ``factor`` each time, at most ``maximum``."""

    initial: float = 0.5
    factor: float = 1.5
    maximum: float = 5.0

    def delay(self, attempt: int) -> float:
        """Seconds to wait after poll number ``attempt`` (0-based)."""
        return float(min(self.maximum, self.initial * self.factor**attempt))


def _check(uri: str, state: str, action: object) -> bool:
    if state == SUCCESS_STATE:
        return True
    if state in FAILED_STATES:
        raise ActionFailedError(action_uri=uri, state=state, action=action)
    return False


class ActionWaiter(Generic[ActionT]):
    """Polls one action until it ends.

    Args:
        fetch: fetches the action at a URI and returns ``(state, action)``.
        sleep: waits a number of seconds.
        clock: a monotonic clock in seconds.
        schedule: the polling waits.
    """

    def __init__(
        self,
        fetch: Callable[[str], tuple[str, ActionT]],
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        schedule: PollSchedule | None = None,
    ) -> None:
        self._fetch = fetch
        self._sleep = sleep
        self._clock = clock
        self._schedule = schedule or PollSchedule()

    def wait(self, uri: str, timeout: float | None = None) -> ActionT:
        """Poll until the action at ``uri`` is ``Success`` and return it.

        Raises:
            ActionFailedError: the action ended ``Failed`` or ``Canceled``.
            ActionTimeoutError: ``timeout`` seconds (default 600) passed first.
        """
        limit = DEFAULT_ACTION_TIMEOUT if timeout is None else timeout
        deadline = self._clock() + limit
        attempt = 0
        while True:
            state, action = self._fetch(uri)
            if _check(uri, state, action):
                return action
            remaining = deadline - self._clock()
            if remaining <= 0:
                raise ActionTimeoutError(action_uri=uri, state=state, timeout=limit)
            self._sleep(min(self._schedule.delay(attempt), remaining))
            attempt += 1


class AsyncActionWaiter(Generic[ActionT]):
    """The asyncio twin of :class:`ActionWaiter`."""

    def __init__(
        self,
        fetch: Callable[[str], Awaitable[tuple[str, ActionT]]],
        *,
        sleep: Callable[[float], Awaitable[None]],
        clock: Callable[[], float] = time.monotonic,
        schedule: PollSchedule | None = None,
    ) -> None:
        self._fetch = fetch
        self._sleep = sleep
        self._clock = clock
        self._schedule = schedule or PollSchedule()

    async def wait(self, uri: str, timeout: float | None = None) -> ActionT:
        """Poll until the action at ``uri`` is ``Success`` and return it (see ``ActionWaiter.wait``)."""
        limit = DEFAULT_ACTION_TIMEOUT if timeout is None else timeout
        deadline = self._clock() + limit
        attempt = 0
        while True:
            state, action = await self._fetch(uri)
            if _check(uri, state, action):
                return action
            remaining = deadline - self._clock()
            if remaining <= 0:
                raise ActionTimeoutError(action_uri=uri, state=state, timeout=limit)
            await self._sleep(min(self._schedule.delay(attempt), remaining))
            attempt += 1
