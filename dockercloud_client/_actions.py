"""Waiting for an action (``/api/audit/v1/action/<uuid>/``) to finish, by bounded polling.

Docker Cloud answers operations that start work with ``202`` and the header
``X-DockerCloud-Action-URI``. The action goes ``Pending`` → ``In progress`` → ``Success``, or ends
``Failed`` / ``Canceled`` (``Canceling`` on the way).

Progress: every poll calls the waiter's ``on_progress`` with the action, and each change of state
is logged at INFO on the ``dockercloud_client.actions`` logger.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

from ._backoff import Backoff
from ._config import checked_seconds
from .errors import ActionFailedError, ActionTimeoutError, action_log_lines

__all__ = ["ACTION_URI_HEADER", "DEFAULT_ACTION_TIMEOUT", "FAILED_STATES", "POLL_BACKOFF", "SUCCESS_STATE"]

ACTION_URI_HEADER = "X-DockerCloud-Action-URI"
SUCCESS_STATE = "Success"
FAILED_STATES = frozenset({"Failed", "Canceled"})
#: Seconds ``wait`` polls when no timeout is given.
DEFAULT_ACTION_TIMEOUT = 600.0

ActionT = TypeVar("ActionT")

logger = logging.getLogger("dockercloud_client.actions")


#: Waits between the polls of an action (the shared backoff): 0.5 s, growing by half each time, at most
#: 5 s; no jitter, as one client polling one action cannot fall in step with others.
POLL_BACKOFF = Backoff(initial_delay=0.5, multiplier=1.5, max_delay=5.0, jitter=0.0)


def _check(uri: str, state: str, action: object) -> bool:
    if state == SUCCESS_STATE:
        return True
    if state in FAILED_STATES:
        raise ActionFailedError(action_uri=uri, state=state, action=action, log_lines=action_log_lines(action))
    return False


class _Polls:
    """The waits between the polls of one action, within its timeout."""

    def __init__(self, uri: str, timeout: float | None, clock: Callable[[], float], schedule: Backoff) -> None:
        self._uri = uri
        self._limit = DEFAULT_ACTION_TIMEOUT if timeout is None else checked_seconds(timeout, "timeout", zero=True)
        self._deadline = clock() + self._limit
        self._clock = clock
        self._schedule = schedule
        self._attempt = 0
        self._started = clock()
        self._last_state: str | None = None

    def observe(self, state: str, action: ActionT, on_progress: Callable[[ActionT], object] | None) -> None:
        """Report one poll: log a change of state at INFO, then call ``on_progress``."""
        if state != self._last_state:
            self._last_state = state
            logger.info("action %s is %s after %.1f s", self._uri, state, self._clock() - self._started)
        if on_progress is not None:
            on_progress(action)

    def next_wait(self, state: str, action: object = None) -> float:
        """Seconds to wait before the next poll; raises once the time is up."""
        remaining = self._deadline - self._clock()
        if remaining <= 0:
            raise ActionTimeoutError(
                action_uri=self._uri,
                state=state,
                timeout=self._limit,
                action=action,
                log_lines=action_log_lines(action),
            )
        wait = min(self._schedule.delay(self._attempt), remaining)
        self._attempt += 1
        return wait


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
        schedule: Backoff | None = None,
    ) -> None:
        self._fetch = fetch
        self._sleep = sleep
        self._clock = clock
        self._schedule = schedule or POLL_BACKOFF

    def wait(
        self, uri: str, timeout: float | None = None, *, on_progress: Callable[[ActionT], object] | None = None
    ) -> ActionT:
        """Poll until the action at ``uri`` is ``Success`` and return it.

        Args:
            uri: the action's resource URI.
            timeout: seconds to wait (default 600).
            on_progress: called with the action after every poll, the last one included.

        Raises:
            ActionFailedError: the action ended ``Failed`` or ``Canceled``.
            ActionTimeoutError: ``timeout`` seconds (default 600) passed first.
        """
        polls = _Polls(uri, timeout, self._clock, self._schedule)
        while True:
            state, action = self._fetch(uri)
            polls.observe(state, action, on_progress)
            if _check(uri, state, action):
                return action
            self._sleep(polls.next_wait(state, action))


class AsyncActionWaiter(Generic[ActionT]):
    """The asyncio twin of :class:`ActionWaiter`."""

    def __init__(
        self,
        fetch: Callable[[str], Awaitable[tuple[str, ActionT]]],
        *,
        sleep: Callable[[float], Awaitable[None]],
        clock: Callable[[], float] = time.monotonic,
        schedule: Backoff | None = None,
    ) -> None:
        self._fetch = fetch
        self._sleep = sleep
        self._clock = clock
        self._schedule = schedule or POLL_BACKOFF

    async def wait(
        self, uri: str, timeout: float | None = None, *, on_progress: Callable[[ActionT], object] | None = None
    ) -> ActionT:
        """Poll until the action at ``uri`` is ``Success`` and return it (see ``ActionWaiter.wait``)."""
        polls = _Polls(uri, timeout, self._clock, self._schedule)
        while True:
            state, action = await self._fetch(uri)
            polls.observe(state, action, on_progress)
            if _check(uri, state, action):
                return action
            await self._sleep(polls.next_wait(state, action))
