"""Retries at the httpx transport, so that every call (generated or handwritten) gets them.

What is retried, up to ``max_retries`` times (default 2, so at most 3 attempts):

* any method, when the connection could not be made (``httpx.ConnectError``,
  ``httpx.ConnectTimeout``, ``httpx.PoolTimeout``): the request was never sent;
* ``GET``, ``HEAD``, ``OPTIONS``, ``DELETE`` (idempotent), also on any other transport error
  and on the statuses 429, 502, 503 and 504.

``POST`` and ``PATCH`` are never retried once sent: they may have started work on the server.

Waits grow exponentially from ``initial_delay`` (0.5 s) up to ``max_delay`` (8 s), each reduced by
up to 25 % of random jitter. A ``Retry-After`` header (seconds or HTTP date) replaces the computed
wait, capped at ``max_retry_after`` (60 s). ``sleep`` and ``random`` are injectable for tests.
A request whose extensions carry ``MAX_RETRIES_EXTENSION`` (``client.with_options(max_retries=)``)
uses that count instead of the policy's.
"""

from __future__ import annotations

import logging
import random as _random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace

import anyio
import httpx

from .errors import parse_retry_after, redact_url

__all__ = ["MAX_RETRIES_EXTENSION", "AsyncRetryTransport", "RetryPolicy", "RetryTransport"]

logger = logging.getLogger("dockercloud_client")

RETRY_STATUSES = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: httpx request extension: the retries of this request, overriding the policy's ``max_retries``.
MAX_RETRIES_EXTENSION = "dockercloud_client.max_retries"


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before trying a request again.

    Attributes:
        max_retries: retries after the first attempt; 0 disables retries.
        initial_delay: wait before the first retry, in seconds.
        max_delay: longest computed wait, in seconds.
        max_retry_after: longest wait a ``Retry-After`` header may ask for, in seconds.
        random: returns a float in [0, 1) for the jitter.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    random: Callable[[], float] = _random.random

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")

    def for_request(self, request: httpx.Request) -> RetryPolicy:
        """This policy, with the ``max_retries`` a request's extensions ask for, if any."""
        retries = request.extensions.get(MAX_RETRIES_EXTENSION)
        return self if retries is None else replace(self, max_retries=retries)

    def retries_status(self, request: httpx.Request, response: httpx.Response) -> bool:
        """Whether this response status warrants another attempt of this request."""
        return request.method in IDEMPOTENT_METHODS and response.status_code in RETRY_STATUSES

    def retries_error(self, request: httpx.Request, error: httpx.TransportError) -> bool:
        """Whether this transport error warrants another attempt of this request."""
        if isinstance(error, _NOT_SENT_ERRORS):
            return True
        return request.method in IDEMPOTENT_METHODS

    def delay(self, retry: int, response: httpx.Response | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (0-based)."""
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None:
                return min(retry_after, self.max_retry_after)
        base = min(self.max_delay, self.initial_delay * 2.0**retry)
        return float(base * (1 - 0.25 * self.random()))


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport and retries what ``policy`` allows.

    Args:
        transport: the transport that sends requests.
        policy: the retry policy.
        sleep: the function used to wait (``time.sleep``; tests pass a recorder).
    """

    def __init__(
        self,
        transport: httpx.BaseTransport,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._transport = transport
        self._policy = policy or RetryPolicy()
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = self._policy.for_request(request)
        retry = 0
        while True:
            try:
                response = self._transport.handle_request(request)
            except httpx.TransportError as error:
                wait = _wait_after_error(policy, request, error, retry)
                if wait is None:
                    raise
            else:
                wait = _wait_after_status(policy, request, response, retry)
                if wait is None:
                    return response
                response.close()
            self._sleep(wait)
            retry += 1

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport and retries what ``policy`` allows.

    Args:
        transport: the transport that sends requests.
        policy: the retry policy.
        sleep: the coroutine function used to wait (``anyio.sleep``; tests pass a recorder).
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self._transport = transport
        self._policy = policy or RetryPolicy()
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = self._policy.for_request(request)
        retry = 0
        while True:
            try:
                response = await self._transport.handle_async_request(request)
            except httpx.TransportError as error:
                wait = _wait_after_error(policy, request, error, retry)
                if wait is None:
                    raise
            else:
                wait = _wait_after_status(policy, request, response, retry)
                if wait is None:
                    return response
                await response.aclose()
            await self._sleep(wait)
            retry += 1

    async def aclose(self) -> None:
        await self._transport.aclose()


def _wait_after_error(
    policy: RetryPolicy, request: httpx.Request, error: httpx.TransportError, retry: int
) -> float | None:
    """Seconds to wait before retrying after a transport error, or None to raise it."""
    if retry >= policy.max_retries or not policy.retries_error(request, error):
        return None
    wait = policy.delay(retry)
    _log_retry(request, type(error).__name__, wait, retry)
    return wait


def _wait_after_status(
    policy: RetryPolicy, request: httpx.Request, response: httpx.Response, retry: int
) -> float | None:
    """Seconds to wait before retrying after this response (then closed), or None to return it."""
    if retry >= policy.max_retries or not policy.retries_status(request, response):
        return None
    wait = policy.delay(retry, response)
    _log_retry(request, str(response.status_code), wait, retry)
    return wait


def _log_retry(request: httpx.Request, reason: str, wait: float, retry: int) -> None:
    # Method and URL only: headers (Authorization) are never logged.
    logger.info(
        "retrying %s %s after %s in %.2f s (retry %d)",
        request.method,
        redact_url(str(request.url)),
        reason,
        wait,
        retry + 1,
    )
