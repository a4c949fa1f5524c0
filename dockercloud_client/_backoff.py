"""The one backoff policy and the one set of retryable statuses, for REST and streams alike.

Everything that waits and tries again uses :class:`Backoff`, with the same parameter names: REST
retries (``RetryPolicy`` in ``_transport``, a ``Backoff`` with retry counts and bounds), stream
connections (``streams.ReconnectPolicy``, a ``Backoff`` with attempts) and action polling
(``_actions.POLL_BACKOFF``).
"""

from __future__ import annotations

import random as _random
from collections.abc import Callable

import attrs

__all__ = ["RETRYABLE_STATUSES", "Backoff"]

#: Statuses worth another attempt of a request that may be repeated (an idempotent REST call, a stream
#: handshake): the server timed out waiting for the request (408), asked to slow down (429), or a
#: gateway could not reach it (502, 503, 504). Every other status is final: 4xx are the caller's to
#: fix (401 above all), and a 500 is a server fault that repeating rarely cures.
RETRYABLE_STATUSES = frozenset({408, 429, 502, 503, 504})


@attrs.frozen(kw_only=True)
class Backoff:
    """Exponential backoff with jitter: how long to wait before each new attempt.

    The wait before retry ``n`` (0 for the first retry) is
    ``min(max_delay, initial_delay * multiplier ** n)``, reduced by up to ``jitter`` of itself.

    Attributes:
        initial_delay: seconds before the first retry.
        max_delay: upper bound of any wait.
        multiplier: growth factor of the wait (at least 1).
        jitter: fraction (0..1) of each wait that is randomised, so clients do not retry in step.
        random: returns a float in [0, 1) for the jitter (tests pass a constant).
    """

    initial_delay: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    max_delay: float = attrs.field(default=8.0, validator=attrs.validators.ge(0))
    multiplier: float = attrs.field(default=2.0, validator=attrs.validators.ge(1))
    jitter: float = attrs.field(default=0.25, validator=[attrs.validators.ge(0), attrs.validators.le(1)])
    random: Callable[[], float] = attrs.field(default=_random.random, repr=False, eq=False)

    def delay(self, retry: int) -> float:
        """Seconds to wait before retry number ``retry`` (0-based)."""
        try:
            base = min(self.max_delay, self.initial_delay * self.multiplier ** max(retry, 0))
        except OverflowError:  # a very long run of failures: the cap applies
            base = self.max_delay
        return float(base * (1.0 - self.jitter * self.random()))
